/**
 * Scoring: a pure function of the scenario and the drill's final context (itself a pure
 * function of the journal). Times are game milliseconds from incident start unless noted.
 */
import { toArray } from './chain.ts';
import type { DrillContext } from './context.ts';
import { formatDuration } from './format.ts';
import type { ScenarioModel } from './model.ts';
import { isRedHerringAction, redHerringClues, redHerringDirection } from './redHerrings.ts';
import { parseDuration } from './schema.ts';
import { impactAt } from './telemetry.ts';

/** Expected gap between status updates during an incident. */
export const STATUS_CADENCE_MS = 30 * 60_000;

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface DrillScore {
  outcome: 'resolved' | 'ended' | 'in-progress';
  /** Game time the score was taken at. */
  at: number;
  /** From the alert to acknowledgement. */
  timeToAcknowledge: number | null;
  timeToCorrectHypothesis: number | null;
  timeToEscalate: number | null;
  timeToMitigate: number | null;
  timeToResolve: number | null;
  /**
   * Game time spent on actions that chase a red herring (they reveal or need a red-herring
   * clue, see `redHerrings.ts`). An action's `hypothesis` tag alone does not count.
   */
  redHerringMs: number;
  /** {@link DrillScore.redHerringMs} by the wrong hypothesis it led towards (when known). */
  redHerringByHypothesis: { hypothesis: string; ms: number }[];
  redHerringCluesFound: string[];
  cluesFound: string[];
  cluesMissed: string[];
  harmful: { action: string; t: number; participant: string; why: string }[];
  statusUpdates: { count: number; longestGapMs: number; onCadence: boolean };
  cost: number;
  par: number | null;
  /** timeToResolve / par. */
  vsPar: number | null;
  realDuration: number | null;
  /** timeToResolve / real incident duration. */
  vsReal: number | null;
  grade: Grade;
  reasons: string[];
}

const GRADES: Grade[] = ['A', 'B', 'C', 'D', 'F'];

/**
 * Score a drill.
 * @param par - par time from the analysis (ms), when known
 * @param at - game time to score at (defaults to the drill's last event time)
 */
export function scoreDrill(
  model: ScenarioModel,
  ctx: DrillContext,
  options: { par?: number | null; at?: number } = {},
): DrillScore {
  const at = Math.max(options.at ?? ctx.now, ctx.now);
  const end = ctx.resolvedAt ?? ctx.endedAt ?? at;
  const root = model.file.rootCause.hypothesis;
  const detection = ctx.detectedAt ?? model.detectionAt;

  // Red-herring time: work on actions that chase a red herring (`redHerrings.ts`), grouped
  // by the wrong hypothesis they lead towards; work in flight counts up to `end`.
  let redHerringMs = 0;
  const byHypothesis = new Map<string, number>();
  const addWork = (action: string, ms: number) => {
    if (ms <= 0 || !isRedHerringAction(model, action)) return;
    redHerringMs += ms;
    const h = redHerringDirection(model, action);
    if (h !== null) byHypothesis.set(h, (byHypothesis.get(h) ?? 0) + ms);
  };
  for (const w of toArray(ctx.work)) addWork(w.action, w.completedAt - w.startedAt);
  for (const w of Object.values(ctx.inFlight))
    addWork(w.action, Math.max(0, Math.min(end, w.completesAt) - w.startedAt));

  const correct = toArray(ctx.hypothesisHistory).find((h) => h.hypothesis === root);
  const firstPage = Object.values(ctx.escalations).reduce<number | null>(
    (min, e) => (min === null || e.pagedAt < min ? e.pagedAt : min),
    null,
  );

  const updates = toArray(ctx.statusUpdates).map((u) => u.t);
  let longestGap = 0;
  let previous = detection;
  for (const t of [...updates, end]) {
    longestGap = Math.max(longestGap, t - previous);
    previous = t;
  }
  const onCadence = longestGap <= STATUS_CADENCE_MS;

  const harmful = toArray(ctx.harmful).map((h) => ({
    ...h,
    why: model.actions.get(h.action)?.harmful ?? '',
  }));
  const clueIds = model.file.clues.map((c) => c.id);
  const timeToResolve = ctx.resolvedAt;
  const par = options.par ?? null;
  const realDuration = model.file.history ? parseDuration(model.file.history.duration) : null;
  const vsPar = timeToResolve !== null && par ? timeToResolve / par : null;

  const reasons: string[] = [];
  let gradeIndex: number;
  if (timeToResolve === null) {
    gradeIndex = 4;
    reasons.push(
      ctx.endedAt !== null
        ? 'The drill ended before the incident was resolved.'
        : 'The incident is not resolved yet.',
    );
  } else if (vsPar === null) {
    gradeIndex = 2;
    reasons.push(`Resolved at T+${formatDuration(timeToResolve)}; no par time to compare with.`);
  } else {
    gradeIndex = vsPar <= 1.25 ? 0 : vsPar <= 2 ? 1 : vsPar <= 3 ? 2 : vsPar <= 5 ? 3 : 4;
    reasons.push(
      `Resolved in ${formatDuration(timeToResolve)}, ${vsPar.toFixed(1)}× par (${formatDuration(par ?? 0)}).`,
    );
  }
  if (harmful.length) {
    gradeIndex = Math.min(4, gradeIndex + 1);
    reasons.push(
      `${harmful.length} harmful action${harmful.length > 1 ? 's' : ''} made the outage worse (one grade down).`,
    );
  }
  if (!onCadence) {
    reasons.push(
      `Stakeholders went ${formatDuration(longestGap)} without a status update (aim for every ${formatDuration(STATUS_CADENCE_MS)}).`,
    );
    if (updates.length === 0 && timeToResolve !== null) gradeIndex = Math.min(4, gradeIndex + 1);
  }
  if (redHerringMs > 0)
    reasons.push(`${formatDuration(redHerringMs)} went into hypotheses that were not the cause.`);
  if (correct) reasons.push(`The real root cause was declared at T+${formatDuration(correct.t)}.`);
  else reasons.push('The real root cause was never declared as the working hypothesis.');

  return {
    outcome: ctx.resolvedAt !== null ? 'resolved' : ctx.endedAt !== null ? 'ended' : 'in-progress',
    at,
    timeToAcknowledge: ctx.acknowledgedAt === null ? null : ctx.acknowledgedAt - detection,
    timeToCorrectHypothesis: correct?.t ?? null,
    timeToEscalate: firstPage,
    timeToMitigate: ctx.mitigatedAt,
    timeToResolve,
    redHerringMs,
    redHerringByHypothesis: [...byHypothesis].map(([hypothesis, ms]) => ({ hypothesis, ms })),
    redHerringCluesFound: redHerringClues(model, (id) => id in ctx.clues),
    cluesFound: clueIds.filter((id) => id in ctx.clues),
    cluesMissed: clueIds.filter((id) => !(id in ctx.clues)),
    harmful,
    statusUpdates: { count: updates.length, longestGapMs: longestGap, onCadence },
    cost: impactAt(model, ctx, end).cost,
    par,
    vsPar,
    realDuration,
    vsReal: timeToResolve !== null && realDuration ? timeToResolve / realDuration : null,
    grade: GRADES[gradeIndex] ?? 'F',
    reasons,
  };
}
