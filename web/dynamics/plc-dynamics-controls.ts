import { css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import type { DynamicsOptions } from '../shared/contract/api-types.ts';
import type { SettingRule } from '../common/fields/setting-check.ts';
import { RunSettingsForm, runSettingsStyles } from '../common/run-settings-form.ts';
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

/**
 * The run settings of the Dynamics view. Fires `plc-dynamics-run` (detail: DynamicsOptions) when the
 * user presses Run and `plc-dynamics-cancel` when they press Cancel.
 */
@localized()
@customElement('plc-dynamics-controls')
export class PlcDynamicsControls extends RunSettingsForm<Field, DynamicsOptions> {
  static override styles = [
    ...runSettingsStyles,
    css`
      /* Wide enough for the longest Vietnamese choice ("cứ N ngày một lần") without an ellipsis. */
      :host {
        --plc-settings-column: 13rem;
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

  @state() private burnKind: BurnKind = 'everyDays';

  protected readonly events = 'plc-dynamics';
  /** Kilograms are grouped as the user types ("10000" → "10,000"). */
  protected readonly grouped: ReadonlySet<string> = new Set(['burnValue', 'bufferKg']);

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('options') && this.options?.burnPolicy) {
      this.burnKind = 'thresholdKg' in this.options.burnPolicy ? 'thresholdKg' : 'everyDays';
    }
  }

  protected read(): DynamicsOptions | null {
    const v = this.checkFields(FIELDS, (name) => rule(name, this.burnKind));
    if (v === null) return null;
    return {
      years: v.years,
      replications: v.replications,
      seed: v.seed,
      bufferKg: v.bufferKg,
      arrivals: this.text('arrivals') === 'poisson' ? 'poisson' : 'daily',
      failures: this.text('failures') === 'lognormal' ? 'lognormal' : 'exponential',
      burnPolicy: this.burnKind === 'everyDays' ? { everyDays: v.burnValue } : { thresholdKg: v.burnValue },
    };
  }

  protected same(read: DynamicsOptions): boolean {
    const o = this.options;
    return (
      read.years === o.years &&
      read.replications === o.replications &&
      read.seed === o.seed &&
      read.bufferKg === (o.bufferKg ?? 0) &&
      read.arrivals === (o.arrivals ?? 'daily') &&
      read.failures === (o.failures ?? 'exponential') &&
      JSON.stringify(read.burnPolicy) === JSON.stringify(o.burnPolicy)
    );
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
    const fields = html`${this.numberField('years', msg('Years (1–5)'), String(o.years))}
      ${this.numberField('replications', msg('Replications (1–100)'), String(o.replications))} ${this.numberField('seed', msg('Seed'), String(o.seed))}
      ${this.choiceField(
        'burnKind',
        msg('Burn the stockpile'),
        this.burnKind,
        [
          { value: 'everyDays', label: msg('every N days') },
          { value: 'thresholdKg', label: msg('at a threshold') },
        ],
        { onChange: (v) => (this.burnKind = v as BurnKind) },
      )}
      <sl-input
        name="burnValue"
        inputmode="decimal"
        .value=${this.burnValue()}
        label=${everyDays ? msg('Every (working days)') : msg('Threshold (kg plastic)')}
        help-text=${m.burnValue ?? ''}
        ?data-problem=${!!m.burnValue}
      ></sl-input>
      ${this.choiceField('arrivals', msg('Feed arrives'), o.arrivals ?? 'daily', [
        { value: 'daily', label: msg('each morning') },
        { value: 'poisson', label: msg('in random lots') },
      ])}
      ${this.choiceField('failures', msg('Failures and repairs'), o.failures ?? 'exponential', [
        { value: 'exponential', label: msg('exponential') },
        { value: 'lognormal', label: msg('lognormal') },
      ])}
      ${this.numberField('bufferKg', msg('Buffer size (kg)'), formatNumber(o.bufferKg ?? 0), 'decimal')}`;
    const beside = this.running
      ? html`<span class="running" role="status"><sl-spinner aria-hidden="true"></sl-spinner>${msg('Running the replications…')}</span>
          <sl-button @click=${this.cancel} data-testid="cancel">${msg('Cancel')}</sl-button>`
      : html`<span class="hint">${msg('The same seed gives the same result.')}</span>`;
    return this.renderForm(msg('Run settings'), fields, beside);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-dynamics-controls': PlcDynamicsControls;
  }
}
