/** Small display helpers for the console. */

/** One formatter per currency: building an Intl.NumberFormat costs more than formatting. */
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number, currency: string): string {
  try {
    let format = moneyFormats.get(currency);
    if (!format) {
      format = new Intl.NumberFormat('en', {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      });
      moneyFormats.set(currency, format);
    }
    return format.format(amount);
  } catch {
    return `${Math.round(amount).toLocaleString('en')} ${currency}`;
  }
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toLocaleString('en', { maximumFractionDigits: digits });
}
