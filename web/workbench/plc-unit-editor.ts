import { LitElement, css, html, nothing } from 'lit';
import { messageLang, pickText } from '../app/locale.ts';
import { withText } from '../shared/model/local-text.ts';

import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { COMPONENT_KEYS, FUEL_KEYS, SINK_KEYS, UNIT_TYPES } from '../shared/model/keys.ts';
import { componentLabel, fuelLabel, heatFields, sinkLabel, unitFields, unitTypeLabel } from '../common/fields/editor-fields.ts';
import { editorStyles } from './editor-styles.ts';
import { fieldEdit, type ProvenanceEntry } from '../common/fields/plc-number-field.ts';
import '../common/fields/plc-number-field.ts';
import { dataTable } from '../common/charts/numbers-table.ts';
import { wordTable } from '../common/base-styles.ts';

export type UnitAction = 'up' | 'down' | 'duplicate' | 'remove';

type UnitDraft = Record<string, unknown> & {
  removal?: Record<string, { fraction?: unknown; to?: unknown }>;
  heat?: Record<string, unknown>;
};

const DEFAULT_HEAT = { MJPerTonne: 0, fuel: 'plasticRejects', efficiency: 1, backupFuel: 'coal' };

/**
 * One unit of the line: its order controls (up, down, duplicate, remove; Alt+↑/↓ on the card also
 * moves it), then every number of MODEL.md 2.1 with its unit, the heat entry and the removals per
 * component with their sink. Fires `plc-field-edit` and `plc-unit-action` ({ index, action }).
 */
@localized()
@customElement('plc-unit-editor')
export class PlcUnitEditor extends LitElement {
  static override styles = [
    editorStyles,
    wordTable,
    css`
      :host {
        display: block;
      }
      .card {
        border: 1px solid var(--sl-color-neutral-300);
        border-radius: var(--sl-border-radius-large);
        background: var(--sl-color-neutral-0);
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sl-spacing-2x-small) var(--sl-spacing-x-small);
        padding: var(--sl-spacing-2x-small) var(--sl-spacing-x-small);
      }
      .head:focus-within {
        background: var(--sl-color-primary-50);
      }
      .pos {
        font-weight: 700;
        color: var(--sl-color-neutral-600);
        min-width: 1.4rem;
        text-align: right;
      }
      .title {
        flex: 1 1 10rem;
        min-width: 0;
      }
      .title strong {
        display: block;
        overflow-wrap: anywhere;
      }
      .title small {
        color: var(--sl-color-neutral-700);
      }
      .order {
        display: flex;
        gap: 2px;
      }
      .order button {
        font: inherit;
        font-size: var(--sl-font-size-small);
        min-width: 2rem;
        min-height: 2rem;
        border-radius: var(--sl-border-radius-medium);
        border: 1px solid var(--sl-color-neutral-300);
        background: var(--sl-color-neutral-0);
        cursor: pointer;
      }
      .order button:hover:not(:disabled) {
        background: var(--sl-color-neutral-100);
      }
      .order button:disabled {
        opacity: 0.4;
        cursor: default;
      }
      .order button:focus-visible {
        outline: 2px solid var(--sl-color-primary-600);
      }
      .toggle {
        font: inherit;
        font-size: var(--sl-font-size-small);
        background: none;
        border: none;
        color: var(--sl-color-primary-700);
        cursor: pointer;
        padding: 0.25rem;
      }
      .body {
        padding: var(--sl-spacing-x-small) var(--sl-spacing-small) var(--sl-spacing-small);
        border-top: 1px solid var(--sl-color-neutral-200);
      }
      th,
      td {
        padding: 2px var(--sl-spacing-2x-small);
        vertical-align: top;
      }
      thead th {
        font-weight: var(--sl-font-weight-semibold);
        color: var(--sl-color-neutral-700);
        font-size: var(--sl-font-size-x-small);
      }
      td select {
        width: 100%;
        min-width: 6.5rem;
      }
      td plc-number-field {
        min-width: 5.5rem;
      }
      tbody th {
        font-weight: normal;
        white-space: nowrap;
      }
    `,
  ];

