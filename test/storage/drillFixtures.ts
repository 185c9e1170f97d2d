/** Shared by the storage tests: a fresh fake-indexeddb database and drills played on tiny.yaml. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { FiredrillDatabase } from '../../src/storage/db.ts';
import { STORAGE_FORMAT, type StoredDrill } from '../../src/storage/drillRecord.ts';
import { summarizeResult } from '../../src/storage/drillResult.ts';
import { TestDrill } from '../helpers/testDrill.ts';

export const TINY = 'test/fixtures/tiny.yaml';
export const tinyText = readFileSync(path.resolve(TINY), 'utf8');

let count = 0;
/** A database of its own for each test, on fake-indexeddb. */
export const freshDb = () =>
  new FiredrillDatabase(`test-drills-${process.pid}-${++count}`, { indexedDB, IDBKeyRange });

/** A drill on tiny.yaml played to resolution along par. */
export function resolvedDrill(seed = 7): TestDrill {
  return TestDrill.load(TINY, { seed })
    .as('ana')
    .ack()
    .do('check-changes')
    .jump()
    .page('infra')
    .jump()
    .do('fix-firewall')
    .jump()
    .expectResolved();
}

/** A drill on tiny.yaml still in play: acknowledged, one action under way. */
export function activeDrill(seed = 7): TestDrill {
  return TestDrill.load(TINY, { seed }).as('ana').ack().note('looking at the DB').do('check-db');
}

/** A stored record of a test drill. */
export function storedFrom(drill: TestDrill, patch: Partial<StoredDrill> = {}): StoredDrill {
  const record = drill.record();
  const over = drill.session.isOver();
  return {
    id: `drill-${++count}`,
    format: STORAGE_FORMAT,
    scenario: record.scenario,
    scenarioTitle: drill.model.file.title,
    scenarioPath: '/scenarios/tiny.yaml',
    scenarioText: null,
    failureModes: [...drill.model.file.failureModes],
    seed: record.seed,
    journal: record.journal,
    clockAt: record.clockAt,
    mode: 'team',
    team: 'Blue team',
    roster: [{ name: 'ana', role: 'incident-commander' }],
    screen: over ? 'debrief' : 'console',
    mystery: false,
    speed: 60,
    status: over ? 'finished' : 'active',
    playtest: false,
    scheduleId: null,
    startedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_100_000,
    finishedAt: over ? 1_700_000_100_000 : null,
    result: over
      ? summarizeResult(drill.model, drill.ctx, { par: 55 * 60_000, at: drill.now })
      : null,
    ...patch,
  };
}
