/** Shared fixtures for UI tests: the tiny scenario, sessions, a store reset and a console render. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/react';
import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import type { ReactNode } from 'react';
import { createDrillSession, loadScenario, type ScenarioModel } from '../../src/engine/index.ts';
import { analyzeText, type LoadedEntry } from '../../src/ui/catalogue/analyze.ts';
import { initialAppState, useAppStore, type AppState } from '../../src/ui/store.ts';

export const tinyText = readFileSync(path.resolve('test/fixtures/tiny.yaml'), 'utf8');

/** The tiny drill whose hints wait for time (T+45m), for evidence, or both. */
export { TIMED_HINTS_TEXT as timedHintsText } from '../helpers/timedHints.ts';

export function modelFrom(text = tinyText): ScenarioModel {
  const result = loadScenario(text, 'tiny.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.model;
}

export function entryFrom(text: string, file: string): LoadedEntry {
  return analyzeText(file, text);
}

export function newSession(text = tinyText, seed = 7) {
  return createDrillSession({ scenario: modelFrom(text), seed });
}

export function resetStore(patch: Partial<AppState> = {}) {
  useAppStore.setState({ ...initialAppState(), seed: 1, ...patch });
}

export function renderWithMotion(ui: ReactNode) {
  return render(
    <LazyMotion features={domAnimation}>
      <MotionConfig reducedMotion="user">{ui}</MotionConfig>
    </LazyMotion>,
  );
}
