/** Number formatting for display in the current language; the figures themselves come computed
 *  from the core. Vietnamese groups thousands with "." and writes decimals with "," (vi-VN). */
import { intlLocale } from './locale.ts';

const cache = new Map<string, Intl.NumberFormat>();
function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = intlLocale();
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** Any number with the given options, in the current language. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return formatter(options).format(value);
}

/** Tonnes, µg TEQ and the like: three significant digits below 100, whole numbers above. */
export function formatQuantity(value: number): string {
  const options: Intl.NumberFormatOptions = Math.abs(value) >= 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 };
  return formatter(options).format(value);
}

/** Money in the scenario's currency, whole units: "1.234.567 ₫" in Vietnamese, "₫1,234,567" in English. */
export function formatMoney(value: number, currency = 'VND'): string {
  return formatter({ style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

/** Money in a few characters for labels on bars: "499 triệu ₫" (in words, as people say it, rather
 *  than vi-VN's "499 Tr ₫"), "₫499M" in English. */
export function formatCompactMoney(value: number, currency = 'VND'): string {
  if (intlLocale() === 'vi-VN' && currency === 'VND') {
    return `${formatter({ notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(value)}\u00a0₫`;
  }
  return formatter({ style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

export function formatPercent(fraction: number): string {
  return formatter({ style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** Tiny or huge magnitudes such as a closure error (1.2E-13). */
export function formatScientific(value: number): string {
  return formatter({ notation: 'scientific', maximumSignificantDigits: 2 }).format(value);
}

/** A list in words: "a, b and c" / "a, b và c". */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(intlLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** A date and time: "27 thg 11, 2026 12:08" / "Nov 27, 2026, 12:08 PM". */
export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

/** A calendar date in words, unambiguous in both languages: "27 tháng 11, 2026" / "November 27, 2026". */
export function formatDate(ms: number): string {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long' }).format(new Date(ms));
}
