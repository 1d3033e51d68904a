import { LitElement, css, html, nothing } from 'lit';
import { messageLang, sourceNote } from '../app/locale.ts';
import { citationText } from '../shared/model/citations.ts';
import { customElement, property } from 'lit/decorators.js';
import { cssProps } from '../common/directives/css-props.ts';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/badge/badge.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import type { Measure } from '../shared/contract/api-types.ts';
import { formatMoney } from '../app/format.ts';
import { statusLabel } from '../app/labels.ts';
import '../common/plc-scenario-chip.ts';
import { measureDescription, measureName, measureSource } from '../common/measure-words.ts';
import { autoGrid } from '../common/base-styles.ts';

export interface MeasurePreset {
  id: string;
  name: string;
  measureIds: readonly string[];
}

/**
 * The measures of one "after" scenario: a checkbox per catalogue measure (kind, capex, and what it
 * does and its source in a disclosure), presets, and removal of the column. Fires
 * `plc-measures-change` ({ measureIds }, catalogue order) and `plc-column-remove` on user action.
 */
@localized()
@customElement('plc-measure-picker')
export class PlcMeasurePicker extends LitElement {
  static override styles = css`
    /* White on Shoelace's 600 shades is below 4.5:1 at badge size (axe); one shade darker passes. */
    sl-badge {
      --sl-color-primary-600: var(--sl-color-primary-700);
      --sl-color-success-600: var(--sl-color-success-700);
      --sl-color-danger-600: var(--sl-color-danger-700);
    }
    :host {
      display: block;
      min-width: 0;
      background: var(--sl-color-neutral-0);
      border: 1px solid var(--sl-color-neutral-200);
      border-top: 4px solid var(--plc-column-colour, var(--sl-color-neutral-400));
      border-radius: var(--sl-border-radius-large);
      padding: var(--sl-spacing-small) var(--sl-spacing-medium);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--sl-spacing-x-small);
    }
    h3 {
      margin: 0;
      font-size: var(--sl-font-size-medium);
    }
    /* A long preset name wraps inside its button rather than widening the page on a phone. */
    .presets sl-button {
      max-width: 100%;
    }
    .presets sl-button::part(base) {
      white-space: normal;
      height: auto;
      min-height: var(--sl-input-height-small);
      line-height: 1.3;
    }
    .presets sl-button::part(label) {
      padding-block: 0.2rem;
    }
    .presets {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--sl-spacing-2x-small);
      margin: var(--sl-spacing-x-small) 0;
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      ${autoGrid('22rem', 'auto-fill')}
      gap: var(--sl-spacing-x-small) var(--sl-spacing-large);
    }
    li {
      min-width: 0;
      padding: var(--sl-spacing-2x-small) 0;
      border-bottom: 1px solid var(--sl-color-neutral-100);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--sl-spacing-2x-small);
      margin: var(--sl-spacing-3x-small) 0 0 1.75rem;
      font-size: var(--sl-font-size-x-small);
      color: var(--sl-color-neutral-700);
      font-variant-numeric: tabular-nums;
    }
    details {
      margin-left: 1.75rem;
      font-size: var(--sl-font-size-x-small);
    }
    summary {
      cursor: pointer;
      color: var(--sl-color-primary-700);
    }
    details p {
      margin: var(--sl-spacing-2x-small) 0;
      color: var(--sl-color-neutral-800);
      overflow-wrap: anywhere;
    }
    .count {
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
      margin: 0;
    }
  `;

  @property({ attribute: false }) catalogue: Measure[] = [];
  @property({ attribute: false }) selected: readonly string[] = [];
  @property() name = '';
  @property() colour = '#0072B2';
  @property() currency = 'VND';
  @property({ attribute: false }) presets: MeasurePreset[] = [];
  @property({ type: Boolean }) removable = false;

  private emit(measureIds: string[]): void {
    this.dispatchEvent(new CustomEvent('plc-measures-change', { detail: { measureIds }, bubbles: true, composed: true }));
  }

  /** What the boxes show now (not `selected`, which the parent updates only after its next render). */
  private changed(): void {
    const boxes = [...this.renderRoot.querySelectorAll('sl-checkbox')] as (HTMLElement & { checked: boolean; value: string })[];
    const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    this.emit(this.catalogue.filter((m) => chosen.has(m.id)).map((m) => m.id));
  }

  private measure(m: Measure) {
    const checked = this.selected.includes(m.id);
    return html`<li data-measure=${m.id}>
      <sl-checkbox value=${m.id} ?checked=${checked} title=${measureDescription(m)} @sl-change=${() => this.changed()}>${measureName(m)}</sl-checkbox>
      <div class="meta">
        <sl-badge
          variant=${m.kind === 'BAT' ? 'primary' : 'neutral'}
          pill
          title=${m.kind === 'BAT' ? msg('best available technique') : msg('best environmental practice')}
          >${m.kind}</sl-badge
        >
        <span>${msg(str`capex ${formatMoney(m.capex, this.currency)}`)}</span>
        <span>${msg(str`lasts ${m.lifetimeYears} years`)}</span>
      </div>
      <details>
        <summary>${msg('What it does and where it comes from')}</summary>
        <p>${citationText(measureDescription(m), messageLang())}</p>
        ${m.appliesTo ? html`<p>${msg(str`Applies to: ${messageLang() === 'vi' && m.appliesToVi ? m.appliesToVi : m.appliesTo}.`)}</p>` : nothing}
        <p>${msg(str`Source: ${sourceNote(measureSource(m))}`)}${m.status ? html` (${statusLabel(m.status)})` : nothing}</p>
      </details>
    </li>`;
  }

  override render() {
    const count = this.selected.length;
    return html`
      <div class="head" style=${cssProps({ '--plc-column-colour': this.colour })}>
        <h3><plc-scenario-chip name=${this.name} colour=${this.colour}></plc-scenario-chip></h3>
        ${
          this.removable
            ? html`<sl-button
                size="small"
                variant="text"
                data-testid="remove-column"
                @click=${() => this.dispatchEvent(new CustomEvent('plc-column-remove', { bubbles: true, composed: true }))}
                >${msg('Remove this scenario')}</sl-button
              >`
            : nothing
        }
      </div>
      <div class="presets">
        <span>${msg('Presets:')}</span>
        ${this.presets.map(
          (p) =>
            html`<sl-button
              size="small"
              data-preset=${p.id}
              @click=${() => this.emit(this.catalogue.filter((m) => p.measureIds.includes(m.id)).map((m) => m.id))}
              >${p.name}</sl-button
            >`,
        )}
        <sl-button size="small" variant="text" ?disabled=${count === 0} data-preset="none" @click=${() => this.emit([])}>${msg('Clear')}</sl-button>
      </div>
      <p class="count" role="status">
        ${count === 0 ? msg('No measure chosen: tick at least one to compare.') : count === 1 ? msg('1 measure chosen.') : msg(str`${count} measures chosen.`)}
      </p>
      <ul>
        ${this.catalogue.map((m) => this.measure(m))}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-measure-picker': PlcMeasurePicker;
  }
}
