/**
 * Seeded fuzzing over every scenario: random allowed events (from the engine's own
 * selectors) and random clock moves, checking invariants after every step.
 */
import {
  hintAvailable,
  pendingInjects,
  replay,
  scoreDrill,
  selectActions,
  selectEscalation,
  toArray,
  type JournalEvent,
  type ScenarioModel,
} from '../../src/engine/index.ts';
import { SHIPPED_SCENARIOS, TestDrill, loadModel } from '../helpers/testDrill.ts';

const FILES = ['test/fixtures/tiny.yaml', ...SHIPPED_SCENARIOS];
const SEEDS = 40;
const MAX_STEPS = 60;
const PEOPLE = ['ana', 'bob', 'cho'];
const GRADES = ['A', 'B', 'C', 'D', 'F'];

/**
 * Seeds pinned as regressions. No seed has failed so far; these three are pinned because,
 * on tiny.yaml, seed 2 ends with the facilitator ending the drill and seeds 4 and 26 with a
 * resolution (survey: `FUZZ_SURVEY=1 npx vitest run test/engine/fuzz.test.ts -t survey`).
 * The last test below keeps the pins honest if the PRNG or the event mix changes.
 */
const PINNED_SEEDS = [2, 4, 26];

/** mulberry32: a tiny seeded PRNG, test-only. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T | undefined => items[int(items.length)];
  return { next, int, pick };
}

/** One random event from what the selectors say is possible now (may be a refused one). */
function randomEvent(
  model: ScenarioModel,
  drill: TestDrill,
  rnd: ReturnType<typeof prng>,
  team: string[],
): JournalEvent | 'advance' | 'jump' | 'skip' {
  const who = rnd.pick(team)!;
  const ctx = drill.ctx;
  const roll = rnd.next();
  if (ctx.acknowledgedAt === null && roll < 0.5)
    return { type: 'player.acknowledge', participant: who };
  if (roll < 0.4) {
    const available = selectActions(model, ctx, who).filter((a) => a.status === 'available');
    const action = rnd.pick(available);
    if (action) return { type: 'player.start', participant: who, action: action.id };
  }
  if (roll < 0.5) return 'jump';
  if (roll < 0.58) return 'advance';
  if (roll < 0.63) {
    const level = rnd.pick(selectEscalation(model, ctx).filter((l) => l.status === 'available'));
    if (level) return { type: 'player.page', participant: who, level: level.id };
  }
  if (roll < 0.68) {
    const h = rnd.pick(model.file.hypotheses)!;
    return { type: 'player.declare', participant: who, hypothesis: h.id };
  }
  if (roll < 0.73)
    return { type: 'player.status', participant: who, text: `update ${rnd.int(100)}` };
  if (roll < 0.77)
    return { type: 'player.note', participant: who, text: rnd.pick(['', 'hmm', 'db?'])! };
  if (roll < 0.8 && hintAvailable(model, ctx)) return { type: 'player.hint', participant: who };
  if (roll < 0.83) return { type: 'player.cancel', participant: who };
  if (roll < 0.86) {
    const inject = rnd.pick(pendingInjects(model, ctx));
    if (inject) return { type: 'facilitator.inject', inject: inject.id };
  }
  if (roll < 0.89) return 'skip';
  if (roll < 0.9) return { type: 'facilitator.end', reason: 'fuzz' };
  if (roll < 0.92)
    return rnd.pick([{ type: 'facilitator.pause' }, { type: 'facilitator.resume' }])!;
  return 'jump';
}

/** Play one seeded drill, checking invariants at every step. Returns how it ended. */
function fuzz(file: string, seed: number): 'resolved' | 'ended' | 'active' {
  const { model } = loadModel(file);
  const rnd = prng(seed * 7919 + file.length);
  const team = PEOPLE.slice(0, 1 + rnd.int(3));
  const drill = TestDrill.load(file, { seed });
  const steps = 1 + rnd.int(MAX_STEPS);
  let last = drill.now;
  for (let i = 0; i < steps; i++) {
    const move = randomEvent(model, drill, rnd, team);
    const wasOver = drill.session.isOver();
    if (move === 'jump') drill.session.jumpToNext();
    else if (move === 'advance') drill.session.advanceBy(rnd.int(90) * 60_000);
    else if (move === 'skip') drill.session.skip((1 + rnd.int(60)) * 60_000);
    else {
      const before = drill.session.journal.length;
      const accepted = drill.session.send(move);
      expect(drill.session.journal.length).toBe(before + (accepted ? 1 : 0));
      if (wasOver) expect(accepted).toBe(false);
    }
    // game time never goes back, and the context never runs ahead of the clock
    expect(drill.now).toBeGreaterThanOrEqual(last);
    expect(drill.ctx.now).toBeLessThanOrEqual(drill.now);
    last = drill.now;
    // once over, the drill stays over
    if (wasOver) expect(drill.session.snapshot().status).toBe('done');
    if (drill.ctx.resolvedAt !== null || drill.ctx.endedAt !== null)
      expect(drill.session.snapshot().status).toBe('done');
  }
  const ctx = drill.ctx;
  const score = scoreDrill(model, ctx, { par: null, at: drill.now });
  const elapsed = drill.now - model.detectionAt;
  for (const t of [
    score.timeToAcknowledge,
    score.timeToCorrectHypothesis,
    score.timeToEscalate,
    score.timeToMitigate,
    score.timeToResolve,
    score.redHerringMs,
    score.cost,
    score.statusUpdates.longestGapMs,
  ])
    if (t !== null) expect(t).toBeGreaterThanOrEqual(0);
  expect(score.redHerringMs).toBeLessThanOrEqual(Math.max(0, elapsed) * team.length);
  expect(GRADES).toContain(score.grade);
  const times = toArray(ctx.timeline).map((e) => e.t);
  expect(times).toEqual([...times].sort((a, b) => a - b));
  // the journal is the truth: replaying it reproduces the same drill
  const again = replay(model, drill.record());
  expect(toArray(again.context().timeline)).toEqual(toArray(ctx.timeline));
  expect(again.context().phase).toBe(ctx.phase);
  expect(again.now()).toBe(drill.now);
  return ctx.resolvedAt !== null ? 'resolved' : ctx.endedAt !== null ? 'ended' : 'active';
}

describe.each(FILES)('fuzz %s', (file) => {
  beforeAll(() => {
    loadModel(file);
  });
  it(`${SEEDS} seeded drills keep every invariant`, { timeout: 30_000 }, () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      try {
        fuzz(file, seed);
      } catch (error) {
        throw new Error(`seed ${seed} failed on ${file} (pin it in PINNED_SEEDS)`, {
          cause: error,
        });
      }
    }
  });
});

it.runIf(process.env.FUZZ_SURVEY === '1')('survey outcomes', () => {
  const by: Record<string, number[]> = {};
  for (let seed = 1; seed <= SEEDS; seed++)
    (by[fuzz('test/fixtures/tiny.yaml', seed)] ??= []).push(seed);
  console.log(JSON.stringify(by));
});

describe('pinned seeds (tiny.yaml)', () => {
  const outcomes = new Map<number, string>();
  for (const seed of PINNED_SEEDS)
    it(`(regression) seed ${seed}`, () => {
      outcomes.set(seed, fuzz('test/fixtures/tiny.yaml', seed));
    });
  it('still covers the facilitator end and resolution', () => {
    expect([...outcomes.values()]).toContain('ended');
    expect([...outcomes.values()]).toContain('resolved');
  });
});
