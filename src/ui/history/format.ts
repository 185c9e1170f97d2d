/** Wall-clock dates and ratios as the history page shows them. */

const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "6 Jan": axis labels. */
export const shortDate = (ms: number) => day.format(ms);
/** "Jan 6, 2025, 9:00 AM" in the user's locale: tables. */
export const longDate = (ms: number) => dateTime.format(ms);

/** "1.5× par", or a dash when there is nothing to compare. */
export const formatRatio = (ratio: number | null) =>
  ratio === null ? '—' : `${ratio.toFixed(ratio < 10 ? 2 : 1)}× par`;
