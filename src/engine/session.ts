/**
 * A running drill: the compiled machine's actor on a game clock, plus the journal of every
 * player and facilitator event with its game time. The journal is the drill's truth:
 * replaying it on a fresh session reproduces the same snapshot, timeline and score.
 */
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { GameClock } from './clock.ts';
import type { DrillContext, JournalEvent } from './context.ts';
import { compileScenario, type DrillMachine } from './machine.ts';
import type { ScenarioModel, ScenarioRef } from './model.ts';

/** One recorded event and the game time it happened at. */
export interface JournalEntry {
  t: number;
  event: JournalEvent;
}

/** Everything needed to rebuild a drill anywhere: scenario identity, seed, journal. */
export interface DrillRecord {
  scenario: ScenarioRef;
  seed: number;
  journal: JournalEntry[];
  /** Game time the clock had reached when the record was taken (injects may fire after the last event). */
  clockAt: number;
}

export type DrillSnapshot = SnapshotFrom<DrillMachine>;

export interface DrillSessionOptions {
  scenario: ScenarioModel;
  seed: number;
  /** Injected game clock; a fresh one is created when omitted. */
  clock?: GameClock;
  /** Pre-compiled machine (compiled from `scenario` when omitted). */
  machine?: DrillMachine;
  /** Start the clock at the detection alert (default) instead of at incident start. */
  startAtDetection?: boolean;
}

/** A live drill. */
export interface DrillSession {
  readonly scenario: ScenarioModel;
  readonly seed: number;
  readonly clock: GameClock;
  readonly machine: DrillMachine;
  readonly actor: Actor<DrillMachine>;
  /** Recorded events so far. */
  readonly journal: readonly JournalEntry[];
  /** Current game time (ms since incident start). */
  now(): number;
  snapshot(): DrillSnapshot;
  context(): DrillContext;
  /** True once the drill is resolved or ended. */
  isOver(): boolean;
  /** Would this event be accepted now? */
  can(event: JournalEvent): boolean;
  /** Send an event at the current game time. Rejected events are not recorded. Returns whether it was accepted. */
  send(event: JournalEvent): boolean;
  /** Move game time forward to `t`, firing injects and completions on the way. */
  advanceTo(t: number): void;
  advanceBy(ms: number): void;
  /** Game time of the next scheduled completion, join or inject, or null. */
  nextEventAt(): number | null;
  /** Jump to the next scheduled completion, join or inject. Returns false when nothing is scheduled. */
  jumpToNext(): boolean;
  /** Facilitator: skip game time forward (recorded in the journal). */
  skip(ms: number): void;
  /** Called after every change of snapshot or game time. */
  subscribe(listener: () => void): () => void;
  record(): DrillRecord;
}

/**
 * Start a drill.
 * @example
 * const session = createDrillSession({ scenario: model, seed: 42 });
 * session.send({ type: 'player.acknowledge', participant: 'ana' });
 * session.send({ type: 'player.start', participant: 'ana', action: 'check-dashboards' });
 * session.jumpToNext();
 */
export function createDrillSession(options: DrillSessionOptions): DrillSession {
  const { scenario, seed } = options;
  const clock = options.clock ?? new GameClock();
  const machine = options.machine ?? compileScenario(scenario);
  const actor = createActor(machine, { input: { model: scenario, seed }, clock });
  const journal: JournalEntry[] = [];
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  actor.subscribe({ next: notify, error: () => notify() });
  actor.start();
  if (options.startAtDetection !== false)
    clock.advanceTo(Math.max(clock.now(), scenario.detectionAt));

  const isOver = () => actor.getSnapshot().status !== 'active';
  const stamp = (event: JournalEvent) => ({ ...event, t: clock.now() });

  const session: DrillSession = {
    scenario,
    seed,
    clock,
    machine,
    actor,
    journal,
    now: () => clock.now(),
    snapshot: () => actor.getSnapshot(),
    context: () => actor.getSnapshot().context,
    isOver,
    can: (event) => !isOver() && actor.getSnapshot().can(stamp(event)),
    send(event) {
      if (isOver()) return false;
      // A refused event leaves XState's snapshot untouched (same object); every accepted
      // one assigns context. Checking identity avoids computing the transition twice.
      const before = actor.getSnapshot();
      actor.send(stamp(event));
      if (actor.getSnapshot() === before) return false;
      journal.push({ t: clock.now(), event });
      return true;
    },
    advanceTo(t) {
      if (t <= clock.now()) return;
      clock.advanceTo(t);
      notify();
    },
    advanceBy: (ms) => session.advanceTo(clock.now() + ms),
    nextEventAt: () => (isOver() ? null : clock.nextDueAt()),
    jumpToNext() {
      const next = session.nextEventAt();
      if (next === null) return false;
      session.advanceTo(Math.max(next, clock.now()));
      return true;
    },
    skip(ms) {
      if (isOver() || ms <= 0) return;
      const event: JournalEvent = { type: 'facilitator.skip', ms };
      journal.push({ t: clock.now(), event });
      actor.send(stamp(event));
      session.advanceBy(ms);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    record: () => ({
      scenario: scenario.ref,
      seed,
      journal: journal.map((e) => ({ ...e })),
      clockAt: clock.now(),
    }),
  };
  return session;
}

/** Why a record cannot be replayed on a scenario, or null when it can. */
export function replayMismatch(scenario: ScenarioModel, record: DrillRecord): string | null {
  const { id, version, hash } = record.scenario;
  if (id !== scenario.ref.id) return `record is for scenario "${id}", not "${scenario.ref.id}"`;
  if (version !== scenario.ref.version || hash !== scenario.ref.hash)
    return `record was played on ${id}@${version} (${hash}); this file is ${scenario.ref.version} (${scenario.ref.hash})`;
  return null;
}

/**
 * Rebuild a drill from its record: same scenario, seed and events at the same game times.
 * Injects and completions between events fire exactly as they did.
 * @throws Error when the record was made on another scenario version or an event is refused.
 */
export function replay(
  scenario: ScenarioModel,
  record: DrillRecord,
  options: { clock?: GameClock; machine?: DrillMachine } = {},
): DrillSession {
  const mismatch = replayMismatch(scenario, record);
  if (mismatch) throw new Error(mismatch);
  const session = createDrillSession({ scenario, seed: record.seed, ...options });
  for (const [index, entry] of record.journal.entries()) {
    if (entry.t < session.now())
      throw new Error(`journal entry ${index} goes back in time (${entry.t} < ${session.now()})`);
    if (entry.event.type === 'facilitator.skip') {
      session.advanceTo(entry.t);
      session.skip(entry.event.ms);
      continue;
    }
    session.advanceTo(entry.t);
    if (!session.send(entry.event))
      throw new Error(`journal entry ${index} (${entry.event.type}) was refused on replay`);
  }
  session.advanceTo(record.clockAt);
  return session;
}
