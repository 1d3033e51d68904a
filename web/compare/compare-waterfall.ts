import type { ComparisonDocument } from '../shared/analysis/compare.ts';
import { HIGHER_IS_BETTER, figure, type HeadlineFigure } from '../shared/model/result-types.ts';
import { roundToFigure } from '../shared/model/figure-catalogue.ts';
import type { ChartData, ChartOptions } from '../common/charts/register.ts';
import { wrapLabel, type DataTable } from '../common/charts/compare-data.ts';
import { HORIZONTAL_BARS } from '../common/charts/bar-options.ts';

/** One bar of the waterfall: the totals before and after, and each measure's Shapley value between. */
export interface WaterfallStep {
  key: string;
  kind: 'before' | 'measure' | 'after';
  label: string;
  start: number;
  end: number;
}

/**
 * Before, then each measure's contribution (its Shapley value for `key`, in the order the measures
 * were applied), then after. The Shapley values sum to after − before (efficiency), so the last
 * measure's bar ends where the "after" bar does, up to rounding.
 */
export function waterfallSteps(
  doc: ComparisonDocument,
  key: HeadlineFigure,
  labels: { before: string; after: string; measure: (id: string) => string },
): WaterfallStep[] {
  const before = figure(doc.before, key);
  const steps: WaterfallStep[] = [{ key: 'before', kind: 'before', label: labels.before, start: 0, end: before }];
  let level = before;
  for (const id of doc.measures) {
    const change = doc.attribution[id]?.[key] ?? 0;
    steps.push({ key: id, kind: 'measure', label: labels.measure(id), start: level, end: level + change });
    level += change;
  }
  steps.push({ key: 'after', kind: 'after', label: labels.after, start: 0, end: figure(doc.after, key) });
  return steps;
}

/** One row per bar: where it starts and ends and the change it makes, in `unit` (the figure's),
 *  written in the CSV at the figure's precision. */
export function waterfallTable(steps: WaterfallStep[], key: HeadlineFigure, unit: string): DataTable {
  const round = (n: number) => roundToFigure(key, n);
  return {
    columns: ['step', 'label', 'start', 'end', 'change'],
    units: [null, null, unit, unit, unit],
    round: [null, null, round, round, round],
    rows: steps.map((s) => [s.key, s.label, s.start, s.end, s.kind === 'measure' ? s.end - s.start : s.end]),
  };
}

const BETTER = '#009E73';
const WORSE = '#D55E00';
const NEUTRAL = '#8c8c8c';

export function waterfallChartData(
  steps: WaterfallStep[],
  key: HeadlineFigure,
  totalColours: { before: string; after: string },
): ChartData<'bar', [number, number][]> {
  const higherIsBetter = HIGHER_IS_BETTER.has(key);
  const colour = (s: WaterfallStep) => {
    if (s.kind !== 'measure') return totalColours[s.kind];
    const change = s.end - s.start;
    if (change === 0) return NEUTRAL;
    return change > 0 === higherIsBetter ? BETTER : WORSE;
  };
  return {
    labels: steps.map((s) => wrapLabel(s.label, 18)),
    datasets: [
      {
        data: steps.map((s) => [s.start, s.end]),
        backgroundColor: steps.map(colour),
        // A zero contribution still shows as a thin line, so no measure seems missing.
        minBarLength: 2,
      },
    ],
  };
}

/** The value written beside each bar: every measure's change (so a contribution too small to see
 *  still reads, 0 included) and the two totals. */
export function waterfallNotes(steps: WaterfallStep[], format: (n: number) => string, changeText: (step: number) => string): string[] {
  return steps.map((s) => (s.kind === 'measure' ? changeText(s.end - s.start) : format(s.end)));
}

/** x rounded up at its second significant digit (3,090 → 3,100); 0 for 0. */
function ceil2(x: number): number {
  if (!(x > 0)) return 0;
  const unit = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.ceil(x / unit - 1e-9) * unit;
}

/** The axis ends: 0 and the largest level rounded up at its second significant digit (3,090 →
 *  3,100, not chart.js's 4,000); below 0 only when a level is. */
export function waterfallAxisRange(steps: WaterfallStep[]): { min: number; max: number } | undefined {
  const levels = steps.flatMap((s) => [s.start, s.end]);
  if (levels.length === 0) return undefined;
  const lowest = Math.min(0, ...levels);
  const min = lowest < 0 ? -ceil2(-lowest) : 0;
  const max = ceil2(Math.max(0, ...levels));
  return max > min ? { min, max } : undefined;
}

export function waterfallChartOptions(
  axisTitle: string,
  format: (n: number) => string,
  changeText: (step: number) => string,
  steps: WaterfallStep[] = [],
): ChartOptions<'bar'> {
  const range = waterfallAxisRange(steps);
  return {
    ...HORIZONTAL_BARS,
    scales: {
      x: {
        min: range?.min,
        max: range?.max,
        title: { display: true, text: axisTitle },
        ticks: { callback: (v) => format(Number(v)), maxTicksLimit: 5, maxRotation: 0, includeBounds: false },
      },
      y: { ticks: { autoSkip: false } },
    },
    // Room right of the plot for the note beside the longest bar.
    layout: { padding: { right: 8 } },
    plugins: {
      legend: { display: false },
      plcBarNotes: { texts: { 0: waterfallNotes(steps, format, changeText) } },
      tooltip: {
        callbacks: {
          label: (c) => {
            const [start, end] = c.raw as [number, number];
            return c.dataIndex === 0 || c.dataIndex === c.dataset.data.length - 1 ? format(end) : changeText(end - start);
          },
        },
      },
    },
  };
}
