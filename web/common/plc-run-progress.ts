import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/button/button.js';

/** A progress bar with a Cancel button. Fires `plc-run-cancel` when the user presses Cancel.
 *  A native <progress> rather than sl-progress-bar: Shoelace's bar sets its width through an
 *  inline style attribute, which the app's Content-Security-Policy blocks. */
@localized()
@customElement('plc-run-progress')
export class PlcRunProgress extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--sl-spacing-x-small) var(--sl-spacing-small);
    }
    progress {
      flex: 1 1 12rem;
      height: 0.75rem;
      accent-color: var(--sl-color-primary-600);
    }
    .text {
      flex: 1 1 100%;
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
      margin: 0;
    }
  `;

  /** Finished and total work, and what the numbers count. */
  @property({ type: Number }) done = 0;
  @property({ type: Number }) total = 0;
  @property() text = '';

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('plc-run-cancel', { bubbles: true, composed: true }));
  }

  override render() {
    const percent = this.total > 0 ? Math.min(100, (100 * this.done) / this.total) : 0;
    return html`
      <progress max="100" .value=${percent} aria-label=${msg('Progress')}></progress>
      <sl-button size="small" @click=${this.cancel} data-testid="cancel">${msg('Cancel')}</sl-button>
      <p class="text" role="status" aria-live="polite">${this.text}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-run-progress': PlcRunProgress;
  }
}
