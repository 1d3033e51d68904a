import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { cssProps } from './directives/css-props.ts';

/** A scenario's name with its colour swatch, as on every chart of the Compare view. */
@localized()
@customElement('plc-scenario-chip')
export class PlcScenarioChip extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      max-width: 100%;
      min-width: 0;
      border: 1px solid var(--sl-color-neutral-300);
      border-radius: 1rem;
      padding: 0.1rem 0.6rem 0.1rem 0.35rem;
      background: var(--sl-color-neutral-0);
      font-size: var(--sl-font-size-x-small);
      line-height: 1.3;
    }
    .swatch {
      flex: none;
      width: 0.8rem;
      height: 0.8rem;
      border-radius: 50%;
    }
    .name {
      overflow-wrap: anywhere;
      color: var(--sl-color-neutral-900);
    }
  `;

  @property() name = '';
  @property() colour = '#4d4d4d';

  override render() {
    return html`<span class="swatch" style=${cssProps({ background: this.colour })} aria-hidden="true"></span><span class="name">${this.name}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-scenario-chip': PlcScenarioChip;
  }
}
