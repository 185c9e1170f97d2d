/**
 * Read-only records that share structure between versions, for the analysis.
 *
 * Every step of a drill copies `context.clues` and `context.completed` (`{ ...old, [id]: v }`)
 * to keep snapshots immutable. A live drill takes a few hundred steps, but the analysis
 * keeps one snapshot per state and takes a step per state, so on a scenario with thousands
 * of clues those copies make it quadratic (a 10,000-action scenario spent ~80% of its
 * analysis copying). The analysis therefore starts from records made here: they read like
 * plain objects (`id in r`, `r[id]`, `Object.keys`, spread) through a read-only Proxy over
 * a persistent treap, and {@link withEntry} adds a key in O(log n) without touching the
 * old version. Plain records stay plain: live drills never see these.
 */

interface TreapNode {
  readonly key: string;
  readonly value: unknown;
  /** Insertion order of the key (plain objects list string keys in insertion order). */
  readonly seq: number;
  readonly priority: number;
  readonly left: TreapNode | null;
  readonly right: TreapNode | null;
}

interface Persistent {
  readonly root: TreapNode | null;
  readonly nextSeq: number;
  keys?: string[];
}

const versions = new WeakMap<object, Persistent>();

function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

function find(node: TreapNode | null, key: string): TreapNode | null {
  while (node && node.key !== key) node = key < node.key ? node.left : node.right;
  return node;
}

const above = (a: TreapNode, b: TreapNode) =>
  a.priority > b.priority || (a.priority === b.priority && a.key < b.key);

function insert(node: TreapNode | null, item: TreapNode): TreapNode {
  if (!node) return item;
  if (item.key === node.key) return { ...node, value: item.value };
  if (item.key < node.key) {
    const left = insert(node.left, item);
    if (above(left, node)) return { ...left, right: { ...node, left: left.right } };
    return { ...node, left };
  }
  const right = insert(node.right, item);
  if (above(right, node)) return { ...right, left: { ...node, right: right.left } };
  return { ...node, right };
}

const isIndexKey = (key: string) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;

/** Own keys in the order a plain object would list them: array indices, then insertion order. */
function keysOf(p: Persistent): string[] {
  if (p.keys) return p.keys;
  const nodes: TreapNode[] = [];
  const walk = (n: TreapNode | null) => {
    if (!n) return;
    walk(n.left);
    nodes.push(n);
    walk(n.right);
  };
  walk(p.root);
  const index = nodes.filter((n) => isIndexKey(n.key)).sort((a, b) => +a.key - +b.key);
  const named = nodes.filter((n) => !isIndexKey(n.key)).sort((a, b) => a.seq - b.seq);
  p.keys = [...index, ...named].map((n) => n.key);
  return p.keys;
}

const readOnly = (): never => {
  throw new TypeError('drill context records are read-only');
};

const handler: ProxyHandler<object> = {
  get(target, prop, receiver) {
    if (typeof prop === 'string') {
      const node = find(versionOfTarget.get(target)!.root, prop);
      if (node) return node.value;
    }
    return Reflect.get(target, prop, receiver) as unknown;
  },
  has(target, prop) {
    if (typeof prop === 'string' && find(versionOfTarget.get(target)!.root, prop)) return true;
    return Reflect.has(target, prop);
  },
  ownKeys: (target) => keysOf(versionOfTarget.get(target)!),
  getOwnPropertyDescriptor(target, prop) {
    if (typeof prop !== 'string') return undefined;
    const node = find(versionOfTarget.get(target)!.root, prop);
    return node
      ? { value: node.value, writable: true, enumerable: true, configurable: true }
      : undefined;
  },
  set: readOnly,
  defineProperty: readOnly,
  deleteProperty: readOnly,
  setPrototypeOf: readOnly,
};

/** Traps without a receiver find the version through their (per-version) target. */
const versionOfTarget = new WeakMap<object, Persistent>();

function wrap<V>(p: Persistent): Readonly<Record<string, V>> {
  const target = {};
  versionOfTarget.set(target, p);
  const proxy: Readonly<Record<string, V>> = new Proxy(target, handler);
  versions.set(proxy, p);
  return proxy;
}

/** A structure-sharing copy of `record` (same keys, values and key order). */
export function persistentRecord<V>(
  record: Readonly<Record<string, V>>,
): Readonly<Record<string, V>> {
  if (versions.has(record)) return record;
  let root: TreapNode | null = null;
  let seq = 0;
  for (const [key, value] of Object.entries(record)) {
    root = insert(root, { key, value, seq: seq++, priority: hashOf(key), left: null, right: null });
  }
  return wrap({ root, nextSeq: seq });
}

/** True for records made by {@link persistentRecord} or {@link withEntry} on one. */
export function isPersistentRecord(record: object): boolean {
  return versions.has(record);
}

/**
 * `{ ...record, [key]: value }`: a plain copy for plain records, an O(log n) new version
 * for persistent ones (the old version is unchanged).
 */
export function withEntry<V>(
  record: Readonly<Record<string, V>>,
  key: string,
  value: V,
): Readonly<Record<string, V>> {
  const p = versions.get(record);
  if (!p) return { ...record, [key]: value };
  const existing = find(p.root, key);
  const item: TreapNode = {
    key,
    value,
    seq: existing?.seq ?? p.nextSeq,
    priority: hashOf(key),
    left: null,
    right: null,
  };
  return wrap({ root: insert(p.root, item), nextSeq: p.nextSeq + (existing ? 0 : 1) });
}
