/** Number formatting for display; the figures themselves come computed from the core. */

const quantityLocale = 'en';

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** Tonnes, µg TEQ and the like: three significant digits below 100, whole numbers above. */
export function formatQuantity(value: number): string {
  const options: Intl.NumberFormatOptions =
    Math.abs(value) >= 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 };
  return formatter(quantityLocale, options).format(value);
}

/** Money in the scenario's currency; VND in Viet Nam's notation. */
export function formatMoney(value: number, currency = 'VND'): string {
  const locale = currency === 'VND' ? 'vi-VN' : quantityLocale;
  return formatter(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

export function formatPercent(fraction: number): string {
  return formatter(quantityLocale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** Tiny or huge magnitudes such as a closure error (1.2E-13). */
export function formatScientific(value: number): string {
  return formatter(quantityLocale, { notation: 'scientific', maximumSignificantDigits: 2 }).format(value);
}
