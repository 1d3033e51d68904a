import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { normaliseShares, setShare, shareSum } from '../shared/model/line-draft.ts';
import { cssProps } from '../common/directives/css-props.ts';
import { fieldEdit, type FieldEditDetail, type ProvenanceEntry } from '../common/fields/plc-number-field.ts';
import '../common/fields/plc-number-field.ts';
import { fieldGroup, fieldMessage } from '../common/fields/field-styles.ts';
import { buttonStyles } from '../common/button-styles.ts';

/**
 * Shares that sum to 1 (the feed composition, the plastic and inert routes): editing one share
 * rescales the others in proportion, so the edited value stays as typed and the sum stays 1.
 * Shows the sum and offers "Normalise" when it is off (e.g. a share typed out of range).
 * Fires `plc-field-edit` with the whole group at `pointer` and `edited` naming the typed share.
 */
@localized()
@customElement('plc-composition-editor')
export class PlcCompositionEditor extends LitElement {
  static override styles = [
    buttonStyles,
    fieldGroup,
    fieldMessage,
    css`
      :host {
        display: block;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 8rem), 1fr));
        gap: var(--sl-spacing-x-small) var(--sl-spacing-small);
      }
      .cell {
        display: flex;
        flex-direction: column;
        justify-content: flex-end;
        min-width: 0;
      }
      .bar {
        height: 4px;
        background: var(--sl-color-neutral-100);
        border-radius: 2px;
        margin-top: 3px;
        overflow: hidden;
      }
      .bar span {
        display: block;
        height: 100%;
        background: var(--sl-color-primary-500);
      }
      .sum {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sl-spacing-small);
        margin-top: var(--sl-spacing-x-small);
        font-size: var(--sl-font-size-small);
        font-variant-numeric: tabular-nums;
      }
      .sum.off {
        color: var(--sl-color-danger-700);
        font-weight: var(--sl-font-weight-semibold);
      }
    `,
  ];

  /** JSON Pointer of the group, e.g. "/feed/composition". */
  @property() pointer = '';
  @property() heading = '';
  @property({ attribute: false }) keys: readonly string[] = [];
  @property({ attribute: false }) labelOf: (key: string) => string = (k) => k;
  @property({ attribute: false }) shares: Record<string, unknown> = {};
  @property({ attribute: false }) errors: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) provenance: Record<string, ProvenanceEntry> = {};

  private onFieldEdit(event: CustomEvent<FieldEditDetail>): void {
    if (event.detail.edited !== undefined || !event.detail.pointer.startsWith(this.pointer + '/')) return;
    event.stopPropagation();
    const key = event.detail.pointer.slice(this.pointer.length + 1);
    // A cleared box counts as 0 in the group (missing shares mean 0).
    const value = event.detail.value === undefined ? 0 : event.detail.value;
    this.dispatchEvent(fieldEdit({ pointer: this.pointer, value: setShare(this.shares, this.keys, key, value), edited: event.detail.pointer }));
  }

  private normalise(): void {
    this.dispatchEvent(fieldEdit({ pointer: this.pointer, value: normaliseShares(this.shares, this.keys), edited: this.pointer }));
  }

  override render() {
    const sum = shareSum(this.shares, this.keys);
    const off = !(Math.abs(sum - 1) <= 1e-6);
    const groupError = this.errors.get(this.pointer);
    return html`<fieldset class="group" @plc-field-edit=${this.onFieldEdit}>
      <legend>${this.heading}</legend>
      <div class="grid">
        ${this.keys.map((key) => {
          const pointer = `${this.pointer}/${key}`;
          const value = this.shares[key];
          const width = typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.min(1, value)) * 100 : 0;
          return html`<div class="cell">
            <plc-number-field
              pointer=${pointer}
              label=${this.labelOf(key)}
              unit=${msg('0–1')}
              .value=${value ?? 0}
              min="0"
              max="1"
              step="0.01"
              error=${this.errors.get(pointer) ?? ''}
              .provenance=${this.provenance[pointer]}
            ></plc-number-field>
            <div class="bar" aria-hidden="true"><span style=${cssProps({ width: `${width}%` })}></span></div>
          </div>`;
        })}
      </div>
      <div class="sum ${off ? 'off' : ''}" data-testid="sum">
        <span role="status">${msg(str`Sum: ${Number(sum.toPrecision(7))}`)}${off ? msg(' (must be 1)') : nothing}</span>
        <button type="button" class="btn" ?disabled=${!off || !(sum > 0)} data-testid="normalise" @click=${this.normalise}>${msg('Normalise to 1')}</button>
      </div>
      ${groupError ? html`<p class="error">${groupError}</p>` : nothing}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-composition-editor': PlcCompositionEditor;
  }
}
