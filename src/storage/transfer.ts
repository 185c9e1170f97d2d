/**
 * Export and import of drills, as pure functions over text (the UI reads and writes files).
 * - one drill: `*.firedrill.json`, the record with the full scenario text so it replays anywhere;
 * - a backup: every record as JSON; a CSV summary (one row per drill) for spreadsheets.
 * Imported files are untrusted: size-capped, JSON-parsed, migrated and zod-validated, and a
 * scenario text must match the content hash the drill was played on.
 */
import { contentHash, toMinutes } from '../engine/index.ts';
import { STORAGE_FORMAT, type StoredDrill } from './drillRecord.ts';
import { migrateDrill } from './migrations.ts';

export const DRILL_FILE_KIND = 'firedrill.drill';
export const BACKUP_FILE_KIND = 'firedrill.backup';
/** Largest file accepted for import (a backup of many drills with scenario texts). */
export const MAX_IMPORT_CHARS = 50_000_000;

const isoDate = (ms: number) => new Date(ms).toISOString();

/** `web-stack-outage-2023-10-2025-01-31.firedrill.json` */
export function drillFileName(drill: StoredDrill): string {
  const safeId = drill.scenario.id.replace(/[^a-z0-9-]/gi, '-');
  return `${safeId}-${isoDate(drill.startedAt).slice(0, 10)}.firedrill.json`;
}

/**
 * One drill as a file. `scenarioText` is the scenario's full text (the stored one, or the
 * catalogue's for shipped scenarios) so the file replays where the scenario is not installed.
 */
export function exportDrill(drill: StoredDrill, scenarioText: string | null, now: number): string {
  const file = {
    kind: DRILL_FILE_KIND,
    format: STORAGE_FORMAT,
    exportedAt: now,
    drill: { ...drill, scenarioText: scenarioText ?? drill.scenarioText },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Every drill as one JSON backup file. */
export function exportBackup(drills: readonly StoredDrill[], now: number): string {
  const file = { kind: BACKUP_FILE_KIND, format: STORAGE_FORMAT, exportedAt: now, drills };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * `drill_id` first, so a row can be traced back to its record (and to `*.firedrill.json`).
 * `milestones_min_from_start`: game minutes from T+0 to each milestone reached (cumulative,
 * not step durations), e.g. `Acknowledge 30; Escalate 45`.
 */
export const CSV_COLUMNS = [
  'drill_id',
  'date',
  'scenario',
  'version',
  'mode',
  'team',
  'status',
  'ttr_min',
  'par_min',
  'grade',
  'milestones_min_from_start',
  'red_herring_min',
] as const;

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; and, because spreadsheets
 * run cells that start with = + - @ (or tab / CR) as formulas, such text gets a leading `'`.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(drill: StoredDrill): (string | number | null)[] {
  const r = drill.result;
  return [
    drill.id,
    isoDate(drill.startedAt),
    drill.scenarioTitle,
    drill.scenario.version,
    drill.mode,
    drill.team,
    drill.status,
    r?.ttrMs != null ? toMinutes(r.ttrMs) : null,
    r?.parMs != null ? toMinutes(r.parMs) : null,
    r?.grade ?? null,
    r ? r.phases.map((p) => `${p.label} ${toMinutes(p.ms)}`).join('; ') : null,
    r ? toMinutes(r.redHerringMs) : null,
  ];
}

/** The history as CSV (RFC 4180, CRLF line ends), one row per drill. */
export function drillsToCsv(drills: readonly StoredDrill[]): string {
  const lines = [CSV_COLUMNS.join(','), ...drills.map((d) => csvRow(d).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export type ParsedImport =
  | {
      ok: true;
      kind: 'drill' | 'backup';
      drills: StoredDrill[];
      /** Records in a backup that were left out, with the reason. */
      skipped: string[];
    }
  | { ok: false; reason: string };

/** Why a drill's own scenario text can't replay it, or null. */
function scenarioTextProblem(drill: StoredDrill): string | null {
  if (drill.scenarioText === null) return null;
  return contentHash(drill.scenarioText) === drill.scenario.hash
    ? null
    : 'its scenario text does not match the scenario it was played on (hash differs)';
}

function readRecord(
  raw: unknown,
): { ok: true; drill: StoredDrill } | { ok: false; reason: string } {
  const migrated = migrateDrill(raw);
  if (!migrated.ok) return migrated;
  const problem = scenarioTextProblem(migrated.drill);
  return problem ? { ok: false, reason: problem } : migrated;
}

/** Read a `.firedrill.json` drill file or a backup. Never throws. */
export function parseImport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS)
    return { ok: false, reason: `the file is too large (over ${MAX_IMPORT_CHARS / 1e6} MB)` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not a JSON file (${(error as Error).message})` };
  }
  if (typeof data !== 'object' || data === null)
    return { ok: false, reason: 'not a Firedrill export (expected a JSON object)' };
  const file = data as { kind?: unknown; format?: unknown; drill?: unknown; drills?: unknown };
  if (typeof file.format === 'number' && file.format > STORAGE_FORMAT)
    return { ok: false, reason: `made by a newer Firedrill (format ${file.format})` };
  if (file.kind === DRILL_FILE_KIND) {
    const one = readRecord(file.drill);
    return one.ok
      ? { ok: true, kind: 'drill', drills: [one.drill], skipped: [] }
      : { ok: false, reason: one.reason };
  }
  if (file.kind === BACKUP_FILE_KIND) {
    if (!Array.isArray(file.drills))
      return { ok: false, reason: 'a backup must hold a "drills" list' };
    const drills: StoredDrill[] = [];
    const skipped: string[] = [];
    file.drills.forEach((raw: unknown, i) => {
      const one = readRecord(raw);
      if (one.ok) drills.push(one.drill);
      else skipped.push(`drill ${i + 1}: ${one.reason}`);
    });
    if (drills.length === 0 && skipped.length > 0)
      return { ok: false, reason: `no readable drill in the backup (${skipped[0]})` };
    return { ok: true, kind: 'backup', drills, skipped };
  }
  return {
    ok: false,
    reason: `not a Firedrill drill or backup file (kind is ${JSON.stringify(file.kind ?? null)})`,
  };
}

/** Split incoming drills into new ones and ones whose id already exists. */
export function planImport(
  incoming: readonly StoredDrill[],
  existingIds: ReadonlySet<string>,
): { fresh: StoredDrill[]; conflicts: StoredDrill[] } {
  const fresh: StoredDrill[] = [];
  const conflicts: StoredDrill[] = [];
  for (const drill of incoming) (existingIds.has(drill.id) ? conflicts : fresh).push(drill);
  return { fresh, conflicts };
}

export type ConflictChoice = 'keep-both' | 'replace' | 'skip';

/** What to write for a conflicting drill: itself (replace), a copy under a new id, or nothing. */
export function resolveConflict(
  drill: StoredDrill,
  choice: ConflictChoice,
  newId: () => string,
): StoredDrill | null {
  if (choice === 'skip') return null;
  if (choice === 'replace') return drill;
  return { ...drill, id: newId() };
}
