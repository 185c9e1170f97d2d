/**
 * zod schema of a current-format drill record. Stored rows and imported files are untrusted:
 * everything read is parsed here (after `migrations.ts` brought it to `STORAGE_FORMAT`).
 * Journal events are checked for shape only; the engine's `replay` refuses any event the
 * scenario does not accept.
 */
import { z } from 'zod';
import { FAILURE_MODES, type JournalEvent } from '../engine/index.ts';
import { STORAGE_FORMAT, type StoredDrill } from './drillRecord.ts';

const Ms = z.number().finite().nonnegative();
const WallClock = z.number().finite().nonnegative();

export const ScenarioRefSchema = z.object({
  id: z.string().min(1).max(200),
  version: z.string().min(1).max(50),
  hash: z.string().regex(/^[0-9a-f]{16}$/, 'must be a 16-digit hex content hash'),
});

const JournalEventSchema = z.looseObject({
  type: z
    .string()
    .regex(/^(player|facilitator)\.[a-z]+$/, 'must be a player.* or facilitator.* event'),
});

export const JournalEntrySchema = z.object({
  t: Ms,
  event: JournalEventSchema.transform((event) => event as unknown as JournalEvent),
});

const ParticipantSchema = z.object({
  name: z.string().max(200),
  role: z.enum(['incident-commander', 'operations', 'communications', 'scribe']),
});

const ResultSchema = z.object({
  resolved: z.boolean(),
  ttrMs: Ms.nullable(),
  parMs: Ms.nullable(),
  historyMs: Ms.nullable(),
  phases: z.array(z.object({ id: z.string(), label: z.string(), ms: Ms })),
  grade: z.string().max(5),
  redHerringMs: Ms,
  harmfulActions: z.number().int().nonnegative(),
  statusUpdates: z.number().int().nonnegative(),
});

/** Screens a drill can be left on. */
export const DRILL_SCREENS = ['briefing', 'console', 'score', 'debrief'] as const;

export const StoredDrillSchema = z.looseObject({
  id: z.string().min(1).max(200),
  format: z.literal(STORAGE_FORMAT),
  scenario: ScenarioRefSchema,
  scenarioTitle: z.string().max(500),
  scenarioPath: z.string().max(1000),
  scenarioText: z.string().nullable(),
  failureModes: z.array(z.enum(FAILURE_MODES)),
  seed: z.number().int().nonnegative(),
  journal: z.array(JournalEntrySchema),
  clockAt: Ms,
  mode: z.enum(['solo', 'team', 'facilitated']),
  team: z.string().max(200),
  roster: z.array(ParticipantSchema),
  screen: z.enum(DRILL_SCREENS),
  mystery: z.boolean(),
  speed: z.number().positive(),
  status: z.enum(['active', 'finished', 'abandoned']),
  playtest: z.boolean(),
  scheduleId: z.string().nullable(),
  startedAt: WallClock,
  updatedAt: WallClock,
  finishedAt: WallClock.nullable(),
  result: ResultSchema.nullable(),
});

// Compile-time check that the schema's output is a StoredDrill.
const _parsedIsStored = (parsed: z.output<typeof StoredDrillSchema>): StoredDrill => parsed;
void _parsedIsStored;

/** One line per zod issue: `path: message`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
    .join('; ');
}
