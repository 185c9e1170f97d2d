/**
 * The shape of a saved drill, as stored in the `drills` table and in exported files.
 * A drill is rebuilt from scenario ref + seed + journal (engine `replay`); everything else
 * here is context for lists, resume and history (who played, where it was left, the result).
 * Records carry `format`: older formats are upgraded on read by `migrations.ts`.
 */
import type { FailureMode, JournalEntry, ScenarioRef } from '../engine/index.ts';
import type { Mode, Participant, Screen } from '../ui/store.ts';

/** Current record format. Bump it and add a migration in `migrations.ts` when the shape changes. */
export const STORAGE_FORMAT = 1;

export type DrillStatus = 'active' | 'finished' | 'abandoned';

/**
 * One milestone of a finished drill: `acknowledge`, `hypothesis` (correct one declared),
 * `escalate`, `mitigate`, `resolve`. Milestones never reached are left out.
 */
export interface PhaseSplit {
  id: string;
  label: string;
  /** Game ms from T+0 (incident start) to the milestone. */
  ms: number;
}

/** What the history needs from a finished drill's score, without replaying it. */
export interface DrillResultSummary {
  resolved: boolean;
  /** Time to resolve (game ms from T+0), or null when not resolved. */
  ttrMs: number | null;
  /** Par time (game ms) from the scenario analysis, when known. */
  parMs: number | null;
  /** Real incident duration from the scenario's history, when known. */
  historyMs: number | null;
  phases: PhaseSplit[];
  grade: string;
  redHerringMs: number;
  harmfulActions: number;
  statusUpdates: number;
}

export interface StoredDrill {
  id: string;
  /** Record format (`STORAGE_FORMAT` after migration on read). */
  format: number;
  scenario: ScenarioRef;
  scenarioTitle: string;
  /** Catalogue path the drill was started from (e.g. `/scenarios/web-stack.yaml`). */
  scenarioPath: string;
  /** Full scenario text for scenarios not shipped with the app (library, draft, imported), else null. */
  scenarioText: string | null;
  failureModes: FailureMode[];
  seed: number;
  journal: JournalEntry[];
  /** Game time the clock had reached. */
  clockAt: number;
  mode: Mode;
  /** Team name (team/facilitated modes) or the solo player's name. */
  team: string;
  roster: Participant[];
  /** Screen the drill was left on (console, score or debrief). */
  screen: Screen;
  mystery: boolean;
  speed: number;
  status: DrillStatus;
  /** Played from the authoring screen to test a draft: kept out of trends. */
  playtest: boolean;
  scheduleId: string | null;
  /** Wall-clock ms. */
  startedAt: number;
  updatedAt: number;
  finishedAt: number | null;
  /** Set when the drill is finished. */
  result: DrillResultSummary | null;
}
