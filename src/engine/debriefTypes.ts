/** Types of the debrief view model (see `debrief.ts`). Game times are ms since T+0. */
import type { DrillScore } from './scoring.ts';

/** An editable follow-up: a task from the scenario or one the team added. */
export interface ActionItem {
  text: string;
  owner: string;
  done: boolean;
}

/** Why an event stands out in the debrief (shown as text, never by colour alone). */
export type DebriefMark = 'misleading' | 'harmful' | 'key' | null;

export interface DebriefEvent {
  t: number;
  kind: string;
  text: string;
  participant: string | null;
  detail: string | null;
  mark: DebriefMark;
}

export interface DebriefLane {
  id: 'team' | 'par' | 'real';
  label: string;
  events: DebriefEvent[];
  /** Game time the lane's incident ended (resolution, end of drill, real duration), or null. */
  end: number | null;
}

export interface DebriefClue {
  id: string;
  title: string;
  text: string;
  explanation: string;
  redHerring: boolean;
  /** True for real evidence that points at the root cause. */
  key: boolean;
  foundAt: number | null;
}

export interface DebriefRedHerring {
  clue: string;
  title: string;
  explanation: string;
  foundAt: number;
  hypothesis: string | null;
  hypothesisLabel: string | null;
  /** Game time spent on actions testing the hypothesis this clue pointed to. */
  msLost: number;
  minutesLost: number;
}

export interface DebriefMisled {
  /** Null for red herrings that point to no hypothesis. */
  hypothesis: string | null;
  label: string | null;
  ms: number;
  minutes: number;
  clues: DebriefRedHerring[];
}

export interface DebriefHypothesis {
  t: number;
  participant: string;
  hypothesis: string;
  label: string;
  correct: boolean;
}

export interface Debrief {
  scenario: { id: string; title: string; summary: string; startsAt: string; currency: string };
  outcome: DrillScore['outcome'];
  grade: DrillScore['grade'];
  reasons: string[];
  participants: string[];
  times: {
    detectedAt: number;
    acknowledgedAt: number | null;
    resolvedAt: number | null;
    /** When the team's run stopped: resolution, end of drill or the time scored at. */
    endAt: number;
    par: number | null;
    real: number | null;
    vsPar: number | null;
    vsReal: number | null;
  };
  impact: {
    /** Largest share of users affected (0 to 1) during the team's run. */
    peakUsersAffected: number;
    cost: number;
    currency: string;
    realUsersAffected: number | null;
  };
  rootCause: {
    hypothesis: string;
    label: string;
    summary: string;
    detail: string;
    fix: string;
    declaredAt: number | null;
  };
  timelines: { team: DebriefLane; par: DebriefLane; real: DebriefLane; axisEnd: number };
  clues: { found: DebriefClue[]; missed: DebriefClue[] };
  redHerrings: DebriefRedHerring[];
  /** Time on each hypothesis that was not the cause. */
  wrongHypotheses: { hypothesis: string; label: string; ms: number }[];
  /** Red herrings grouped by the wrong hypothesis they pointed to, most time lost first. */
  misledBy: DebriefMisled[];
  hypothesisHistory: DebriefHypothesis[];
  harmful: { action: string; label: string; t: number; participant: string; why: string }[];
  wentWell: string[];
  wentWrong: string[];
  lucky: string[];
  lessons: string[];
  measures: { title: string; detail: string }[];
  actionItems: ActionItem[];
}

export interface DebriefOptions {
  /** Names of the people who played (defaults to everyone named in the timeline). */
  participants?: string[];
  /** Current action items (defaults to the scenario's tasks, unowned and open). */
  actionItems?: ActionItem[];
}
