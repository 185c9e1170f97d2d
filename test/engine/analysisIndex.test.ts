import { exploreStateGraph, type ScenarioModel } from '../../src/engine/index.ts';
import { newlyUselessStartable, uselessStartable } from '../../src/engine/analysisModel.ts';
import { FactSets } from '../../src/engine/factSetIndex.ts';
import {
  isPersistentRecord,
  persistentRecord,
  withEntry,
} from '../../src/engine/persistentRecord.ts';
import { snapshotInfo } from '../../src/engine/snapshotIndex.ts';
import { chainScenario, modelOf } from '../fixtures/generated.ts';
import { SHIPPED_SCENARIOS, loadModel } from '../helpers/testDrill.ts';

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('FactSets', () => {
  const build = (sets: FactSets, facts: readonly number[]) =>
    facts.reduce((set, fact) => sets.add(set, fact), sets.add(null, facts[0]!));

  it('names a set the same whatever order its members were added in', () => {
    const sets = new FactSets();
    const facts = Array.from({ length: 200 }, (_, i) => i * 7);
    const ids = [1, 2, 3, 4].map((seed) => sets.idOf(build(sets, shuffled(facts, seed))));
    expect(new Set(ids).size).toBe(1);
  });

  it('gives different sets different names, and the empty set 0', () => {
    const sets = new FactSets();
    const seen = new Map<number, string>();
    for (let mask = 1; mask < 256; mask++) {
      const facts = [0, 1, 2, 3, 4, 5, 6, 7].filter((bit) => mask & (1 << bit));
      const id = sets.idOf(build(sets, facts));
      expect(seen.has(id)).toBe(false);
      seen.set(id, facts.join(','));
    }
    expect(sets.idOf(null)).toBe(0);
  });

  it('adds without changing the original, and lists members in order', () => {
    const sets = new FactSets();
    const small = build(sets, [5, 3, 9]);
    const big = sets.add(small, 4);
    expect(sets.members(small)).toEqual([3, 5, 9]);
    expect(sets.members(big)).toEqual([3, 4, 5, 9]);
    expect(sets.has(big, 4) && !sets.has(small, 4)).toBe(true);
    expect(sets.add(big, 4)).toBe(big);
  });
});

describe('persistent records', () => {
  it('read like the plain object they copy, key order included', () => {
    const plain = { b: 2, a: 1, 10: 3, 2: 4 } as Record<string, number>;
    const record = persistentRecord(plain);
    expect(isPersistentRecord(record)).toBe(true);
    expect(Object.keys(record)).toEqual(Object.keys(plain));
    expect({ ...record }).toEqual(plain);
    expect(Object.entries(record)).toEqual(Object.entries(plain));
    expect('a' in record && !('z' in record)).toBe(true);
    expect(record['b']).toBe(2);
    expect(record['z']).toBeUndefined();
    expect(JSON.stringify(record)).toBe(JSON.stringify(plain));
  });

  it('add and update in new versions, leaving old ones untouched', () => {
    const v1 = persistentRecord<number>({ x: 1 });
    const v2 = withEntry(v1, 'y', 2);
    const v3 = withEntry(v2, 'x', 5);
    expect({ ...v1 }).toEqual({ x: 1 });
    expect({ ...v2 }).toEqual({ x: 1, y: 2 });
    expect(Object.keys(v3)).toEqual(['x', 'y']);
    expect(v3['x']).toBe(5);
    expect(() => {
      (v3 as Record<string, number>)['x'] = 9;
    }).toThrow(TypeError);
  });

  it('keep plain records plain', () => {
    const next = withEntry<number>({ a: 1 }, 'b', 2);
    expect(isPersistentRecord(next)).toBe(false);
    expect(next).toEqual({ a: 1, b: 2 });
  });

  it('match a plain object over many random additions', () => {
    let plain: Record<string, number> = {};
    let record = persistentRecord<number>({});
    for (const [i, n] of shuffled(
      Array.from({ length: 500 }, (_, i) => i),
      9,
    ).entries()) {
      const key = i % 3 ? `k${n % 300}` : String(n);
      plain = { ...plain, [key]: i };
      record = withEntry(record, key, i);
    }
    expect(Object.entries(record)).toEqual(Object.entries(plain));
  });
});

function shippedModels(): ScenarioModel[] {
  // loadModel throws on a broken file, so no scenario is silently left out.
  return SHIPPED_SCENARIOS.map((file) => loadModel(file).model);
}

describe('per-snapshot analysis info', () => {
  const models = [...shippedModels(), modelOf(chainScenario(40, 2))];

  it('derives the same key and moves from the parent as from scratch', () => {
    for (const model of models) {
      const graph = exploreStateGraph(model);
      let states = 0;
      for (const node of Object.values(graph.adjacency)) {
        for (const { state } of [node, ...Object.values(node.transitions)]) {
          const derived = snapshotInfo(state, graph.relevance);
          // A copy has no cached info and no known parent: computed from scratch.
          const scratch = snapshotInfo({ ...state }, graph.relevance);
          expect(scratch.key).toBe(derived.key);
          expect(scratch.useful).toEqual(derived.useful);
          states++;
        }
      }
      expect(states).toBeGreaterThan(10);
    }
  });

  it('finds every side action the full scan finds, over the whole graph', () => {
    for (const model of models) {
      const graph = exploreStateGraph(model);
      const full = new Set<string>();
      const incremental = new Set<string>();
      for (const node of Object.values(graph.adjacency)) {
        uselessStartable(node.state, model, graph.relevance).forEach((id) => full.add(id));
        newlyUselessStartable(node.state, model, graph.relevance).forEach((id) =>
          incremental.add(id),
        );
      }
      expect([...incremental].sort()).toEqual([...full].sort());
    }
  });
});
