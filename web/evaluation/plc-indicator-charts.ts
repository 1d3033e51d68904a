import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { changeChartConfig, changeRows, householdChartConfig, householdScale } from './evaluation-charts.ts';
import type { SurveyIndicatorsResult } from '../shared/contract/api-types.ts';
import type { IndicatorKey } from '../shared/survey/indicators.ts';
import type { PlcCanvasChart } from '../common/charts/plc-canvas-chart.ts';
import { cssProps } from '../common/directives/css-props.ts';
import { formatNumber } from '../app/format.ts';
import { evaluationStyles } from './evaluation-styles.ts';
import { higherIsBetter, indicatorLabel, indicatorLabelTag, indicatorShort, indicatorUnit, indicatorUnitTag, INDICATORS } from './evaluation-words.ts';
import '../common/charts/plc-canvas-chart.ts';

/**
 * Two charts of the indicators: the group change of each, in % of its before level, with the
 * 95 % bootstrap interval as whiskers; and one indicator per household, before and after. With
 * `print`, each chart is drawn once off screen and shown as an image (sharp on paper, never
 * split by a page break); `ready` is true once the images are in.
 */
@localized()
@customElement('plc-indicator-charts')
export class PlcIndicatorCharts extends LitElement {
  static override styles = [
    evaluationStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 28rem), 1fr));
        gap: var(--sl-spacing-medium);
      }
      figure {
        margin: 0;
        min-width: 0;
        break-inside: avoid;
      }
      figcaption {
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-700);
        margin-top: var(--sl-spacing-2x-small);
      }
      .offscreen {
        position: absolute;
        left: -10000px;
        top: 0;
        width: 680px;
      }
      img {
        width: 100%;
        height: auto;
        display: block;
      }
      plc-canvas-chart.households {
        --plc-chart-height: 18rem;
      }
      :host([print]) .grid {
        display: block;
      }
      :host([print]) figure + figure {
        margin-top: 6mm;
      }
      :host([print]) h3 {
        font-size: 11pt;
        margin-bottom: 2mm;
      }
      :host([print]) figcaption {
        font-size: 8.5pt;
      }
    `,
  ];

  @property({ attribute: false }) indicators: SurveyIndicatorsResult | null = null;
  @property() indicator: IndicatorKey = 'pcddfAirUgTeqPerTProduct';
  @property({ type: Boolean, reflect: true }) print = false;
  @property({ type: Boolean, reflect: true }) ready = false;
  @state() private images: { change: string; households: string } | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('indicators') || changed.has('indicator')) {
      this.images = null;
      this.ready = false;
    }
  }

  protected override async updated(): Promise<void> {
    if (!this.print || this.images || !this.indicators) return;
    const charts = [...this.renderRoot.querySelectorAll<PlcCanvasChart>('plc-canvas-chart')];
    await Promise.all(charts.map((c) => c.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const [change, households] = charts.map((c) => c.chartInstance?.toBase64Image('image/png') ?? '');
    if (change && households) {
      this.images = { change, households };
      await this.updateComplete;
      this.ready = true;
      this.dispatchEvent(new CustomEvent('plc-ready', { bubbles: true, composed: true }));
    }
  }

  private changeHeight(): string {
    return `${INDICATORS.length * 2.4 + 4}rem`;
  }

  override render() {
    const r = this.indicators;
    if (!r) return nothing;
    const rows = changeRows(r, INDICATORS, indicatorShort, higherIsBetter);
    const axis = msg('Change after − before, % of the before mean');
    const key = this.indicator;
    const unit = indicatorUnit(key);
    const changeTitle = msg('Group change of each indicator, with its 95 % bootstrap interval');
    const householdTitle = msg(str`${indicatorLabel(key)} per household (${unit})`);
    const householdHeading = html`${indicatorLabelTag(key)} ${msg('per household')} (${indicatorUnitTag(key)})`;
    const changeCaption = msg(
      'Bars: mean paired change over the households with both values, relative to the before mean; whiskers: 95 % percentile bootstrap interval. Green: an improvement whose interval excludes no change; red: a deterioration; grey: unclear.',
    );
    const logAxis = householdScale(r.households.flatMap((h) => [h.before?.[key].value ?? null, h.after?.[key].value ?? null])) === 'logarithmic';
    const missing = msg('A bar that is missing says why: "not measured" (an empty cell) or "not surveyed" (no row for that period).');
    const householdCaption = logAxis
      ? msg(str`Grey: before; blue: after. Log scale: each labelled step is ten times the one below, so values a thousandfold apart both show. ${missing}`)
      : msg(str`Grey: before; blue: after. ${missing}`);
    const print = { print: this.print };
    const changeConfig = changeChartConfig(rows, axis, print);
    const householdConfig = householdChartConfig(
      r,
      key,
      {
        before: msg('Before'),
        after: msg('After'),
        unit,
        logUnit: msg(str`${unit}, log scale`),
        notMeasured: msg('not measured'),
        notSurveyed: msg('not surveyed'),
        zero: '0',
        format: (n) => formatNumber(n, { maximumSignificantDigits: 3 }),
      },
      print,
    );
    if (this.print && this.images) {
      return html`<div class="grid">
        <figure>
          <h3>${changeTitle}</h3>
          <img src=${this.images.change} alt=${changeTitle} />
          <figcaption>${changeCaption}</figcaption>
        </figure>
        <figure>
          <h3>${householdHeading}</h3>
          <img src=${this.images.households} alt=${householdTitle} />
          <figcaption>${householdCaption}</figcaption>
        </figure>
      </div>`;
    }
    return html`<div class=${this.print ? 'offscreen' : 'grid'}>
      <figure>
        <h3>${changeTitle}</h3>
        <plc-canvas-chart
          style=${cssProps({ '--plc-chart-height': this.changeHeight() })}
          .config=${changeConfig}
          label=${msg('Bar chart of the change of each indicator in % of its before level, with interval whiskers; the group table gives the numbers.')}
        ></plc-canvas-chart>
        <figcaption>${changeCaption}</figcaption>
      </figure>
      <figure>
        <h3>${householdHeading}</h3>
        <plc-canvas-chart
          class="households"
          .config=${householdConfig}
          label=${msg('Bar chart of the chosen indicator per household, before and after; the household table gives the numbers.')}
        ></plc-canvas-chart>
        <figcaption>${householdCaption}</figcaption>
      </figure>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-indicator-charts': PlcIndicatorCharts;
  }
}
