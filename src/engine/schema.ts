/**
 * The scenario file format (schemaVersion 1), as a zod schema.
 *
 * Facilitators write these files by hand, so the schema is strict (unknown keys are errors,
 * which catches typos such as `requries:`) and every field carries a description that ends
 * up in the published JSON Schema for editor autocompletion.
 */
import { FAILURE_MODES, type FailureMode } from './failureModes.ts';
import { z } from 'zod';

/** Current version of the scenario file format. */
export const SCHEMA_VERSION = 1;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A kebab-case identifier, unique within its list. */
export const Id = z
  .string()
  .regex(idPattern, 'must be kebab-case: lowercase letters, digits and single dashes')
  .max(80)
  .describe('kebab-case identifier');

/** Durations are written as `90s`, `30m`, `6h`, `1h30m` or `1d2h`. */
export const durationPattern = /^(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?$/;
export const Duration = z
  .string()
  .regex(durationPattern, 'must be a duration such as 45s, 30m, 6h or 1h30m')
  .refine((s) => s.length > 0, 'must not be empty')
  .describe('game-time duration such as 45s, 30m, 6h or 1h30m');

const Text = z.string().min(1).max(4000);
const ShortText = z.string().min(1).max(200);

/**
 * A condition over what has happened in the drill so far. Every listed part must hold.
 * Used by action preconditions (`requires`), conditional injects (`when`) and hints.
 */
export const Condition = z
  .strictObject({
    clues: z.array(Id).optional().describe('all of these clues have been found'),
    anyClues: z.array(Id).optional().describe('at least one of these clues has been found'),
    actions: z.array(Id).optional().describe('all of these actions have completed'),
    escalated: z.array(Id).optional().describe('these escalation levels have joined'),
    flags: z.array(Id).optional().describe('these flags are set (by actions or injects)'),
    notFlags: z.array(Id).optional().describe('none of these flags is set'),
    phase: z.array(Id).optional().describe('the incident is in one of these phases'),
    hypothesis: Id.optional().describe('the team currently declares this hypothesis'),
    after: Duration.optional().describe('at least this much game time since incident start'),
  })
  .describe('all listed parts must hold');
export type Condition = z.infer<typeof Condition>;

export const MetricChange = z.strictObject({
  metric: Id.describe('metric id from world.metrics'),
  value: z.number().finite().describe('new value of the metric'),
  for: Duration.optional().describe(
    'how long the change lasts; until the next phase change if omitted',
  ),
});

/** What happens when an action completes or an inject fires. */
export const Effects = z
  .strictObject({
    reveal: z.array(Id).optional().describe('clue ids that become found'),
    setFlags: z.array(Id).optional().describe('flags to set, for later conditions'),
    clearFlags: z.array(Id).optional().describe('flags to clear'),
    phase: Id.optional().describe('the incident moves to this phase'),
    metrics: z.array(MetricChange).optional().describe('telemetry that changes'),
  })
  .describe('what changes in the world');
export type Effects = z.infer<typeof Effects>;

export const ActionKind = z.enum(['investigate', 'mitigate', 'fix', 'communicate', 'coordinate']);

export const Action = z.strictObject({
  id: Id,
  label: ShortText.describe('button text, imperative: "Check database slow-query log"'),
  kind: ActionKind,
  service: Id.optional().describe('service the action is about (groups it in the console)'),
  cost: Duration.describe('game time the action takes'),
  description: Text.optional().describe('what the player is about to do'),
  requires: Condition.optional().describe('precondition; the console explains what unlocks it'),
  lockedHint: ShortText.optional().describe(
    'shown on a locked action instead of the raw condition',
  ),
  repeatable: z.boolean().default(false).describe('can be done more than once'),
  hypothesis: Id.optional().describe(
    'hypothesis this action tests (time on wrong ones counts as red-herring minutes)',
  ),
  outcome: Text.describe('what the player learns when the action completes'),
  effects: Effects.optional(),
  harmful: Text.optional().describe(
    'if set, the action makes things worse; the debrief shows this explanation',
  ),
  resolves: z.boolean().default(false).describe('completing this action resolves the incident'),
});
export type Action = z.infer<typeof Action>;

export const Clue = z.strictObject({
  id: Id,
  title: ShortText,
  text: Text.describe('the evidence as the player sees it'),
  service: Id.optional(),
  pointsTo: Id.optional().describe('hypothesis this clue suggests'),
  redHerring: z.boolean().default(false).describe('points the wrong way'),
  explanation: Text.describe('shown in the debrief: why it mattered, or why it misled'),
});
export type Clue = z.infer<typeof Clue>;

export const Hypothesis = z.strictObject({
  id: Id,
  label: ShortText,
  description: Text.optional(),
});

export const InjectKind = z.enum(['alert', 'ticket', 'executive', 'chat', 'page', 'info']);

export const Inject = z
  .strictObject({
    id: Id,
    kind: InjectKind,
    title: ShortText,
    text: Text,
    from: ShortText.optional().describe('who sends it: "VP Engineering", "Support desk"'),
    at: Duration.optional().describe('fires at this game time after incident start'),
    when: Condition.optional().describe('fires once this condition holds (plus `delay`)'),
    delay: Duration.optional().describe('wait after `when` holds before firing'),
    effects: Effects.optional(),
  })
  .refine((i) => (i.at === undefined) !== (i.when === undefined), {
    message: 'an inject needs exactly one of `at` or `when`',
  })
  .refine((i) => i.delay === undefined || i.when !== undefined, {
    message: '`delay` only applies together with `when`',
    path: ['delay'],
  });
export type Inject = z.infer<typeof Inject>;

export const EscalationLevel = z.strictObject({
  id: Id,
  name: ShortText.describe('"Senior infrastructure team"'),
  description: Text.optional(),
  joinAfter: Duration.describe('time between paging and joining'),
  requires: Condition.optional().describe('when this level can be paged'),
  onJoin: Text.describe('what the responder says when they join'),
  effects: Effects.optional().describe('what joining changes'),
});

export const Phase = z.strictObject({
  id: Id,
  name: ShortText,
  kind: z.enum(['impact', 'degraded', 'mitigated', 'resolved']),
  usersAffected: z.number().min(0).max(1).describe('share of users affected, 0 to 1'),
  description: Text.optional(),
});

export const Service = z.strictObject({
  id: Id,
  name: ShortText,
  description: Text.optional(),
  dependsOn: z.array(Id).optional(),
});

export const Metric = z.strictObject({
  id: Id,
  name: ShortText,
  unit: z.string().max(20).describe('ms, %, req/s ...'),
  service: Id.optional(),
  baseline: z.number().finite().describe('value before the incident'),
  byPhase: z.record(Id, z.number().finite()).optional().describe('value while in each phase'),
  noise: z.number().min(0).max(1).default(0.03).describe('relative jitter, seeded'),
  alertAbove: z.number().finite().optional().describe('threshold line drawn on the chart'),
});

export const LogLine = z.strictObject({
  service: Id,
  level: z.enum(['debug', 'info', 'warn', 'error']),
  text: Text,
  at: Duration.optional().describe('emitted once at this game time'),
  inPhase: Id.optional().describe('emitted while the incident is in this phase'),
  every: Duration.optional().describe('with inPhase: repeat at this interval'),
});

export const Hint = z.strictObject({
  id: Id,
  text: Text.describe('a nudge; never name the root cause outright'),
  when: Condition.optional().describe('offered only once this holds'),
});

export const HistoryEntry = z.strictObject({
  at: Duration.describe('game time after incident start'),
  text: Text,
  kind: z.enum(['detection', 'action', 'misleading', 'escalation', 'resolution', 'communication']),
});

/** A path step: an action id, `page:<level>`, `declare:<hypothesis>` or `wait:<duration>`. */
export const PathStepText = z
  .string()
  .regex(
    /^(?:(?:page|declare):)?[a-z0-9]+(?:-[a-z0-9]+)*$|^wait:(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?$/,
    'must be an action id, page:<level>, declare:<hypothesis> or wait:<duration>',
  );

export const Source = z.strictObject({
  title: ShortText,
  reference: ShortText.describe('URL or file the facts come from'),
  note: Text.optional(),
});

export { FAILURE_MODES, type FailureMode };

export const Scenario = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: Id,
    title: ShortText,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be semantic: 1.0.0'),
    summary: Text,
    difficulty: z.enum(['intro', 'intermediate', 'advanced', 'expert']),
    tags: z.array(Id).min(1).describe('failure modes: network, firewall, database, config...'),
    failureModes: z
      .array(z.enum(FAILURE_MODES))
      .min(1)
      .default(['configuration'])
      .describe('what kind of failure this drills, for the competency map; first = main one'),
    estimatedMinutes: z.number().int().positive().describe('real minutes a drill takes'),
    sources: z.array(Source).min(1),
    world: z.strictObject({
      services: z.array(Service).min(1),
      metrics: z.array(Metric).default([]),
      logs: z.array(LogLine).default([]),
      runbooks: z.array(z.strictObject({ id: Id, title: ShortText, body: Text })).default([]),
    }),
    incident: z.strictObject({
      startsAt: z.string().describe('wall-clock time of T+0, ISO 8601 with offset'),
      initialPhase: Id,
      phases: z.array(Phase).min(2),
      detection: z.strictObject({
        at: Duration.describe('when monitoring alerts, after incident start'),
        title: ShortText,
        text: Text,
        severity: z.enum(['sev1', 'sev2', 'sev3']),
      }),
      costPerMinute: z.number().min(0).describe('cost per minute at 100 % users affected'),
      currency: z.string().max(5).default('USD'),
    }),
    hypotheses: z.array(Hypothesis).min(2),
    clues: z.array(Clue).min(1),
    actions: z.array(Action).min(1),
    escalation: z.array(EscalationLevel).default([]),
    injects: z.array(Inject).default([]),
    hints: z.array(Hint).default([]),
    rootCause: z.strictObject({
      hypothesis: Id.describe('the hypothesis that is the real root cause'),
      summary: Text,
      detail: Text,
      fix: Text.describe('the correct fix, for the debrief'),
      correctiveMeasures: z.array(z.strictObject({ title: ShortText, detail: Text })).min(1),
      tasks: z.array(ShortText).min(1),
    }),
    history: z
      .strictObject({
        endedAt: z.string().describe('wall-clock end of the real incident'),
        duration: Duration,
        usersAffected: z.number().min(0).max(1),
        timeline: z.array(HistoryEntry).min(1),
        path: z
          .array(PathStepText)
          .min(1)
          .describe("the real team's steps, for `play` and the debrief"),
      })
      .optional()
      .describe('what really happened, so a run can be compared with it'),
  })
  .describe('A Firedrill incident scenario');

/** A scenario file after schema validation (defaults applied). */
export type ScenarioFile = z.infer<typeof Scenario>;
/** Raw input type (what authors write). */
export type ScenarioInput = z.input<typeof Scenario>;

/** Parse a duration string (`1h30m`) into milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!match || text.length === 0) throw new Error(`not a duration: ${text}`);
  const [, d, h, m, s] = match;
  return (
    ((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(m ?? 0)) * 60_000 + Number(s ?? 0) * 1000
  );
}

/** The JSON Schema of scenario files, generated from the zod schema. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Scenario, { io: 'input', target: 'draft-2020-12' });
}
