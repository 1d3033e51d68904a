import type { ResultDocument } from '../shared/model/result-types.ts';
import { roundToFigure } from '../shared/model/figure-catalogue.ts';
import { wrapLabel } from '../common/charts/wrap-label.ts';
import type { ChartData, ChartOptions } from '../common/charts/register.ts';
import { RELEASE_VECTORS } from '../common/charts/pcddf-by-source.ts';
import type { DataTable, ScenarioRef } from '../common/charts/compare-data.ts';
import { HORIZONTAL_BARS } from '../common/charts/bar-options.ts';

export type ReleasesMode = 'vector' | 'source';

/** PCDD/F releases of several scenarios side by side: values[scenario][category], µg TEQ/yr. */
export interface ReleasesSeries {
  mode: ReleasesMode;
  categories: string[];
  scenarios: ScenarioRef[];
  values: number[][];
}

export interface ScenarioResult {
  ref: ScenarioRef;
  result: ResultDocument;
}

/** By release vector: all five vectors of MODEL.md 3.1, always, so every scenario has the same rows.
 *  By source: every source that releases anything in any scenario, largest in the first scenario first. */
export function releasesSeries(scenarios: ScenarioResult[], mode: ReleasesMode): ReleasesSeries {
  let categories: string[];
  let value: (r: ResultDocument, category: string) => number;
  if (mode === 'vector') {
    categories = [...RELEASE_VECTORS];
    value = (r, v) => r.pcddf[v as (typeof RELEASE_VECTORS)[number]];
  } else {
    value = (r, s) => r.pcddf.bySource[s]?.total ?? 0;
    const keys = [...new Set(scenarios.flatMap((s) => Object.keys(s.result.pcddf.bySource)))];
    const first = scenarios[0]?.result;
    categories = keys.filter((k) => scenarios.some((s) => value(s.result, k) > 0)).sort((a, b) => (first ? value(first, b) - value(first, a) : 0));
  }
  return {
    mode,
    categories,
    scenarios: scenarios.map((s) => s.ref),
    values: scenarios.map((s) => categories.map((c) => value(s.result, c))),
  };
}

/** One row per scenario and category; the PCDD/F in `unit` (µg TEQ a year), written in the CSV
 *  at the precision of PCDD/F, all releases. */
export function releasesTable(series: ReleasesSeries, unit: string): DataTable {
  return {
    columns: ['scenario', series.mode, 'pcddf'],
    units: [null, null, unit],
    round: [null, null, (n) => roundToFigure('pcddf.total', n)],
    rows: series.scenarios.flatMap((s, i) => series.categories.map((c, j) => [s.name, c, series.values[i][j]])),
  };
}

export function releasesChartData(series: ReleasesSeries, labelOf: (key: string) => string): ChartData<'bar'> {
  return {
    // Long source names wrap rather than being cut at the left edge on a phone.
    labels: series.categories.map((c) => wrapLabel(labelOf(c), 16)),
    datasets: series.scenarios.map((s, i) => ({ label: s.name, data: series.values[i], backgroundColor: s.colour })),
  };
}

function isPowerOfTen(v: number): boolean {
  const exponent = Math.log10(v);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

export function releasesChartOptions(axisTitle: string, logarithmic: boolean, format: (n: number) => string): ChartOptions<'bar'> {
  return {
    ...HORIZONTAL_BARS,
    scales: {
      x: {
        type: logarithmic ? 'logarithmic' : 'linear',
        beginAtZero: !logarithmic,
        title: { display: true, text: axisTitle },
        // On a log axis only the powers of ten carry a label; the ticks between stay unlabelled.
        ticks: {
          callback: (v) => (logarithmic && !isPowerOfTen(Number(v)) ? '' : format(Number(v))),
          maxTicksLimit: logarithmic ? undefined : 6,
          maxRotation: 0,
        },
      },
      y: { ticks: { autoSkip: false } },
    },
    plugins: {
      // The scenario chips above the chart name the colours.
      legend: { display: false },
      tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${format(c.parsed.x ?? 0)}` } },
    },
  };
}
