/** Ids for saved records. */

/** A fresh, unique id. */
export function newDrillId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  // randomUUID needs a secure context; ids only need to be unique on this device.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
