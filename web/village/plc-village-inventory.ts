import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { InventoryRow, VillageResultDocument } from '../shared/analysis/village.ts';
import { toCsvText } from '../shared/io/csv.ts';
import { formatQuantity } from '../app/format.ts';
import { releaseLabel, statusLabel } from '../app/labels.ts';
import { offerDownload } from '../common/download.ts';
import { quantifiedOnlyNote } from '../common/not-quantified-words.ts';
import { INVENTORY_VECTORS, inventoryCsvRows, inventoryJson } from './village-model.ts';
import { toolkitText } from './village-words.ts';
import { villageTableStyles } from './village-styles.ts';

/** Headers of the inventory, in the page's language, each with its unit. */
export function inventoryHeaders() {
  return {
    fixed: [msg('Toolkit group'), msg('Category'), msg('Source'), msg('Toolkit class'), msg('Activity'), msg('Activity unit')],
    ef: (v: string) => msg(str`Emission factor, ${releaseLabel(v)} (µg TEQ/t or /TJ)`),
    release: (v: string) => msg(str`Release, ${releaseLabel(v)} (g TEQ/yr)`),
    total: msg('Release, all vectors (g TEQ/yr)'),
  };
}

/** A row's release, all vectors: "not quantified" where it is 0 only because its factors are
 *  "ND" (the brick melt), never a bare 0. */
export function releaseText(r: InventoryRow): string {
  const nd = Object.values(r.emissionFactor).includes('ND');
  return r.releaseGTeqPerYear.total === 0 && nd ? msg('not quantified') : formatQuantity(r.releaseGTeqPerYear.total);
}

/**
 * The village's PCDD/F inventory in the UNEP Toolkit's layout (MODEL.md 8): source group and
 * category, activity, emission factor per vector, release per vector in g TEQ a year, class and
 * status, at the groups' shares. CSV (rounded, units in the headers) and JSON (full precision).
 */
@localized()
@customElement('plc-village-inventory')
export class PlcVillageInventory extends LitElement {
  static override styles = [
    villageTableStyles,
    css`
      table {
        min-width: 72rem;
      }
      th,
      td {
        padding: 0.25rem 0.45rem;
        border: 1px solid var(--sl-color-neutral-200);
        vertical-align: top;
        min-width: 4.5rem;
      }
      .text {
        min-width: 9rem;
      }
      thead th {
        background: var(--sl-color-neutral-50);
        font-weight: var(--sl-font-weight-semibold);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sl-spacing-x-small);
        align-items: center;
        margin-top: var(--sl-spacing-x-small);
      }
      button {
        font: inherit;
        min-height: 2rem;
      }
      .nq {
        font-size: var(--sl-font-size-small);
        border-left: 3px solid #b7791f;
        padding-left: var(--sl-spacing-x-small);
      }
    `,
  ];

  @property({ attribute: false }) doc: VillageResultDocument | null = null;

  /** The CSV file's text (what the CSV button saves). */
  csv(): string {
    return this.doc ? toCsvText(inventoryCsvRows(this.doc.inventory, inventoryHeaders(), (r) => releaseLabel(r.source))) : '';
  }

  json(): string {
    return this.doc ? inventoryJson(this.doc) : '';
  }

  private save(kind: 'csv' | 'json'): void {
    const name = `${this.doc?.villageId ?? 'village'}-inventory.${kind}`;
    offerDownload(this, name, kind === 'csv' ? 'text/csv' : 'application/json', kind === 'csv' ? this.csv() : this.json());
  }

  private ef(r: InventoryRow, v: (typeof INVENTORY_VECTORS)[number]) {
    const x = r.emissionFactor[v];
    return x === null ? '—' : x === 'ND' ? msg('ND (not quantified)') : formatQuantity(x);
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    const h = inventoryHeaders();
    const nq = quantifiedOnlyNote('pcddf.total', doc.notQuantifiedItems);
    const total = doc.inventory.reduce((s, r) => s + r.releaseGTeqPerYear.total, 0);
    return html`
      <div class="scroll" tabindex="0" role="region" aria-label=${msg('Inventory (UNEP Toolkit layout)')}>
        <table data-testid="inventory-table">
          <thead>
            <tr>
              ${h.fixed.map((x) => html`<th scope="col">${x}</th>`)} ${INVENTORY_VECTORS.map((v) => html`<th scope="col">${h.ef(v)}</th>`)}
              ${INVENTORY_VECTORS.map((v) => html`<th scope="col">${h.release(v)}</th>`)}
              <th scope="col">${h.total}</th>
              <th scope="col">${msg('Status')}</th>
            </tr>
          </thead>
          <tbody>
            ${doc.inventory.map(
              (r) =>
                html`<tr data-source=${r.source}>
                  <td>${r.toolkitGroup}</td>
                  <td class="text">${toolkitText(r.category)}</td>
                  <th scope="row" class="text">${releaseLabel(r.source)}</th>
                  <td class="text">${toolkitText(r.class)}</td>
                  <td class="num">${formatQuantity(r.activity)}</td>
                  <td>${r.activityUnit}</td>
                  ${INVENTORY_VECTORS.map((v) => html`<td class="num">${this.ef(r, v)}</td>`)}
                  ${INVENTORY_VECTORS.map((v) => html`<td class="num">${r.emissionFactor[v] === 'ND' ? 'ND' : formatQuantity(r.releaseGTeqPerYear[v])}</td>`)}
                  <td class="num">${releaseText(r)}</td>
                  <td class="text">${r.status ? statusLabel(r.status) : '—'}</td>
                </tr>`,
            )}
            <tr>
              <th scope="row" colspan=${6 + 2 * INVENTORY_VECTORS.length}>${msg('All sources')}</th>
              <td class="num" data-testid="inventory-total">${formatQuantity(total)}</td>
              <td></td>
            </tr>
          </tbody>
        </table>
      </div>
      ${nq ? html`<p class="nq">${nq}</p>` : nothing}
      <div class="actions">
        <span>${msg('Download the inventory:')}</span>
        <button type="button" data-format="csv" @click=${() => this.save('csv')}>${msg('CSV (rounded, units in the headers)')}</button>
        <button type="button" data-format="json" @click=${() => this.save('json')}>${msg('JSON (full precision)')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-village-inventory': PlcVillageInventory;
  }
}
