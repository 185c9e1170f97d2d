/**
 * The debrief: a pure view model of a finished (or stopped) drill, for the debrief screen
 * and the Markdown postmortem. Everything is derived from the scenario, the drill's
 * context, its score and the analysis; the par path is replayed with `runPath` to time it.
 * All times are game milliseconds since incident start (T+0).
 */
import type { AnalysisResult } from './analysis.ts';
import { toArray } from './chain.ts';
import type { DrillContext } from './context.ts';
import { assessDrill } from './debriefAssessment.ts';
import { keyEvents } from './debriefEvents.ts';
import type { ScenarioModel } from './model.ts';
import { runPath } from './paths.ts';
import { parseDuration } from './schema.ts';
import type { DrillScore } from './scoring.ts';
import type {
  Debrief,
  DebriefClue,
  DebriefEvent,
  DebriefLane,
  DebriefMisled,
  DebriefOptions,
  DebriefRedHerring,
} from './debriefTypes.ts';

function parLane(model: ScenarioModel, analysis: AnalysisResult | null) {
  const path = analysis?.par?.path;
  const empty: DebriefLane = { id: 'par', label: 'Par path', events: [], end: null };
  if (!path) return { lane: empty, pageAt: null };
  const ctx = runPath(model, path, { participant: 'par' }).session.context();
  const firstPage = Object.values(ctx.escalations).reduce<number | null>(
    (min, e) => (min === null || e.pagedAt < min ? e.pagedAt : min),
    null,
  );
  const lane: DebriefLane = {
    id: 'par',
    label: 'Par path',
    // Par's own steps: the scheduled injects of its run would only crowd the lane.
    events: keyEvents(model, ctx, false).map((e) => ({ ...e, participant: null })),
    end: ctx.resolvedAt ?? analysis.par?.time ?? null,
  };
  return { lane, pageAt: firstPage };
}

function realLane(model: ScenarioModel): DebriefLane {
  const history = model.file.history;
  const events: DebriefEvent[] = (history?.timeline ?? []).map((h) => ({
    t: parseDuration(h.at),
    kind: h.kind,
    text: h.text,
    participant: null,
    detail: null,
    mark: h.kind === 'misleading' ? 'misleading' : h.kind === 'resolution' ? 'key' : null,
  }));
  events.sort((a, b) => a.t - b.t);
  return {
    id: 'real',
    label: 'Real incident',
    events,
    end: history ? parseDuration(history.duration) : null,
  };
}

function groupMisled(
  redHerrings: DebriefRedHerring[],
  wrong: { hypothesis: string; label: string; ms: number }[],
  labelOf: (h: string) => string,
): DebriefMisled[] {
  const ids = [
    ...new Set([...wrong.map((w) => w.hypothesis), ...redHerrings.map((r) => r.hypothesis)]),
  ];
  return ids
    .map((hypothesis) => {
      const ms = wrong.find((w) => w.hypothesis === hypothesis)?.ms ?? 0;
      return {
        hypothesis,
        label: hypothesis === null ? null : labelOf(hypothesis),
        ms,
        minutes: Math.round(ms / 60_000),
        clues: redHerrings.filter((r) => r.hypothesis === hypothesis),
      };
    })
    .sort((a, b) => b.ms - a.ms);
}

/**
 * Build the debrief of a drill.
 * @param score - `scoreDrill(model, ctx, { par, at })` for the same context
 * @param analysis - the scenario's analysis (for par), or null when not available
 */
