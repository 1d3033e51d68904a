import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { trainingGrid, focusRing } from './training-styles.ts';

export interface LeverOption {
  value: string;
  label: string;
}

/** Fired on every user move of a lever: the new value (a number for sliders, the option's value for choices). */
export type LeverChangeEvent = CustomEvent<{ name: string; value: number | string }>;

/**
 * One big lever: a slider (a native range input, so arrows, Home and End work) or a set of
 * segmented buttons (native radio buttons: one Tab stop, arrows move the choice). The current value
 * is written out in words beside the label.
 */
@localized()
@customElement('plc-lever')
export class PlcLever extends LitElement {
  static override styles = [
    trainingGrid,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 2px solid #6b6b6b;
        border-radius: 0.75rem;
        margin: 0;
        padding: 0.75em 1em 1em;
        min-width: 0;
      }
      legend {
        font-weight: 700;
        padding: 0 0.3em;
        font-size: 1.05em;
      }
      .value {
        font-size: 1.3em;
        font-weight: 700;
        color: #0b4f27;
        margin: 0.1em 0 0.3em;
        font-variant-numeric: tabular-nums;
      }
      .hint {
        margin: 0.3em 0 0;
        color: #333;
        font-size: 0.9em;
      }
      input[type='range'] {
        width: 100%;
        height: 2.75rem;
        margin: 0;
        accent-color: #1b6e3a;
        cursor: pointer;
      }
      input[type='range']:focus-visible {
        ${focusRing}
      }
      .ends {
        display: flex;
        justify-content: space-between;
        gap: 1em;
        font-size: 0.85em;
        color: #333;
      }
      .ends span:last-child {
        text-align: end;
      }
      .choices {
        --plc-grid-min: 8.5em;
        --plc-grid-gap: 0.4em;
      }
      .choices label {
        position: relative;
        display: flex;
        align-items: center;
        justify-content: center;
        text-align: center;
        min-height: 2.75rem;
        padding: 0.3em 0.5em;
        border: 2px solid #1b6e3a;
        border-radius: 0.5rem;
        cursor: pointer;
        background: #fff;
        color: #0b4f27;
        font-weight: 600;
      }
      .choices input {
        position: absolute;
        opacity: 0;
        inset: 0;
        margin: 0;
        cursor: pointer;
      }
      /* The chosen option is filled and ticked: shape and text, not colour alone. */
      .choices label:has(input:checked) {
        background: #1b6e3a;
        color: #fff;
      }
      .choices label:has(input:checked)::before {
        content: '✓ ';
        white-space: pre;
      }
      .choices label:has(input:focus-visible) {
        ${focusRing}
      }
      :host([disabled]) fieldset {
        opacity: 0.6;
      }
    `,
  ];

  @property() name = '';
  @property() label = '';
  /** 'slider' or 'choice'. */
  @property() kind: 'slider' | 'choice' = 'slider';
  @property({ attribute: false }) value: number | string = 0;
  /** The value in words (e.g. "40 % reused"); sliders also give it to screen readers. */
  @property() valueText = '';
  @property() hint = '';
  @property({ type: Number }) min = 0;
  @property({ type: Number }) max = 1;
  @property({ type: Number }) step = 0.05;
  @property() minLabel = '';
  @property() maxLabel = '';
  @property({ attribute: false }) options: LeverOption[] = [];
  @property({ type: Boolean, reflect: true }) disabled = false;

  private emit(value: number | string): void {
    this.value = value;
    this.dispatchEvent(new CustomEvent('plc-lever-change', { detail: { name: this.name, value }, bubbles: true, composed: true }));
  }

  private renderSlider() {
    return html` <input
        type="range"
        id="input"
        aria-label=${this.label}
        min=${this.min}
        max=${this.max}
        step=${this.step}
        .value=${String(this.value)}
        aria-valuetext=${this.valueText}
        aria-describedby="value hint"
        ?disabled=${this.disabled}
        @input=${(e: Event) => this.emit(Number((e.target as HTMLInputElement).value))}
      />
      <div class="ends" aria-hidden="true"><span>${this.minLabel}</span><span>${this.maxLabel}</span></div>`;
  }

  private renderChoices() {
    return html`<div class="choices auto-grid">
      ${this.options.map(
        (o) =>
          html`<label
            ><input
              type="radio"
              name=${this.name}
              value=${o.value}
              .checked=${o.value === this.value}
              ?disabled=${this.disabled}
              @change=${() => this.emit(o.value)}
            />${o.label}</label
          >`,
      )}
    </div>`;
  }

  override render() {
    return html`<fieldset>
      <legend>${this.label}</legend>
      <p class="value" id="value">${this.valueText}</p>
      ${this.kind === 'slider' ? this.renderSlider() : this.renderChoices()} ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-lever': PlcLever;
  }
}
