// The Evaluation view's data exports: the survey, the indicators (per household and for the
// group), measured versus modelled and the village comparisons, as CSV and JSON files. Full
// precision; a missing value is an empty CSV cell and null in JSON, never 0. No DOM.
import type { Survey, SurveyIndicatorsResult } from '../shared/contract/api-types.ts';
import type { IndicatorKey } from '../shared/survey/indicators.ts';
import type { MvmState, ReportData } from './evaluation-model.ts';
import { toCsvText } from '../shared/io/csv.ts';
import { msg } from '@lit/localize';

type Cell = string | number | null | undefined;

export interface ExportFile {
  fileName: string;
  /** What the file holds, in the user's language (the button's words; the file name is not shown). */
  label: string;
  mimeType: string;
  content: string;
}

/** RFC 4180 CSV with CRLF line ends (web/shared/io/csv.ts: formulas defused, numbers as numbers). */
export function csv(rows: Cell[][]): string {
  return toCsvText(rows);
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

const RECORD_FIELDS = [
  'householdId',
  'village',
  'period',
  'plasticBoughtTPerYr',
  'productSoldTPerYr',
  'rejectsOpenBurnedKgPerYr',
  'rejectsBurnedAsFuelKgPerYr',
  'rejectsDumpedKgPerYr',
  'rejectsDumpFireKgPerYr',
  'rejectsSoldKgPerYr',
  'rejectsToBricksKgPerYr',
  'electricityKWhPerYr',
  'coalTPerYr',
  'woodTPerYr',
  'lpgKgPerYr',
  'waterM3PerYr',
  'workers',
  'workingDaysPerYr',
  'priceProductVndPerT',
  'pricePlasticVndPerT',
  'priceElectricityVndPerKWh',
  'priceCoalVndPerT',
  'priceWoodVndPerT',
  'priceLpgVndPerKg',
  'wageVndPerWorkerDay',
  'otherRevenueVndPerYr',
  'plasticFuelLhvMJPerKg',
  'note',
  'row',
] as const;

export function surveyCsv(survey: Survey): string {
  return csv([[...RECORD_FIELDS], ...survey.records.map((r) => RECORD_FIELDS.map((f) => r[f] as Cell))]);
}

/** One row per household, period and indicator, with the reason when the value is missing. */
export function householdIndicatorsCsv(r: SurveyIndicatorsResult): string {
  const rows: Cell[][] = [['householdId', 'village', 'period', 'indicator', 'value', 'unit', 'missing', 'notes']];
  for (const h of r.households) {
    for (const period of ['before', 'after'] as const) {
      const all = h[period];
      if (!all) continue;
      for (const v of Object.values(all)) {
        rows.push([h.householdId, h.village, period, v.key, v.value, v.unit, v.missing.map((m) => m.message).join('; '), v.notes.join('; ')]);
      }
    }
  }
  return csv(rows);
}

export function groupIndicatorsCsv(r: SurveyIndicatorsResult): string {
  const rows: Cell[][] = [
    [
      'indicator',
      'unit',
      'beforeMean',
      'beforeN',
      'afterMean',
      'afterN',
      'changeMean',
      'changeLow95',
      'changeHigh95',
      'changeN',
      'resamples',
      'seed',
      'method',
    ],
  ];
  for (const g of Object.values(r.group)) {
    rows.push([
      g.key,
      g.unit,
      g.before.mean,
      g.before.n,
      g.after.mean,
      g.after.n,
      g.change.mean,
      g.change.low,
      g.change.high,
      g.change.n,
      g.change.resamples,
      g.change.seed,
      g.method,
    ]);
  }
  return csv(rows);
}

export function comparisonsCsv(report: ReportData): string {
  const rows: Cell[][] = [['village', 'baseline', 'figure', 'before', 'after', 'difference', 'percentChange', 'measure', 'attribution']];
  for (const c of report.comparisons) {
    const doc = c.doc;
    if (!doc) continue;
    for (const [figure, difference] of Object.entries(doc.difference)) {
      const before = (doc as unknown as { before: Record<string, unknown> }).before;
      const after = (doc as unknown as { after: Record<string, unknown> }).after;
      const read = (d: Record<string, unknown>) => figure.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], d) as number;
      const pct = doc.percentChange[figure as keyof typeof doc.percentChange];
      rows.push([c.pair.village, c.baselineName, figure, read(before), read(after), difference, pct, '', '']);
      for (const id of doc.measures)
        rows.push([c.pair.village, c.baselineName, figure, '', '', '', '', id, (doc.attribution[id] as Record<string, number> | undefined)?.[figure] ?? null]);
    }
  }
  return csv(rows);
}

/** What the view has computed (the session's EvaluationRun has these). */
export interface EvaluationData {
  survey: Survey | null;
  source: { name: string; illustrative: boolean } | null;
  indicators: SurveyIndicatorsResult | null;
  mvm: MvmState | null;
  report: ReportData | null;
}

/** Every file the view offers, by name; only those whose data exists. */
export function exportFiles(run: EvaluationData): ExportFile[] {
  const files: ExportFile[] = [];
  const add = (fileName: string, content: string, label: string) =>
    files.push({ fileName, label, content, mimeType: fileName.endsWith('.csv') ? 'text/csv' : 'application/json' });
  if (run.survey) {
    add('survey.csv', surveyCsv(run.survey), msg('Survey (CSV)'));
    add('survey.json', json({ source: run.source, ...run.survey }), msg('Survey (JSON)'));
  }
  if (run.indicators) {
    add('indicators-households.csv', householdIndicatorsCsv(run.indicators), msg('Indicators by household (CSV)'));
    add('indicators-group.csv', groupIndicatorsCsv(run.indicators), msg('Indicators of the group (CSV)'));
    add('indicators.json', json(run.indicators), msg('Indicators (JSON)'));
  }
  if (run.mvm?.outcome?.ok)
    add(`measured-vs-modelled-${run.mvm.householdId}-${run.mvm.period}.json`, json(run.mvm.outcome.value), msg('Measured versus modelled (JSON)'));
  if (run.report) {
    add('comparisons.csv', comparisonsCsv(run.report), msg('Comparisons (CSV)'));
    add(
      'comparisons.json',
      json(run.report.comparisons.map((c) => ({ village: c.pair.village, baseline: c.baselineName, comparison: c.doc, errors: c.errors }))),
      msg('Comparisons (JSON)'),
    );
    if (run.report.annex) add('method-annex.json', json(run.report.annex), msg('Method annex (JSON)'));
  }
  return files;
}

export type { IndicatorKey };