export function buildDebrief(
  model: ScenarioModel,
  ctx: DrillContext,
  score: DrillScore,
  analysis: AnalysisResult | null,
  options: DebriefOptions = {},
): Debrief {
  const file = model.file;
  const root = file.rootCause.hypothesis;
  const labelOf = (h: string) => model.hypotheses.get(h)?.label ?? h;
  const endAt = ctx.resolvedAt ?? ctx.endedAt ?? score.at;

  const team: DebriefLane = {
    id: 'team',
    label: 'Your team',
    events: keyEvents(model, ctx),
    end: endAt,
  };
  const par = parLane(model, analysis);
  const real = realLane(model);
  const ends = [team, par.lane, real].flatMap((l) => [l.end ?? 0, ...l.events.map((e) => e.t)]);
  const axisEnd = Math.max(1, ...ends);

  const clueView = (id: string): DebriefClue => {
    const c = model.clues.get(id);
    return {
      id,
      title: c?.title ?? id,
      text: c?.text ?? '',
      explanation: c?.explanation ?? '',
      redHerring: c?.redHerring ?? false,
      key: !c?.redHerring && c?.pointsTo === root,
      foundAt: ctx.clues[id] ?? null,
    };
  };
  const found = score.cluesFound.map(clueView).sort((a, b) => (a.foundAt ?? 0) - (b.foundAt ?? 0));
  const missed = score.cluesMissed.map(clueView);

  const lostOn = (h: string | undefined) =>
    score.redHerringByHypothesis.find((r) => r.hypothesis === h)?.ms ?? 0;
  const redHerrings: DebriefRedHerring[] = score.redHerringCluesFound.map((id) => {
    const clue = clueView(id);
    const hypothesis = model.clues.get(id)?.pointsTo ?? null;
    const msLost = hypothesis ? lostOn(hypothesis) : 0;
    return {
      clue: id,
      title: clue.title,
      explanation: clue.explanation,
      foundAt: clue.foundAt ?? 0,
      hypothesis,
      hypothesisLabel: hypothesis ? labelOf(hypothesis) : null,
      msLost,
      minutesLost: Math.round(msLost / 60_000),
    };
  });

  const hypothesisHistory = toArray(ctx.hypothesisHistory).map((h) => ({
    ...h,
    label: labelOf(h.hypothesis),
    correct: h.hypothesis === root,
  }));
  const harmful = score.harmful.map((h) => ({
    ...h,
    label: model.actions.get(h.action)?.label ?? h.action,
  }));
  const named = toArray(ctx.timeline)
    .map((e) => e.participant)
    .filter((p): p is string => p !== undefined && p !== 'facilitator');
  const participants = options.participants ?? [...new Set(named)];
  const peakUsersAffected = Math.max(
    0,
    ...toArray(ctx.phaseHistory)
      .filter((p) => p.t <= endAt)
      .map((p) => model.phases.get(p.phase)?.usersAffected ?? 0),
  );

  const wrongHypotheses = score.redHerringByHypothesis.map((r) => ({
    ...r,
    label: labelOf(r.hypothesis),
  }));
  const assessment = assessDrill({
    model,
    score,
    found,
    missed,
    hints: toArray(ctx.timeline).filter((e) => e.kind === 'hint'),
    parPageAt: par.pageAt,
    parPath: analysis?.par?.path ?? null,
    harmful,
    wrongHypotheses,
  });

  return {
    scenario: {
      id: file.id,
      title: file.title,
      summary: file.summary,
      startsAt: file.incident.startsAt,
      currency: file.incident.currency,
    },
    outcome: score.outcome,
    grade: score.grade,
    reasons: [...score.reasons],
    participants,
    times: {
      detectedAt: ctx.detectedAt ?? model.detectionAt,
      acknowledgedAt: ctx.acknowledgedAt,
      resolvedAt: ctx.resolvedAt,
      endAt,
      par: score.par,
      real: score.realDuration,
      vsPar: score.vsPar,
      vsReal: score.vsReal,
    },
    impact: {
      peakUsersAffected,
      cost: score.cost,
      currency: file.incident.currency,
      realUsersAffected: file.history?.usersAffected ?? null,
    },
    rootCause: {
      hypothesis: root,
      label: labelOf(root),
      summary: file.rootCause.summary,
      detail: file.rootCause.detail,
      fix: file.rootCause.fix,
      declaredAt: score.timeToCorrectHypothesis,
    },
    timelines: { team, par: par.lane, real, axisEnd },
    clues: { found, missed },
    redHerrings,
    wrongHypotheses,
    misledBy: groupMisled(redHerrings, wrongHypotheses, labelOf),
    hypothesisHistory,
    harmful,
    ...assessment,
    measures: file.rootCause.correctiveMeasures.map((m) => ({ ...m })),
    actionItems: (
      options.actionItems ?? file.rootCause.tasks.map((text) => ({ text, owner: '', done: false }))
    ).map((item) => ({ ...item })),
  };
}
