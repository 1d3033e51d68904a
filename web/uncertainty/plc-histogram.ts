import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { histogramChartData, histogramChartOptions } from './histogram.ts';
import type { FigureDistribution } from '../shared/contract/api-types.ts';
import '../common/charts/plc-chart.ts';
import { shrinkingBlock } from '../common/base-styles.ts';

type Summary = FigureDistribution['before'];

/** One histogram of draws with its P5, P50 and P95 marked. */
@localized()
@customElement('plc-histogram')
export class PlcHistogram extends LitElement {
  static override styles = [
    shrinkingBlock,
    css`
      h4 {
        margin: 0 0 var(--sl-spacing-2x-small);
        font-size: var(--sl-font-size-medium);
      }
      plc-chart {
        --plc-chart-height: 13rem;
      }
      .note {
        margin: var(--sl-spacing-2x-small) 0 0;
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-neutral-700);
      }
    `,
  ];

  @property() heading = '';
  @property() colour = '#0072B2';
  @property() unit = '';
  @property({ attribute: false }) edges: number[] = [];
  @property({ attribute: false }) counts: number[] = [];
  @property({ attribute: false }) summary?: Summary;
  /** Draws outside the range shown (below, above); a new pair of the same numbers is no change
   *  (the view passes a new pair at every render, and a change redraws the chart). */
  @property({ attribute: false, hasChanged: (a: [number, number], b?: [number, number]) => !b || a[0] !== b[0] || a[1] !== b[1] })
  outside: [number, number] = [0, 0];
  @property({ attribute: false }) format: (n: number) => string = String;

  override render() {
    const s = this.summary;
    if (!s || this.edges.length < 2) return nothing;
    const series = { edges: this.edges, counts: this.counts, label: this.heading, colour: this.colour };
    const markers = [
      { value: s.p5, label: msg('P5') },
      { value: s.p50, label: msg('P50') },
      { value: s.p95, label: msg('P95') },
    ];
    const [below, above] = this.outside;
    const f = this.format;
    return html`
      <h4>${this.heading}</h4>
      <plc-chart
        .data=${histogramChartData(series)}
        .options=${histogramChartOptions(series, markers, { x: this.unit, y: msg('Draws') }, f)}
        label=${msg(str`Histogram of ${this.heading}: P5 ${f(s.p5)}, median ${f(s.p50)}, P95 ${f(s.p95)} ${this.unit}.`)}
      ></plc-chart>
      ${
        below + above > 0
          ? html`<p class="note">${msg(str`Not shown: ${below} draws below and ${above} above this range (the outer 0.5 % tails).`)}</p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-histogram': PlcHistogram;
  }
}
