import { css, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import type { Chart, ChartConfiguration } from '../common/charts/register.ts';
import { ChartElement } from '../common/charts/chart-element.ts';
import { COLOUR_BAR_WIDTH, viridis } from '../common/charts/colour-bar.ts';

type Cell = { x: number; y: number; v: number };

/** Grid indices to label: at most five, evenly spread, both ends included. */
function tickIndices(n: number): number[] {
  const count = Math.min(n, 5);
  return Array.from({ length: count }, (_, k) => (count === 1 ? 0 : Math.round((k * (n - 1)) / (count - 1))));
}

const short = (v: number) => String(Number(v.toPrecision(3)));

/**
 * A heatmap of a 2-D sweep (chartjs-chart-matrix; the lifecycle is ChartElement's): x = the
 * first parameter, y = the second, colour = the figure (viridis; impossible points grey), with
 * a colour bar. `z` is row-major over x: z[ix × ny + iy].
 */
@localized()
@customElement('plc-heatmap')
export class PlcHeatmap extends ChartElement {
  static override styles = [
    ChartElement.styles,
    css`
      :host {
        height: var(--plc-chart-height, 20rem);
      }
    `,
  ];

  @property({ attribute: false }) x: number[] = [];
  @property({ attribute: false }) y: number[] = [];
  @property({ attribute: false }) z: ArrayLike<number> = [];
  @property() xLabel = '';
  @property() yLabel = '';
  @property() zLabel = '';
  @property({ attribute: false }) format: (v: number) => string = (v) => String(v);

  /** For tests and callers that need the live instance. */
  get chartInstance(): Chart<'matrix', Cell[]> | null {
    return this.chart as Chart<'matrix', Cell[]> | null;
  }

  protected configChanged(changed: PropertyValues): boolean {
    return ['x', 'y', 'z', 'xLabel', 'yLabel', 'zLabel', 'format'].some((k) => changed.has(k));
  }

  protected chartConfig(): ChartConfiguration<'matrix', Cell[]> | undefined {
    const nx = this.x.length,
      ny = this.y.length;
    if (nx === 0 || ny === 0) return undefined;
    const cells: Cell[] = [];
    let lo = Infinity,
      hi = -Infinity;
    for (let ix = 0; ix < nx; ix++) {
      for (let iy = 0; iy < ny; iy++) {
        const v = this.z[ix * ny + iy];
        cells.push({ x: ix, y: iy, v });
        if (Number.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    const any = lo <= hi;
    const colour = (v: number) => (Number.isFinite(v) ? viridis(hi > lo ? (v - lo) / (hi - lo) : 0.5) : '#d0d0d0');
    // Cells overlap by a hair so that no seams show between them.
    // Index 0 at the left and at the bottom (chartjs-chart-matrix reverses y by default).
    const axis = (n: number, values: number[], title: string) => ({
      type: 'linear' as const,
      min: -0.5,
      max: n - 0.5,
      offset: false,
      reverse: false,
      grid: { display: false },
      title: { display: true, text: title },
      afterBuildTicks: (scale: { ticks: { value: number }[] }) => {
        scale.ticks = tickIndices(n).map((value) => ({ value }));
      },
      ticks: { callback: (i: number | string) => short(values[Number(i)] ?? NaN), autoSkip: false, maxRotation: 0 },
    });
    return {
      type: 'matrix',
      data: {
        datasets: [
          {
            data: cells,
            backgroundColor: (c) => colour((c.raw as Cell).v),
            borderWidth: 0,
            width: ({ chart }) => (chart.chartArea?.width ?? 0) / nx + 1,
            height: ({ chart }) => (chart.chartArea?.height ?? 0) / ny + 1,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        layout: { padding: { right: COLOUR_BAR_WIDTH } },
        scales: { x: axis(nx, this.x, this.xLabel), y: axis(ny, this.y, this.yLabel) },
        plugins: {
          legend: { display: false },
          tooltip: {
            filter: (item) => Number.isFinite((item.raw as Cell).v),
            callbacks: {
              title: (items) =>
                items.flatMap((i) => {
                  const c = i.raw as Cell;
                  return [`${this.xLabel}: ${short(this.x[c.x])}`, `${this.yLabel}: ${short(this.y[c.y])}`];
                }),
              label: (i) => `${this.zLabel}: ${this.format((i.raw as Cell).v)}`,
            },
          },
          plcColourBar: { loText: any ? this.format(lo) : '', hiText: any ? this.format(hi) : '', label: this.zLabel },
        },
      },
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-heatmap': PlcHeatmap;
  }
}
