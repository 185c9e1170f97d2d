/**
 * Benchmarks 1–3: engine throughput and replay against a bare XState actor of the same
 * machine, and validate + analyse scaling over generated scenarios.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { parse } from 'yaml';
import {
  GameClock,
  Scenario,
  buildModel,
  semanticProblems,
  createDrillSession,
  loadScenario,
  replay,
  selectActions,
  type DrillRecord,
  type JournalEvent,
  type ScenarioModel,
} from '../src/engine/index.ts';
import { generateScenarioYaml } from './generateScenario.ts';
import type { Row, Section } from './report.ts';

const now = () => performance.now();

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296;
}

/** A random but valid drill record on `model`. */
function randomRecord(model: ScenarioModel, seed: number, steps: number): DrillRecord {
  const random = rng(seed);
  const session = createDrillSession({ scenario: model, seed });
  const people = ['ana', 'bo', 'cy'];
  session.send({ type: 'player.acknowledge', participant: 'ana' });
  for (let i = 0; i < steps && !session.isOver(); i++) {
    const who = people[Math.floor(random() * people.length)]!;
    const available = selectActions(model, session.context(), who).filter(
      (a) => a.status === 'available',
    );
    const roll = random();
    let event: JournalEvent | null = null;
    if (roll < 0.5 && available.length)
      event = {
        type: 'player.start',
        participant: who,
        action: available[Math.floor(random() * available.length)]!.id,
      };
    else if (roll < 0.6) event = { type: 'player.note', participant: who, text: `note ${i}` };
    else if (roll < 0.7) event = { type: 'player.status', participant: who, text: `update ${i}` };
    else if (roll < 0.75 && model.file.escalation.length)
      event = {
        type: 'player.page',
        participant: who,
        level: model.file.escalation[Math.floor(random() * model.file.escalation.length)]!.id,
      };
    if (event) session.send(event);
    if (random() < 0.4) session.jumpToNext();
    else session.advanceBy(Math.floor(random() * 10) * 60_000);
  }
  return session.record();
}

function bareReplay(
  model: ScenarioModel,
  record: DrillRecord,
  machine: ReturnType<typeof createDrillSession>['machine'],
) {
  const clock = new GameClock();
  const actor = createActor(machine, { input: { model, seed: record.seed }, clock });
  actor.start();
  clock.advanceTo(model.detectionAt);
  for (const entry of record.journal) {
    clock.advanceTo(Math.max(entry.t, clock.now()));
    actor.send({ ...entry.event, t: clock.now() });
  }
  clock.advanceTo(record.clockAt);
  return actor.getSnapshot();
}

/**
 * Median ms per run of `ours` and `bare`, alternating them after one warm-up run each, so
 * neither pays the JIT warm-up nor gets a quieter slice of a shared machine than the other.
 */
function compare(ours: () => void, bare: () => void, minMs = 600): { ours: number; bare: number } {
  ours();
  bare();
  const runs = { ours: [] as number[], bare: [] as number[] };
  const time = (fn: () => void) => {
    const start = now();
    fn();
    return now() - start;
  };
  const start = now();
  while (now() - start < minMs || runs.ours.length < 5) {
    runs.ours.push(time(ours));
    runs.bare.push(time(bare));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return { ours: median(runs.ours), bare: median(runs.bare) };
}

function loadShippedModels(): ScenarioModel[] {
  return readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => loadScenario(readFileSync(`scenarios/${f}`, 'utf8'), f))
    .flatMap((r) => (r.ok ? [r.model] : []));
}

/** 1. Engine throughput over every shipped scenario. */
export function throughputBenchmark(): Section {
  const rows: Row[] = [];
  const models = loadShippedModels();
  const sample = models.map((model) => {
    const session = createDrillSession({ scenario: model, seed: 1 });
    const records = Array.from({ length: 20 }, (_, i) => randomRecord(model, i + 1, 80));
    return { model, machine: session.machine, records };
  });
  const events = sample.reduce(
    (n, s) => n + s.records.reduce((m, r) => m + r.journal.length, 0),
    0,
  );
  const { ours, bare } = compare(
    () =>
      sample.forEach((s) => s.records.forEach((r) => replay(s.model, r, { machine: s.machine }))),
    () => sample.forEach((s) => s.records.forEach((r) => bareReplay(s.model, r, s.machine))),
  );
  rows.push({
    name: `Engine throughput (${models.length} scenarios, ${events} events)`,
    ours: `${Math.round((events / ours) * 1000)} ev/s`,
    baseline: `${Math.round((events / bare) * 1000)} ev/s (bare actor)`,
    ratio: (bare / ours).toFixed(2),
    target: 'ratio ≥ 0.8',
    pass: bare / ours >= 0.8,
  });
  return { title: '1. Engine throughput', rows };
}

/** 2. Replay of a 10,000-event journal. */
export function replayBenchmark(): Section {
  const rows: Row[] = [];
  const first = loadShippedModels()[0];
  if (first) {
    const session = createDrillSession({ scenario: first, seed: 7 });
    for (let i = 0; i < 10_000; i++) {
      session.send(
        i % 2
          ? { type: 'player.note', participant: 'scribe', text: `n${i}` }
          : { type: 'player.status', participant: 'ic', text: `s${i}` },
      );
      session.advanceBy(1000);
    }
    const record = session.record();
    const machine = session.machine;
    const { ours: oursMs, bare: bareMs } = compare(
      () => replay(first, record, { machine }),
      () => bareReplay(first, record, machine),
    );
    rows.push({
      name: 'Replay of a 10,000-event journal',
      ours: `${oursMs.toFixed(1)} ms`,
      baseline: `${bareMs.toFixed(1)} ms (bare actor)`,
      ratio: (bareMs / oursMs).toFixed(2),
      target: '< 100 ms',
      pass: oursMs < 100,
    });
  }
  return { title: '2. Replay', rows };
}

/** 3. Validate + analyse generated scenarios. */
export function scalingBenchmark(): Section {
  const rows: Row[] = [];
  const scaling: { size: number; ms: number; mb: number }[] = [];
  for (const size of [100, 1000, 10_000]) {
    const text = generateScenarioYaml(size);
    // Heap figures are only meaningful after a full collection (`--expose-gc`, see run.ts).
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = now();
    // The loader caps untrusted files at MAX_SCENARIO_CHARS, so go through its stages directly.
    const model = buildModel(Scenario.parse(parse(text)), text);
    const problems = semanticProblems(model).filter((p) => p.severity === 'error');
    const ms = now() - start;
    const mb = (process.memoryUsage().heapUsed - before) / 1e6;
    if (problems.length) throw new Error(`generated ${size} invalid: ${problems[0]?.message}`);
    scaling.push({ size, ms, mb });
  }
  const heap = (mb: number) =>
    typeof globalThis.gc === 'function' ? `${mb.toFixed(0)} MB` : 'heap n/a (no --expose-gc)';
  for (let i = 1; i < scaling.length; i++) {
    const a = scaling[i - 1]!;
    const b = scaling[i]!;
    const growth = b.ms / a.ms;
    rows.push({
      name: `Validate + analyse ${b.size} vs ${a.size} actions`,
      ours: `${b.ms.toFixed(0)} ms, ${heap(b.mb)}`,
      baseline: `${a.ms.toFixed(0)} ms, ${heap(a.mb)}`,
      ratio: `${growth.toFixed(1)}×`,
      target: '≤ 15× per 10×',
      pass: growth <= 15,
    });
  }
  return { title: '3. Validate + analyse scaling', rows };
}
