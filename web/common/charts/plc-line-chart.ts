import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import type { Chart, ChartData, ChartOptions } from './register.ts';
import { ChartElement } from './chart-element.ts';

type Point = { x: number; y: number };

/** A line chart of {x, y} points (the lifecycle is ChartElement's). */
@localized()
@customElement('plc-line-chart')
export class PlcLineChart extends ChartElement {
  @property({ attribute: false }) data: ChartData<'line', Point[]> = { datasets: [] };
  @property({ attribute: false }) options: ChartOptions<'line'> = {};

  /** For tests and callers that need the live instance. */
  get chartInstance(): Chart<'line', Point[]> | null {
    return this.chart as Chart<'line', Point[]> | null;
  }

  protected chartConfig() {
    return { type: 'line' as const, data: this.data, options: this.options };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-line-chart': PlcLineChart;
  }
}
