import type { Participant } from './store.ts';

/** Non-empty, unique participant names (names are the engine's participant ids). */
export function cleanRoster(roster: readonly Participant[]): Participant[] {
  const seen = new Set<string>();
  return roster.map((p, i) => {
    const base = p.name.trim() || `Player ${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base} (${n})`;
    seen.add(name);
    return { ...p, name };
  });
}
