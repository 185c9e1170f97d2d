/** Wall-clock rendering of scenario times (`startsAt` carries its own UTC offset). */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

function offsetMinutes(iso: string): number {
  const match = OFFSET.exec(iso.trim());
  if (!match || match[1] === 'Z') return 0;
  const sign = match[1]!.startsWith('-') ? -1 : 1;
  const digits = match[1]!.replace(/[^\d]/g, '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** `Sat 14 Oct 2023 10:30 (UTC+03:00)`: the scenario's local time `gameMs` after `startsAt`. */
export function wallClock(startsAt: string, gameMs: number): string {
  const base = Date.parse(startsAt);
  if (Number.isNaN(base)) return startsAt;
  const offset = offsetMinutes(startsAt);
  const local = new Date(base + gameMs + offset * 60_000);
  const day = `${DAYS[local.getUTCDay()]} ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}`;
  const time = local.toISOString().slice(11, 16);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const zone = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${day} ${time} (${zone})`;
}
