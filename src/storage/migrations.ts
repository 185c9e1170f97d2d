/**
 * Upgrading stored drill records on read. Each step takes a record of format N to N + 1;
 * `migrateDrill` runs the steps in order, then validates the result with zod. A record that
 * fails (unknown shape, newer format, invalid after migration) is reported with the reason,
 * so the caller can set it aside in `quarantine` and keep every other record usable.
 */
import type { StoredDrill } from './drillRecord.ts';
import { STORAGE_FORMAT } from './drillRecord.ts';
import { describeIssues, StoredDrillSchema } from './drillSchema.ts';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Format 0: the pre-release record (no `format` field). It named the scenario `title` and
 * `path`, had no result summary, team name, screen or speed, and only `active`/`finished`.
 */
function fromFormat0(old: Loose): Loose {
  const { title, path, ...rest } = old;
  const roster = Array.isArray(old.roster) ? (old.roster as Loose[]) : [];
  const finished = old.status === 'finished';
  const firstName = typeof roster[0]?.name === 'string' ? roster[0].name : 'You';
  return {
    ...rest,
    format: 1,
    scenarioTitle: typeof title === 'string' ? title : rest.scenarioTitle,
    scenarioPath: typeof path === 'string' ? path : rest.scenarioPath,
    scenarioText: null,
    failureModes: [],
    team: old.mode === 'solo' ? firstName : 'Team',
    screen: finished ? 'debrief' : 'console',
    mystery: false,
    speed: 60,
    playtest: false,
    scheduleId: null,
    finishedAt: finished ? (old.updatedAt ?? null) : null,
    // The old format kept no score: the history can replay the journal to get one.
    result: null,
  };
}

/** `MIGRATIONS[n]` upgrades a record of format `n` to format `n + 1`. */
export const MIGRATIONS: Readonly<Record<number, (record: Loose) => Loose>> = {
  0: fromFormat0,
};

export type MigrationResult =
  { ok: true; drill: StoredDrill; migratedFrom: number | null } | { ok: false; reason: string };

/** Bring any stored or imported drill record to the current format, or say why it can't be. */
export function migrateDrill(raw: unknown): MigrationResult {
  if (!isObject(raw)) return { ok: false, reason: 'not a drill record (not an object)' };
  const declared = raw.format ?? 0;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0)
    return { ok: false, reason: `unknown record format ${JSON.stringify(declared)}` };
  if (declared > STORAGE_FORMAT)
    return {
      ok: false,
      reason: `made by a newer Firedrill (format ${declared}; this one reads up to ${STORAGE_FORMAT})`,
    };
  let record: Loose = raw;
  for (let format = declared; format < STORAGE_FORMAT; format++) {
    const step = MIGRATIONS[format];
    if (!step) return { ok: false, reason: `no migration from format ${format}` };
    try {
      record = step(record);
    } catch (error) {
      return { ok: false, reason: `migration from format ${format} failed: ${String(error)}` };
    }
  }
  const parsed = StoredDrillSchema.safeParse(record);
  if (!parsed.success)
    return { ok: false, reason: `invalid drill record: ${describeIssues(parsed.error)}` };
  return {
    ok: true,
    drill: parsed.data,
    migratedFrom: declared === STORAGE_FORMAT ? null : declared,
  };
}
