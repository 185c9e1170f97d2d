/**
 * An immutable append-only list (a cons chain, newest first).
 *
 * Drill logs grow with every event; copying arrays on each XState `assign` would make a
 * 10,000-event replay quadratic, and mutating them would corrupt snapshots the analysis
 * keeps for other branches. A chain appends in O(1) and shares its past.
 */
export interface Chain<T> {
  readonly head: T;
  readonly tail: Chain<T> | null;
  readonly size: number;
}

/** Append `item` to `chain`. */
export function append<T>(chain: Chain<T> | null, item: T): Chain<T> {
  return { head: item, tail: chain, size: (chain?.size ?? 0) + 1 };
}

const arrays = new WeakMap<Chain<unknown>, unknown[]>();

/** The chain's items, oldest first. Memoised per chain node, so repeated reads are free. */
export function toArray<T>(chain: Chain<T> | null): readonly T[] {
  if (!chain) return [];
  const cached = arrays.get(chain);
  if (cached) return cached as T[];
  const items: T[] = new Array<T>(chain.size);
  let node: Chain<T> | null = chain;
  for (let i = chain.size - 1; node; i--, node = node.tail) items[i] = node.head;
  arrays.set(chain, items);
  return items;
}
