/**
 * `simulate <file> [--runs N] [--seed N] [--json]`: how long simulated teams take to
 * resolve a scenario, per player model, as percentiles and a text histogram with par and
 * the real incident's duration marked.
 */
import {
  DEFAULT_SIMULATION_RUNS,
  formatDuration,
  simulateDifficulty,
  type ModelSimulation,
  type SimulationResult,
} from '../engine/index.ts';
import { load, option, positionals, type CliIo } from './io.ts';

/** Most runs per model the CLI accepts (a few seconds per thousand on a small machine). */
export const MAX_CLI_RUNS = 10_000;
const BAR_WIDTH = 40;

function integer(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  return /^\d+$/.test(text) ? Number(text) : null;
}

export function simulate(args: string[], io: CliIo): number {
  const [file] = positionals(args, ['--runs', '--seed']);
  if (!file) {
    io.err('simulate: give a scenario file');
    return 2;
  }
  const runs = integer(option(args, '--runs'), DEFAULT_SIMULATION_RUNS);
  if (runs === null || runs < 1 || runs > MAX_CLI_RUNS) {
    io.err(`simulate: --runs must be an integer from 1 to ${MAX_CLI_RUNS}`);
    return 2;
  }
  const seed = integer(option(args, '--seed'), 1);
  if (seed === null || seed > 0xffffffff) {
    io.err('simulate: --seed must be a non-negative 32-bit integer');
    return 2;
  }
  const model = load(io, file);
  if (!model) return 1;
  const result = simulateDifficulty(model, { runs, seed });
  if (args.includes('--json')) io.out(JSON.stringify({ file, ...result }, null, 2));
  else for (const line of simulationReport(model.file.title, result)) io.out(line);
  return 0;
}

const fmt = (ms: number | null) => (ms === null ? 'unresolved' : formatDuration(ms));

/** The text report: a header, then per player model its percentiles and histogram. */
export function simulationReport(title: string, result: SimulationResult): string[] {
  const { scenario, runs, seed, horizonMs, parMs, historyMs } = result;
  const lines = [
    `${title} (${scenario.id}@${scenario.version}) — ${runs} run(s) per player model, seed ${seed}`,
    `Par: ${parMs === null ? 'none' : formatDuration(parMs)} | real incident: ${historyMs === null ? 'not recorded' : formatDuration(historyMs)} | unresolved after ${formatDuration(horizonMs)}`,
    'Times are from incident start (T+0) to resolution.',
  ];
  const peak = Math.max(1, ...result.models.flatMap((m) => [...m.histogram, m.unresolved]));
  for (const m of result.models) lines.push('', ...modelReport(result, m, peak));
  return lines;
}

function modelReport(result: SimulationResult, m: ModelSimulation, peak: number): string[] {
  const { p10, p50, p90 } = m.percentiles;
  const lines = [
    `${m.label} — ${m.description}`,
    `  resolved ${m.times.length}/${result.runs} | unresolved ${m.unresolved} | p10 ${fmt(p10)} | p50 ${fmt(p50)} | p90 ${fmt(p90)}`,
  ];
  const labels = result.bins.map((b) => `${formatDuration(b.start)}–${formatDuration(b.end)}`);
  const width = Math.max(10, ...labels.map((l) => l.length));
  const bar = (count: number) =>
    `${'█'.repeat(Math.round((count / peak) * BAR_WIDTH)) || (count ? '▏' : '')}`.padEnd(BAR_WIDTH);
  result.bins.forEach((bin, i) => {
    const marks: string[] = [];
    const inBin = (t: number | null) => t !== null && t >= bin.start && t < bin.end;
    if (inBin(result.parMs)) marks.push(`◀ par ${formatDuration(result.parMs!)}`);
    if (inBin(result.historyMs)) marks.push(`◀ real incident ${formatDuration(result.historyMs!)}`);
    const count = m.histogram[i] ?? 0;
    lines.push(
      `  ${labels[i]!.padStart(width)} │${bar(count)} ${String(count).padStart(4)}${marks.length ? `  ${marks.join('  ')}` : ''}`,
    );
  });
  if (m.unresolved)
    lines.push(
      `  ${'unresolved'.padStart(width)} │${bar(m.unresolved)} ${String(m.unresolved).padStart(4)}`,
    );
  return lines;
}
