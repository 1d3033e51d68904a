import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { intlLocale, sourceNote, sourceNoteIn } from '../../app/locale.ts';
import { langMarked } from '../note-html.ts';
import { formatNumber } from '../../app/format.ts';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { statusWord } from './editor-fields.ts';
import { isMeasureNote, measureNoteWords } from '../measure-words.ts';
import { shrinkingBlock } from '../base-styles.ts';
import { fieldLabel, fieldMessage, textBoxes } from './field-styles.ts';
import { groupSeparator, plainNumber, readNumber, regroup } from './setting-check.ts';
import { SourceNotesController } from '../controllers/source-notes-controller.ts';

/** The status of a number the user typed in this session (not stored: the document simply has no source for it). */
export const EDITED_BY_YOU = 'edited';

/** The status of a share the app rescaled so that its group still sums to 1 after another share
 *  was typed (or the group was normalised): its source speaks of the value before rescaling. */
export const RESCALED = 'rescaled';

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

/** What the box shows for a number: six significant digits (a rescaled share does not show 17);
 *  a money amount in full, grouped in the page's language ("1,234,567", "1.234.567"). */
function shown(v: unknown, money: boolean): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return v === undefined ? '' : String(v);
  return money ? formatNumber(v, { maximumFractionDigits: 6 }) : plainNumber(v);
}

/** A sentence's first word with its capital ("ước tính" → "Ước tính"). */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Source-and-status badge colours (background, border, text) for R, M, D and E. */
const STATUS_COLOURS: Record<string, [string, string, string]> = {
  R: ['#e3f1e8', '#7bb38f', '#1d5a34'],
  M: ['#fff4d6', '#d9b24c', '#6b4d00'],
  D: ['#e4eefb', '#7ea3d6', '#1f4778'],
  E: ['#f1ecf7', '#a690c4', '#4b356b'],
};
const statusColours = unsafeCSS(
  Object.entries(STATUS_COLOURS)
    .map(([status, [background, border, text]]) => `.prov[data-status='${status}'] { background: ${background}; border-color: ${border}; color: ${text}; }`)
    .join('\n'),
);

/** A source note in the page's language; what stays in another (a note the user wrote, a quotation) says so. */
function noteText(value: unknown) {
  return langMarked(sourceNoteIn(value));
}

/** A provenance note: one a measure set in words (measureNoteWords), any other as a source note. */
function measureNote(note: string) {
  return isMeasureNote(note) ? measureNoteWords(note, undefined, sourceNote) : noteText(note);
}

/**
 * One number of the scenario: label with its unit, the input, the schema's message beside it, and
 * the value's source and status (R, M, D, E) on hover or focus. What the user types stays in the
 * box even when it is invalid; fires `plc-field-edit` on every input. A `money` amount is grouped
 * as typed in the page's language ("1.234.567" in Vietnamese, "1,234,567" in English); text that
 * is not a number gets its own message naming the field. ↑ and ↓ step by `step` within min–max.
 */
