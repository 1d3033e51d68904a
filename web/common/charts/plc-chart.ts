import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import type { Chart, ChartData, ChartOptions } from './register.ts';
import { ChartElement } from './chart-element.ts';

/** A bar chart (the lifecycle is ChartElement's). */
@localized()
@customElement('plc-chart')
export class PlcChart extends ChartElement {
  @property({ attribute: false }) data: ChartData<'bar'> = { labels: [], datasets: [] };
  @property({ attribute: false }) options: ChartOptions<'bar'> = {};

  /** For tests and callers that need the live instance (asking draws a deferred chart). */
  get chartInstance(): Chart<'bar'> | null {
    if (!this.chart) this.show();
    return this.chart as Chart<'bar'> | null;
  }

  protected chartConfig() {
    return { type: 'bar' as const, data: this.data, options: this.options };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-chart': PlcChart;
  }
}
