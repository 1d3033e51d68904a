import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.js';
import type { DynamicsOptions } from '../shared/contract/api-types.ts';
import { checkSetting, groupDigits, settingFieldStyles, type SettingRule } from '../common/fields/setting-check.ts';
import { formatNumber } from '../app/format.ts';

export const YEARS_MAX = 5;
export const REPLICATIONS_MAX = 100;

type BurnKind = 'everyDays' | 'thresholdKg';

type Field = 'years' | 'replications' | 'seed' | 'burnValue' | 'bufferKg';

/** The accepted range of each setting (the burn fields as /dynamics/burnPolicy in the field table). */
function rule(name: Field, burnKind: BurnKind): SettingRule {
  switch (name) {
    case 'years':
      return { min: 1, max: YEARS_MAX, integer: true };
    case 'replications':
      return { min: 1, max: REPLICATIONS_MAX, integer: true };
    case 'seed':
      return { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true };
    case 'burnValue':
      return burnKind === 'everyDays' ? { min: 1, max: 366, integer: true } : { min: 0, max: 10_000_000 };
    case 'bufferKg':
      return { min: 0, max: 1_000_000 };
  }
}
const FIELDS: Field[] = ['years', 'replications', 'seed', 'burnValue', 'bufferKg'];
/** Kilograms are grouped as the user types ("10000" → "10,000"). */
const GROUPED = new Set<string>(['burnValue', 'bufferKg']);

/** Fired on every edit: `pending` when the form differs from the last run's options or cannot run. */
export interface DynamicsSettingsEdit {
  pending: boolean;
}

/**
 * The run settings of the Dynamics view. Fires `plc-dynamics-run` (detail: DynamicsOptions) when the
 * user presses Run and `plc-dynamics-cancel` when they press Cancel.
 */
