/**
 * The scenario CLI's commands as functions of (args, io) → exit code, so tests can run
 * them in-process. `main.ts` binds them to the real process.
 */
import {
  analyzeScenario,
  formatDuration,
  formatGameTime,
  runPath,
  scenarioJsonSchema,
  scoreDrill,
  selectTimeline,
  type AnalysisResult,
} from '../engine/index.ts';
import { load, type CliIo } from './io.ts';
import { scaffold } from './scaffold.ts';
import { simulate } from './simulate.ts';

export type { CliIo } from './io.ts';

export const USAGE = `Usage: npm run scenario -- <command>
  validate <files...>                  check scenario files (exit 1 on any error)
  analyze <file> [--json]              par time and path, red herrings, reachability
  schema                               print the JSON Schema of scenario files
  play <file> --actions a,b,c [--seed N] [--history]
                                       play a drill headless and print timeline and score
                                       (--history plays the real team's path from the file)
  simulate <file> [--runs N] [--seed N] [--json]
                                       simulated teams: time-to-resolution percentiles and
                                       histogram per player model, against par and the real incident
  new <id> [--out <path>]              write a commented starter scenario (scenarios/<id>.yaml)`;

export function validate(args: string[], io: CliIo): number {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    io.err('validate: give at least one scenario file');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    if (load(io, file)) io.out(`${file}: ok`);
    else failed++;
  }
  io.out(failed ? `${failed} of ${files.length} file(s) invalid` : `${files.length} file(s) valid`);
  return failed ? 1 : 0;
}

function analysisJson(a: AnalysisResult) {
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    scenario: a.scenario,
    par: a.par
      ? {
          timeMs: a.par.time,
          time: formatDuration(a.par.time),
          path: a.par.path,
          redHerrings: a.par.redHerrings,
        }
      : null,
    parComplete: a.parComplete,
    graph: {
      complete: a.graph.complete,
      reason: a.graph.reason ?? null,
      states: a.graph.states,
      transitions: a.graph.transitions,
      reachable: Object.fromEntries(
        Object.entries(a.graph.reachable).map(([k, v]) => [k, sorted(v)]),
      ),
      redHerrings: a.graph.redHerrings,
      harmfulActions: a.graph.harmfulActions,
      softLocks: a.graph.softLocks,
    },
  };
}

export function analyze(args: string[], io: CliIo): number {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    io.err('analyze: give a scenario file');
    return 2;
  }
  const model = load(io, file);
  if (!model) return 1;
  const a = analyzeScenario(model);
  if (args.includes('--json')) {
    io.out(JSON.stringify(analysisJson(a), null, 2));
    return 0;
  }
  const f = model.file;
  io.out(`${f.title} (${f.id}@${f.version}, ${model.ref.hash})`);
  if (a.par) {
    io.out(
      `Par time: ${formatDuration(a.par.time)} from incident start (alert at ${formatGameTime(model.detectionAt)})`,
    );
    io.out(`Par path: ${a.par.path.join(' → ')}`);
  } else
    io.out(
      a.parComplete
        ? 'Par time: none — the incident cannot be resolved'
        : 'Par time: analysis incomplete (state bound reached)',
    );
  if (f.history) io.out(`Real incident: ${f.history.duration}`);
  io.out(
    `State graph: ${a.graph.states} states, ${a.graph.transitions} transitions${a.graph.complete ? '' : ` — analysis incomplete: ${a.graph.reason}`}`,
  );
  const r = a.graph.reachable;
  io.out(
    `Reachable: ${r.actions.size}/${f.actions.length} actions, ${r.clues.size}/${f.clues.length} clues, ${r.phases.size}/${f.incident.phases.length} phases, ${r.levels.size}/${f.escalation.length} escalation levels`,
  );
  io.out(`Red herrings reachable: ${a.graph.redHerrings.join(', ') || 'none'}`);
  io.out(`Harmful actions reachable: ${a.graph.harmfulActions.join(', ') || 'none'}`);
  io.out(
    `Soft-locks: ${a.graph.softLocks.length ? a.graph.softLocks.map((s) => s.path.join(' → ')).join('; ') : 'none'}`,
  );
  return 0;
}

export function play(args: string[], io: CliIo): number {
  const file = args.find(
    (a, i) => !a.startsWith('--') && !['--actions', '--seed'].includes(args[i - 1] ?? ''),
  );
  const actionsArg = args[args.indexOf('--actions') + 1];
  const seedArg = args.includes('--seed') ? args[args.indexOf('--seed') + 1] : undefined;
  if (!file) {
    io.err('play: give a scenario file');
    return 2;
  }
  const model = load(io, file);
  if (!model) return 1;
  let steps: string[];
  if (args.includes('--history')) steps = model.file.history?.path ?? [];
  else if (args.includes('--actions') && actionsArg)
    steps = actionsArg
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  else {
    io.err('play: give --actions a,b,c (or --history)');
    return 2;
  }
  const seed = seedArg === undefined ? 1 : Number(seedArg);
  if (!Number.isInteger(seed)) {
    io.err(`play: --seed must be an integer, got "${seedArg}"`);
    return 2;
  }
  const run = runPath(model, steps, { seed });
  const ctx = run.session.context();
  io.out(`${model.file.title} — seed ${seed}`);
  for (const entry of selectTimeline(ctx)) {
    const who = entry.participant ? ` [${entry.participant}]` : '';
    io.out(`${formatGameTime(entry.t).padEnd(10)} ${entry.kind.padEnd(16)} ${entry.text}${who}`);
  }
  if (run.failure)
    io.err(`step ${run.failure.index + 1} "${run.failure.step}": ${run.failure.reason}`);
  const par = analyzeScenario(model).par?.time ?? null;
  const score = scoreDrill(model, ctx, { par, at: run.session.now() });
  const fmt = (ms: number | null) => (ms === null ? '—' : formatDuration(ms));
  io.out('');
  io.out(`Outcome: ${score.outcome} at ${formatGameTime(run.session.now())}`);
  io.out(
    `Time to acknowledge: ${fmt(score.timeToAcknowledge)} | correct hypothesis: ${fmt(score.timeToCorrectHypothesis)} | escalate: ${fmt(score.timeToEscalate)} | mitigate: ${fmt(score.timeToMitigate)} | resolve: ${fmt(score.timeToResolve)}`,
  );
  io.out(
    `Par: ${fmt(score.par)} | real incident: ${fmt(score.realDuration)} | red-herring time: ${fmt(score.redHerringMs)} | harmful actions: ${score.harmful.length}`,
  );
  io.out(`Grade: ${score.grade} — ${score.reasons.join(' ')}`);
  return run.failure ? 1 : 0;
}

export function schema(_args: string[], io: CliIo): number {
  io.out(JSON.stringify(scenarioJsonSchema(), null, 2));
  return 0;
}

/** Run the CLI. Returns the exit code. */
export function runCli(argv: string[], io: CliIo): number {
  const [command, ...args] = argv;
  switch (command) {
    case 'validate':
      return validate(args, io);
    case 'analyze':
      return analyze(args, io);
    case 'play':
      return play(args, io);
    case 'schema':
      return schema(args, io);
    case 'simulate':
      return simulate(args, io);
    case 'new':
      return scaffold(args, io);
    case undefined:
    case 'help':
    case '--help':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}
