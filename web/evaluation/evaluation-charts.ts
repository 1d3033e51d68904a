// Chart configurations of the Evaluation view and its report: the group change of every
// indicator relative to its before level, with the bootstrap interval as whiskers, and one
// indicator per household before and after. Numbers only come from the worker's indicators.
import type { ChartConfiguration } from 'chart.js';
import type { SurveyIndicatorsResult } from '../shared/contract/api-types.ts';
import type { IndicatorKey } from '../shared/survey/indicators.ts';
import { wrapLabel } from '../common/charts/compare-data.ts';
import type { Intervals } from '../common/charts/mc-plugins.ts';

const GREEN = '#009E73';
const RED = '#D55E00';
const GREY = '#8c8c8c';
export const BEFORE_COLOUR = '#4d4d4d';
export const AFTER_COLOUR = '#0072B2';

type Config = Pick<ChartConfiguration<'bar'>, 'type' | 'data' | 'options'>;

export interface ChangeRow {
  key: IndicatorKey;
  label: string;
  /** Mean change as a percentage of the magnitude of the paired households' before mean; null when either is missing or 0. */
  percent: number | null;
  low: number | null;
  high: number | null;
  verdict: 'better' | 'worse' | 'unclear';
}

/** The group changes in % of the before level (so indicators of different units share an axis). */
export function changeRows(
  r: SurveyIndicatorsResult,
  keys: readonly IndicatorKey[],
  label: (k: IndicatorKey) => string,
  higherIsBetter: (k: IndicatorKey) => boolean,
): ChangeRow[] {
  return keys.map((key) => {
    const g = r.group[key];
    // Relative to the before mean of the same households the change is averaged over.
    const paired = g.pairs.filter((p) => p.change !== null).map((p) => p.before as number);
    const base = paired.length === 0 ? 0 : Math.abs(paired.reduce((a, b) => a + b, 0) / paired.length);
    const pct = (x: number | null) => (x === null || base === 0 ? null : (x / base) * 100);
    const percent = pct(g.change.mean);
    const low = pct(g.change.low);
    const high = pct(g.change.high);
    const clear = low !== null && high !== null && (low > 0 || high < 0);
    const verdict = !clear || percent === null ? 'unclear' : percent > 0 === higherIsBetter(key) ? 'better' : 'worse';
    return { key, label: label(key), percent, low, high, verdict };
  });
}

export function changeChartConfig(rows: ChangeRow[], axisTitle: string, opts: { print?: boolean } = {}): Config {
  const intervals: Intervals = rows.map((r) => (r.low !== null && r.high !== null ? [r.low, r.high] : null));
  // The axis reaches the whiskers too, so none is drawn over the labels.
  const ends = rows.flatMap((r) => [r.low, r.high, r.percent]).filter((x): x is number => x !== null);
  const lowest = Math.min(0, ...ends);
  const highest = Math.max(0, ...ends);
  const pad = (highest - lowest) * 0.04;
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => wrapLabel(r.label, 24)),
      datasets: [
        {
          label: axisTitle,
          data: rows.map((r) => r.percent),
          backgroundColor: rows.map((r) => (r.verdict === 'better' ? GREEN : r.verdict === 'worse' ? RED : GREY)),
          barPercentage: 0.7,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: opts.print ? 2 : undefined,
      scales: {
        x: { title: { display: true, text: wrapLabel(axisTitle, 32) }, grid: { color: '#e5e5e5' }, suggestedMin: lowest - pad, suggestedMax: highest + pad },
        y: { ticks: { autoSkip: false, font: { size: 11 } } },
      },
      plugins: {
        legend: { display: false },
        plcWhiskers: { intervals: { 0: intervals } },
        tooltip: { callbacks: { label: (item) => `${(item.raw as number).toFixed(1)} %` } },
      },
    },
  };
}

/** Where the positive values span two orders of magnitude or more (PCDD/F per tonne, about 7
 *  before and 0.0004 after), a linear axis would draw one side as nothing: use a log axis. */
export function householdScale(values: (number | null)[]): 'linear' | 'logarithmic' {
  const positive = values.filter((v): v is number => v !== null && v > 0);
  if (positive.length < 2) return 'linear';
  return Math.max(...positive) / Math.min(...positive) >= 100 ? 'logarithmic' : 'linear';
}

export interface HouseholdChartWords {
  before: string;
  after: string;
  /** The axis title: the unit, and on a log axis the unit with "log scale". */
  unit: string;
  logUnit: string;
  /** Written where a bar cannot be drawn: a value not measured (an empty cell), a period the
   *  household has no row for, and 0 on a log axis. */
  notMeasured: string;
  notSurveyed: string;
  zero: string;
  format: (n: number) => string;
}

export function householdChartConfig(r: SurveyIndicatorsResult, key: IndicatorKey, words: HouseholdChartWords, opts: { print?: boolean } = {}): Config {
  const value = (p: 'before' | 'after') => r.households.map((h) => h[p]?.[key].value ?? null);
  const before = value('before');
  const after = value('after');
  const scale = householdScale([...before, ...after]);
  const log = scale === 'logarithmic';
  const note = (values: (number | null)[], p: 'before' | 'after') =>
    values.map((v, i) => (v === null ? (r.households[i][p] ? words.notMeasured : words.notSurveyed) : log && v <= 0 ? words.zero : null));
  const powerOfTen = (v: number) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9;
  return {
    type: 'bar',
    data: {
      labels: r.households.map((h) => h.householdId),
      datasets: [
        { label: words.before, data: before, backgroundColor: BEFORE_COLOUR },
        { label: words.after, data: after, backgroundColor: AFTER_COLOUR },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: opts.print ? 2 : undefined,
      scales: {
        y: log
          ? {
              type: 'logarithmic',
              title: { display: true, text: words.logUnit },
              grid: { color: (c) => (c.tick && powerOfTen(c.tick.value) ? '#d9d9d9' : 'transparent') },
              // Only the powers of ten are labelled: 0.0001, 0.001 … 10.
              ticks: { autoSkip: false, callback: (v) => (powerOfTen(Number(v)) ? words.format(Number(v)) : '') },
            }
          : { type: 'linear', beginAtZero: true, title: { display: true, text: words.unit }, grid: { color: '#e5e5e5' } },
        x: { ticks: { autoSkip: false } },
      },
      plugins: { legend: { position: 'top' }, plcBarNotes: { texts: { 0: note(before, 'before'), 1: note(after, 'after') }, fontPx: 10 } },
    },
  };
}
