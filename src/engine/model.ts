/**
 * The normalised, in-memory form of a scenario: durations in milliseconds, lookups by id,
 * and the identity (id, version, content hash) a drill is recorded against.
 */
import type { Condition, Effects, ScenarioFile } from './schema.ts';
import { parseDuration } from './schema.ts';

/** Identity of the exact scenario a drill was played on. */
export interface ScenarioRef {
  id: string;
  version: string;
  /** FNV-1a 64-bit hex hash of the file's source text. */
  hash: string;
}

/** A scenario ready for the compiler, the session and the analysis. */
export interface ScenarioModel {
  ref: ScenarioRef;
  file: ScenarioFile;
  detectionAt: number;
  resolvedPhase: string;
  actionCost: Map<string, number>;
  actions: Map<string, ScenarioFile['actions'][number]>;
  clues: Map<string, ScenarioFile['clues'][number]>;
  phases: Map<string, ScenarioFile['incident']['phases'][number]>;
  escalation: Map<string, ScenarioFile['escalation'][number]>;
  injects: Map<string, ScenarioFile['injects'][number]>;
  hypotheses: Map<string, ScenarioFile['hypotheses'][number]>;
  metrics: Map<string, ScenarioFile['world']['metrics'][number]>;
}

export type { Condition, Effects };

const byId = <T extends { id: string }>(items: readonly T[]) =>
  new Map(items.map((item) => [item.id, item] as const));

/** FNV-1a over UTF-16 code units, 64-bit via two 32-bit halves: stable in every runtime. */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h2.toString(16).padStart(8, '0') + h1.toString(16).padStart(8, '0');
}

/**
 * Build the model of a schema-valid scenario. Assumes semantic validation passed
 * (there is a phase of kind `resolved`).
 */
export function buildModel(file: ScenarioFile, sourceText: string): ScenarioModel {
  const resolved = file.incident.phases.find((p) => p.kind === 'resolved');
  return {
    ref: { id: file.id, version: file.version, hash: contentHash(sourceText) },
    file,
    detectionAt: parseDuration(file.incident.detection.at),
    resolvedPhase: resolved?.id ?? file.incident.phases[file.incident.phases.length - 1]!.id,
    actionCost: new Map(file.actions.map((a) => [a.id, parseDuration(a.cost)])),
    actions: byId(file.actions),
    clues: byId(file.clues),
    phases: byId(file.incident.phases),
    escalation: byId(file.escalation),
    injects: byId(file.injects),
    hypotheses: byId(file.hypotheses),
    metrics: byId(file.world.metrics),
  };
}
