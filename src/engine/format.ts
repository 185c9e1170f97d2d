/** Formatting of game time for people: `T+1h05m`, `16h30m`. */

/** `3h05m`, `45m`, `30s`: compact game-time duration. */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  const totalSeconds = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  let text: string;
  if (h > 0) text = `${h}h${String(m).padStart(2, '0')}m`;
  else if (m > 0) text = s ? `${m}m${String(s).padStart(2, '0')}s` : `${m}m`;
  else text = `${s}s`;
  return negative ? `-${text}` : text;
}

/** `T+1h05m`: game time since incident start. */
export function formatGameTime(ms: number): string {
  return `T+${formatDuration(ms)}`;
}

/** `HH:MM:SS` clock face of game time since incident start. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(totalSeconds / 3600))}:${pad(Math.floor((totalSeconds % 3600) / 60))}:${pad(totalSeconds % 60)}`;
}

/** Minutes, rounded to one decimal, for scores. */
export function toMinutes(ms: number): number {
  return Math.round(ms / 6000) / 10;
}
