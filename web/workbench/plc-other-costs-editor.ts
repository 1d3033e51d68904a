import { LitElement, css, html, nothing } from 'lit';
import { messageLang, pickText } from '../app/locale.ts';
import { withText } from '../shared/model/local-text.ts';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { STATUS_KEYS } from '../shared/model/keys.ts';
import { LIMITS } from '../shared/model/limits.ts';
import { bound } from '../shared/model/bounds.ts';
import { statusWord } from '../common/fields/editor-fields.ts';
import { editorStyles } from './editor-styles.ts';
import { fieldEdit } from '../common/fields/plc-number-field.ts';
import '../common/fields/plc-number-field.ts';
import { buttonStyles } from '../common/button-styles.ts';

/** One line of `otherCosts` (MODEL.md 3.2) as the draft holds it, possibly invalid while typed. */
type CostLine = Record<string, unknown> & { id?: unknown; name?: unknown; source?: unknown; status?: unknown };

const BASES = ['perYear', 'perTonneFeed', 'perTonneProduct'] as const;

/** An id not used by any line: cost-1, cost-2… */
function freeId(lines: CostLine[]): string {
  const taken = new Set(lines.map((l) => l.id));
  let n = lines.length + 1;
  while (taken.has(`cost-${n}`)) n++;
  return `cost-${n}`;
}

/**
 * Other costs of the line (rent, maintenance, transport, washing chemicals, depreciation…): add,
 * remove and edit each line with its amounts per year, per tonne of feed and per tonne of product,
 * its source and its status; the schema's messages appear beside their fields. Every change goes
 * up as `plc-field-edit`, like the other sections of the line editor.
 */
@localized()
@customElement('plc-other-costs-editor')
export class PlcOtherCostsEditor extends LitElement {
  static override styles = [
    buttonStyles,
    editorStyles,
    css`
      :host {
        display: block;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--sl-spacing-x-small);
      }
      fieldset.group {
        margin-top: 0;
      }
      .head {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: var(--sl-spacing-x-small);
        align-items: end;
      }
      .hint {
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-neutral-700);
        margin: 0 0 var(--sl-spacing-x-small);
      }
      .add {
        margin-top: var(--sl-spacing-small);
      }
    `,
  ];

  @property({ attribute: false }) otherCosts?: unknown;
  @property() currency = 'VND';
  @property({ attribute: false }) errors: ReadonlyMap<string, string> = new Map();

  private get lines(): CostLine[] {
    return Array.isArray(this.otherCosts) ? (this.otherCosts as CostLine[]) : [];
  }

  private set(pointer: string, value: unknown): void {
    this.dispatchEvent(fieldEdit({ pointer, value }));
  }

  private add(): void {
    const lines = this.lines;
    this.set('/otherCosts', [...lines, { id: freeId(lines), name: msg('New cost'), perYear: 0, status: 'E' }]);
  }

  private removeLine(index: number): void {
    const lines = this.lines.filter((_, i) => i !== index);
    this.set('/otherCosts', lines.length > 0 ? lines : undefined);
  }

  private text(base: string, key: 'name' | 'source', label: string, value: unknown, max: number) {
    const pointer = `${base}/${key}`;
    const error = this.errors.get(pointer);
    const id = `${base.replace(/\//g, '-')}-${key}`;
    return html`<div class="text-field">
      <label for=${id}>${label}</label>
      <input
        type="text"
        id=${id}
        data-pointer=${pointer}
        maxlength=${max}
        .value=${pickText(value)}
        aria-invalid=${error ? 'true' : 'false'}
        @input=${(e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          // A bilingual text keeps its other language; only the page's language is edited.
          this.set(pointer, key === 'source' && v === '' ? undefined : withText(value, messageLang(), v));
        }}
      />
      ${error ? html`<p class="error">${error}</p>` : nothing}
    </div>`;
  }

  private line(line: CostLine, index: number) {
    const base = `/otherCosts/${index}`;
    const name = pickText(line.name) || msg(str`Cost ${index + 1}`);
    const status = typeof line.status === 'string' ? line.status : '';
    const provenance = pickText(line.source) || status ? { source: pickText(line.source) || msg('no source given'), status } : undefined;
    const currency = this.currency;
    const units: Record<(typeof BASES)[number], [string, string]> = {
      perYear: [msg('Per year'), msg(str`${currency}/yr`)],
      perTonneFeed: [msg('Per tonne of scrap bought'), msg(str`${currency}/t feed`)],
      perTonneProduct: [msg('Per tonne of pellets'), msg(str`${currency}/t product`)],
    };
    const lineError = this.errors.get(base) ?? this.errors.get(`${base}/id`);
    return html`<li>
      <fieldset class="group" data-cost=${String(line.id ?? index)}>
        <legend>${name}</legend>
        <div class="head">
          ${this.text(base, 'name', msg('Name'), line.name, LIMITS.nameLength)}
          <button type="button" class="btn" data-testid="remove-cost" @click=${() => this.removeLine(index)}>${msg(str`Remove ${name}`)}</button>
        </div>
        <div class="fields">
          ${BASES.map(
            (b) =>
              html`<plc-number-field
                pointer=${`${base}/${b}`}
                label=${units[b][0]}
                unit=${units[b][1]}
                .value=${line[b]}
                min="0"
                max=${bound(`/otherCosts/*/${b}`).max}
                step="1000"
                money
                error=${this.errors.get(`${base}/${b}`) ?? ''}
                .provenance=${provenance}
              ></plc-number-field>`,
          )}
        </div>
        <div class="fields">
          ${this.text(base, 'source', msg('Source'), line.source, LIMITS.sourceLength)}
          <div class="text-field">
            <label for=${`status-${index}`}>${msg('Status')}</label>
            <select
              id=${`status-${index}`}
              data-pointer=${`${base}/status`}
              @change=${(e: Event) => {
                const v = (e.target as HTMLSelectElement).value;
                this.set(`${base}/status`, v === '' ? undefined : v);
              }}
            >
              <option value="" ?selected=${status === ''}>${statusWord(undefined)}</option>
              ${STATUS_KEYS.map((k) => html`<option value=${k} ?selected=${status === k}>${k}: ${statusWord(k)}</option>`)}
            </select>
            ${this.errors.get(`${base}/status`) ? html`<p class="error">${this.errors.get(`${base}/status`)}</p>` : nothing}
          </div>
        </div>
        ${lineError ? html`<p class="error">${lineError}</p>` : nothing}
      </fieldset>
    </li>`;
  }

  override render() {
    const lines = this.lines;
    const listError = this.errors.get('/otherCosts');
    return html` <p class="hint">
        ${msg('Rent, maintenance, transport, washing chemicals, depreciation of the line…: each line adds its amount per year, per tonne of scrap bought and per tonne of pellets to the costs. Say where each number comes from; a number nobody measured is an estimate (E).')}
      </p>
      ${
        lines.length > 0
          ? html`<ol aria-label=${msg('Other costs')}>
              ${lines.map((l, i) => this.line(l, i))}
            </ol>`
          : html`<p class="hint">${msg('No other costs yet.')}</p>`
      }
      ${listError ? html`<p class="error">${listError}</p>` : nothing}
      <button type="button" class="btn add" data-testid="add-cost" @click=${this.add}>${msg('Add a cost')}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-other-costs-editor': PlcOtherCostsEditor;
  }
}
