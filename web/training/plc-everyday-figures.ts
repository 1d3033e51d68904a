import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Verdict } from '../shared/analysis/training-why.ts';
import { cssProps } from '../common/directives/css-props.ts';
import { labelTag, unitAfterValue, unitTag, type FigureKey, type LabelForm } from '../app/figures.ts';
import { trainingGrid } from './training-styles.ts';

/** One figure in everyday units, its value already formatted; its label and unit are the
 *  catalogue's; `before` shows what it was without the levers. */
export interface EverydayItem {
  key: string;
  figure: FigureKey;
  /** Which of the catalogue's labels (the full one unless said). */
  form?: LabelForm;
  value: string;
  before?: string;
  /** Whether the value is better or worse than `before` (never shown by colour alone). */
  verdict?: Verdict;
  note?: string;
  /** Parts of the figure, one short line each (e.g. where the burned plastic burns). */
  parts?: { key: string; text: string }[];
}

/** Big figure cards for the training screens: large number, plain label, optional "before". */
@localized()
@customElement('plc-everyday-figures')
export class PlcEverydayFigures extends LitElement {
  static override styles = [
    trainingGrid,
    css`
      :host {
        display: block;
      }
      dl {
        --plc-grid-min: var(--plc-figure-min, 13em);
        --plc-grid-gap: 0.75em;
        margin: 0;
      }
      .figure {
        background: #fff;
        border: 2px solid #c4c4c4;
        border-radius: 0.75rem;
        padding: 0.6em 0.9em;
        min-width: 0;
        container-type: inline-size;
      }
      dt {
        font-size: 0.95em;
        color: #222;
        font-weight: 600;
      }
      dd {
        margin: 0.2em 0 0;
      }
      /* A number and its currency sign stay on one line ("496.732.787 ₫"); the unit may wrap after it. */
      .value {
        font-size: 2em;
        font-weight: 800;
        line-height: 1.15;
        color: #111;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      /* A long amount (money) shrinks with its card so that it always fits on its line: the font is
       at most the card's width divided by the characters it holds (--chars, set per value; a bold
       tabular digit is about 0.62 em wide), in either language and at any width. */
      .value.long {
        font-size: min(2em, calc(100cqi / (var(--chars, 12) * 0.66)));
      }
      .unit {
        font-size: 0.95em;
        color: #222;
        display: inline-block;
      }
      .before {
        display: block;
        font-size: 0.9em;
        color: #333;
        margin-top: 0.2em;
      }
      .figure:has(.parts) {
        grid-column: span 2;
      }
      @media (max-width: 40rem) {
        .figure:has(.parts) {
          grid-column: auto;
        }
      }
      .parts {
        margin: 0.3em 0 0;
        padding-left: 1.1em;
        font-size: 1.05em;
      }
      .parts li {
        margin: 0.1em 0;
      }
      .figure.worse {
        border-color: #a3361f;
      }
      .figure.better {
        border-color: #1b6e3a;
      }
      .verdict {
        display: inline-block;
        font-size: 0.8em;
        font-weight: 700;
        padding: 0 0.4em;
        border-radius: 0.3em;
        margin-left: 0.3em;
      }
      .verdict.worse {
        background: #a3361f;
        color: #fff;
      }
      .verdict.better {
        background: #1b6e3a;
        color: #fff;
      }
      .note {
        display: block;
        font-size: 0.85em;
        color: #333;
        margin-top: 0.2em;
      }
    `,
  ];

  @property({ attribute: false }) items: EverydayItem[] = [];

  override render() {
    return html`<dl class="auto-grid">
      ${this.items.map(
        (i) =>
          html`<div class="figure ${i.verdict ?? ''}" data-figure=${i.key} data-verdict=${i.verdict ?? nothing}>
            <dt>
              ${labelTag(i.figure, i.form)}${
                i.verdict === 'worse' || i.verdict === 'better'
                  ? html`<span class="verdict ${i.verdict}"
                      >${
                        i.verdict === 'worse'
                          ? msg('worse', { id: 'everyday-worse', desc: 'Training: badge of a figure the levers made worse' })
                          : msg('better', { id: 'everyday-better', desc: 'Training: badge of a figure the levers made better' })
                      }</span
                    >`
                  : nothing
              }
            </dt>
            <dd>
              <span class="value ${i.value.length > 8 ? 'long' : ''}" style=${cssProps({ '--chars': String(i.value.length) })}>${i.value}</span>
              <span class="unit">${unitTag(i.figure, '', true)}</span> ${
                i.before !== undefined
                  ? html`<span class="before"
                      >${msg(str`before: ${i.before} ${unitAfterValue(i.figure)}`, { desc: 'Training: the figure without the levers moved' })}</span
                    >`
                  : nothing
              }
              ${i.note ? html`<span class="note">${i.note}</span>` : nothing}
              ${
                i.parts
                  ? html`<ul class="parts">
                      ${i.parts.map((p) => html`<li data-part=${p.key}>${p.text}</li>`)}
                    </ul>`
                  : nothing
              }
            </dd>
          </div>`,
      )}
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-everyday-figures': PlcEverydayFigures;
  }
}
