import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { statusWord } from './editor-fields.ts';
import { shrinkingBlock } from '../base-styles.ts';

export interface ProvenanceEntry {
  source: string;
  status: string;
  note?: string;
}

/** Detail of `plc-field-edit`: the value at `pointer` becomes `value` (undefined removes it);
 *  `edited` names the one number the user typed when `value` is a whole group. */
export interface FieldEditDetail {
  pointer: string;
  value: unknown;
  edited?: string;
}

export function fieldEdit(detail: FieldEditDetail): CustomEvent<FieldEditDetail> {
  return new CustomEvent('plc-field-edit', { detail, bubbles: true, composed: true });
}

/** Six significant digits: enough to read, and a rescaled share does not show 17 digits. */
const shown = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? String(Number(v.toPrecision(6))) : v === undefined ? '' : String(v));

/**
 * One number of the scenario: label with its unit, the input (min/max/step), the schema's message
 * beside it, and the value's source and status (R, M, D, E) on hover or focus. What the user types
 * stays in the box even when it is invalid; fires `plc-field-edit` on every input.
 */
@localized()
@customElement('plc-number-field')
export class PlcNumberField extends LitElement {
  static override styles = [
    shrinkingBlock,
    css`
      label {
        display: block;
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-800);
        margin-bottom: 2px;
      }
      :host([compact]) label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      .unit {
        color: var(--sl-color-neutral-600);
        white-space: nowrap;
      }
      .row {
        display: flex;
        align-items: center;
        gap: var(--sl-spacing-2x-small);
        position: relative;
      }
      input {
        flex: 1;
        min-width: 0;
        width: 100%;
        font: inherit;
        font-size: var(--sl-font-size-small);
        font-variant-numeric: tabular-nums;
        padding: 0.3rem 0.45rem;
        border: 1px solid var(--sl-color-neutral-400);
        border-radius: var(--sl-border-radius-medium);
        background: var(--sl-color-neutral-0);
        color: var(--sl-color-neutral-900);
        box-sizing: border-box;
      }
      input:focus {
        outline: 2px solid var(--sl-color-primary-500);
        outline-offset: 0;
        border-color: var(--sl-color-primary-600);
      }
      input[aria-invalid='true'] {
        border-color: var(--sl-color-danger-600);
        background: var(--sl-color-danger-50);
      }
      .error {
        margin: 2px 0 0;
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-danger-700);
        overflow-wrap: anywhere;
      }
      .prov {
        flex: none;
        width: 1.4rem;
        height: 1.4rem;
        padding: 0;
        border-radius: 50%;
        font: inherit;
        font-size: 0.7rem;
        font-weight: 600;
        border: 1px solid var(--sl-color-neutral-300);
        background: var(--sl-color-neutral-50);
        color: var(--sl-color-neutral-700);
        cursor: help;
      }
      .prov[data-status='R'] {
        background: #e3f1e8;
        border-color: #7bb38f;
        color: #1d5a34;
      }
      .prov[data-status='M'] {
        background: #fff4d6;
        border-color: #d9b24c;
        color: #6b4d00;
      }
      .prov[data-status='D'] {
        background: #e4eefb;
        border-color: #7ea3d6;
        color: #1f4778;
      }
      .prov[data-status='E'] {
        background: #f1ecf7;
        border-color: #a690c4;
        color: #4b356b;
      }
      .prov:focus-visible {
        outline: 2px solid var(--sl-color-primary-600);
        outline-offset: 1px;
      }
      .tip {
        display: none;
        position: absolute;
        right: 0;
        top: calc(100% + 4px);
        z-index: 20;
        width: min(22rem, 80vw);
        background: var(--sl-color-neutral-900);
        color: #fff;
        font-size: var(--sl-font-size-x-small);
        line-height: 1.4;
        padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
        border-radius: var(--sl-border-radius-medium);
      }
      .prov:hover + .tip,
      .prov:focus + .tip {
        display: block;
      }
    `,
  ];

  /** JSON Pointer of the number in the scenario, e.g. "/units/4/capacityKgPerHour". */
  @property() pointer = '';
  @property() label = '';
  @property() unit = '';
  @property({ attribute: false }) value: unknown;
  @property({ type: Number }) min = 0;
  @property({ type: Number }) max = Number.MAX_SAFE_INTEGER;
  @property({ type: Number }) step = 1;
  /** The schema's message for this number, if any. */
  @property() error = '';
  @property({ attribute: false }) provenance?: ProvenanceEntry;
  /** Label read by screen readers only (tables of numbers label their columns instead). */
  @property({ type: Boolean, reflect: true }) compact = false;

  @query('input') private input!: HTMLInputElement;

  override focus(): void {
    this.input?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Only write the box when the number differs from what it shows: "0." or "-5" stay as typed.
    if (!changed.has('value') || !this.input) return;
    const text = this.input.value;
    const typed = text === '' ? undefined : Number(text);
    const same =
      typed === this.value ||
      (typeof this.value === 'number' && typed !== undefined && Math.abs(typed - this.value) <= 1e-9 * Math.max(1, Math.abs(this.value)));
    if (!same) this.input.value = shown(this.value);
  }

  private onInput(): void {
    const text = this.input.value.trim();
    // Text the browser cannot read as a number (1e309, "1e") leaves the box's value empty: it is
    // not "no value", so it goes on as NaN and gets the schema's message beside the field.
    const value = text === '' ? (this.input.validity.badInput ? NaN : undefined) : Number(text);
    this.dispatchEvent(fieldEdit({ pointer: this.pointer, value }));
  }

  private provenanceMark() {
    const p = this.provenance;
    const letter = p?.status ?? '–';
    const words = p ? `${statusWord(p.status)}. ${p.source}${p.note ? ` (${p.note})` : ''}` : msg('No source recorded: a value you entered, or a new unit.');
    const label = p ? msg(str`Source of ${this.label}: ${statusWord(p.status)}`) : msg(str`Source of ${this.label}: none recorded`);
    return html`<button type="button" class="prov" data-status=${p?.status ?? 'none'} aria-label=${label} aria-describedby="tip">${letter}</button>
      <span class="tip" id="tip" role="tooltip">${words}</span>`;
  }

  override render() {
    const invalid = this.error !== '';
    return html`
      <label for="input">${this.label}${this.unit ? html` <span class="unit">(${this.unit})</span>` : nothing}</label>
      <div class="row">
        <input
          id="input"
          type="number"
          inputmode="decimal"
          min=${this.min}
          max=${this.max}
          step=${this.step}
          data-pointer=${this.pointer}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? 'error' : nothing}
          @input=${this.onInput}
        />
        ${this.provenanceMark()}
      </div>
      ${invalid ? html`<p class="error" id="error">${this.error}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-number-field': PlcNumberField;
  }
}
