/** Equality tests for drill selections: an equal selection means the panel keeps its render. */

export type Equality<T> = (a: T, b: T) => boolean;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/**
 * Structural equality over arrays and plain objects (view models from the engine selectors);
 * anything else (Maps, class instances, functions) by identity. Identical references stop the
 * walk at once, so a selection that reuses the scenario's objects stays cheap to compare.
 */
export function viewEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!viewEqual(a[i], b[i])) return false;
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(b, key) || !viewEqual(a[key], b[key])) return false;
    }
    return true;
  }
  return false;
}

/**
 * Equal when the named fields are identical: for selecting the whole drill context while
 * depending on part of it (an engine chain keeps its identity until something is appended).
 */
export function sameFields<T extends object>(...keys: (keyof T)[]): Equality<T> {
  return (a, b) => keys.every((key) => Object.is(a[key], b[key]));
}
