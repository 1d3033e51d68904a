// `--table`: a readable summary of one result for the terminal. Labels, units, precision and the
// order of the rows are the figure catalogue's (web/shared/model/figure-catalogue.ts), in English.

import type { Scenario } from '../shared/model/scenario-schema.ts';
import { textIn } from '../shared/model/local-text.ts';
import { figure, type ResultDocument } from '../shared/model/result-types.ts';
import { notQuantifiedName } from '../shared/model/emission-factors.ts';
import { FIGURES, figureNumberFormat, figureUnitSymbol, inFigureOrder, type FigureKey } from '../shared/model/figure-catalogue.ts';

const METHOD_NAMES = { toolkit: 'Toolkit inventory convention', chlorineAdjusted: 'chlorine-adjusted' } as const;

/** The figures of the table; shown in catalogue order. */
const TABLE_FIGURES: FigureKey[] = [
  'mass.feedT',
  'mass.processedT',
  'mass.backlogT',
  'mass.productT',
  'mass.rejectsT.plastic',
  'mass.routesT.fuel',
  'mass.routesT.openBurning',
  'mass.routesT.dumping',
  'mass.routesT.dumpFire',
  'mass.burnedPlasticT',
  'bricks.count',
  'mass.closureErrorT',
  'energy.electricityKWh',
  'water.freshM3',
  'water.wastewaterM3',
  'chlorine.poolClFraction',
  'pcddf.air',
  'pcddf.total',
  'dlpcb.total',
  'air.hclKg',
  'air.pm25Kg',
  'air.bcKg',
  'air.co2FossilT',
  'air.co2ElectricityT',
  'economics.revenue',
  'economics.costs',
  'economics.costBreakdown.other',
  'economics.profit',
];

/** "(quantified releases only; not quantified: PCDD/F to water (open burning), …)" for a pollutant. */
function quantifiedOnly(r: ResultDocument, pollutant: 'pcddf' | 'dlpcb', vector?: 'air'): string {
  const missing = r.notQuantifiedItems.filter((i) => i.pollutant === pollutant && (!vector || i.vector === vector)).map(notQuantifiedName);
  return missing.length > 0 ? ` (quantified releases only; not quantified: ${missing.join(', ')})` : '';
}

/** What a release total leaves out, after its unit. */
const NOTES: Partial<Record<FigureKey, (r: ResultDocument) => string>> = {
  'pcddf.air': (r) => quantifiedOnly(r, 'pcddf', 'air'),
  'pcddf.total': (r) => quantifiedOnly(r, 'pcddf'),
  'dlpcb.total': (r) => quantifiedOnly(r, 'dlpcb'),
  'chlorine.poolClFraction': () => 'by mass',
};

const format = (key: FigureKey, value: number) => new Intl.NumberFormat('en-US', figureNumberFormat(key, value)).format(value);

function figureRows(r: ResultDocument): [string, string, string][] {
  const currency = r.economics.currency;
  const rows: [string, string, string][] = [];
  for (const key of inFigureOrder(TABLE_FIGURES)) {
    // A share is printed with its percent sign: no unit after it.
    const unit = FIGURES[key].kind === 'share' ? '' : figureUnitSymbol(key, currency);
    rows.push([FIGURES[key].label, format(key, figure(r, key)), `${unit}${NOTES[key]?.(r) ?? ''}`]);
    // PCDD/F of all releases under both methods, whichever is in use (MODEL.md 3.1a).
    if (key === 'pcddf.total') {
      for (const method of ['toolkit', 'chlorineAdjusted'] as const) {
        rows.push([`  ${METHOD_NAMES[method]}`, format(key, r.chlorine.byMethod[method].pcddfTotal), figureUnitSymbol(key)]);
      }
    }
  }
  return rows;
}

export function formatTable(scenario: Scenario, r: ResultDocument): string {
  const ratio = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 }).format(r.mass.throughputRatio);
  const rows: [string, string, string][] = [
    ['Bottleneck', `${r.mass.bottleneckUnitId ?? '—'} (throughput ratio ${ratio})`, ''],
    ['Release method', METHOD_NAMES[r.chlorine.method], ''],
    ...figureRows(r),
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`.trimEnd());
  const title = `${textIn(scenario.name, 'en')} (${scenario.id})`;
  const notes = r.notQuantified.length ? `\nNot quantified: ${r.notQuantified.join('; ')}` : '';
  return `${title}\n${'='.repeat(title.length)}\n${lines.join('\n')}${notes}\n`;
}
