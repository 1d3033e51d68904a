// Words for the Evaluation view and its report: indicator names, statuses of sources, missing
// values and the group changes in sentences, through msg() so that they are translated with the
// rest of the interface. Not an element: the view, the report and the provenance panel share it.
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { formatQuantity } from '../app/format.ts';
import { figureLabel, figureUnit, inFigureOrder, labelTag, unitTag } from '../app/figures.ts';
import { msgTable, wordOr } from '../app/words.ts';
import { INDICATOR_HIGHER_IS_BETTER, INDICATOR_KEYS } from '../shared/survey/indicators.ts';
import type { GroupIndicator, IndicatorKey, IndicatorReason } from '../shared/survey/indicators.ts';

/** The indicators in catalogue order (web/shared/model/figure-catalogue.ts). */
export const INDICATORS: readonly IndicatorKey[] = inFigureOrder(INDICATOR_KEYS.map((k) => `indicator.${k}` as const)).map(
  (k) => k.slice('indicator.'.length) as IndicatorKey,
);

const figureOf = (key: IndicatorKey) => `indicator.${key}` as const;

/** An indicator's label and unit, the catalogue's. */
export const indicatorLabel = (key: IndicatorKey): string => figureLabel(figureOf(key));
/** Short enough for a chart axis. */
export const indicatorShort = (key: IndicatorKey): string => figureLabel(figureOf(key), 'short');
export const indicatorUnit = (key: IndicatorKey): string => figureUnit(figureOf(key));
/** The same, marked as the catalogue's, for tables. */
export const indicatorLabelTag = (key: IndicatorKey, form: 'label' | 'short' = 'label') => labelTag(figureOf(key), form);
export const indicatorUnitTag = (key: IndicatorKey) => unitTag(figureOf(key));

/** A survey period ("before"/"after", codes in the file) in the page's language. */
export const periodWord = (period: string): string => (period === 'before' ? msg('before') : period === 'after' ? msg('after') : period);

export const higherIsBetter = (key: IndicatorKey) => INDICATOR_HIGHER_IS_BETTER.has(key);

/** Why an indicator is missing, in the page's language (the worker gives the code and the column). */
export function missingReason(m: IndicatorReason): string {
  return m.code === 'zero_denominator'
    ? msg(str`${m.column} is 0, so the ratio is undefined`, { desc: 'Evaluation: an indicator divides by a survey column that is 0' })
    : msg(str`${m.column} is not given`, { desc: 'Evaluation: a survey column an indicator needs is empty' });
}

/** R/M/D/E in words: "unverified" for M and "estimate" for E, as reference/DATA.md asks. */
const STATUS_WORDS = msgTable((): Record<string, string> => ({
  R: msg('read in the source'),
  M: msg('unverified'),
  D: msg('derived'),
  E: msg('estimate'),
}));

export const statusWord = (status: string | null | undefined): string => (status ? wordOr(STATUS_WORDS, status) : undefined) ?? msg('no status given');

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
  return m > 0 === higherIsBetter(g.key) ? 'better' : 'worse';
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
    case 'better':
      return msg(str`${label} ${direction} (95 % interval ${interval} ${unit}, ${n} households): an improvement.`);
    case 'worse':
      return msg(str`${label} ${direction} (95 % interval ${interval} ${unit}, ${n} households): a deterioration.`);
    default:
      return interval === '—'
        ? msg(str`${label} ${direction} (${n} households, too few for an interval).`)
        : msg(str`${label} ${direction} (95 % interval ${interval} ${unit}, ${n} households): the interval includes no change.`);
  }
}
