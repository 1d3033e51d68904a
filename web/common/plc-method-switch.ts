import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatNumber, formatQuantity } from '../app/format.ts';
import type { ReleaseMethod } from '../app/release-method.ts';
import { fieldGroup } from './fields/field-styles.ts';

/** Fired when the user picks a method: the view makes it the scenario's `releases.method`. */
export type MethodChangeEvent = CustomEvent<{ method: ReleaseMethod }>;

export function methodName(method: ReleaseMethod): string {
  return method === 'toolkit'
    ? msg('Toolkit inventory convention', { desc: 'Release method: the UNEP Toolkit emission factors as published' })
    : msg('Chlorine-adjusted', { desc: 'Release method: dioxin factors raised with the chlorine (PVC) of what burns' });
}

/**
 * The one switch between the two ways of counting dioxin releases (MODEL.md 3.1a), used wherever
 * releases are shown. Properties down (the scenario's method, and what the chlorine-adjusted
 * method would multiply by for this line), `plc-method-change` up on the user's choice only.
 */
@localized()
@customElement('plc-method-switch')
export class PlcMethodSwitch extends LitElement {
  static override styles = [
    fieldGroup,
    css`
      :host {
        display: block;
      }
      fieldset.group {
        border-color: var(--sl-color-neutral-300);
        padding: var(--sl-spacing-2x-small) var(--sl-spacing-small) var(--sl-spacing-x-small);
      }
      .options {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sl-spacing-2x-small);
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: var(--sl-spacing-2x-small);
        cursor: pointer;
        min-height: 2.25rem;
        padding: 0 var(--sl-spacing-small);
        border: 1px solid var(--sl-color-neutral-400);
        border-radius: var(--sl-border-radius-medium);
        font-size: var(--sl-font-size-small);
        background: var(--sl-color-neutral-0);
        color: var(--sl-color-neutral-900);
      }
      label:has(input:checked) {
        border-color: var(--sl-color-primary-700);
        background: var(--sl-color-primary-50);
        font-weight: var(--sl-font-weight-semibold);
      }
      label:has(input:focus-visible) {
        outline: 2px solid var(--sl-color-primary-600);
        outline-offset: 1px;
      }
      input {
        margin: 0;
        accent-color: var(--sl-color-primary-700);
      }
      .hint {
        margin: var(--sl-spacing-2x-small) 0 0;
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-neutral-700);
      }
    `,
  ];

  @property() method: ReleaseMethod = 'toolkit';
  /** Chlorine mass fraction of the plastic rejects (result.chlorine.poolClFraction), if known. */
  @property({ type: Number }) clFraction?: number;
  /** What the chlorine-adjusted method multiplies the burning factors by for this line, if known. */
  @property({ type: Number }) multiplier?: number;

  private pick(method: ReleaseMethod): void {
    if (method === this.method) return;
    this.method = method;
    this.dispatchEvent(new CustomEvent('plc-method-change', { detail: { method }, bubbles: true, composed: true }));
  }

  private hint() {
    if (this.method === 'toolkit') {
      return msg('The UNEP Toolkit 2013 factors as published, the convention of national inventories: the same dioxins per tonne whatever burns.');
    }
    const general = msg(
      'The factors of burning rise with the chlorine (mostly from PVC) in what burns, above 1 % chlorine (Lemieux et al. 2003; Gullett et al. 2001).',
    );
    if (this.multiplier === undefined || this.clFraction === undefined) return general;
    const cl = `${formatNumber(this.clFraction * 100, { maximumSignificantDigits: 3 })} %`;
    return html`${general} ${msg(str`This line's rejects hold ${cl} chlorine: burning factors × ${formatQuantity(this.multiplier)}.`)}`;
  }

  override render() {
    const option = (m: ReleaseMethod) =>
      html`<label><input type="radio" name="method" value=${m} .checked=${this.method === m} @change=${() => this.pick(m)} />${methodName(m)}</label>`;
    return html`<fieldset class="group" data-testid="method-switch">
      <legend>${msg('How dioxin releases are counted')}</legend>
      <div class="options">${option('toolkit')}${option('chlorineAdjusted')}</div>
      <p class="hint">${this.hint() ?? nothing}</p>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-method-switch': PlcMethodSwitch;
  }
}
