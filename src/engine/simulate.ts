/**
 * Difficulty simulation: many seeded playthroughs of a scenario by simple player models
 * (`simulatePlayers.ts`), each a real headless drill session stepped without timers, the
 * way `runPath` does. The result is the distribution of time to resolution per model,
 * to set against par and against how long the real incident took.
 *
 * Pure and deterministic: randomness comes only from the counter-based PRNG keyed by the
 * seed, so the same scenario, seed and run count give the same result everywhere.
 */
import { analyzeScenario } from './analysis.ts';
import { compileScenario, type DrillMachine } from './machine.ts';
import { canPageLevel, canStartAction } from './machineGuards.ts';
import type { ScenarioModel, ScenarioRef } from './model.ts';
import { hashString, uniform } from './prng.ts';
import { parseDuration } from './schema.ts';
import { createDrillSession, type DrillSession } from './session.ts';
import {
  PLAYER_MODELS,
  playerPolicy,
  scenarioFacts,
  type Move,
  type PlayerModelId,
  type ScenarioFacts,
} from './simulatePlayers.ts';
import {
  countInBins,
  percentiles,
  shareBins,
  type SimulationBin,
  type SimulationPercentiles,
} from './simulateStats.ts';

export { PLAYER_MODELS, type PlayerModelId } from './simulatePlayers.ts';
export type { SimulationBin, SimulationPercentiles } from './simulateStats.ts';

/** Default number of runs per player model. */
export const DEFAULT_SIMULATION_RUNS = 100;
/** Horizon when a scenario has no history: a run not resolved by then counts as unresolved. */
export const DEFAULT_HORIZON_MS = 24 * 3_600_000;
/** How far an idle player lets time run before looking again (for `after:` conditions). */
const IDLE_STEP_MS = 15 * 60_000;
/** Decisions per run before giving up: guards against free moves that never advance time. */
const MAX_DECISIONS = 2_000;
const PLAYER = 'sim';

export interface SimulationOptions {
  /** Runs per player model (default 100). */
  runs?: number;
  /** Seed of the whole simulation (default 1). */
  seed?: number;
  /** Player models to simulate, in order (default: all of `PLAYER_MODELS`). */
  models?: readonly PlayerModelId[];
  /** Game time (ms since T+0) after which a run counts as unresolved. Default: 3 × the real duration, or 24 h without history. */
  horizonMs?: number;
  /** Par time when already known (skips the analysis); null when there is none. */
  par?: number | null;
  /** Pre-compiled machine of `model`. */
  machine?: DrillMachine;
}

/** The outcome of one player model's runs. */
export interface ModelSimulation {
  model: PlayerModelId;
  label: string;
  description: string;
  /** Times to resolution of the resolved runs, ms since T+0, ascending. */
  times: number[];
  /** Runs not resolved within the horizon. */
  unresolved: number;
  percentiles: SimulationPercentiles;
  /** Resolved runs per shared bin (same order as `SimulationResult.bins`). */
  histogram: number[];
}

/** The difficulty of a scenario as seen by the player models. */
export interface SimulationResult {
  scenario: ScenarioRef;
  runs: number;
  seed: number;
  horizonMs: number;
  /** Par (least time to resolution for one responder), ms since T+0, or null. */
  parMs: number | null;
  /** How long the real incident took (`history.duration`), or null. */
  historyMs: number | null;
  /** Histogram bins shared by every model; they also cover par and the real duration. */
  bins: SimulationBin[];
  models: ModelSimulation[];
}

