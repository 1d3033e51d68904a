import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { cssProps } from '../common/directives/css-props.ts';
import { localized, msg, str } from '@lit/localize';
import { sobolChartData, sobolChartOptions, type SobolRow } from './sobol-bars.ts';
import type { SeriesName, SobolFigureValue } from '../shared/contract/api-types.ts';
import { formatNumber } from '../app/format.ts';
import { inputLabel } from './uncertainty-words.ts';
import '../common/charts/plc-chart.ts';

export const SOBOL_BARS = 10;
const fmt = { format: (v: number) => formatNumber(v, { maximumFractionDigits: 2, minimumFractionDigits: 2 }) };

/** First-order and total Sobol indices of one figure with their bootstrap 95 % intervals. */
@localized()
@customElement('plc-sobol-bars')
export class PlcSobolBars extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .empty {
      color: var(--sl-color-neutral-700);
    }
  `;

  @property({ attribute: false }) indices?: SobolFigureValue;
  @property() series: SeriesName = 'difference';

  /** Inputs by total index, largest first (at most SOBOL_BARS). An input that cannot move the
   *  figure has a total index of exactly 0; its first-order estimate is only noise, so the
   *  filter looks at the total index. */
  rows(): SobolRow[] {
    const d = this.indices;
    const s = d?.series[this.series];
    if (!d || !s) return [];
    return d.pointers
      .map((p, i) => ({ label: inputLabel(p), first: s.S1[i], total: s.ST[i] }))
      .filter((r) => r.total.value > 0.001)
      .sort((a, b) => b.total.value - a.total.value)
      .slice(0, SOBOL_BARS);
  }

  override render() {
    const d = this.indices;
    if (!d) return nothing;
    const rows = this.rows();
    if (rows.length === 0) return html`<p class="empty">${msg('This figure does not vary with the uncertain inputs.')}</p>`;
    const format = (n: number) => fmt.format(n);
    return html`<plc-chart
      style=${cssProps({ '--plc-chart-height': `${6 + rows.length * 2.6}rem` })}
      .data=${sobolChartData(rows, { first: msg('first-order (alone)'), total: msg('total (with interactions)') })}
      .options=${sobolChartOptions(rows, msg('Share of the variance'), format)}
      label=${msg(str`Sobol indices of ${rows.length} inputs with bootstrap 95 % intervals; the largest total index is ${format(rows[0].total.value)} for ${rows[0].label}.`)}
    ></plc-chart>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-sobol-bars': PlcSobolBars;
  }
}
