import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { WorseFigure } from '../shared/analysis/training-why.ts';
import { findingReasons, worseHeading } from './training-why-words.ts';

/** Training: every figure the levers made worse, each with why, in plain words. Nothing when none. */
@localized()
@customElement('plc-training-why')
export class PlcTrainingWhy extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    section {
      margin-top: 1em;
      padding: 0.6em 1em;
      border-left: 6px solid #a3361f;
      background: #fdf1ee;
    }
    h4 {
      margin: 0 0 0.3em;
      font-size: 1.05em;
    }
    ul {
      margin: 0;
      padding-left: 1.1em;
    }
    li {
      margin: 0.35em 0;
    }
    strong {
      color: #7d2414;
    }
  `;

  @property({ attribute: false }) findings: WorseFigure[] = [];
  @property() currency = 'VND';

  override render() {
    if (this.findings.length === 0) return nothing;
    return html`<section data-testid="why-worse" aria-labelledby="why-title">
      <h4 id="why-title">${msg('Why some figures get worse', { desc: 'Training: heading of the reasons a lever makes a figure worse' })}</h4>
      <ul>
        ${this.findings.map((f) => html`<li data-figure=${f.figure}><strong>${worseHeading(f.figure)}</strong> ${findingReasons(f, this.currency)}</li>`)}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-training-why': PlcTrainingWhy;
  }
}
