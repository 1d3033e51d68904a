import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Measure } from '../shared/contract/api-types.ts';
import type { VillageGroupResult, VillageResultDocument } from '../shared/analysis/village.ts';
import { formatNumber, formatPercent } from '../app/format.ts';
import { messageLang } from '../app/locale.ts';
import { figureLabel, formatFigure } from '../app/figures.ts';
import { measureName } from '../common/measure-words.ts';
import { bulkValue } from './village-model.ts';
import { bulkUnit, lineTypeText, measuresCountText } from './village-words.ts';
import { villageTableStyles } from './village-styles.ts';
import { wordTable } from '../common/base-styles.ts';

/** Rows shown at first; a village of a thousand groups shows them page by page. */
const PAGE = 50;

/** A group's adoption share set by its slider (0–1). */
export type ShareInputEvent = CustomEvent<{ index: number; share: number }>;

/**
 * The village's groups: households, line type, the share adopting (a slider: the totals follow as
 * it moves), the measures they would adopt, and each group's PCDD/F and HCl at its share.
 */
@localized()
@customElement('plc-village-groups')
export class PlcVillageGroups extends LitElement {
  static override styles = [
    wordTable,
    villageTableStyles,
    css`
      th,
      td {
        padding: 0.35rem 0.5rem;
        border-bottom: 1px solid var(--sl-color-neutral-200);
        vertical-align: top;
      }
      th[scope='col'] {
        font-weight: var(--sl-font-weight-semibold);
        background: var(--sl-color-neutral-50);
      }
      .share {
        min-width: 9rem;
      }
      .share input {
        width: 100%;
        min-height: 1.75rem;
        accent-color: var(--sl-color-primary-600);
      }
      .share output {
        display: block;
        font-weight: var(--sl-font-weight-semibold);
      }
      details summary {
        cursor: pointer;
      }
      details ul {
        margin: 0.25rem 0 0;
        padding-left: 1.1rem;
      }
      .unit {
        display: block;
        font-weight: 400;
        color: var(--sl-color-neutral-700);
      }
      .more {
        margin-top: var(--sl-spacing-x-small);
        font: inherit;
        min-height: 2rem;
      }
      /* On a phone each group is a small card: name and households, then the slider. */
      @media (max-width: 40rem) {
        table,
        tbody,
        tr,
        td,
        th[scope='row'] {
          display: block;
        }
        thead {
          display: none;
        }
        tr {
          border: 1px solid var(--sl-color-neutral-200);
          border-radius: var(--sl-border-radius-medium);
          margin-bottom: var(--sl-spacing-small);
          padding: var(--sl-spacing-2x-small) 0;
        }
        td,
        th[scope='row'] {
          border: none;
          padding: 0.2rem 0.6rem;
        }
        td.num {
          text-align: left;
        }
        td[data-label]::before {
          content: attr(data-label) ': ';
          color: var(--sl-color-neutral-700);
        }
      }
    `,
  ];

  @property({ attribute: false }) doc: VillageResultDocument | null = null;
  /** The shares as set now (the sliders follow these, not the last computed document). */
  @property({ attribute: false }) shares: number[] = [];
  @property({ attribute: false }) measures: readonly Measure[] = [];
  @property() currency = 'VND';
  @state() private shown = PAGE;

  private input(index: number, event: Event): void {
    const share = Number((event.target as HTMLInputElement).value) / 100;
    this.dispatchEvent(new CustomEvent('plc-share-input', { detail: { index, share }, bubbles: true, composed: true }));
  }

  private name(g: VillageGroupResult): string {
    return messageLang() === 'vi' && g.nameVi ? g.nameVi : g.name;
  }

  private renderRow(g: VillageGroupResult, index: number) {
    const share = this.shares[index] ?? g.share;
    const name = this.name(g);
    const pcddf = bulkValue('pcddf.total', g.totals['pcddf.total']);
    const hcl = bulkValue('air.hclKg', g.totals['air.hclKg']);
    return html`<tr data-group=${g.id}>
      <th scope="row">${name}</th>
      <td class="num" data-label=${msg('Households')} data-testid="households">${formatNumber(g.households, { maximumFractionDigits: 2 })}</td>
      <td data-label=${msg('Line type')}>${lineTypeText(g.lineType)}</td>
      <td class="share" data-label=${msg('Households adopting')}>
        ${
          g.adopted
            ? html`<input
                  type="range"
                  min="0"
                  max="100"
                  step="1"
                  .value=${String(Math.round(share * 100))}
                  aria-label=${msg(str`Share of households adopting the measures in ${name}`)}
                  aria-valuetext=${formatPercent(share)}
                  data-testid="share-slider"
                  @input=${(e: Event) => this.input(index, e)}
                /><output>${formatPercent(share)}</output>`
            : msg('no adoption in the file')
        }
      </td>
      <td data-label=${msg('Measures')}>
        ${
          g.measures.length > 0
            ? html`<details>
                <summary>${measuresCountText(g.measures.length)}</summary>
                <ul>
                  ${g.measures.map((id) => {
                    const m = this.measures.find((x) => x.id === id);
                    return html`<li>${m ? measureName(m) : id}</li>`;
                  })}
                </ul>
              </details>`
            : '—'
        }
      </td>
      <td class="num" data-label=${figureLabel('pcddf.total', 'short')} data-testid="group-pcddf">${formatFigure('pcddf.total', pcddf)}</td>
      <td class="num" data-label=${figureLabel('air.hclKg', 'short')}>${formatFigure('air.hclKg', hcl)}</td>
    </tr>`;
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    const rows = doc.groups.slice(0, this.shown);
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${msg('Groups of households')}>
        <table>
          <thead>
            <tr>
              <th scope="col">${msg('Group')}</th>
              <th scope="col" class="num">${msg('Households')}</th>
              <th scope="col">${msg('Line type')}</th>
              <th scope="col">${msg('Households adopting')}</th>
              <th scope="col">${msg('Measures')}</th>
              <th scope="col" class="num">${figureLabel('pcddf.total', 'short')}<span class="unit">${bulkUnit('pcddf.total')}</span></th>
              <th scope="col" class="num">${figureLabel('air.hclKg', 'short')}<span class="unit">${bulkUnit('air.hclKg')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((g, i) => this.renderRow(g, i))}
          </tbody>
        </table>
      </div>
      ${
        doc.groups.length > this.shown
          ? html`<button type="button" class="more" @click=${() => (this.shown += PAGE * 4)}>
              ${msg(str`Show more groups (${formatNumber(this.shown)} of ${formatNumber(doc.groups.length)} shown)`)}
            </button>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-village-groups': PlcVillageGroups;
  }
}
