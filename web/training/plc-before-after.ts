import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { beforeAfterData, beforeAfterOptions, type PairVerdict } from './before-after.ts';
import '../common/charts/plc-chart.ts';
import { figureLabel, labelTag, unitAfterValue, unitTag, type FigureKey } from '../app/figures.ts';
import { trainingGrid } from './training-styles.ts';

/** One before/after pair: the raw numbers draw the bars, the formatted texts label them; its
 *  title and unit are the catalogue's (the short label). */
export interface BeforeAfterPair {
  key: string;
  figure: FigureKey;
  before: number;
  after: number;
  beforeText: string;
  afterText: string;
  /** Draws the after bar green only when better (red when worse) and says it in words. */
  verdict: PairVerdict;
}

/**
 * Before/after pictures: one big bar pair per figure, side by side, each value written on its bar
 * and again as text below (so the picture needs neither colour nor the axis to be read).
 */
@localized()
@customElement('plc-before-after')
export class PlcBeforeAfter extends LitElement {
  static override styles = [
    trainingGrid,
    css`
      :host {
        display: block;
      }
      .pairs {
        --plc-grid-min: var(--plc-pair-min, 12em);
        --plc-grid-gap: 0.9em;
      }
      figure {
        margin: 0;
        background: #fff;
        border: 2px solid #c4c4c4;
        border-radius: 0.75rem;
        padding: 0.6em 0.8em;
        min-width: 0;
      }
      figcaption {
        font-weight: 700;
        font-size: 1em;
      }
      .unit {
        font-weight: 400;
        color: #222;
      }
      plc-chart {
        --plc-chart-height: var(--plc-pair-height, 13rem);
        margin-top: 0.4em;
      }
      .text {
        margin: 0.3em 0 0;
        font-size: 0.9em;
        color: #222;
      }
      .verdict {
        font-weight: 700;
      }
      .verdict.worse {
        color: #7d2414;
      }
      .verdict.better {
        color: #0b4f27;
      }
      figure[data-verdict='worse'] {
        border-color: #a3361f;
      }
    `,
  ];

  @property({ attribute: false }) pairs: BeforeAfterPair[] = [];
  /** Font size of the bar labels in pixels (canvas text does not follow CSS). */
  @property({ type: Number }) fontPx = 16;

  private verdictWord(v: PairVerdict): string {
    switch (v) {
      case 'better':
        return msg('better', { id: 'pair-better', desc: 'Training chart: the after value is an improvement' });
      case 'worse':
        return msg('worse', { id: 'pair-worse', desc: 'Training chart: the after value is a deterioration' });
      case 'same':
        return msg('no change', { id: 'pair-same', desc: 'Training chart: the after value equals before' });
    }
  }

  override render() {
    const labels: [string, string] = [
      msg('Before', { id: 'training-chart-before', desc: 'Training chart: bar for the line as it is' }),
      msg('After', { id: 'training-chart-after', desc: 'Training chart: bar for the line with the levers moved' }),
    ];
    return html`<div class="pairs auto-grid">
      ${this.pairs.map(
        (p) =>
          html`<figure data-pair=${p.key} data-verdict=${p.verdict}>
            <figcaption>${labelTag(p.figure, 'short')} <span class="unit">(${unitTag(p.figure, '', true)})</span></figcaption>
            <plc-chart
              .data=${beforeAfterData(labels, [p.before, p.after], p.verdict)}
              .options=${beforeAfterOptions([p.beforeText, p.afterText], this.fontPx)}
              label=${msg(str`${figureLabel(p.figure, 'short')}: before ${p.beforeText}, after ${p.afterText} ${unitAfterValue(p.figure)}`)}
            ></plc-chart>
            <p class="text">
              <span class="before">${msg(str`Before: ${p.beforeText}`)}</span> ·
              <span class="after">${msg(str`After: ${p.afterText}`)}</span>
              <span class="verdict ${p.verdict}">(${this.verdictWord(p.verdict)})</span>
            </p>
          </figure>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-before-after': PlcBeforeAfter;
  }
}
