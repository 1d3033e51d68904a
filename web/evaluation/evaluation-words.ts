// Words for the Evaluation view and its report: indicator names, statuses of sources, missing
// values and the group changes in sentences, through msg() so that they are translated with the
// rest of the interface. Not an element: the view, the report and the provenance panel share it.
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { formatQuantity } from '../app/format.ts';
import type { GroupIndicator, IndicatorKey } from '../shared/survey/indicators.ts';

export const INDICATORS: readonly IndicatorKey[] = [
  'materialYield', 'electricityKWhPerTProduct', 'fuelMJPerTProduct', 'waterM3PerTProduct',
  'rejectsBurnedKgPerTBought', 'pcddfUgTeqPerTProduct', 'pcddfAirUgTeqPerTProduct', 'co2TPerTProduct',
  'profitVndPerTProduct',
];

const HIGHER_IS_BETTER = new Set<IndicatorKey>(['materialYield', 'profitVndPerTProduct']);

export function indicatorLabel(key: IndicatorKey): string {
  switch (key) {
    case 'materialYield': return msg('Material yield (product per tonne of plastic bought)');
    case 'electricityKWhPerTProduct': return msg('Electricity per tonne of product');
    case 'fuelMJPerTProduct': return msg('Fuel energy per tonne of product');
    case 'waterM3PerTProduct': return msg('Fresh water per tonne of product');
    case 'rejectsBurnedKgPerTBought': return msg('Plastic rejects burned per tonne bought');
    case 'pcddfUgTeqPerTProduct': return msg('PCDD/F, all releases, per tonne of product');
    case 'pcddfAirUgTeqPerTProduct': return msg('PCDD/F to air per tonne of product');
    case 'co2TPerTProduct': return msg('Fossil CO2 (incl. grid electricity) per tonne of product');
    case 'profitVndPerTProduct': return msg('Profit per tonne of product');
  }
}

/** Short enough for a chart axis. */
export function indicatorShort(key: IndicatorKey): string {
  switch (key) {
    case 'materialYield': return msg('Material yield');
    case 'electricityKWhPerTProduct': return msg('Electricity / t');
    case 'fuelMJPerTProduct': return msg('Fuel energy / t');
    case 'waterM3PerTProduct': return msg('Fresh water / t');
    case 'rejectsBurnedKgPerTBought': return msg('Rejects burned / t bought');
    case 'pcddfUgTeqPerTProduct': return msg('PCDD/F all / t');
    case 'pcddfAirUgTeqPerTProduct': return msg('PCDD/F air / t');
    case 'co2TPerTProduct': return msg('Fossil CO2 / t');
    case 'profitVndPerTProduct': return msg('Profit / t');
  }
}

export function indicatorUnit(key: IndicatorKey): string {
  switch (key) {
    case 'materialYield': return msg('t/t');
    case 'electricityKWhPerTProduct': return msg('kWh/t');
    case 'fuelMJPerTProduct': return msg('MJ/t');
    case 'waterM3PerTProduct': return msg('m³/t');
    case 'rejectsBurnedKgPerTBought': return msg('kg/t');
    case 'pcddfUgTeqPerTProduct': case 'pcddfAirUgTeqPerTProduct': return msg('µg TEQ/t');
    case 'co2TPerTProduct': return msg('t CO2/t');
    case 'profitVndPerTProduct': return msg('VND/t');
  }
}

export const higherIsBetter = (key: IndicatorKey) => HIGHER_IS_BETTER.has(key);

/** R/M/D/E in words: "unverified" for M and "estimate" for E, as reference/DATA.md asks. */
export function statusWord(status: string | null | undefined): string {
  switch (status) {
    case 'R': return msg('read in the source');
    case 'M': return msg('unverified');
    case 'D': return msg('derived');
    case 'E': return msg('estimate');
    default: return msg('no status given');
  }
}

/** A number for a table cell; signed when asked ("+3.2", "−1.5"). */
export function formatNumber(value: number, signed = false): string {
  if (!signed || value === 0) return formatQuantity(value);
  return value > 0 ? `+${formatQuantity(value)}` : `−${formatQuantity(-value)}`;
}

/** A measured or computed value, or "—" for a missing one (never 0). */
export function valueOrMissing(value: number | null | undefined, signed = false, why = '') {
  if (value === null || value === undefined) {
    const title = why ? msg(str`missing: ${why}`) : msg('missing (not measured)');
    return html`<span class="missing" title=${title} aria-label=${title}>—</span>`;
  }
  return formatNumber(value, signed);
}

/** The 95 % interval of a change, "−5.1 to −2.3", or "—" with fewer than 2 households. */
export function intervalText(g: GroupIndicator): string {
  if (g.change.low === null || g.change.high === null) return '—';
  return msg(str`${formatNumber(g.change.low, true)} to ${formatNumber(g.change.high, true)}`);
}

/** Whether the change is an improvement, and whether its interval excludes no change. */
export function changeVerdict(g: GroupIndicator): 'better' | 'worse' | 'unclear' | 'none' {
  const m = g.change.mean;
  if (m === null) return 'none';
  if (g.change.low === null || g.change.high === null || (g.change.low <= 0 && g.change.high >= 0)) return 'unclear';
  return (m > 0) === higherIsBetter(g.key) ? 'better' : 'worse';
}

/** One sentence on a group change, for the report's summary. */
export function changeSentence(g: GroupIndicator): string {
  const label = indicatorLabel(g.key);
  const unit = indicatorUnit(g.key);
  const m = g.change.mean;
  if (m === null) return msg(str`${label}: no household has both a before and an after value.`);
  const amount = `${formatQuantity(Math.abs(m))} ${unit}`;
  const n = g.change.n;
  const interval = intervalText(g);
  const direction = m < 0 ? msg(str`fell by ${amount} on average`) : m > 0 ? msg(str`rose by ${amount} on average`) : msg('did not change on average');
  switch (changeVerdict(g)) {
    case 'better': return msg(str`${label} ${direction} (95 % interval ${interval} ${unit}, ${n} households): an improvement.`);
    case 'worse': return msg(str`${label} ${direction} (95 % interval ${interval} ${unit}, ${n} households): a deterioration.`);
    default: return interval === '—'
      ? msg(str`${label} ${direction} (${n} households, too few for an interval).`)
      : msg(str`${label} ${direction} (95 % interval ${interval} ${unit}, ${n} households): the interval includes no change.`);
  }
}
