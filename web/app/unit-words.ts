// The catalogue's units, translated: one msg() per unit of web/shared/model/figure-units.ts (whose
// English symbols these source texts repeat; a unit test checks they agree). Pages read them
// through web/app/figures.ts.
import { msg, str } from '@lit/localize';
import type { UnitId } from '../shared/model/figure-units.ts';

export function unitText(unit: UnitId, currency: string): string {
  switch (unit) {
    case 'ugTeqPerYear':
      return msg('µg TEQ/yr');
    case 'gTeqPerYear':
      return msg('g TEQ/yr');
    case 'kgPerYear':
      return msg('kg/yr');
    case 'tPerYear':
      return msg('t/yr');
    case 'kWhPerYear':
      return msg('kWh/yr');
    case 'MWhPerYear':
      return msg('MWh/yr');
    case 'MJPerYear':
      return msg('MJ/yr');
    case 'm3PerYear':
      return msg('m³/yr');
    case 'bricksPerYear':
      return msg('bricks/yr');
    case 'perYear':
      return msg('per year');
    case 'moneyPerYear':
      return msg(str`${currency}/yr`);
    case 'money':
      return currency;
    case 'ugTeq':
      return msg('µg TEQ');
    case 'kg':
      return msg('kg');
    case 't':
      return msg('t');
    case 'workers':
      return msg('workers');
    case 'years':
      return msg('years');
    case 'percent':
      return '%';
    case 'kgPerDay':
      return msg('kg a day');
    case 'kgPerWeek':
      return msg('kg a week', { desc: 'Training unit: kilograms per week' });
    case 'gPerWeek':
      return msg('g a week');
    case 'bagsPerWeek':
      return msg('bags a week');
    case 'bricksPerWeek':
      return msg('bricks a week');
    case 'm3PerWeek':
      return msg('m³ a week');
    case 'moneyPerMonth':
      return msg(str`${currency}/month`);
    case 'safeYearlyIntakes':
      return msg('people’s safe yearly intake');
    case 'tPerT':
      return msg('t/t');
    case 'kWhPerT':
      return msg('kWh/t');
    case 'MJPerT':
      return msg('MJ/t');
    case 'm3PerT':
      return msg('m³/t');
    case 'kgPerT':
      return msg('kg/t');
    case 'ugTeqPerT':
      return msg('µg TEQ/t');
    case 'tCo2PerT':
      return msg('t CO2/t');
    case 'fte':
      return msg('FTE');
    case 'daysPerYear':
      return msg('days/yr');
    case 'MJPerKg':
      return msg('MJ/kg');
    case 'vndPerT':
      return msg('VND/t');
    case 'vndPerKg':
      return msg('VND/kg');
    case 'vndPerKWh':
      return msg('VND/kWh');
    case 'vndPerWorkerDay':
      return msg('VND/worker-day');
    case 'vndPerYear':
      return msg('VND/yr');
  }
}

/** Money's unit after an amount that already carries its currency sign; undefined for other units. */
export function afterAmountText(unit: UnitId): string | undefined {
  switch (unit) {
    case 'moneyPerYear':
      return msg('per year');
    case 'moneyPerMonth':
      return msg('a month');
    case 'money':
      return '';
    default:
      return undefined;
  }
}
