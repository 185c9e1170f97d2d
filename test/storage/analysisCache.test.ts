import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { FiredrillDatabase } from '../../src/storage/db.ts';
import {
  MAX_CACHED_ANALYSES,
  analysisKey,
  readCachedAnalysis,
  writeCachedAnalysis,
} from '../../src/ui/catalogue/analysisCache.ts';
import { analyzeText } from '../../src/ui/catalogue/analyze.ts';
import { tinyText } from './drillFixtures.ts';

let count = 0;
const dbName = () => `test-analyses-${process.pid}-${++count}`;
const open = (name = dbName()) => new FiredrillDatabase(name, { indexedDB, IDBKeyRange });

function tinyEntry() {
  const entry = analyzeText('/scenarios/tiny.yaml', tinyText);
  if (entry.status !== 'ok') throw new Error('tiny.yaml should load');
  return entry;
}

describe('analysis cache', () => {
  it('gives back what was written, as it was', async () => {
    const db = open();
    const entry = tinyEntry();
    const key = analysisKey('build-1', entry, undefined);
    expect(await readCachedAnalysis(key, db)).toBeNull();
    await writeCachedAnalysis(key, { analysis: entry.analysis, warnings: entry.warnings }, { db });
    const cached = await readCachedAnalysis(key, db);
    expect(cached).toEqual({ analysis: entry.analysis, warnings: entry.warnings });
    expect(cached?.analysis?.par?.time).toBe(entry.analysis?.par?.time);
  });

  it('keys on the build, the path, the file name and the content', () => {
    const entry = tinyEntry();
    const keys = new Set([
      analysisKey('build-1', entry, undefined),
      analysisKey('build-2', entry, undefined),
      analysisKey('build-1', { ...entry, path: 'library:tiny@1' }, undefined),
      analysisKey('build-1', entry, 'other.yaml'),
      analysisKey(
        'build-1',
        { ...entry, model: { ...entry.model, ref: { ...entry.model.ref, hash: 'x' } } },
        undefined,
      ),
    ]);
    expect(keys.size).toBe(5);
  });

  it('keeps the newest rows only', async () => {
    const db = open();
    for (let i = 0; i < MAX_CACHED_ANALYSES + 3; i++)
      await writeCachedAnalysis(`k${i}`, { analysis: null, warnings: [] }, { db, now: 1000 + i });
    expect(await db.analyses.count()).toBe(MAX_CACHED_ANALYSES);
    expect(await readCachedAnalysis('k0', db)).toBeNull();
    expect(await readCachedAnalysis('k2', db)).toBeNull();
    expect(await readCachedAnalysis('k3', db)).toEqual({ analysis: null, warnings: [] });
  });

  it('treats a row of another shape as a miss', async () => {
    const db = open();
    await db.analyses.put({ key: 'odd', value: { par: 3 }, savedAt: 1 });
    expect(await readCachedAnalysis('odd', db)).toBeNull();
  });

  it('upgrading a version 1 database keeps its tables and rows', async () => {
    const name = dbName();
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores({
      drills: 'id, status, updatedAt, scenarioId',
      scenarios: 'key, id, savedAt',
      schedules: 'id',
      quarantine: '++id, table, at',
    });
    await v1
      .table('drills')
      .put({ id: 'd1', status: 'finished', updatedAt: 5, scenarioId: 'tiny' });
    await v1.table('schedules').put({ id: 's1' });
    v1.close();

    const db = open(name);
    expect(await db.drills.get('d1')).toMatchObject({ status: 'finished' });
    expect(await db.schedules.get('s1')).toEqual({ id: 's1' });
    expect(await db.drills.where('status').equals('finished').count()).toBe(1);
    await writeCachedAnalysis('k', { analysis: null, warnings: [] }, { db });
    expect(await readCachedAnalysis('k', db)).not.toBeNull();
    expect(db.verno).toBe(2);
  });
});
