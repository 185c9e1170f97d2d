/** Wall-clock dates and ratios as the history page shows them. */

const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "6 Jan": axis labels. */
export const shortDate = (ms: number) => day.format(ms);
/**
 * One x-axis label per drill: its date, and "#2", "#3"… for later drills on the same day,
 * so several drills played in one day do not all read "6 Jan".
 */
export function dateLabels(times: readonly number[]): string[] {
  const seen = new Map<string, number>();
  return times.map((ms) => {
    const date = shortDate(ms);
    const count = (seen.get(date) ?? 0) + 1;
    seen.set(date, count);
    return count === 1 ? date : `${date} #${count}`;
  });
}
/** "Jan 6, 2025, 9:00 AM" in the user's locale: tables. */
export const longDate = (ms: number) => dateTime.format(ms);

/** "1.5× par", or a dash when there is nothing to compare. */
export const formatRatio = (ratio: number | null) =>
  ratio === null ? '—' : `${ratio.toFixed(ratio < 10 ? 2 : 1)}× par`;
