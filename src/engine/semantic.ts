/**
 * Semantic validation: what the schema cannot see. Unknown ids, duplicate ids, a missing
 * resolution, a root cause nothing points to, and (through the analysis) unreachable
 * actions, clues and phases, soft-locks and red herrings with no way out.
 */
import { analyzeScenario } from './analysis.ts';
import type { Condition, Effects, ScenarioModel } from './model.ts';
import { parsePathStep } from './paths.ts';

export interface PathProblem {
  path: PropertyKey[];
  message: string;
  severity: 'error' | 'warning';
}

type Kind =
  'clue' | 'action' | 'escalation level' | 'phase' | 'hypothesis' | 'metric' | 'service' | 'flag';

export interface SemanticOptions {
  /**
   * Also check reachability through the full analysis (default true). That check explores the
   * state graph and takes most of a load; without it, a file that passes may still be
   * rejected by the full check (e.g. a resolution no sequence of actions reaches).
   */
  reachability?: boolean;
}

export function semanticProblems(
  model: ScenarioModel,
  { reachability = true }: SemanticOptions = {},
): PathProblem[] {
  const f = model.file;
  const problems: PathProblem[] = [];
  const error = (path: PropertyKey[], message: string) =>
    problems.push({ path, message, severity: 'error' });
  const warn = (path: PropertyKey[], message: string) =>
    problems.push({ path, message, severity: 'warning' });

  const known: Record<Kind, Set<string>> = {
    clue: new Set(f.clues.map((c) => c.id)),
    action: new Set(f.actions.map((a) => a.id)),
    'escalation level': new Set(f.escalation.map((e) => e.id)),
    phase: new Set(f.incident.phases.map((p) => p.id)),
    hypothesis: new Set(f.hypotheses.map((h) => h.id)),
    metric: new Set(f.world.metrics.map((m) => m.id)),
    service: new Set(f.world.services.map((s) => s.id)),
    flag: new Set<string>(),
  };
  const collectFlags = (effects: Effects | undefined) =>
    effects?.setFlags?.forEach((flag) => known.flag.add(flag));
  f.actions.forEach((a) => collectFlags(a.effects));
  f.injects.forEach((i) => collectFlags(i.effects));
  f.escalation.forEach((e) => collectFlags(e.effects));

  const ref = (kind: Kind, id: string | undefined, path: PropertyKey[]) => {
    if (id !== undefined && !known[kind].has(id))
      error(
        path,
        kind === 'flag'
          ? `flag "${id}" is never set by any action, inject or escalation`
          : `unknown ${kind} "${id}"`,
      );
  };
  const refs = (kind: Kind, ids: readonly string[] | undefined, path: PropertyKey[]) =>
    ids?.forEach((id, i) => ref(kind, id, [...path, i]));
  const condition = (c: Condition | undefined, path: PropertyKey[]) => {
    if (!c) return;
    refs('clue', c.clues, [...path, 'clues']);
    refs('clue', c.anyClues, [...path, 'anyClues']);
    refs('action', c.actions, [...path, 'actions']);
    refs('escalation level', c.escalated, [...path, 'escalated']);
    refs('flag', c.flags, [...path, 'flags']);
    refs('phase', c.phase, [...path, 'phase']);
    ref('hypothesis', c.hypothesis, [...path, 'hypothesis']);
  };
  const effects = (e: Effects | undefined, path: PropertyKey[]) => {
    if (!e) return;
    refs('clue', e.reveal, [...path, 'reveal']);
    ref('phase', e.phase, [...path, 'phase']);
    e.metrics?.forEach((m, i) => ref('metric', m.metric, [...path, 'metrics', i, 'metric']));
  };
  const duplicates = (items: readonly { id: string }[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) error([path, i, 'id'], `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
  };
  duplicates(f.world.services, 'world.services');
  duplicates(f.world.metrics, 'world.metrics');
  duplicates(f.incident.phases, 'incident.phases');
  for (const [list, path] of [
    [f.hypotheses, 'hypotheses'],
    [f.clues, 'clues'],
    [f.actions, 'actions'],
    [f.escalation, 'escalation'],
    [f.injects, 'injects'],
    [f.hints, 'hints'],
  ] as const)
    duplicates(list, path);

  f.world.services.forEach((s, i) =>
    refs('service', s.dependsOn, ['world', 'services', i, 'dependsOn']),
  );
  f.world.metrics.forEach((m, i) => {
    ref('service', m.service, ['world', 'metrics', i, 'service']);
    for (const phase of Object.keys(m.byPhase ?? {}))
      ref('phase', phase, ['world', 'metrics', i, 'byPhase', phase]);
  });
  f.world.logs.forEach((l, i) => {
    ref('service', l.service, ['world', 'logs', i, 'service']);
    ref('phase', l.inPhase, ['world', 'logs', i, 'inPhase']);
    if ((l.at === undefined) === (l.inPhase === undefined))
      error(['world', 'logs', i], 'a log line needs exactly one of `at` or `inPhase`');
    if (l.every !== undefined && l.inPhase === undefined)
      error(['world', 'logs', i, 'every'], '`every` only applies with `inPhase`');
  });
  ref('phase', f.incident.initialPhase, ['incident', 'initialPhase']);
  const resolvedPhases = f.incident.phases.filter((p) => p.kind === 'resolved');
  if (resolvedPhases.length === 0)
    error(['incident', 'phases'], 'no phase of kind "resolved": the incident could never end');
  if (model.phases.get(f.incident.initialPhase)?.kind === 'resolved')
    error(['incident', 'initialPhase'], 'the incident cannot start resolved');

  f.clues.forEach((c, i) => {
    ref('service', c.service, ['clues', i, 'service']);
    ref('hypothesis', c.pointsTo, ['clues', i, 'pointsTo']);
    if (c.redHerring && c.pointsTo === f.rootCause.hypothesis)
      error(['clues', i, 'pointsTo'], 'a red herring cannot point to the real root cause');
    if (c.redHerring && c.pointsTo === undefined)
      warn(['clues', i], 'red herring without `pointsTo`: the debrief cannot say where it led');
  });
  f.actions.forEach((a, i) => {
    ref('service', a.service, ['actions', i, 'service']);
    ref('hypothesis', a.hypothesis, ['actions', i, 'hypothesis']);
    condition(a.requires, ['actions', i, 'requires']);
    effects(a.effects, ['actions', i, 'effects']);
    if (a.resolves && a.harmful !== undefined)
      error(['actions', i], 'an action cannot both resolve the incident and be harmful');
    if (a.requires?.actions?.includes(a.id))
      error(['actions', i, 'requires', 'actions'], 'an action cannot require itself');
  });
  f.escalation.forEach((e, i) => {
    condition(e.requires, ['escalation', i, 'requires']);
    effects(e.effects, ['escalation', i, 'effects']);
  });
  f.injects.forEach((inj, i) => {
    condition(inj.when, ['injects', i, 'when']);
    effects(inj.effects, ['injects', i, 'effects']);
  });
  f.hints.forEach((h, i) => condition(h.when, ['hints', i, 'when']));
  ref('hypothesis', f.rootCause.hypothesis, ['rootCause', 'hypothesis']);
  if (
    !f.actions.some(
      (a) =>
        a.resolves || (a.effects?.phase && model.phases.get(a.effects.phase)?.kind === 'resolved'),
    )
  )
    error(['actions'], 'no action resolves the incident (`resolves: true`)');
  if (!f.clues.some((c) => !c.redHerring && c.pointsTo === f.rootCause.hypothesis))
    error(
      ['rootCause', 'hypothesis'],
      'the root cause can never be identified: no evidence clue points to it',
    );

  f.history?.path.forEach((step, i) => {
    const parsed = parsePathStep(step);
    if (!parsed.ok) return error(['history', 'path', i], parsed.message);
    if (parsed.step.kind === 'action') ref('action', parsed.step.action, ['history', 'path', i]);
    if (parsed.step.kind === 'page')
      ref('escalation level', parsed.step.level, ['history', 'path', i]);
    if (parsed.step.kind === 'declare')
      ref('hypothesis', parsed.step.hypothesis, ['history', 'path', i]);
  });

  if (!reachability || problems.some((p) => p.severity === 'error')) return problems;
  return [...problems, ...reachabilityProblems(model)];
}

function reachabilityProblems(model: ScenarioModel): PathProblem[] {
  const f = model.file;
  const analysis = analyzeScenario(model);
  const problems: PathProblem[] = [];
  if (!analysis.graph.complete) {
    problems.push({
      path: [],
      message: `analysis incomplete: ${analysis.graph.reason}; reachability was not fully checked`,
      severity: 'warning',
    });
  }
  if (!analysis.par && !analysis.parComplete) {
    problems.push({
      path: [],
      message: 'par analysis incomplete (state bound reached): resolution was not proven reachable',
      severity: 'warning',
    });
    return problems;
  }
  if (!analysis.par) {
    problems.push({
      path: ['actions'],
      message:
        'the incident can never be resolved: no sequence of actions reaches a resolved phase',
      severity: 'error',
    });
    return problems;
  }
  if (!analysis.graph.complete) return problems;
  const { reachable } = analysis.graph;
  f.actions.forEach((a, i) => {
    if (!reachable.actions.has(a.id))
      problems.push({
        path: ['actions', i],
        message: `action "${a.id}" can never be started (its requirements are never met)`,
        severity: 'error',
      });
  });
  f.clues.forEach((c, i) => {
    if (!reachable.clues.has(c.id))
      problems.push({
        path: ['clues', i],
        message: `clue "${c.id}" can never be found (nothing reachable reveals it)`,
        severity: 'error',
      });
  });
  f.incident.phases.forEach((p, i) => {
    if (!reachable.phases.has(p.id))
      problems.push({
        path: ['incident', 'phases', i],
        message: `phase "${p.id}" is unreachable`,
        severity: 'warning',
      });
  });
  f.escalation.forEach((e, i) => {
    if (!reachable.levels.has(e.id))
      problems.push({
        path: ['escalation', i],
        message: `escalation level "${e.id}" can never be paged`,
        severity: 'warning',
      });
  });
  const seen = new Set<string>();
  for (const lock of analysis.graph.softLocks) {
    const herring = lock.redHerrings.length
      ? ` (red herring with no way out: ${lock.redHerrings.join(', ')})`
      : '';
    const message = `soft-lock: after ${lock.path.join(' → ') || 'the start'} the incident can no longer be resolved${herring}`;
    // Distinct states can share a route (a level paged vs joined): report each route once.
    if (seen.has(message) || seen.size >= 5) continue;
    seen.add(message);
    // Point at the step that locked the incident (the last action on the route), when any.
    const last = [...lock.path].reverse().find((step) => f.actions.some((a) => a.id === step));
    const index = last === undefined ? -1 : f.actions.findIndex((a) => a.id === last);
    problems.push({ path: index < 0 ? [] : ['actions', index], message, severity: 'error' });
  }
  return problems;
}
