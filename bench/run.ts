/**
 * `npm run bench`: our figures beside a baseline measured in the same run, and the ratio.
 * Writes bench/results/latest.md. Timings are never asserted in tests; this is where they live
 * (only the bundle budget, which does not vary by machine, is checked by `npm test`).
 *
 *   npm run bench                          # everything (~3 minutes on 2 cores)
 *   npm run bench -- --only bundle,browser # some: engine (1–3) or throughput, replay,
 *                                          # scaling; bundle (4); browser (5–6) or load, long
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildBoth, bundleBenchmark, type Builds } from './bundle/bundleBench.ts';
import { launchChromium, serve } from './browser/chromium.ts';
import { interactionBenchmark } from './browser/interactionBench.ts';
import { loadBenchmark } from './browser/loadBench.ts';
import { longDrillBenchmark } from './browser/longDrillBench.ts';
import { BASELINE_ROOT } from './bundle/build.ts';
import { replayBenchmark, scalingBenchmark, throughputBenchmark } from './engineBench.ts';
import { renderSection, writeReport, type Section } from './report.ts';

/** Ports for the two preview servers (this project's bench range). */
const APP_PORT = 4306;
const BASELINE_PORT = 4307;

const GROUPS: Record<string, string[]> = {
  engine: ['throughput', 'replay', 'scaling'],
  browser: ['load', 'long'],
};
const ALL = ['throughput', 'replay', 'scaling', 'bundle', 'load', 'long'];

function selected(): Set<string> {
  const at = process.argv.indexOf('--only');
  if (at < 0) return new Set(ALL);
  const names = (process.argv[at + 1] ?? '').split(',').flatMap((n) => GROUPS[n] ?? [n]);
  const unknown = names.filter((n) => !ALL.includes(n));
  if (unknown.length || names.length === 0)
    throw new Error(
      `--only takes ${[...ALL, ...Object.keys(GROUPS)].join(', ')}; got ${unknown.join(', ')}`,
    );
  return new Set(names);
}

async function browserBenchmarks(builds: Builds, only: Set<string>): Promise<Section[]> {
  const app = await serve(builds.app, APP_PORT);
  const baseline = await serve(builds.baseline, BASELINE_PORT, BASELINE_ROOT);
  const urls = {
    app: `http://127.0.0.1:${APP_PORT}/`,
    baseline: `http://127.0.0.1:${BASELINE_PORT}/`,
  };
  const browser = await launchChromium();
  const sections: Section[] = [];
  try {
    const env = `Chromium ${browser.version()}, headless, 1280×800`;
    if (only.has('load')) {
      process.stderr.write('bench: load and interaction in Chromium…\n');
      sections.push({
        title: '5. Load and interaction in Chromium',
        rows: [
          ...(await loadBenchmark(browser, urls)),
          ...(await interactionBenchmark(browser, urls)),
        ],
        notes: `${env}; production builds served by \`vite preview\`, fresh browser context per load. Load: navigation start → the element is enabled in the DOM and a frame has painted it. Interaction: a drill of the web-stack scenario, clock paused, alert acknowledged; click event (capture phase) → first frame painted after the effect is in the DOM; 5 warm-up clicks not counted; throttling with \`Emulation.setCPUThrottlingRate\`.`,
      });
    }
    if (only.has('long')) {
      process.stderr.write('bench: long drill in Chromium (about a minute)…\n');
      sections.push({
        title: '6. Long drills',
        rows: await longDrillBenchmark(browser, urls),
        notes: `${env}. The web-stack drill runs with no player actions (its journal stays empty), so any heap growth is the app's. The heap is read once per game hour with the clock paused, after a forced GC; frames spanning those samples are excluded from the frame figures.`,
      });
    }
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }
  return sections;
}

const only = selected();
// The heap figures of section 3 are taken after `gc()`; without it they include garbage.
if (typeof globalThis.gc !== 'function')
  process.stderr.write(
    'bench: warning: gc() is not exposed, heap figures are unreliable; run `npm run bench` (tsx --expose-gc)\n',
  );
const sections: Section[] = [];
const nodeEnv = `Node ${process.version}, ${new Date().toISOString()}`;
if (only.has('throughput')) sections.push(throughputBenchmark());
if (only.has('replay')) sections.push(replayBenchmark());
if (only.has('scaling')) sections.push(scalingBenchmark());
if (only.has('bundle') || only.has('load') || only.has('long')) {
  process.stderr.write('bench: building the app and the bare React baseline…\n');
  const builds = await buildBoth();
  try {
    if (only.has('bundle')) sections.push(bundleBenchmark(builds));
    if (only.has('load') || only.has('long'))
      sections.push(...(await browserBenchmarks(builds, only)));
  } finally {
    rmSync(path.dirname(builds.app), { recursive: true, force: true });
  }
}

const fresh = new Map(sections.map((s) => [s.title, renderSection(s, nodeEnv)]));
const report = writeReport('bench/results/latest.md', fresh);
process.stdout.write(report);
