// The run-settings forms of Dynamics and Uncertainty share their whole way of working: numbers
// checked as the Workbench checks them (a message beside the field, never clamped), whole numbers
// regrouped as the user types, an edit event that says whether the results shown are stale, Run
// refused while a message stands, and the same grid and action row. Each form adds its fields,
// how it reads them and how it compares them with the last run's.
import { LitElement, css, html, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.js';
import { checkSetting, groupDigits, settingFieldStyles, type SettingRule } from './fields/setting-check.ts';
import { selectField, selectFieldStyles, type SelectChoice, type SelectFieldOptions } from './fields/select-field.ts';
import { autoGrid } from './base-styles.ts';

/** Fired on every edit: `pending` when the form differs from the last run's settings or cannot run,
 *  so the view marks the results as stale. */
export interface RunSettingsEdit {
  pending: boolean;
}

/** The grid of fields (columns at least `--plc-settings-column` wide, 10rem unless a form sets it), the hint and the action row. */
export const runSettingsStyles = [
  settingFieldStyles,
  selectFieldStyles,
  css`
    :host {
      display: block;
    }
    form {
      ${autoGrid('var(--plc-settings-column, 10rem)', 'auto-fill')}
      gap: var(--sl-spacing-small) var(--sl-spacing-medium);
      /* Boxes line up when a label wraps to two lines in one column (longer Vietnamese labels). */
      align-items: end;
    }
    .hint {
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
    }
    .actions {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--sl-spacing-small);
    }
  `,
];

/**
 * A form of run settings. Fires `${events}-edit` (detail: RunSettingsEdit) on every edit and
 * `${events}-run` (detail: the settings read) when the user presses Run and every field can run.
 */
export abstract class RunSettingsForm<F extends string, T> extends LitElement {
  static override styles = runSettingsStyles;

  @property({ type: Boolean }) running = false;

  /** The message beside each field that cannot run as typed. */
  @state() protected messages: Partial<Record<F, string>> = {};
  /** Run was pressed while a message stood. */
  @state() protected refused = false;
  @query('form') protected form!: HTMLFormElement;

  /** The prefix of the events this form fires ("plc-dynamics" → plc-dynamics-edit, plc-dynamics-run). */
  protected abstract readonly events: string;
  /** The fields whose whole numbers are grouped as the user types ("10000" → "10,000"). */
  protected abstract readonly grouped: ReadonlySet<string>;
  /** The settings as typed, or null with a message beside each field that cannot run (never clamped). */
  protected abstract read(): T | null;
  /** Whether settings read are those of the last run (the results shown are then current). */
  protected abstract same(read: T): boolean;

  /** The text of a field as typed, or the value of a dropdown. */
  protected text(name: string): string {
    return String((this.form.querySelector(`[name="${name}"]`) as SlInput | HTMLSelectElement).value ?? '');
  }

  /** Checks each named field against its rule; the numbers, or null when a message stands. */
  protected checkFields(names: readonly F[], rule: (name: F) => SettingRule): Record<F, number> | null {
    const messages: Partial<Record<F, string>> = {};
    const values: Partial<Record<F, number>> = {};
    for (const name of names) {
      const check = checkSetting(this.text(name), rule(name));
      if (check.ok) values[name] = check.value;
      else messages[name] = check.message;
    }
    this.messages = messages;
    return Object.keys(messages).length > 0 ? null : (values as Record<F, number>);
  }

  protected edited(event?: Event): void {
    const input = event?.target as SlInput | undefined;
    if (input && this.grouped.has(input.name)) {
      const grouped = groupDigits(String(input.value ?? ''));
      if (grouped !== input.value) input.value = grouped;
    }
    this.refused = false;
    const read = this.read();
    const pending = read === null || !this.same(read);
    this.dispatchEvent(new CustomEvent<RunSettingsEdit>(`${this.events}-edit`, { detail: { pending }, bubbles: true, composed: true }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.running) return;
    const settings = this.read();
    this.refused = settings === null;
    if (settings) this.dispatchEvent(new CustomEvent<T>(`${this.events}-run`, { detail: settings, bubbles: true, composed: true }));
  }

  /** A number field with its message (if any) as help text. */
  protected numberField(name: F, label: string, value: string, inputmode: 'numeric' | 'decimal' = 'numeric'): TemplateResult {
    const message = this.messages[name];
    return html`<sl-input name=${name} inputmode=${inputmode} label=${label} value=${value} help-text=${message ?? ''} ?data-problem=${!!message}></sl-input>`;
  }

  /** A dropdown whose options show words and keep values. */
  protected choiceField(
    name: string,
    label: string,
    value: string,
    choices: readonly SelectChoice[],
    more: Pick<SelectFieldOptions<string>, 'help' | 'cls' | 'onChange'> = {},
  ): TemplateResult {
    return selectField({ name, label, value, choices, ...more });
  }

  /** The whole form: its fields, then Run, the refusal (if any) and what stands beside Run. */
  protected renderForm(label: string, fields: unknown, beside: unknown): TemplateResult {
    return html`<form @submit=${this.submit} @sl-input=${this.edited} @sl-change=${this.edited} @change=${this.edited} aria-label=${label} novalidate>
      ${fields}
      <div class="actions">
        <sl-button type="submit" variant="primary" ?disabled=${this.running} data-testid="run">${msg('Run')}</sl-button>
        ${this.refused ? html`<p class="refused" role="alert" data-testid="refused">${msg('Not run: correct the fields marked above.')}</p>` : ''} ${beside}
      </div>
    </form>`;
  }
}
