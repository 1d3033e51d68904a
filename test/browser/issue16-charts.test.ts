// Issue 16, part B: charts that read at a glance. Expected values are worked out by hand.
import { expect } from '@esm-bundle/chai';
import { waterfallAxisRange, waterfallChartOptions, waterfallNotes, type WaterfallStep } from '../../web/compare/compare-waterfall.ts';
import { placeMarkerLabels } from '../../web/common/charts/mc-plugins.ts';
import { notePlacement } from '../../web/common/charts/bar-notes.ts';
import { binDaysFor, stockpileBands } from '../../web/dynamics/dynamics-timeline.ts';
import { householdScale } from '../../web/evaluation/evaluation-charts.ts';
import { portfolioScatterConfig } from '../../web/workbench/portfolio-scatter.ts';
import { nodeNumbers, type MassFlow } from '../../web/compare/mass-flows.ts';

describe('the Shapley waterfall (issue 16)', () => {
  // Before 3,090; three measures of 0, +0.39 and −3,000; after 90.39.
  const steps: WaterfallStep[] = [
    { key: 'before', kind: 'before', label: 'Before', start: 0, end: 3090 },
    { key: 'a', kind: 'measure', label: 'A', start: 3090, end: 3090 },
    { key: 'b', kind: 'measure', label: 'B', start: 3090, end: 3090.39 },
    { key: 'c', kind: 'measure', label: 'C', start: 3090.39, end: 90.39 },
    { key: 'after', kind: 'after', label: 'After', start: 0, end: 90.39 },
  ];
  const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.round(Math.abs(n) * 100) / 100}`;

  it('writes every contribution beside its bar, the zero and the tiny one included', () => {
    expect(waterfallNotes(steps, String, signed)).to.deep.equal(['3090', '0', '+0.39', '−3000', '90.39']);
    const options = waterfallChartOptions('µg TEQ/yr', String, signed, steps);
    expect((options.plugins as { plcBarNotes?: { texts: Record<number, string[]> } }).plcBarNotes!.texts[0]).to.have.length(5);
  });

  it('ends the axis at the largest level rounded up at its second digit: 3,100, not 4,000', () => {
    expect(waterfallAxisRange(steps)).to.deep.equal({ min: 0, max: 3100 });
    // A loss below 0 (profit −1,234 → −1,300) keeps its own rounded end.
    expect(waterfallAxisRange([{ key: 'x', kind: 'before', label: 'x', start: 0, end: -1234 }])).to.deep.equal({ min: -1300, max: 0 });
  });

  it('puts a note after a bar when it fits, inside a long bar, or before a short bar at the edge', () => {
    expect(notePlacement(100, 200, 30, 500)).to.deep.equal({ at: 204, side: 'after' });
    expect(notePlacement(0, 480, 30, 500)).to.deep.equal({ at: 446, side: 'inside' });
    expect(notePlacement(478, 480, 30, 500)).to.deep.equal({ at: 444, side: 'before' });
  });
});

describe('histogram P5/P50/P95 labels (issue 16)', () => {
  it('never overlap, however close the values', () => {
    // P5 and P50 two pixels apart, P95 far: labels 10 and 14 px wide (half widths 5, 7, 7).
    const boxes = placeMarkerLabels([52, 54, 200], [5, 7, 7], 40, 300);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const apart = a.row !== b.row || Math.abs(a.x - b.x) >= a.half + b.half;
        expect(apart, `labels ${i} and ${j}`).to.equal(true);
      }
    // P5 is pushed right to clear the plot's left edge (40 + 5); P50 goes up a row.
    expect(boxes[0]).to.deep.equal({ x: 52, half: 5, row: 0 });
    expect(boxes[1].row).to.equal(1);
    expect(boxes[2].row).to.equal(0);
  });

  it('when every row is taken, shifts a label right of the last one instead of on top of it', () => {
    const boxes = placeMarkerLabels([100, 100, 100, 100], [5, 5, 5, 5], 0, 400, 3);
    expect(boxes.map((b) => b.row)).to.deep.equal([0, 1, 2, 0]);
    expect(boxes[3].x).to.equal(114); // 105 + 4 gap + 5
  });
});

describe('stockpile bands of a long dynamic run (issue 16)', () => {
  it('chooses bands of 5, 10, 20 … working days so that at most 80 are drawn', () => {
    expect(binDaysFor({ from: 0, to: 120 })).to.equal(1);
    expect(binDaysFor({ from: 0, to: 300 })).to.equal(5); // 60 bands
    expect(binDaysFor({ from: 0, to: 1500 })).to.equal(20); // 75 bands (10 would give 150)
  });

  it('keeps the lowest, highest and mean level of each band and counts its burns', () => {
    // Days 0–9 in bands of 5: levels 0, 10, 20, 30, 40 | 50, 0, 10, 20, 30; burns on days 4 and 6, 7.
    const points = [0, 10, 20, 30, 40, 50, 0, 10, 20, 30].map((y, x) => ({ x, y }));
    const burns = [
      { x: 4, y: 40 },
      { x: 6, y: 50 },
      { x: 7, y: 1 },
    ];
    const bands = stockpileBands(points, burns, { from: 0, to: 10 }, 5);
    expect(bands.start).to.deep.equal([0, 5]);
    expect(bands.min).to.deep.equal([0, 0]);
    expect(bands.max).to.deep.equal([40, 50]);
    expect(bands.mean).to.deep.equal([20, 22]);
    expect(bands.burns).to.deep.equal([1, 2]);
    expect(bands.burnedKg).to.deep.equal([40, 51]);
  });
});

describe('the per-household chart axis (issue 16)', () => {
  it('goes logarithmic when positive values span two orders of magnitude or more', () => {
    expect(householdScale([6.75, 0.000492, null, 7.04])).to.equal('logarithmic');
    expect(householdScale([0.771, 0.779, null])).to.equal('linear');
    // Zeros do not count: 0 to 77.7 kg/t of rejects burned is one linear axis.
    expect(householdScale([77.7, 0, 70.1])).to.equal('linear');
  });
});

describe('the portfolio scatter (issue 16)', () => {
  it('draws the front strongly on top and the dominated subsets faded behind it, without the front twice', () => {
    const points = Array.from({ length: 1024 }, (_, mask) => ({ mask, capex: mask, avoided: mask % 7, profitChange: mask % 2 ? 1 : -1 }));
    const config = portfolioScatterConfig({
      points,
      front: [0, 1, 2],
      targetAvoided: null,
      cheapestMask: null,
      words: { profitUp: 'up', profitDown: 'down', front: 'front', target: 't', cheapest: 'c', capex: 'x', avoided: 'y' },
      formatMoney: String,
      formatAvoided: String,
    });
    const [front, up, down] = config.data.datasets as { data: unknown[]; borderWidth?: number; pointRadius?: number; backgroundColor?: string }[];
    expect(front.data).to.have.length(3);
    expect(front.borderWidth).to.equal(3);
    expect(up.data.length + down.data.length).to.equal(1021);
    // 1,024 points: small dots at a quarter strength (alpha 0x40).
    expect(up.pointRadius).to.equal(2);
    expect(up.backgroundColor).to.match(/40$/);
  });
});

describe('the mass-flow key for narrow screens (issue 16)', () => {
  it('numbers the nodes column by column, so the key reads left to right', () => {
    const flows: MassFlow[] = [
      { from: 'feed', to: 'processed', flow: 600 },
      { from: 'processed', to: 'product', flow: 462 },
      { from: 'processed', to: 'plasticRejects', flow: 55 },
      { from: 'plasticRejects', to: 'openBurning', flow: 24 },
    ] as MassFlow[];
    const numbers = nodeNumbers(flows);
    expect(numbers.get('feed' as never)).to.equal(1);
    expect(numbers.get('processed' as never)).to.equal(2);
    expect([...numbers.values()].sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 5]);
  });
});
