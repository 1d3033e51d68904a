import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { viewStyles } from '../common/view-styles.ts';

/** A view that a later piece of work fills: it says plainly what it will do. */
@localized()
@customElement('plc-placeholder-view')
export class PlcPlaceholderView extends LitElement {
  static override styles = [
    viewStyles,
    css`
      h2 {
        margin: 0 0 var(--sl-spacing-small);
        font-size: var(--sl-font-size-x-large);
      }
      p {
        max-width: 42rem;
        line-height: var(--sl-line-height-normal);
      }
      .status {
        color: var(--sl-color-neutral-700);
        font-style: italic;
      }
    `,
  ];

  @property() heading = '';
  @property() purpose = '';
  @query('h2') private headingEl!: HTMLElement;

  focusHeading(): void {
    this.headingEl?.focus();
  }

  override render() {
    return html`
      <h2 tabindex="-1">${this.heading}</h2>
      <p class="status">${msg('Not built yet.')}</p>
      <p>${this.purpose}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-placeholder-view': PlcPlaceholderView;
  }
}
