import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { cssProps } from '../common/directives/css-props.ts';
import { localized, msg, str } from '@lit/localize';
import { tornadoChartData, tornadoChartOptions, type TornadoRow } from './tornado.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import type { SeriesName, Tornado } from '../shared/contract/api-types.ts';
import type { ChartData } from '../common/charts/register.ts';
import { inputLabel } from './uncertainty-words.ts';
import '../common/charts/plc-chart.ts';
import { barRem } from '../common/charts/wrap-label.ts';

export const TORNADO_BARS = 10;

/** The one-at-a-time tornado of one figure: the inputs that swing it most, largest first. */
@localized()
@customElement('plc-tornado')
export class PlcTornado extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    plc-chart {
      --plc-chart-height: var(--plc-tornado-height, 22rem);
    }
    .empty {
      color: var(--sl-color-neutral-700);
    }
  `;

  @property({ attribute: false }) tornado?: Tornado;
  @property() figure: HeadlineFigure = 'pcddf.air';
  @property() series: SeriesName = 'difference';
  @property() unit = '';
  @property({ attribute: false }) format: (n: number) => string = String;

  /** Inputs whose swing shows on the chart (over 0.5 % of the largest), largest first (at most TORNADO_BARS). */
  rows(): TornadoRow[] {
    const t = this.tornado;
    if (!t) return [];
    const s = this.series,
      f = this.figure;
    const all = t.bars
      .map((b) => ({ label: inputLabel(b.pointer), low: b.low[s]?.[f] ?? NaN, high: b.high[s]?.[f] ?? NaN, swing: Math.abs(b.swing[s]?.[f] ?? 0) }))
      .sort((a, b) => b.swing - a.swing);
    const largest = all[0]?.swing ?? 0;
    return all.filter((r) => r.swing > 0 && r.swing >= 0.005 * largest).slice(0, TORNADO_BARS);
  }

  override render() {
    const t = this.tornado;
    if (!t) return nothing;
    const rows = this.rows();
    if (rows.length === 0) return html`<p class="empty">${msg('No uncertain input changes this figure.')}</p>`;
    const base = t.base[this.series]?.[this.figure] ?? 0;
    const data = tornadoChartData(rows, base, { low: msg('input at its P5'), high: msg('input at its P95') });
    return html`<plc-chart
      style=${cssProps({ '--plc-tornado-height': `${6 + rows.length * barRem(data.labels as (string | string[])[], 2.4)}rem` })}
      .data=${data as unknown as ChartData<'bar'>}
      .options=${tornadoChartOptions(this.unit, this.format)}
      label=${msg(str`Tornado chart: the ${rows.length} inputs that move this figure most, each at its P5 and P95 with the others at their medians; largest first: ${rows[0].label}.`)}
    ></plc-chart>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-tornado': PlcTornado;
  }
}
