import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { ScenarioRef } from '../charts/compare-data.ts';
import type { ComparisonDocument } from '../../shared/contract/api-types.ts';
import { HEADLINE_FIGURES, figure, type HeadlineFigure } from '../../shared/model/result-types.ts';
import { figureLabel, formatFigure, inFigureOrder, labelTag, unitTag } from '../../app/figures.ts';
import { RELEASE_FIGURES } from '../../shared/model/not-quantified.ts';
import { changeSentence, economicsSentences, verdict } from '../compare-words.ts';
import { notQuantifiedSentence } from '../not-quantified-words.ts';
import '../plc-scenario-chip.ts';
import { autoGrid, cardBox } from '../base-styles.ts';

/** One "after" scenario compared with the baseline, as the Compare view hands it down. */
export interface ComparedScenario {
  ref: ScenarioRef;
  /** "After A": short enough for a card. */
  shortName: string;
  doc: ComparisonDocument;
}

/** Every headline figure before → after for each compared scenario, with the change in words. */
@localized()
@customElement('plc-headline-cards')
export class PlcHeadlineCards extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .grid {
      ${autoGrid('17rem', 'auto-fill')}
      gap: var(--sl-spacing-small);
    }
    .card {
      ${cardBox}
    }
    .card.wide {
      grid-column: 1 / -1;
    }
    h4 {
      margin: 0 0 var(--sl-spacing-2x-small);
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
      font-weight: var(--sl-font-weight-semibold);
    }
    p {
      margin: 0;
    }
    .row {
      margin-top: var(--sl-spacing-x-small);
    }
    .values {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.4rem;
      font-variant-numeric: tabular-nums;
    }
    .before,
    .after {
      font-size: var(--sl-font-size-large);
      font-weight: var(--sl-font-weight-semibold);
      overflow-wrap: anywhere;
    }
    .before {
      color: var(--sl-color-neutral-700);
    }
    .arrow {
      color: var(--sl-color-neutral-500);
    }
    .unit {
      font-size: var(--sl-font-size-x-small);
      color: var(--sl-color-neutral-700);
    }
    .change {
      font-size: var(--sl-font-size-small);
    }
    .change.better {
      color: var(--sl-color-success-700);
    }
    .change.worse {
      color: var(--sl-color-danger-700);
    }
    .change.same {
      color: var(--sl-color-neutral-700);
    }
    .nq {
      font-size: var(--sl-font-size-x-small);
      color: var(--sl-color-neutral-700);
      margin-top: var(--sl-spacing-3x-small);
    }
    plc-scenario-chip {
      margin-bottom: var(--sl-spacing-3x-small);
    }
    .economics p {
      margin-top: var(--sl-spacing-2x-small);
      font-size: var(--sl-font-size-small);
    }
  `;

  @property({ attribute: false }) comparisons: ComparedScenario[] = [];
  @property() currency = 'VND';

  private format(key: HeadlineFigure, value: number): string {
    return formatFigure(key, value, this.currency);
  }

  private card(key: HeadlineFigure) {
    const label = figureLabel(key);
    const many = this.comparisons.length > 1;
    const before = figure(this.comparisons[0].doc.before, key);
    return html`<section class="card" data-figure=${key} aria-label=${label}>
      <h4>${labelTag(key)}</h4>
      ${this.comparisons.map((c, i) => {
        const after = figure(c.doc.after, key);
        const v = verdict(key, c.doc.difference[key]);
        // Never a bare percentage of releases: what the figure leaves out, beside it.
        const missing = RELEASE_FIGURES.has(key) ? notQuantifiedSentence(key, c.doc.before.notQuantifiedItems, c.doc.after.notQuantifiedItems) : null;
        return html`<div class="row" data-column=${i}>
          ${many ? html`<plc-scenario-chip name=${c.shortName} colour=${c.ref.colour}></plc-scenario-chip>` : nothing}
          <p class="values">
            <span class="before" title=${msg('before')}>${this.format(key, before)}</span>
            <span class="arrow" aria-label=${msg('becomes')}>→</span>
            <span class="after" title=${msg('after')}>${this.format(key, after)}</span>
            <span class="unit">${unitTag(key, this.currency, true)}</span>
          </p>
          <p class="change ${v}">${changeSentence(key, label, c.doc, (n) => this.format(key, n), missing !== null)}</p>
          ${missing ? html`<p class="nq" data-testid="not-quantified">${missing}</p>` : nothing}
        </div>`;
      })}
    </section>`;
  }

  private economics() {
    const many = this.comparisons.length > 1;
    return html`<section class="card wide economics" data-figure="economics" aria-label=${msg('Cost and return')}>
      <h4>${msg('Cost and return')}</h4>
      ${this.comparisons.map(
        (c, i) =>
          html`<div class="row" data-column=${i}>
            ${many ? html`<plc-scenario-chip name=${c.shortName} colour=${c.ref.colour}></plc-scenario-chip>` : nothing}
            ${economicsSentences(c.doc, this.currency).map((s) => html`<p>${s}</p>`)}
          </div>`,
      )}
    </section>`;
  }

  override render() {
    if (this.comparisons.length === 0) return nothing;
    return html`<div class="grid">${this.economics()}${inFigureOrder(HEADLINE_FIGURES).map((k) => this.card(k))}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-headline-cards': PlcHeadlineCards;
  }
}
