/**
 * Interned sets of small integers ("facts"), for the analysis's state key.
 *
 * A state's key must not depend on the order its facts were found in, and spelling out
 * every fact in every state's key makes keys as long as the scenario (quadratic in total).
 * Each set here is a treap whose shape is fixed by its members (priorities are a hash of
 * the member), built from hash-consed nodes: equal sets are the very same node, so a set
 * is named exactly by its node's `id`, with no hash collisions. Adding a member to a set
 * of n builds O(log n) nodes and shares the rest.
 */

/** A set node; `null` is the empty set. Never build these by hand: use {@link FactSets}. */
export interface FactSet {
  readonly id: number;
  readonly fact: number;
  readonly left: FactSet | null;
  readonly right: FactSet | null;
}

/** Treap priority: a bijective 32-bit mix of the fact, so distinct facts never tie. */
function priority(fact: number): number {
  let h = fact | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A table of interned fact sets. Sets from different tables must not be mixed. */
export class FactSets {
  private readonly nodes = new Map<string, FactSet>();
  private nextId = 1;

  /** Exact name of a set: equal sets, and only they, share it (0 for the empty set). */
  idOf(set: FactSet | null): number {
    return set?.id ?? 0;
  }

  /** `set` with `fact` (a non-negative integer) added. */
  add(set: FactSet | null, fact: number): FactSet {
    if (!set) return this.node(fact, null, null);
    if (fact === set.fact) return set;
    if (fact < set.fact) {
      const left = this.add(set.left, fact);
      if (left === set.left) return set;
      // The new member rose above this node: rotate right to keep the heap order.
      if (priority(left.fact) > priority(set.fact))
        return this.node(left.fact, left.left, this.node(set.fact, left.right, set.right));
      return this.node(set.fact, left, set.right);
    }
    const right = this.add(set.right, fact);
    if (right === set.right) return set;
    if (priority(right.fact) > priority(set.fact))
      return this.node(right.fact, this.node(set.fact, set.left, right.left), right.right);
    return this.node(set.fact, set.left, right);
  }

  /** Is `fact` a member of `set`? */
  has(set: FactSet | null, fact: number): boolean {
    for (let n = set; n; n = fact < n.fact ? n.left : n.right) if (n.fact === fact) return true;
    return false;
  }

  /** The members of `set`, ascending. */
  members(set: FactSet | null): number[] {
    const out: number[] = [];
    const walk = (n: FactSet | null) => {
      if (!n) return;
      walk(n.left);
      out.push(n.fact);
      walk(n.right);
    };
    walk(set);
    return out;
  }

  private node(fact: number, left: FactSet | null, right: FactSet | null): FactSet {
    const key = `${fact} ${left?.id ?? 0} ${right?.id ?? 0}`;
    let node = this.nodes.get(key);
    if (!node) {
      node = { id: this.nextId++, fact, left, right };
      this.nodes.set(key, node);
    }
    return node;
  }
}