  @property({ attribute: false }) unit: UnitDraft = {};
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  @property({ attribute: false }) errors: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) provenance: Record<string, ProvenanceEntry> = {};
  @state() private open = false;

  /** Puts focus back on an order control after the unit moved (the list re-orders the DOM). */
  focusControl(action: UnitAction): void {
    const button = this.renderRoot.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
    if (button && !button.disabled) button.focus();
    else this.renderRoot.querySelector<HTMLButtonElement>('button[data-action]:not(:disabled)')?.focus();
  }

  private get base(): string {
    return `/units/${this.index}`;
  }

  private act(action: UnitAction): void {
    this.dispatchEvent(new CustomEvent('plc-unit-action', { detail: { index: this.index, action }, bubbles: true, composed: true }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const action = event.key === 'ArrowUp' ? 'up' : 'down';
    if (action === 'up' ? this.index > 0 : this.index < this.count - 1) this.act(action);
  }

  private edit(pointer: string, value: unknown): void {
    this.dispatchEvent(fieldEdit({ pointer, value }));
  }

  private err(pointer: string): string {
    return this.errors.get(pointer) ?? '';
  }

  private hasErrors(): boolean {
    for (const key of this.errors.keys()) if (key === this.base || key.startsWith(this.base + '/')) return true;
    return false;
  }

  private text(key: 'id' | 'name', label: string) {
    const pointer = `${this.base}/${key}`;
    const error = this.err(pointer);
    const id = `${key}-${this.index}`;
    return html`<div class="text-field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="text"
        .value=${key === 'name' ? pickText(this.unit.name) : String(this.unit[key] ?? '')}
        data-pointer=${pointer}
        aria-invalid=${error ? 'true' : 'false'}
        @input=${(e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          // A bilingual name keeps its other language; only the page's language is edited.
          this.edit(pointer, key === 'name' ? (v === '' ? undefined : withText(this.unit.name, messageLang(), v)) : v);
        }}
      />
      ${error ? html`<p class="error">${error}</p>` : nothing}
    </div>`;
  }

  private select(pointer: string, label: string, value: unknown, options: readonly string[], labelOf: (k: string) => string) {
    const error = this.err(pointer);
    const id = pointer.replace(/\//g, '-');
    return html`<div class="text-field">
      <label for=${id}>${label}</label>
      <select id=${id} data-pointer=${pointer} @change=${(e: Event) => this.edit(pointer, (e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${labelOf(o)}</option>`)}
      </select>
      ${error ? html`<p class="error">${error}</p>` : nothing}
    </div>`;
  }

  private number(pointer: string, spec: { label: string; unit: string; min: number; max: number; step: number }, value: unknown) {
    return html`<plc-number-field
      pointer=${pointer}
      label=${spec.label}
      unit=${spec.unit}
      .value=${value}
      min=${spec.min}
      max=${spec.max}
      step=${spec.step}
      error=${this.err(pointer)}
      .provenance=${this.provenance[pointer]}
    ></plc-number-field>`;
  }

  private heat() {
    const heat = this.unit.heat;
    const pointer = `${this.base}/heat`;
    return html`<fieldset class="group">
      <legend>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${heat !== undefined}
            data-pointer=${pointer}
            @change=${(e: Event) => this.edit(pointer, (e.target as HTMLInputElement).checked ? { ...DEFAULT_HEAT } : undefined)}
          />
          ${msg('Needs heat')}</label
        >
      </legend>
      ${
        heat === undefined
          ? nothing
          : html`<div class="fields">
              ${heatFields().map((spec) => this.number(`${pointer}/${spec.key}`, spec, heat[spec.key]))}
              ${this.select(`${pointer}/fuel`, msg('Fuel'), heat.fuel, FUEL_KEYS, fuelLabel)}
              ${this.select(
                `${pointer}/backupFuel`,
                msg('Backup fuel (when rejects run short)'),
                heat.backupFuel ?? 'coal',
                FUEL_KEYS.filter((f) => f !== 'plasticRejects'),
                fuelLabel,
              )}
            </div>`
      }
    </fieldset>`;
  }

  private removal() {
    const removal = this.unit.removal ?? {};
    const name = pickText(this.unit.name) || String(this.unit.id || '');
    return html`<fieldset class="group">
      <legend>${msg('Removed here, per component')}</legend>
      ${dataTable({
        head: html`<th scope="col">${msg('Component')}</th>
          <th scope="col">${msg('Share removed (0–1)')}</th>
          <th scope="col">${msg('Sent to')}</th>`,
        rows: COMPONENT_KEYS.map((c) => {
          const entry = removal[c];
          const pointer = `${this.base}/removal/${c}`;
          const sinkId = `sink-${this.index}-${c}`;
          return html`<tr>
            <th scope="row" title=${componentLabel(c)}>
              ${c === 'otherPlastic' ? msg('Other') : c === 'dirt' ? msg('Dirt') : c === 'moisture' ? msg('Moisture') : c}
            </th>
            <td>
              <plc-number-field
                compact
                pointer=${`${pointer}/fraction`}
                label=${msg(str`${name}: share of ${componentLabel(c)} removed`)}
                .value=${entry?.fraction}
                min="0"
                max="1"
                step="0.05"
                error=${this.err(`${pointer}/fraction`) || this.err(pointer)}
                .provenance=${this.provenance[`${pointer}/fraction`]}
                @plc-field-edit=${(e: CustomEvent<{ value: unknown }>) => {
                  // An empty box removes the entry; a first number creates it, sent to rejects.
                  e.stopPropagation();
                  const value = e.detail.value;
                  this.dispatchEvent(
                    fieldEdit({
                      pointer,
                      value: value === undefined ? undefined : { to: 'rejects', ...entry, fraction: value },
                      edited: `${pointer}/fraction`,
                    }),
                  );
                }}
              ></plc-number-field>
            </td>
            <td>
              <label class="visually-hidden" for=${sinkId}>${msg(str`${name}: where removed ${componentLabel(c)} goes`)}</label>
              <select
                id=${sinkId}
                ?disabled=${!entry}
                data-pointer=${`${pointer}/to`}
                @change=${(e: Event) => this.edit(`${pointer}/to`, (e.target as HTMLSelectElement).value)}
              >
                ${SINK_KEYS.map((s) => html`<option value=${s} ?selected=${entry?.to === s}>${sinkLabel(s)}</option>`)}</select
              >${this.err(`${pointer}/to`) ? html`<p class="error">${this.err(`${pointer}/to`)}</p>` : nothing}
            </td>
          </tr>`;
        }),
      })}
    </fieldset>`;
  }

  override render() {
    const u = this.unit;
    const name = pickText(u.name) || String(u.id || msg('unnamed unit'));
    const open = this.open || this.hasErrors();
    const capacity = typeof u.capacityKgPerHour === 'number' ? msg(str`${u.capacityKgPerHour} kg/h`) : msg('no capacity limit');
    const last = this.index === this.count - 1;
    return html`<div class="card" data-unit-id=${String(u.id ?? '')}>
      <div class="head" role="group" aria-label=${msg(str`Unit ${this.index + 1}: ${name}`)} @keydown=${this.onKeydown}>
        <span class="pos" aria-hidden="true">${this.index + 1}.</span>
        <span class="title"><strong>${name}</strong><small>${unitTypeLabel(String(u.type))} · ${capacity}</small></span>
        <span class="order">
          <button
            type="button"
            data-action="up"
            ?disabled=${this.index === 0}
            title=${msg('Move up (Alt+↑)')}
            aria-label=${msg(str`Move ${name} up`)}
            @click=${() => this.act('up')}
          >
            ↑
          </button>
          <button
            type="button"
            data-action="down"
            ?disabled=${last}
            title=${msg('Move down (Alt+↓)')}
            aria-label=${msg(str`Move ${name} down`)}
            @click=${() => this.act('down')}
          >
            ↓
          </button>
          <button type="button" data-action="duplicate" aria-label=${msg(str`Duplicate ${name}`)} @click=${() => this.act('duplicate')}>
            ${msg('Duplicate')}
          </button>
          <button type="button" data-action="remove" ?disabled=${this.count <= 1} aria-label=${msg(str`Remove ${name}`)} @click=${() => this.act('remove')}>
            ${msg('Remove')}
          </button>
        </span>
        <button
          type="button"
          class="toggle"
          aria-expanded=${open ? 'true' : 'false'}
          data-action="toggle"
          @click=${() => {
            this.open = !open;
          }}
        >
          ${open ? msg('Hide details') : msg('Edit details')}
        </button>
      </div>
      ${
        open
          ? html`<div class="body">
              <div class="fields">
                ${this.text('name', msg('Name'))} ${this.text('id', msg('Id (letters, digits, - _ .)'))}
                ${this.select(`${this.base}/type`, msg('Type'), u.type, UNIT_TYPES, unitTypeLabel)}
                ${unitFields().map((spec) => this.number(`${this.base}/${spec.key}`, spec, u[spec.key]))}
              </div>
              ${this.heat()} ${this.removal()}
            </div>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-unit-editor': PlcUnitEditor;
  }
}