@localized()
@customElement('plc-dynamics-controls')
export class PlcDynamicsControls extends LitElement {
  static override styles = [
    settingFieldStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
        gap: var(--sl-spacing-small) var(--sl-spacing-medium);
        align-items: start;
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
      .running {
        display: inline-flex;
        align-items: center;
        gap: var(--sl-spacing-x-small);
      }
    `,
  ];

  /** The values the form shows (the latest run's). */
  @property({ attribute: false }) options!: DynamicsOptions;
  @property({ type: Boolean }) running = false;

  @state() private burnKind: BurnKind = 'everyDays';
  /** The message beside each field that cannot run as typed. */
  @state() private messages: Partial<Record<Field, string>> = {};
  @state() private refused = false;
  @query('form') private form!: HTMLFormElement;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('options') && this.options?.burnPolicy) {
      this.burnKind = 'thresholdKg' in this.options.burnPolicy ? 'thresholdKg' : 'everyDays';
    }
  }

  private text(name: string): string {
    return String((this.form.querySelector(`[name="${name}"]`) as SlInput).value ?? '');
  }

  private choice(name: string): string {
    return String((this.form.querySelector(`[name="${name}"]`) as SlSelect).value);
  }

  /** The options as typed, or null with a message beside each field that cannot run (never clamped). */
  private read(): DynamicsOptions | null {
    const messages: Partial<Record<Field, string>> = {};
    const v: Partial<Record<Field, number>> = {};
    for (const name of FIELDS) {
      const check = checkSetting(this.text(name), rule(name, this.burnKind));
      if (check.ok) v[name] = check.value;
      else messages[name] = check.message;
    }
    this.messages = messages;
    if (Object.keys(messages).length > 0) return null;
    return {
      years: v.years!,
      replications: v.replications!,
      seed: v.seed!,
      bufferKg: v.bufferKg!,
      arrivals: this.choice('arrivals') === 'poisson' ? 'poisson' : 'daily',
      failures: this.choice('failures') === 'lognormal' ? 'lognormal' : 'exponential',
      burnPolicy: this.burnKind === 'everyDays' ? { everyDays: v.burnValue! } : { thresholdKg: v.burnValue! },
    };
  }

  private edited(event?: Event): void {
    const input = event?.target as SlInput | undefined;
    if (input && GROUPED.has(input.name)) {
      const grouped = groupDigits(String(input.value ?? ''));
      if (grouped !== input.value) input.value = grouped;
    }
    this.refused = false;
    const read = this.read();
    const o = this.options;
    const same =
      read !== null &&
      read.years === o.years &&
      read.replications === o.replications &&
      read.seed === o.seed &&
      read.bufferKg === (o.bufferKg ?? 0) &&
      read.arrivals === (o.arrivals ?? 'daily') &&
      read.failures === (o.failures ?? 'exponential') &&
      JSON.stringify(read.burnPolicy) === JSON.stringify(o.burnPolicy);
    const pending = !same;
    this.dispatchEvent(new CustomEvent<DynamicsSettingsEdit>('plc-dynamics-edit', { detail: { pending }, bubbles: true, composed: true }));
  }

  private submit(event: Event): void {
    event.preventDefault();
    if (this.running) return;
    const options = this.read();
    this.refused = options === null;
    if (options) this.dispatchEvent(new CustomEvent<DynamicsOptions>('plc-dynamics-run', { detail: options, bubbles: true, composed: true }));
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('plc-dynamics-cancel', { bubbles: true, composed: true }));
  }

  private burnValue(): string {
    const p = this.options.burnPolicy;
    if (this.burnKind === 'everyDays') return String(p && 'everyDays' in p ? p.everyDays : 7);
    return formatNumber(p && 'thresholdKg' in p ? p.thresholdKg : 1000);
  }

  override render() {
    const o = this.options;
    const everyDays = this.burnKind === 'everyDays';
    const m = this.messages;
    return html`<form @submit=${this.submit} @sl-input=${this.edited} @sl-change=${this.edited} aria-label=${msg('Run settings')} novalidate>
      <sl-input
        name="years"
        inputmode="numeric"
        label=${msg('Years (1–5)')}
        value=${String(o.years)}
        help-text=${m.years ?? ''}
        ?data-problem=${!!m.years}
      ></sl-input>
      <sl-input
        name="replications"
        inputmode="numeric"
        label=${msg('Replications (1–100)')}
        value=${String(o.replications)}
        help-text=${m.replications ?? ''}
        ?data-problem=${!!m.replications}
      ></sl-input>
      <sl-input name="seed" inputmode="numeric" label=${msg('Seed')} value=${String(o.seed)} help-text=${m.seed ?? ''} ?data-problem=${!!m.seed}></sl-input>
      <sl-select
        name="burnKind"
        label=${msg('Burn the stockpile')}
        value=${this.burnKind}
        @sl-change=${(e: Event) => (this.burnKind = (e.target as SlSelect).value as BurnKind)}
      >
        <sl-option value="everyDays">${msg('every N days')}</sl-option>
        <sl-option value="thresholdKg">${msg('at a threshold')}</sl-option>
      </sl-select>
      <sl-input
        name="burnValue"
        inputmode="decimal"
        .value=${this.burnValue()}
        label=${everyDays ? msg('Every (working days)') : msg('Threshold (kg plastic)')}
        help-text=${m.burnValue ?? ''}
        ?data-problem=${!!m.burnValue}
      ></sl-input>
      <sl-select name="arrivals" label=${msg('Feed arrives')} value=${o.arrivals ?? 'daily'}>
        <sl-option value="daily">${msg('each morning')}</sl-option>
        <sl-option value="poisson">${msg('in random lots')}</sl-option>
      </sl-select>
      <sl-select name="failures" label=${msg('Failures and repairs')} value=${o.failures ?? 'exponential'}>
        <sl-option value="exponential">${msg('exponential')}</sl-option>
        <sl-option value="lognormal">${msg('lognormal')}</sl-option>
      </sl-select>
      <sl-input
        name="bufferKg"
        inputmode="decimal"
        label=${msg('Buffer size (kg)')}
        value=${formatNumber(o.bufferKg ?? 0)}
        help-text=${m.bufferKg ?? ''}
        ?data-problem=${!!m.bufferKg}
      ></sl-input>
      <div class="actions">
        <sl-button type="submit" variant="primary" ?disabled=${this.running} data-testid="run">${msg('Run')}</sl-button>
        ${this.refused ? html`<p class="refused" role="alert" data-testid="refused">${msg('Not run: correct the fields marked above.')}</p>` : ''}
        ${
          this.running
            ? html`<span class="running" role="status"><sl-spinner aria-hidden="true"></sl-spinner>${msg('Running the replications…')}</span>
                <sl-button @click=${this.cancel} data-testid="cancel">${msg('Cancel')}</sl-button>`
            : html`<span class="hint">${msg('The same seed gives the same result.')}</span>`
        }
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-dynamics-controls': PlcDynamicsControls;
  }
}
