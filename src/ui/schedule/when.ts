/** When a scheduled drill is, in words, in the viewer's own time zone. */
const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function relative(at: number, now: number): string {
  const minutes = Math.round((at - now) / 60_000);
  if (minutes <= 0) return 'under way';
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `in ${hours} h`;
  return `in ${Math.round(hours / 24)} days`;
}

/** "Tue, 7 Jan 2025, 10:00 your time (in 3 days)". */
export const formatWhen = (at: number, now: number) =>
  `${dateTime.format(at)} your time (${relative(at, now)})`;
