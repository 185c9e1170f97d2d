/**
 * Benchmark 4: first-load JavaScript of the app vs a bare React + ReactDOM app built with the
 * same Vite config, per chunk and in total, plus all JavaScript the build emits.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Row, Section } from '../report.ts';
import { BASELINE_ROOT, buildWith, firstLoadChunks, gzipBytes } from './build.ts';

/** First-load gzip may be at most this many times the bare React app's (issue #6). */
export const FIRST_LOAD_TARGET_RATIO = 1.6;

export interface Builds {
  app: string;
  baseline: string;
}

/** Builds the app and the baseline into fresh temporary directories. */
export async function buildBoth(): Promise<Builds> {
  const base = mkdtempSync(path.join(tmpdir(), 'firedrill-bench-'));
  const builds = { app: path.join(base, 'app'), baseline: path.join(base, 'baseline') };
  await buildWith(builds.app);
  await buildWith(builds.baseline, BASELINE_ROOT);
  return builds;
}

/** Every emitted .js file (lazy chunks and workers too) with its gzip size. */
function allJavaScript(outDir: string): { file: string; gzip: number }[] {
  const assets = path.join(outDir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, gzip: gzipBytes(readFileSync(path.join(assets, f))) }));
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const sum = (list: readonly { gzip: number }[]) => list.reduce((n, c) => n + c.gzip, 0);

export function bundleBenchmark(builds: Builds): Section {
  const ours = firstLoadChunks(builds.app);
  const bare = firstLoadChunks(builds.baseline);
  const oursTotal = sum(ours);
  const bareTotal = sum(bare);
  const ratio = oursTotal / bareTotal;
  const rows: Row[] = ours.map((chunk) => ({
    name: `First-load chunk \`${chunk.name}\` (${chunk.file.replace('assets/', '')})`,
    ours: kB(chunk.gzip),
    baseline: '',
    ratio: '',
    target: 'budget in bench/budgets.json',
    pass: null,
  }));
  rows.push({
    name: 'First-load JavaScript, gzip',
    ours: kB(oursTotal),
    baseline: `${kB(bareTotal)} (bare React, ${bare.length} chunk${bare.length > 1 ? 's' : ''})`,
    ratio: `${ratio.toFixed(2)}×`,
    target: `≤ ${FIRST_LOAD_TARGET_RATIO}×`,
    pass: ratio <= FIRST_LOAD_TARGET_RATIO,
  });
  const everything = allJavaScript(builds.app);
  const bareEverything = allJavaScript(builds.baseline);
  rows.push({
    name: 'All JavaScript emitted (lazy chunks and workers too), gzip',
    ours: `${kB(sum(everything))} in ${everything.length} files`,
    baseline: kB(sum(bareEverything)),
    ratio: `${(sum(everything) / sum(bareEverything)).toFixed(2)}×`,
    target: 'report only',
    pass: null,
  });
  const lazy = everything
    .filter((c) => !ours.some((o) => o.file === `assets/${c.file}`))
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 8)
    .map((c) => `\`${c.file.replace(/-[\w-]{8}\.js$/, '')}\` ${kB(c.gzip)}`);
  return {
    title: '4. Bundle',
    rows,
    notes: `First load = the built index.html's entry chunk and its static imports (modulepreload), gzip level 9; the baseline is \`bench/baseline/\` (react + react-dom, one component) built with the same \`vite.config.ts\`. Largest lazy chunks (loaded only where used): ${lazy.join(', ')}.`,
  };
}
