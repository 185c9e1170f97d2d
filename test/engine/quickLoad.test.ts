/**
 * The quick load (`reachability: false`) the lobby uses to make a card playable before the
 * analysis: the same model, no state-graph analysis, and reachability problems left to the full load.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, loadScenario } from '../../src/engine/index.ts';
import { ROOT } from '../helpers/testDrill.ts';

const read = (file: string) => readFileSync(path.resolve(ROOT, file), 'utf8');

describe('loadScenario without reachability', () => {
  it('builds the same model as the full load', () => {
    const file = 'scenarios/web-stack-outage-2023-10.yaml';
    const quick = loadScenario(read(file), file, { reachability: false });
    const full = loadScenario(read(file), file);
    expect(quick.ok && full.ok).toBe(true);
    if (!quick.ok || !full.ok) return;
    expect(quick.model).toEqual(full.model);
    expect(quick.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('leaves unreachable parts to the full load', () => {
    const file = 'test/fixtures/broken/unreachable-action.yaml';
    const quick = loadScenario(read(file), file, { reachability: false });
    const full = loadScenario(read(file), file);
    expect(quick.ok).toBe(true);
    expect(full.ok).toBe(false);
    expect(full.problems.map(formatProblem).join('\n')).toMatch(/can never be started/);
  });

  it('still reports what the schema and the id checks find', () => {
    const file = 'test/fixtures/broken/duplicate-id.yaml';
    const quick = loadScenario(read(file), file, { reachability: false });
    expect(quick.ok).toBe(false);
    expect(quick.problems.map(formatProblem)).toEqual(
      loadScenario(read(file), file).problems.map(formatProblem),
    );
  });
});
