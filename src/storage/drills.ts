/**
 * Saved drills: read, write, list, delete. Every read goes through `migrateDrill`; a row that
 * cannot be read is moved to `quarantine` with the reason (never dropped) and the rest load.
 * All functions take an optional database so tests can pass a `fake-indexeddb` one.
 */
import { database, type FiredrillDatabase, type StoredRow } from './db.ts';
import type { DrillStatus, StoredDrill } from './drillRecord.ts';
import { migrateDrill } from './migrations.ts';

export { newDrillId } from './ids.ts';

type Listener = () => void;
const listeners = new Set<Listener>();
const notify = () => listeners.forEach((listener) => listener());

/**
 * Called after any change this tab makes to the drills (save, delete, import, quarantine).
 * Listeners re-read what they need (`listDrills`). Returns the unsubscribe function.
 */
export function subscribeDrills(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Insert or replace a drill (by id). Rejects with the database error (quota, unavailable). */
export async function saveDrill(drill: StoredDrill, db: FiredrillDatabase = database()) {
  await db.drills.put(drill as unknown as StoredRow);
  notify();
}

/** Write several drills in one transaction (imports). */
export async function saveDrills(drills: StoredDrill[], db: FiredrillDatabase = database()) {
  if (drills.length === 0) return;
  await db.drills.bulkPut(drills as unknown as StoredRow[]);
  notify();
}

export async function deleteDrill(id: string, db: FiredrillDatabase = database()) {
  await db.drills.delete(id);
  notify();
}

/** Delete several drills in one transaction. */
export async function deleteDrills(ids: readonly string[], db: FiredrillDatabase = database()) {
  if (ids.length === 0) return;
  await db.drills.bulkDelete([...ids]);
  notify();
}

/** Move unreadable rows to `quarantine`, with their reasons, in one transaction. */
async function quarantine(
  db: FiredrillDatabase,
  bad: { key: string; reason: string; raw: unknown }[],
): Promise<void> {
  if (bad.length === 0) return;
  const at = Date.now();
  await db.transaction('rw', db.drills, db.quarantine, async () => {
    await db.quarantine.bulkAdd(bad.map((b) => ({ table: 'drills', ...b, at })));
    await db.drills.bulkDelete(bad.map((b) => b.key));
  });
  notify();
}

/** Migrate and validate rows; set aside the ones that fail. */
async function readRows(db: FiredrillDatabase, rows: StoredRow[]): Promise<StoredDrill[]> {
  const good: StoredDrill[] = [];
  const bad: { key: string; reason: string; raw: unknown }[] = [];
  for (const row of rows) {
    const result = migrateDrill(row);
    if (result.ok) good.push(result.drill);
    else bad.push({ key: String(row.id), reason: result.reason, raw: row });
  }
  await quarantine(db, bad);
  return good;
}

/** One drill, migrated to the current format; undefined when missing or set aside as unreadable. */
export async function getDrill(
  id: string,
  db: FiredrillDatabase = database(),
): Promise<StoredDrill | undefined> {
  const row = await db.drills.get(id);
  if (!row) return undefined;
  return (await readRows(db, [row]))[0];
}

/** Every readable drill, most recently updated first; optionally only one status. */
export async function listDrills(
  options: { status?: DrillStatus } = {},
  db: FiredrillDatabase = database(),
): Promise<StoredDrill[]> {
  const drills = await readRows(db, await db.drills.toArray());
  return drills
    .filter((d) => !options.status || d.status === options.status)
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The most recently updated drill still in play, or null. */
export async function latestUnfinishedDrill(
  db: FiredrillDatabase = database(),
): Promise<StoredDrill | null> {
  return (await listDrills({ status: 'active' }, db))[0] ?? null;
}

/** Drill records set aside as unreadable, newest first (for the notice and for support). */
export async function listQuarantinedDrills(db: FiredrillDatabase = database()) {
  const rows = await db.quarantine.where('table').equals('drills').toArray();
  return rows.sort((a, b) => b.at - a.at);
}
