import type { ChartData, ChartOptions } from 'chart.js';
import { STILL_CHART } from '../common/charts/bar-options.ts';

// Training mode: one figure before and after as a pair of big bars, each with its value written
// above it, so the picture reads without colour and without the axis (the bars are also labelled
// "Before" and "After" on the category axis, and patterned differently). The values are drawn by
// the plcBarValues plugin (web/common/charts/bar-values.ts).

/** Dark grey for before; after in dark green only when it is better, dark red when it is worse,
 *  slate when it does not change: all reach 4.5:1 against white (WCAG AA). */
export const BEFORE_COLOUR = '#4a4a4a';
export const AFTER_COLOUR = '#1b6e3a';
export const WORSE_COLOUR = '#a3361f';
export const SAME_COLOUR = '#4f5d6b';

export type PairVerdict = 'better' | 'worse' | 'same';

export function afterColour(verdict: PairVerdict): string {
  return verdict === 'better' ? AFTER_COLOUR : verdict === 'worse' ? WORSE_COLOUR : SAME_COLOUR;
}

/** Diagonal stripes on the "after" bar, so the pair differs in more than colour; a worse after
 *  leans the other way. */
function stripes(colour: string, mirrored = false): CanvasPattern | string {
  if (typeof document === 'undefined') return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 10;
  const c = tile.getContext('2d');
  if (!c) return colour;
  c.fillStyle = colour;
  c.fillRect(0, 0, 10, 10);
  c.strokeStyle = 'rgba(255,255,255,0.45)';
  c.lineWidth = 3;
  c.beginPath();
  if (mirrored) {
    c.moveTo(-2, -2);
    c.lineTo(12, 12);
    c.moveTo(8, -2);
    c.lineTo(12, 2);
    c.moveTo(-2, 8);
    c.lineTo(2, 12);
  } else {
    c.moveTo(-2, 12);
    c.lineTo(12, -2);
    c.moveTo(8, 12);
    c.lineTo(12, 8);
    c.moveTo(-2, 2);
    c.lineTo(2, -2);
  }
  c.stroke();
  return c.createPattern(tile, 'repeat') ?? colour;
}

export function beforeAfterData(labels: [string, string], values: [number, number], verdict: PairVerdict = 'better'): ChartData<'bar'> {
  const after = afterColour(verdict);
  return {
    labels,
    datasets: [
      {
        data: values,
        backgroundColor: [BEFORE_COLOUR, stripes(after, verdict === 'worse')] as unknown as string[],
        borderColor: [BEFORE_COLOUR, after],
        borderWidth: 2,
        barPercentage: 0.8,
        categoryPercentage: 0.9,
      },
    ],
  };
}

export function beforeAfterOptions(texts: [string, string], fontPx: number): ChartOptions<'bar'> {
  return {
    ...STILL_CHART,
    layout: { padding: { top: fontPx + 10 } },
    plugins: { legend: { display: false }, tooltip: { enabled: false }, plcBarValues: { texts: [...texts], fontPx } },
    scales: {
      x: { ticks: { color: '#111', font: { size: fontPx, weight: 'bold' }, maxRotation: 0, autoSkip: false }, grid: { display: false } },
      // The value is written on each bar; the axis would only compete with it.
      y: { beginAtZero: true, display: false, grace: '5%' },
    },
  };
}