@localized()
@customElement('plc-number-field')
export class PlcNumberField extends LitElement {
  static override styles = [
    shrinkingBlock,
    fieldLabel,
    textBoxes,
    fieldMessage,
    statusColours,
    css`
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
      input[type='text'] {
        flex: 1;
        font-variant-numeric: tabular-nums;
      }
      input[type='text']:focus {
        border-color: var(--sl-color-primary-600);
      }
      .prov.edited {
        width: auto;
        border-radius: 0.7rem;
        padding: 0 0.4rem;
        white-space: nowrap;
        background: var(--sl-color-primary-50);
        color: var(--sl-color-primary-800);
        border-color: var(--sl-color-primary-300);
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
  /** An amount of money: digits grouped as typed, in the page's language. */
  @property({ type: Boolean }) money = false;
  /** The schema's message for this number, if any. */
  @property() error = '';
  @property({ attribute: false }) provenance?: ProvenanceEntry;
  /** Label read by screen readers only (tables of numbers label their columns instead). */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Text typed that is not a number ("abc"), or '' when what is typed reads as one. */
  @state() private unreadable = '';
  /** The language the box's grouping was written in, and the number the box stands for. */
  private groupedIn = '';
  private boxNumber: unknown;

  @query('input') private input!: HTMLInputElement;

  /** The tip's source note: in Vietnamese its table loads once a field is pointed at or focused. */
  private readonly notes = new SourceNotesController(this);

  constructor() {
    super();
    const want = () => this.notes.want();
    this.addEventListener('pointerenter', want, { once: true });
    this.addEventListener('focusin', want, { once: true });
  }

  override focus(): void {
    this.input?.focus();
  }

  /** The number typed: undefined for an empty box, NaN for text that is not a number. */
  private read(text: string): number | undefined {
    const plain = text.trim();
    // A box the browser flags as unreadable (badInput) is not "no value": it goes on as NaN.
    if (plain === '') return this.input?.validity.badInput ? NaN : undefined;
    return readNumber(plain);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.input) return;
    // A number is written again when the language changes (its decimal mark and groups follow), unless what is typed is not a number.
    const regrouped = this.groupedIn !== '' && this.groupedIn !== intlLocale() && this.unreadable === '';
    // Otherwise the box is written only when the number differs from what it shows: "0." or "-5" stay as typed.
    if (regrouped) this.write(shown(this.boxNumber, this.money));
    if (!changed.has('value')) return;
    const typed = this.read(this.input.value);
    const value = this.value;
    const same =
      typed === value ||
      (Number.isNaN(typed) && Number.isNaN(value)) ||
      (typeof value === 'number' && typed !== undefined && Math.abs(typed - value) <= 1e-9 * Math.max(1, Math.abs(value)));
    if (same) return;
    this.boxNumber = value;
    this.write(shown(value, this.money));
  }

  private write(text: string): void {
    this.input.value = text;
    this.groupedIn = intlLocale();
  }

  private onInput(): void {
    if (this.money) {
      const { text, caret } = regroup(this.input.value, this.input.selectionStart ?? this.input.value.length);
      if (text !== this.input.value) {
        this.write(text);
        this.input.setSelectionRange(caret, caret);
      }
      this.groupedIn = intlLocale();
    }
    this.edited();
  }

  /** Backspace or Delete beside a group separator of a money amount removes the digit beyond it
   *  (the separator itself would only come back when the amount is regrouped). */
  private onBeforeInput(event: InputEvent): void {
    const { selectionStart: at, selectionEnd, value } = this.input;
    if (!this.money || at === null || at !== selectionEnd) return;
    const sep = groupSeparator();
    const back = event.inputType === 'deleteContentBackward' && at >= 2 && value[at - 1] === sep;
    const forward = event.inputType === 'deleteContentForward' && value[at] === sep && at + 1 < value.length;
    if (!back && !forward) return;
    event.preventDefault();
    const digit = back ? at - 2 : at + 1;
    this.input.value = value.slice(0, digit) + value.slice(digit + 1);
    this.input.setSelectionRange(back ? digit : at, back ? digit : at);
    this.onInput();
  }

  private edited(): void {
    const value = this.read(this.input.value);
    this.boxNumber = value;
    this.unreadable = Number.isNaN(value) ? this.input.value.trim() : '';
    this.dispatchEvent(fieldEdit({ pointer: this.pointer, value }));
  }

  /** ↑ and ↓ step the number by `step`, within min and max, as a number box does. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const current = this.read(this.input.value);
    if (current === undefined || !Number.isFinite(current)) return;
    event.preventDefault();
    const next = current + (event.key === 'ArrowUp' ? this.step : -this.step);
    this.write(shown(Number(Math.min(this.max, Math.max(this.min, next)).toPrecision(12)), this.money));
    this.edited();
  }

  /** The tip hangs from the field's right edge; a narrow field near the page's left edge shifts it
   *  right so that none of it is cut off (its width is that of a short paragraph). */
  private placeTip(e: Event): void {
    const tip = (e.currentTarget as HTMLElement).nextElementSibling as HTMLElement | null;
    if (!tip) return;
    tip.style.translate = '';
    const { left, width } = tip.getBoundingClientRect();
    if (width > 0 && left < 8) tip.style.translate = `${8 - left}px 0`;
  }

  private provenanceMark() {
    const p = this.provenance;
    if (p?.status === EDITED_BY_YOU) {
      return html`<button
          type="button"
          class="prov edited"
          data-status="edited"
          aria-label=${msg(str`Source of ${this.label}: edited by you`)}
          aria-describedby="tip"
          @focus=${this.placeTip}
          @pointerenter=${this.placeTip}
        >
          ${msg('edited by you')}
        </button>
        <span class="tip" id="tip" role="tooltip">${msg('You typed this value: the source of the value it replaced no longer applies.')}</span>`;
    }
    if (p?.status === RESCALED) {
      return html`<button
          type="button"
          class="prov edited"
          data-status="rescaled"
          aria-label=${msg(str`Source of ${this.label}: rescaled`)}
          aria-describedby="tip"
          @focus=${this.placeTip}
          @pointerenter=${this.placeTip}
        >
          ${msg('rescaled')}
        </button>
        <span class="tip" id="tip" role="tooltip"
          >${msg('The app rescaled this share so that the shares still add up to 1 after you changed another.')}${
            p.source && this.notes.ready ? ` ${msg(str`Before rescaling: ${sourceNote(p.source)}`)}` : ''
          }</span
        >`;
    }
    const letter = p?.status ?? '–';
    const words = p
      ? html`${capitalised(statusWord(p.status))}.${this.notes.ready ? html` ${noteText(p.source)}${p.note ? html` (${measureNote(p.note)})` : ''}` : ''}`
      : msg('No source recorded: a value you entered, or a new unit.');
    const label = p ? msg(str`Source of ${this.label}: ${statusWord(p.status)}`) : msg(str`Source of ${this.label}: none recorded`);
    return html`<button
        type="button"
        class="prov"
        data-status=${p?.status ?? 'none'}
        aria-label=${label}
        aria-describedby="tip"
        @focus=${this.placeTip}
        @pointerenter=${this.placeTip}
      >
        ${letter}
      </button>
      <span class="tip" id="tip" role="tooltip">${words}</span>`;
  }

  override render() {
    // Text that is not a number gets a message of its own, naming the field; otherwise the schema's.
    const message = this.unreadable ? msg(str`${this.label} must be a number: “${this.unreadable}” is not one.`) : this.error;
    const invalid = message !== '';
    return html`
      <label class="field-label" for="input">${this.label}${this.unit ? html` <span class="unit">(${this.unit})</span>` : nothing}</label>
      <div class="row">
        <input
          id="input"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          data-pointer=${this.pointer}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? 'error' : nothing}
          @beforeinput=${this.onBeforeInput}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
        />
        ${this.provenanceMark()}
      </div>
      ${invalid ? html`<p class="error" id="error">${message}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-number-field': PlcNumberField;
  }
}
