// Chart downloads (issue 16): a CSV's headers carry the unit of their numbers and its numbers are
// rounded to the precision the figure is shown at, while the JSON keeps every digit. Expected
// values are written out by hand.
import { describe, expect, it } from 'vitest';
import { roundToFigure } from '../../web/shared/model/figure-catalogue.ts';
import { toCsv, toJson } from '../../web/common/charts/compare-data.ts';
import { waterfallTable, type WaterfallStep } from '../../web/compare/compare-waterfall.ts';
import { massFlowTable, type MassFlow } from '../../web/compare/mass-flows.ts';
import { releasesTable } from '../../web/compare/compare-releases.ts';

describe('roundToFigure: a value at the precision it is shown at', () => {
  it('keeps three significant digits of a quantity, and whole numbers from 100 up', () => {
    expect(roundToFigure('pcddf.total', 3090.4567)).toBe(3090);
    expect(roundToFigure('pcddf.total', 12.345)).toBe(12.3);
    expect(roundToFigure('pcddf.total', 0.000398765)).toBe(0.000399);
    expect(roundToFigure('pcddf.total', -0.3912)).toBe(-0.391);
    expect(roundToFigure('pcddf.total', 123456.7)).toBe(123457);
    expect(roundToFigure('pcddf.total', 0)).toBe(0);
  });

  it('writes money in whole units, a share with the digits of its percent, a closure error in two digits', () => {
    expect(roundToFigure('economics.profit', 1234567.89)).toBe(1234568);
    expect(roundToFigure('chlorine.poolClFraction', 0.0123456)).toBe(0.0123); // 1.23 %
    expect(roundToFigure('chlorine.poolClFraction', 0.123456)).toBe(0.123); // 12.3 %
    expect(roundToFigure('chlorine.poolClFraction', 1.23456)).toBe(1.23); // 123 %
    expect(roundToFigure('mass.closureErrorT', 1.23456e-13)).toBe(1.2e-13);
  });

  it('leaves a value that is not a number as it is', () => {
    expect(roundToFigure('pcddf.total', Number.NaN)).toBeNaN();
  });
});

const STEPS: WaterfallStep[] = [
  { key: 'before', kind: 'before', label: 'Before', start: 0, end: 3090.4567 },
  { key: 'bricks', kind: 'measure', label: 'Bricks, not burning', start: 3090.4567, end: 10.12345 },
  { key: 'after', kind: 'after', label: 'After', start: 0, end: 0.000398765 },
];

describe('chart CSV: units in the headers, rounded numbers; JSON at full precision', () => {
  it('writes the waterfall with its unit on every number column', () => {
    const table = waterfallTable(STEPS, 'pcddf.total', 'µg TEQ/yr');
    expect(toCsv(table).split('\r\n')).toEqual([
      'step,label,start (µg TEQ/yr),end (µg TEQ/yr),change (µg TEQ/yr)',
      'before,Before,0,3090,3090',
      // 10.12345 − 3090.4567 = −3080.33325
      'bricks,"Bricks, not burning",3090,10.1,-3080',
      'after,After,0,0.000399,0.000399',
      '',
    ]);
    const json = JSON.parse(toJson(table, { title: 'PCDD/F', scenarios: [] })) as { units: Record<string, string>; rows: Record<string, unknown>[] };
    expect(json.units).toEqual({ start: 'µg TEQ/yr', end: 'µg TEQ/yr', change: 'µg TEQ/yr' });
    expect(json.rows[1].end).toBe(10.12345);
    expect(json.rows[2].end).toBe(0.000398765);
  });

  it('writes a Sankey band in tonnes a year and the releases in µg TEQ a year', () => {
    const band: MassFlow = { from: 'feed', to: 'product', flow: 543.21987 };
    const flows = massFlowTable([band], (k) => `<${k}>`, 't/yr');
    expect(toCsv(flows).split('\r\n')[0]).toBe('from,from_label,to,to_label,flow (t/yr)');
    expect(toCsv(flows).split('\r\n')[1]).toBe('feed,<feed>,product,<product>,543');
    const releases = releasesTable(
      { mode: 'vector', categories: ['air', 'residue'], scenarios: [{ key: 'before', name: 'Before', colour: '#000' }], values: [[7.3456, 0.0123456]] },
      'µg TEQ/yr',
    );
    expect(toCsv(releases).split('\r\n')).toEqual(['scenario,vector,pcddf (µg TEQ/yr)', 'Before,air,7.35', 'Before,residue,0.0123', '']);
  });
});