/** Simulate one run: returns the resolution time (ms since T+0), or null when unresolved. */
function simulateRun(
  facts: ScenarioFacts,
  machine: DrillMachine,
  decide: (facts: ScenarioFacts, s: Parameters<ReturnType<typeof playerPolicy>>[1]) => Move,
  runSeed: number,
  horizon: number,
): number | null {
  const model = facts.model;
  const session = createDrillSession({ scenario: model, seed: runSeed, machine });
  let draws = 0;
  const random = () => uniform(runSeed, 1, draws++);
  let declaredAt = -1;
  session.send({ type: 'player.acknowledge', participant: PLAYER });

  for (let decisions = 0; decisions < MAX_DECISIONS; decisions++) {
    if (session.isOver() || session.now() >= horizon) break;
    const ctx = session.snapshot().context;
    if (ctx.inFlight[PLAYER]) {
      const next = session.nextEventAt();
      if (next === null) break;
      advance(session, next);
      continue;
    }
    const move = decide(facts, {
      ctx,
      actions: model.file.actions.filter((a) => canStartAction(ctx, PLAYER, a.id)),
      levels: model.file.escalation.filter((l) => canPageLevel(ctx, l.id)).map((l) => l.id),
      hypotheses:
        declaredAt === session.now() || ctx.detectedAt === null
          ? []
          : model.file.hypotheses.map((h) => h.id).filter((h) => h !== ctx.hypothesis),
      random,
    });
    if (move.kind !== 'wait' && session.send(toEvent(move))) {
      if (move.kind === 'declare') declaredAt = session.now();
      continue;
    }
    // Waiting (or a refused move): let time run to the next scheduled event, or a while.
    const next = session.nextEventAt();
    const until =
      move.kind === 'wait' && move.ms !== undefined
        ? session.now() + move.ms
        : Math.min(next ?? Infinity, session.now() + IDLE_STEP_MS);
    advance(session, Math.min(until, horizon));
  }
  const resolvedAt = session.context().resolvedAt;
  return resolvedAt !== null && resolvedAt <= horizon ? resolvedAt : null;
}

/**
 * Move game time to `t`. A timer due right now (a zero-length action or join) is fired on
 * the clock itself, because the session only moves forward.
 */
function advance(session: DrillSession, t: number): void {
  if (t > session.now()) session.advanceTo(t);
  else session.clock.advanceTo(session.now());
}

function toEvent(move: Exclude<Move, { kind: 'wait' }>) {
  if (move.kind === 'action')
    return { type: 'player.start' as const, participant: PLAYER, action: move.action };
  if (move.kind === 'page')
    return { type: 'player.page' as const, participant: PLAYER, level: move.level };
  return { type: 'player.declare' as const, participant: PLAYER, hypothesis: move.hypothesis };
}

/** A 32-bit seed for run `index` of player model `id`, independent of the other models. */
function runSeed(seed: number, id: PlayerModelId, index: number): number {
  return Math.floor(uniform(seed, hashString(id), index) * 4294967296) >>> 0;
}

/**
 * Simulate `runs` playthroughs of `model` for each player model.
 * @example
 * const result = simulateDifficulty(model, { runs: 100, seed: 7 });
 * result.models.map((m) => [m.model, m.percentiles.p50, m.unresolved]);
 */
export function simulateDifficulty(
  model: ScenarioModel,
  options: SimulationOptions = {},
): SimulationResult {
  const runs = Math.max(0, Math.floor(options.runs ?? DEFAULT_SIMULATION_RUNS));
  const seed = Math.floor(options.seed ?? 1) >>> 0;
  const ids = options.models ?? PLAYER_MODELS.map((m) => m.id);
  const historyMs = model.file.history ? parseDuration(model.file.history.duration) : null;
  const horizonMs = options.horizonMs ?? (historyMs ? 3 * historyMs : DEFAULT_HORIZON_MS);
  const machine = options.machine ?? compileScenario(model);
  const parMs =
    options.par !== undefined
      ? options.par
      : // Without options the analysis is cached per model (loading has usually run it).
        (analyzeScenario(model).par?.time ?? null);
  const facts = scenarioFacts(model);

  const timesByModel = ids.map((id) => {
    const decide = playerPolicy(id);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = simulateRun(facts, machine, decide, runSeed(seed, id, i), horizonMs);
      if (t !== null) times.push(t);
    }
    return times.sort((a, b) => a - b);
  });

  const marks = [parMs, historyMs].filter((v): v is number => v !== null);
  const bins = shareBins([...timesByModel.flat(), ...marks]);
  return {
    scenario: model.ref,
    runs,
    seed,
    horizonMs,
    parMs,
    historyMs,
    bins,
    models: ids.map((id, i) => {
      const info = PLAYER_MODELS.find((m) => m.id === id)!;
      const times = timesByModel[i]!;
      return {
        model: id,
        label: info.label,
        description: info.description,
        times,
        unresolved: runs - times.length,
        percentiles: percentiles(times, runs),
        histogram: countInBins(times, bins),
      };
    }),
  };
}
