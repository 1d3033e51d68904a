// Units of the figure catalogue (figure-catalogue.ts), language-free: an id, its English symbol
// (what the command line prints and the source text of the page's msg(), web/app/unit-words.ts)
// and, for money, what follows an amount that already carries its currency sign.

export interface UnitSpec {
  /** English symbol; `{currency}` stands for the scenario's currency code. */
  en: string;
  /** Money only: the words after a formatted amount ("₫1,234,567 per year"). */
  afterAmount?: string;
}

export const UNITS = {
  // per year (the result document, MODEL.md §4)
  ugTeqPerYear: { en: 'µg TEQ/yr' },
  gTeqPerYear: { en: 'g TEQ/yr' },
  kgPerYear: { en: 'kg/yr' },
  tPerYear: { en: 't/yr' },
  kWhPerYear: { en: 'kWh/yr' },
  MWhPerYear: { en: 'MWh/yr' },
  MJPerYear: { en: 'MJ/yr' },
  m3PerYear: { en: 'm³/yr' },
  bricksPerYear: { en: 'bricks/yr' },
  perYear: { en: 'per year' },
  moneyPerYear: { en: '{currency}/yr', afterAmount: 'per year' },
  // amounts and levels
  money: { en: '{currency}', afterAmount: '' },
  ugTeq: { en: 'µg TEQ' },
  kg: { en: 'kg' },
  t: { en: 't' },
  workers: { en: 'workers' },
  years: { en: 'years' },
  percent: { en: '%' },
  // everyday units of the training mode (a week is a year ÷ 52, a month a year ÷ 12)
  kgPerDay: { en: 'kg a day' },
  kgPerWeek: { en: 'kg a week' },
  gPerWeek: { en: 'g a week' },
  bagsPerWeek: { en: 'bags a week' },
  bricksPerWeek: { en: 'bricks a week' },
  m3PerWeek: { en: 'm³ a week' },
  moneyPerMonth: { en: '{currency}/month', afterAmount: 'a month' },
  safeYearlyIntakes: { en: 'people’s safe yearly intake' },
  // per tonne (the efficiency indicators)
  tPerT: { en: 't/t' },
  kWhPerT: { en: 'kWh/t' },
  MJPerT: { en: 'MJ/t' },
  m3PerT: { en: 'm³/t' },
  kgPerT: { en: 'kg/t' },
  ugTeqPerT: { en: 'µg TEQ/t' },
  tCo2PerT: { en: 't CO2/t' },
  // the survey template's columns (its prices are in VND whatever the scenario's currency)
  fte: { en: 'FTE' },
  daysPerYear: { en: 'days/yr' },
  MJPerKg: { en: 'MJ/kg' },
  vndPerT: { en: 'VND/t' },
  vndPerKg: { en: 'VND/kg' },
  vndPerKWh: { en: 'VND/kWh' },
  vndPerWorkerDay: { en: 'VND/worker-day' },
  vndPerYear: { en: 'VND/yr' },
} as const satisfies Record<string, UnitSpec>;

export type UnitId = keyof typeof UNITS;

/** The English symbol of a unit, with the currency filled in. */
export function unitSymbol(unit: UnitId, currency = ''): string {
  return UNITS[unit].en.replace('{currency}', currency);
}
