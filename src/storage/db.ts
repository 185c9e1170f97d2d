/**
 * The browser database (IndexedDB through Dexie). One database, versioned tables:
 * - `drills`: saved drills (journal + scenario ref + seed), written as events happen;
 * - `scenarios`: scenario files saved from the authoring screen (the local library);
 * - `schedules`: planned recurring drills;
 * - `quarantine`: records that could not be read, set aside with the reason;
 * - `analyses` (version 2): the catalogue's scenario analyses by content, a disposable cache.
 * Record shapes live with the code that owns them; this file only declares tables and indexes.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';

/** A scenario file saved to the local library. `key` is `id@version`. */
export interface StoredScenario {
  key: string;
  id: string;
  version: string;
  /** Content hash of the text (engine `contentHash`), so results can name what they ran on. */
  hash: string;
  title: string;
  /** Original file name, for messages. */
  fileName: string;
  text: string;
  savedAt: number;
}

/** A record set aside because it could not be read or migrated. */
export interface QuarantinedRecord {
  id?: number;
  table: string;
  key: string;
  reason: string;
  raw: unknown;
  at: number;
}

/** A cached analysis; `ui/catalogue/analysisCache.ts` owns the shape of `value`. */
export interface CachedAnalysisRow {
  /** Engine build, catalogue path, file name and content hash. */
  key: string;
  value: unknown;
  savedAt: number;
}

/** Loosely typed here: the drill and schedule modules own and validate their shapes. */
export interface StoredRow {
  id: string;
  [field: string]: unknown;
}

export const DATABASE_NAME = 'firedrill';

export class FiredrillDatabase extends Dexie {
  drills!: EntityTable<StoredRow, 'id'>;
  scenarios!: EntityTable<StoredScenario, 'key'>;
  schedules!: EntityTable<StoredRow, 'id'>;
  quarantine!: EntityTable<QuarantinedRecord, 'id'>;
  analyses!: EntityTable<CachedAnalysisRow, 'key'>;

  /** `options` lets tests pass `fake-indexeddb` (`{ indexedDB, IDBKeyRange }`). */
  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      drills: 'id, status, updatedAt, scenarioId',
      scenarios: 'key, id, savedAt',
      schedules: 'id',
      quarantine: '++id, table, at',
    });
    // Adds a table only: version 1's tables and rows are kept as they are.
    this.version(2).stores({ analyses: 'key, savedAt' });
  }
}

let shared: FiredrillDatabase | null = null;

/** The app's database, opened on first use. Tests pass their own instance instead. */
export function database(): FiredrillDatabase {
  shared ??= new FiredrillDatabase();
  return shared;
}
