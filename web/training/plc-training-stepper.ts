import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { focusRing } from './training-styles.ts';
import { hiddenBox } from '../common/base-styles.ts';

/** Fired when the user picks another step (Back, Next, or a step in the indicator). */
export type StepChangeEvent = CustomEvent<{ index: number }>;

/**
 * The step indicator (numbered, the current one marked with aria-current and a filled circle, not
 * colour alone) and the Back / Next buttons. `show` says which of the two it renders, so the view
 * can put the indicator above the step and the buttons below it.
 */
@localized()
@customElement('plc-training-stepper')
export class PlcTrainingStepper extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      list-style: none;
      margin: 0;
      padding: 0;
      counter-reset: step;
    }
    li {
      flex: 1 1 0;
      min-width: 2.75rem;
    }
    li button {
      width: 100%;
      min-height: 2.75rem;
      display: flex;
      align-items: center;
      gap: 0.4em;
      padding: 0.25em 0.5em;
      font: inherit;
      font-size: 0.85em;
      text-align: left;
      background: #fff;
      color: #111;
      border: 2px solid #8a8a8a;
      border-radius: 0.5rem;
      cursor: pointer;
    }
    .n {
      flex: none;
      display: inline-grid;
      place-items: center;
      width: 1.7em;
      height: 1.7em;
      border-radius: 50%;
      border: 2px solid #1b6e3a;
      font-weight: 700;
      color: #0b4f27;
    }
    li button[aria-current='step'] {
      border-color: #1b6e3a;
      border-width: 3px;
      font-weight: 700;
    }
    li button[aria-current='step'] .n {
      background: #1b6e3a;
      color: #fff;
    }
    button:focus-visible {
      ${focusRing}
    }
    .nav {
      display: flex;
      justify-content: space-between;
      gap: 0.6em;
    }
    .nav button {
      min-height: 3rem;
      min-width: 7em;
      padding: 0.4em 1.2em;
      font: inherit;
      font-weight: 700;
      border-radius: 0.5rem;
      cursor: pointer;
      border: 2px solid #1b6e3a;
    }
    .back {
      background: #fff;
      color: #0b4f27;
    }
    .next {
      background: #1b6e3a;
      color: #fff;
      margin-left: auto;
    }
    .nav button[disabled] {
      visibility: hidden;
    }
    /* On a phone only the numbers show; the step names are still read out (visually hidden). */
    .sep {
      ${hiddenBox}
    }
    @media (max-width: 40rem) {
      .label {
        ${hiddenBox}
      }
      li button {
        justify-content: center;
      }
    }
  `;

  @property({ attribute: false }) steps: string[] = [];
  @property({ type: Number }) current = 0;
  @property() show: 'indicator' | 'buttons' = 'indicator';

  private go(index: number): void {
    if (index < 0 || index >= this.steps.length || index === this.current) return;
    this.dispatchEvent(new CustomEvent('plc-step-change', { detail: { index }, bubbles: true, composed: true }));
  }

  override render() {
    const n = this.steps.length;
    if (this.show === 'buttons') {
      return html`<div class="nav">
        <button type="button" class="back" data-testid="back" ?disabled=${this.current === 0} @click=${() => this.go(this.current - 1)}>
          ← ${msg('Back', { desc: 'Training: previous screen' })}
        </button>
        <button type="button" class="next" data-testid="next" ?disabled=${this.current === n - 1} @click=${() => this.go(this.current + 1)}>
          ${msg('Next', { desc: 'Training: next screen' })} →
        </button>
      </div>`;
    }
    return html`<nav aria-label=${msg('Training steps')}>
      <ol>
        ${this.steps.map(
          (label, i) =>
            html`<li>
              <button type="button" data-step=${i} aria-current=${i === this.current ? 'step' : 'false'} @click=${() => this.go(i)}>
                <span class="n">${i + 1}</span><span class="sep">. </span><span class="label">${label}</span>
              </button>
            </li>`,
        )}
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-training-stepper': PlcTrainingStepper;
  }
}
