/**
 * Golden journals: recorded drills on tiny.yaml that must replay to the same score.
 * Regenerate after an intended change with `GOLDEN_UPDATE=1 npx vitest run test/engine/golden.test.ts`
 * (and review the diff: a changed score is a behaviour change).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  analyzeScenario,
  replay,
  scoreDrill,
  type DrillRecord,
  type DrillSession,
  type ScenarioModel,
} from '../../src/engine/index.ts';
import { ROOT, TestDrill, loadModel } from '../helpers/testDrill.ts';

const TINY = 'test/fixtures/tiny.yaml';
const UPDATE = process.env.GOLDEN_UPDATE === '1';

interface Golden {
  description: string;
  record: DrillRecord;
  expected: { grade: string; timeToResolve: number | null; redHerringMs: number; harmful: number };
}

/** The drills, played with the fluent helper. */
const PLAYS: Record<string, { description: string; play: () => TestDrill }> = {
  par: {
    description: 'tiny.yaml along the par path: check-changes, page:infra, fix-firewall',
    play: () =>
      TestDrill.load(TINY, { seed: 11 })
        .as('ana')
        .ack()
        .do('check-changes')
        .page('infra')
        .finish()
        .do('fix-firewall')
        .finish(),
  },
  history: {
    description:
      'tiny.yaml along the misleading history path, with two responders working in parallel, ' +
      'a note, status updates, a facilitator inject and a skip',
    play: () =>
      TestDrill.load(TINY, { seed: 12 })
        .as('ana')
        .ack()
        .status('Investigating slow responses')
        .do('check-db')
        .as('bob')
        .note('connections look high on the dashboard')
        .inject('exec-asks')
        .skip('30m')
        .as('ana')
        .finish()
        .do('restart-db')
        .as('bob')
        .status('Restarting the database')
        .finish()
        .as('ana')
        .finish()
        .do('recover-db')
        .page('infra')
        .as('bob')
        .do('check-changes')
        .finish()
        .declare('firewall')
        .as('ana')
        .finish()
        .do('fix-firewall')
        .finish(),
  },
};

let model: ScenarioModel;
let par: number;
beforeAll(() => {
  model = loadModel(TINY).model;
  par = analyzeScenario(model).par!.time;
});

const expectedOf = (session: DrillSession): Golden['expected'] => {
  const score = scoreDrill(model, session.context(), { par, at: session.now() });
  return {
    grade: score.grade,
    timeToResolve: score.timeToResolve,
    redHerringMs: score.redHerringMs,
    harmful: score.harmful.length,
  };
};

describe.each(Object.entries(PLAYS))('golden journal: %s', (name, { description, play }) => {
  const file = path.join(ROOT, `test/fixtures/golden/${name}.json`);

  it('replays to the recorded score', () => {
    if (UPDATE) {
      const drill = play();
      const golden: Golden = {
        description,
        record: drill.record(),
        expected: expectedOf(drill.session),
      };
      writeFileSync(file, JSON.stringify(golden, null, 2) + '\n');
    }
    expect(existsSync(file), `missing ${file}: run with GOLDEN_UPDATE=1`).toBe(true);
    const golden = JSON.parse(readFileSync(file, 'utf8')) as Golden;
    const session = replay(model, golden.record);
    expect(expectedOf(session)).toEqual(golden.expected);
    expect(session.now()).toBe(golden.record.clockAt);
    expect(session.snapshot().status).toBe('done');
  });

  it('is what playing the drill today records', () => {
    const drill = play();
    const golden = JSON.parse(readFileSync(file, 'utf8')) as Golden;
    expect(drill.record()).toEqual(golden.record);
  });
});
