/**
 * What went well, what went wrong, where the team got lucky, and lessons: factual
 * statements derived from the score and the run with fixed thresholds, so the same
 * journal always gives the same debrief.
 */
import type { TimelineEntry } from './context.ts';
import type { DebriefClue } from './debriefTypes.ts';
import { formatDuration, formatGameTime } from './format.ts';
import type { ScenarioModel } from './model.ts';
import { STATUS_CADENCE_MS, type DrillScore } from './scoring.ts';

/** Acknowledging faster than this went well. */
export const FAST_ACK_MS = 5 * 60_000;
/** Acknowledging slower than this went wrong. */
export const SLOW_ACK_MS = 15 * 60_000;
/** Paging later than par's first page by more than this is a late escalation. */
export const LATE_ESCALATION_MS = 15 * 60_000;

export interface AssessmentInput {
  model: ScenarioModel;
  score: DrillScore;
  found: DebriefClue[];
  missed: DebriefClue[];
  hints: readonly TimelineEntry[];
  parPageAt: number | null;
  parPath: readonly string[] | null;
  harmful: { label: string; why: string; t: number }[];
  wrongHypotheses: { hypothesis: string; label: string; ms: number }[];
}

export interface Assessment {
  wentWell: string[];
  wentWrong: string[];
  lucky: string[];
  lessons: string[];
}

const at = formatGameTime;

function stepLabel(model: ScenarioModel, step: string): string {
  const [kind, id] = step.includes(':') ? step.split(':', 2) : ['', step];
  if (kind === 'page') return `page ${model.escalation.get(id ?? '')?.name ?? id}`;
  if (kind === 'declare') return `declare ${model.hypotheses.get(id ?? '')?.label ?? id}`;
  if (kind === 'wait') return `wait ${id}`;
  return model.actions.get(step)?.label ?? step;
}

export function assessDrill(input: AssessmentInput): Assessment {
  const { model, score } = input;
  const rootLabel =
    model.hypotheses.get(model.file.rootCause.hypothesis)?.label ?? model.file.rootCause.hypothesis;
  const resolved = score.timeToResolve !== null;
  const wentWell: string[] = [];
  const wentWrong: string[] = [];
  const lucky: string[] = [];
  const lessons: string[] = [];

  // Acknowledgement.
  const ack = score.timeToAcknowledge;
  if (ack !== null && ack < FAST_ACK_MS)
    wentWell.push(`The alert was acknowledged ${formatDuration(ack)} after it fired (under 5m).`);
  else if (ack !== null && ack > SLOW_ACK_MS)
    wentWrong.push(`The alert waited ${formatDuration(ack)} before anyone acknowledged it.`);
  else if (ack === null) wentWrong.push('The alert was never acknowledged.');

  // Root cause and escalation.
  const correct = score.timeToCorrectHypothesis;
  const paged = score.timeToEscalate;
  if (correct !== null && (paged === null || correct <= paged))
    wentWell.push(
      `The real root cause (${rootLabel}) was declared at ${at(correct)}` +
        (paged === null ? '.' : `, before escalating at ${at(paged)}.`),
    );
  else if (correct !== null)
    wentWell.push(`The real root cause (${rootLabel}) was declared at ${at(correct)}.`);
  if (input.parPageAt !== null) {
    if (paged === null && !resolved)
      wentWrong.push(`Nobody was paged; par pages at ${at(input.parPageAt)}.`);
    else if (paged !== null && paged - input.parPageAt > LATE_ESCALATION_MS)
      wentWrong.push(
        `Escalated at ${at(paged)}, ${formatDuration(paged - input.parPageAt)} later than par (${at(input.parPageAt)}).`,
      );
  }

  // Status updates.
  const updates = score.statusUpdates;
  if (updates.count > 0 && updates.onCadence)
    wentWell.push(
      `${updates.count} status update${updates.count > 1 ? 's' : ''}, never more than ${formatDuration(updates.longestGapMs)} apart.`,
    );
  else if (updates.count === 0) wentWrong.push('No status update was posted for stakeholders.');
  else if (!updates.onCadence)
    wentWrong.push(
      `Stakeholders went ${formatDuration(updates.longestGapMs)} without a status update (aim for every ${formatDuration(STATUS_CADENCE_MS)}).`,
    );

  // Harmful actions.
  if (input.harmful.length === 0) wentWell.push('No action made the outage worse.');
  for (const h of input.harmful)
    wentWrong.push(`"${h.label}" at ${at(h.t)} made things worse: ${h.why}`);

  // Time on the wrong hypotheses.
  if (score.redHerringMs === 0)
    wentWell.push('No time went into hypotheses that were not the cause.');
  else
    wentWrong.push(
      `${formatDuration(score.redHerringMs)} went into hypotheses that were not the cause: ` +
        input.wrongHypotheses.map((w) => `${w.label} (${formatDuration(w.ms)})`).join(', ') +
        '.',
    );

  // Outcome against par and the real incident.
  if (score.vsPar !== null && score.vsPar <= 1.25)
    wentWell.push(`Resolved in ${formatDuration(score.timeToResolve ?? 0)}, within 1.25× par.`);
  if (score.vsReal !== null && score.vsReal < 1 && score.realDuration !== null)
    wentWell.push(
      `Resolved ${formatDuration(score.realDuration - (score.timeToResolve ?? 0))} sooner than the real incident.`,
    );
  if (!resolved)
    wentWrong.push(
      score.outcome === 'ended'
        ? 'The drill ended before the incident was resolved.'
        : 'The incident is not resolved yet.',
    );

  // Luck.
  if (resolved && correct === null)
    lucky.push(
      `The incident was resolved without the team ever declaring the root cause (${rootLabel}).`,
    );
  const firstHint = input.hints[0];
  if (firstHint)
    for (const clue of input.found.filter((c) => c.key && c.foundAt !== null))
      if ((clue.foundAt ?? 0) >= firstHint.t)
        lucky.push(
          `The key clue "${clue.title}" was found at ${at(clue.foundAt ?? 0)}, after a hint at ${at(firstHint.t)}.`,
        );

  // Lessons: the evidence that mattered, what was missed, and the shortest way through.
  for (const clue of input.found.filter((c) => c.key))
    lessons.push(`"${clue.title}" was the evidence that mattered: ${clue.explanation}`);
  for (const clue of input.missed.filter((c) => !c.redHerring))
    lessons.push(`Missed evidence "${clue.title}": ${clue.explanation}`);
  if (input.parPath?.length)
    lessons.push(
      `The par path takes ${formatDuration(score.par ?? 0)}: ` +
        input.parPath.map((s) => stepLabel(model, s)).join(' → ') +
        '.',
    );
  return { wentWell, wentWrong, lucky, lessons };
}
