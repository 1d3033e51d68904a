import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { WASTEWATER_TREATMENTS } from '../shared/model/keys.ts';
import { bricksFields, priceFields, treatmentLabel } from '../common/fields/editor-fields.ts';
import { numberFields, type SectionContext } from './editor-render.ts';
import { editorStyles } from './editor-styles.ts';
import { fieldEdit, type ProvenanceEntry } from '../common/fields/plc-number-field.ts';
import { DEFAULT_BRICKS } from '../shared/model/brick-defaults.ts';

/** Prices, the brick-making section and the wastewater treatment. */
@localized()
@customElement('plc-prices-editor')
export class PlcPricesEditor extends LitElement {
  static override styles = [
    editorStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  @property({ attribute: false }) prices?: Record<string, unknown>;
  @property({ attribute: false }) bricks?: Record<string, unknown>;
  @property({ attribute: false }) wastewater?: Record<string, unknown>;
  @property() currency = 'VND';
  @property({ attribute: false }) errors: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) provenance: Record<string, ProvenanceEntry> = {};

  override render() {
    const ctx: SectionContext = { errors: this.errors, provenance: this.provenance };
    const treatment = String(this.wastewater?.treatment ?? 'none');
    const bricksError = this.errors.get('/bricks');
    return html`
      <h3>${msg('Prices')}</h3>
      <div class="fields">${numberFields('/prices', priceFields(this.currency), this.prices, ctx)}</div>
      <fieldset class="group">
        <legend>
          <label class="check"
            ><input
              type="checkbox"
              .checked=${this.bricks !== undefined}
              data-pointer="/bricks"
              @change=${(e: Event) => this.dispatchEvent(fieldEdit({ pointer: '/bricks', value: (e.target as HTMLInputElement).checked ? { ...DEFAULT_BRICKS } : undefined }))}
            />
            ${msg('Brick making (plastic-sand bricks)')}</label
          >
        </legend>
        ${this.bricks ? html`<div class="fields">${numberFields('/bricks', bricksFields(this.currency), this.bricks, ctx)}</div>` : nothing}
        ${bricksError ? html`<p class="error">${bricksError}</p>` : nothing}
      </fieldset>
      <fieldset class="group">
        <legend>${msg('Wastewater')}</legend>
        <div class="text-field">
          <label for="treatment">${msg('Treatment of the wash water')}</label>
          <select
            id="treatment"
            data-pointer="/wastewater/treatment"
            @change=${(e: Event) => this.dispatchEvent(fieldEdit({ pointer: '/wastewater/treatment', value: (e.target as HTMLSelectElement).value }))}
          >
            ${WASTEWATER_TREATMENTS.map((t) => html`<option value=${t} ?selected=${t === treatment}>${treatmentLabel(t)}</option>`)}
          </select>
        </div>
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-prices-editor': PlcPricesEditor;
  }
}
