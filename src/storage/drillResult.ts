/**
 * The result summary kept with a finished drill, so lists and trends need no replay.
 * Taken from the engine's `scoreDrill` (par from the scenario analysis, when known).
 */
import {
  scoreDrill,
  type DrillContext,
  type DrillScore,
  type ScenarioModel,
} from '../engine/index.ts';
import type { DrillResultSummary, PhaseSplit } from './drillRecord.ts';

/** Milestones as game ms from T+0 (the score gives acknowledgement relative to the alert). */
function phaseSplits(score: DrillScore, detectedAt: number): PhaseSplit[] {
  const milestones: [string, string, number | null][] = [
    [
      'acknowledge',
      'Acknowledge',
      score.timeToAcknowledge === null ? null : detectedAt + score.timeToAcknowledge,
    ],
    ['hypothesis', 'Correct hypothesis', score.timeToCorrectHypothesis],
    ['escalate', 'Escalate', score.timeToEscalate],
    ['mitigate', 'Mitigate', score.timeToMitigate],
    ['resolve', 'Resolve', score.timeToResolve],
  ];
  return milestones.flatMap(([id, label, ms]) => (ms === null ? [] : [{ id, label, ms }]));
}

/** Summarise an engine score for storage. */
export function summarizeScore(score: DrillScore, detectedAt: number): DrillResultSummary {
  return {
    resolved: score.timeToResolve !== null,
    ttrMs: score.timeToResolve,
    parMs: score.par,
    historyMs: score.realDuration,
    phases: phaseSplits(score, detectedAt),
    grade: score.grade,
    redHerringMs: score.redHerringMs,
    harmfulActions: score.harmful.length,
    statusUpdates: score.statusUpdates.count,
  };
}

/** Score a drill's final context and summarise it. */
export function summarizeResult(
  model: ScenarioModel,
  ctx: DrillContext,
  options: { par: number | null; at: number },
): DrillResultSummary {
  const score = scoreDrill(model, ctx, options);
  return summarizeScore(score, ctx.detectedAt ?? model.detectionAt);
}
