/**
 * The drill's state (XState context) and the events it accepts.
 *
 * Journals record player and facilitator events without time; the session stamps each
 * one with its game time `t` when sending it to the actor. Engine events (`engine.*`) are
 * raised by the machine's own delayed transitions and carry the time they were due.
 */
import type { Chain } from './chain.ts';

/** Who did something: a participant's name, or `facilitator`. */
export type ParticipantId = string;

/** Events players send. */
export type PlayerEvent =
  | { type: 'player.acknowledge'; participant: ParticipantId }
  | { type: 'player.start'; participant: ParticipantId; action: string }
  | { type: 'player.cancel'; participant: ParticipantId }
  | { type: 'player.declare'; participant: ParticipantId; hypothesis: string }
  | { type: 'player.page'; participant: ParticipantId; level: string }
  | { type: 'player.status'; participant: ParticipantId; text: string }
  | { type: 'player.note'; participant: ParticipantId; text: string }
  | { type: 'player.hint'; participant: ParticipantId };

/** Events a facilitator sends. Pause, resume and skip only mark the timeline: the clock is the session's. */
export type FacilitatorEvent =
  | { type: 'facilitator.inject'; inject: string }
  | { type: 'facilitator.hint' }
  | { type: 'facilitator.pause' }
  | { type: 'facilitator.resume' }
  | { type: 'facilitator.skip'; ms: number }
  | { type: 'facilitator.end'; reason?: string };

/** Events recorded in a journal. */
export type JournalEvent = PlayerEvent | FacilitatorEvent;

/**
 * Events the machine raises for itself, on the game clock, each carrying the time it was due:
 * work completed, a responder joined, the alert fired, an inject is due, and a conditional
 * inject's `when.after` time has come (from then on its condition is watched).
 */
export type EngineEvent =
  | { type: 'engine.complete'; participant: ParticipantId; action: string; t: number }
  | { type: 'engine.joined'; level: string; t: number }
  | { type: 'engine.detect'; t: number }
  | { type: 'engine.inject'; inject: string; t: number }
  | { type: 'engine.injectOpen'; inject: string; t: number };

/** Every event the drill machine handles (journal events get `t` stamped by the session). */
export type DrillEvent = (JournalEvent & { t: number }) | EngineEvent;

export type TimelineKind =
  | 'alert'
  | 'inject'
  | 'acknowledged'
  | 'action-started'
  | 'action-completed'
  | 'action-cancelled'
  | 'clue'
  | 'harmful'
  | 'phase'
  | 'hypothesis'
  | 'page'
  | 'joined'
  | 'status'
  | 'note'
  | 'hint'
  | 'facilitator'
  | 'resolved'
  | 'ended';

/** One line of the drill's timeline (the scribe log). */
export interface TimelineEntry {
  t: number;
  kind: TimelineKind;
  text: string;
  participant?: ParticipantId;
  /** Id of the scenario element involved (action, clue, inject, phase, level, hypothesis). */
  ref?: string;
  /** Longer text: an action's outcome, an inject's message. */
  detail?: string;
}

/** A unit of work in progress. */
export interface Work {
  participant: ParticipantId;
  action: string;
  startedAt: number;
  completesAt: number;
}

/** A unit of work done. */
export interface DoneWork extends Work {
  completedAt: number;
}

export interface MetricOverride {
  t: number;
  metric: string;
  value: number;
  /** Game time the override ends, or null for "until the next phase change". */
  until: number | null;
}

export interface Escalation {
  pagedAt: number;
  pagedBy: ParticipantId;
  joinedAt: number | null;
}

/** The whole state of a drill, as XState context. */
export interface DrillContext {
  seed: number;
  /** Game time of the last event handled. */
  now: number;
  phase: string;
  detectedAt: number | null;
  acknowledgedAt: number | null;
  mitigatedAt: number | null;
  resolvedAt: number | null;
  endedAt: number | null;
  hypothesis: string | null;
  clues: Readonly<Record<string, number>>;
  flags: Readonly<Record<string, true>>;
  completed: Readonly<Record<string, number>>;
  inFlight: Readonly<Record<ParticipantId, Work>>;
  escalations: Readonly<Record<string, Escalation>>;
  injectsFired: Readonly<Record<string, number>>;
  injectsArmed: Readonly<Record<string, number>>;
  /** Conditional injects with a `when.after` time whose time has come on the clock (id → time). */
  injectsOpen: Readonly<Record<string, number>>;
  hintsShown: readonly string[];
  phaseHistory: Chain<{ t: number; phase: string }> | null;
  hypothesisHistory: Chain<{ t: number; participant: ParticipantId; hypothesis: string }> | null;
  statusUpdates: Chain<{ t: number; participant: ParticipantId; text: string }> | null;
  work: Chain<DoneWork> | null;
  harmful: Chain<{ t: number; participant: ParticipantId; action: string }> | null;
  metricOverrides: Chain<MetricOverride> | null;
  timeline: Chain<TimelineEntry> | null;
}
