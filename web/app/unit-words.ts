// The catalogue's units, translated: one msg() per unit of web/shared/model/figure-units.ts (whose
// English symbols these source texts repeat; a unit test checks they agree). Pages read them
// through web/app/figures.ts.
import { msg, str } from '@lit/localize';
import type { UnitId } from '../shared/model/figure-units.ts';
import { wordOr, msgTable } from './words.ts';

/** Every unit but money's, whose words hold the scenario's currency (unitText). */
const UNIT_WORDS = msgTable((): Record<Exclude<UnitId, 'money' | 'moneyPerYear' | 'moneyPerMonth'>, string> => ({
  ugTeqPerYear: msg('µg TEQ/yr'),
  gTeqPerYear: msg('g TEQ/yr'),
  kgPerYear: msg('kg/yr'),
  tPerYear: msg('t/yr'),
  kWhPerYear: msg('kWh/yr'),
  MWhPerYear: msg('MWh/yr'),
  MJPerYear: msg('MJ/yr'),
  m3PerYear: msg('m³/yr'),
  bricksPerYear: msg('bricks/yr'),
  perYear: msg('per year'),
  ugTeq: msg('µg TEQ'),
  kg: msg('kg'),
  t: msg('t'),
  workers: msg('workers'),
  years: msg('years'),
  percent: '%',
  kgPerDay: msg('kg a day'),
  kgPerWeek: msg('kg a week', { desc: 'Training unit: kilograms per week' }),
  gPerWeek: msg('g a week'),
  bagsPerWeek: msg('bags a week'),
  bricksPerWeek: msg('bricks a week'),
  m3PerWeek: msg('m³ a week'),
  safeYearlyIntakes: msg('people’s safe yearly intake'),
  tPerT: msg('t/t'),
  kWhPerT: msg('kWh/t'),
  MJPerT: msg('MJ/t'),
  m3PerT: msg('m³/t'),
  kgPerT: msg('kg/t'),
  ugTeqPerT: msg('µg TEQ/t'),
  tCo2PerT: msg('t CO2/t'),
  fte: msg('FTE'),
  daysPerYear: msg('days/yr'),
  MJPerKg: msg('MJ/kg'),
  vndPerT: msg('VND/t'),
  vndPerKg: msg('VND/kg'),
  vndPerKWh: msg('VND/kWh'),
  vndPerWorkerDay: msg('VND/worker-day'),
  vndPerYear: msg('VND/yr'),
}));

/** Money's unit after an amount that already carries its currency sign. */
const AFTER_AMOUNT = msgTable((): Record<string, string> => ({
  moneyPerYear: msg('per year'),
  moneyPerMonth: msg('a month'),
  money: '',
}));

export function unitText(unit: UnitId, currency: string): string {
  if (unit === 'money') return currency;
  if (unit === 'moneyPerYear') return msg(str`${currency}/yr`);
  if (unit === 'moneyPerMonth') return msg(str`${currency}/month`);
  return UNIT_WORDS()[unit];
}

/** Money's unit after an amount that already carries its currency sign; undefined for other units. */
export const afterAmountText = (unit: UnitId): string | undefined => wordOr(AFTER_AMOUNT, unit);
