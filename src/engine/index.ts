/**
 * Firedrill engine: the one public entry. Framework-free; time comes from an injected
 * `GameClock`, randomness from the drill's seed.
 */
export {
  SCHEMA_VERSION,
  Scenario,
  parseDuration,
  scenarioJsonSchema,
  durationPattern,
} from './schema.ts';
export type { ScenarioFile, ScenarioInput, Condition, Effects } from './schema.ts';
export { FAILURE_MODES } from './failureModes.ts';
export type { FailureMode } from './failureModes.ts';
export { buildModel, contentHash } from './model.ts';
export type { ScenarioModel, ScenarioRef } from './model.ts';
export { loadScenario, MAX_SCENARIO_CHARS, MAX_ALIAS_COUNT } from './loader.ts';
export type { LoadOptions, LoadResult } from './loader.ts';
export { formatProblem, formatPath } from './problems.ts';
export { semanticProblems } from './semantic.ts';
export type { Problem } from './problems.ts';
export { GameClock } from './clock.ts';
export { compileScenario, drillSetup, initialContext } from './machine.ts';
export type { DrillMachine, DrillInput } from './machine.ts';
export { createDrillSession, replay, replayMismatch } from './session.ts';
export type {
  DrillSession,
  DrillSessionOptions,
  DrillRecord,
  JournalEntry,
  DrillSnapshot,
} from './session.ts';
export type {
  DrillContext,
  DrillEvent,
  JournalEvent,
  PlayerEvent,
  FacilitatorEvent,
  TimelineEntry,
  TimelineKind,
  ParticipantId,
} from './context.ts';
export { analyzeScenario, DEFAULT_MAX_STATES } from './analysis.ts';
export type { AnalysisResult, ParResult, GraphResult, SoftLock } from './analysis.ts';
export { exploreStateGraph } from './analysis.ts';
export type { StateGraph } from './analysis.ts';
export { explorerGraph, DEFAULT_MAX_NODES } from './explorerGraph.ts';
export type {
  ExplorerGraph,
  ExplorerNode,
  ExplorerEdge,
  ExplorerPar,
  ExplorerOptions,
  Condensation,
  MoveKind,
  Unreachable,
} from './explorerGraph.ts';
export {
  playtestView,
  nextParStep,
  rewindSession,
  describeCondition,
  describeEffects,
} from './playtest.ts';
export type {
  PlaytestView,
  PlaytestClue,
  PlaytestInject,
  PlaytestAction,
  NextParStep,
} from './playtest.ts';
export { runPath, parsePathStep, formatPathStep } from './paths.ts';
export type { PathStep, PathRun } from './paths.ts';
export { scoreDrill, STATUS_CADENCE_MS } from './scoring.ts';
export {
  isRedHerringAction,
  isRedHerringClue,
  isWrongHypothesis,
  redHerringClues,
  redHerringDirection,
} from './redHerrings.ts';
export type { DrillScore, Grade } from './scoring.ts';
export { metricValue, metricSeries, visibleLogs, impactAt, phaseAt } from './telemetry.ts';
export type { SeriesPoint, LogView, LogFilter } from './telemetry.ts';
export {
  selectActions,
  selectEscalation,
  selectClues,
  selectTimeline,
  selectFeed,
  selectHypotheses,
  hintAvailable,
  pendingInjects,
} from './selectors.ts';
export type { ActionView, ActionStatus, EscalationView, ClueView } from './selectors.ts';
export { selectHintSchedule } from './hintSchedule.ts';
export type { HintSchedule } from './hintSchedule.ts';
export { formatDuration, formatGameTime, formatClock, toMinutes } from './format.ts';
export { toArray } from './chain.ts';
export { uniform, normaliseSeed } from './prng.ts';
export { buildDebrief } from './debrief.ts';
export type {
  Debrief,
  DebriefOptions,
  DebriefEvent,
  DebriefLane,
  DebriefMark,
  DebriefClue,
  DebriefRedHerring,
  DebriefHypothesis,
  DebriefMisled,
  ActionItem,
} from './debriefTypes.ts';
export { FAST_ACK_MS, SLOW_ACK_MS, LATE_ESCALATION_MS } from './debriefAssessment.ts';
export { debriefToMarkdown, escapeMarkdown } from './debriefMarkdown.ts';
export {
  simulateDifficulty,
  PLAYER_MODELS,
  DEFAULT_SIMULATION_RUNS,
  DEFAULT_HORIZON_MS,
} from './simulate.ts';
export type {
  SimulationOptions,
  SimulationResult,
  ModelSimulation,
  PlayerModelId,
  SimulationBin,
  SimulationPercentiles,
} from './simulate.ts';
