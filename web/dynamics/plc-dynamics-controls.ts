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

export const YEARS_MAX = 5;
export const REPLICATIONS_MAX = 100;

type BurnKind = 'everyDays' | 'thresholdKg';

const clamp = (x: number, lo: number, hi: number, fallback: number) => (Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : fallback);

/**
 * The run settings of the Dynamics view. Fires `plc-dynamics-run` (detail: DynamicsOptions) when the
 * user presses Run and `plc-dynamics-cancel` when they press Cancel.
 */
@localized()
@customElement('plc-dynamics-controls')
export class PlcDynamicsControls extends LitElement {
  static override styles = css`
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
  `;

  /** The values the form shows (the latest run's). */
  @property({ attribute: false }) options!: DynamicsOptions;
  @property({ type: Boolean }) running = false;

  @state() private burnKind: BurnKind = 'everyDays';
  @query('form') private form!: HTMLFormElement;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('options') && this.options?.burnPolicy) {
      this.burnKind = 'thresholdKg' in this.options.burnPolicy ? 'thresholdKg' : 'everyDays';
    }
  }

  /** NaN when empty; read from `value` because `valueAsNumber` lags a value set by script until the next render. */
  private number(name: string): number {
    const text = String((this.form.querySelector(`[name="${name}"]`) as SlInput).value ?? '').trim();
    return text === '' ? NaN : Number(text);
  }

  private choice(name: string): string {
    return String((this.form.querySelector(`[name="${name}"]`) as SlSelect).value);
  }

  private read(): DynamicsOptions {
    const d = this.options;
    const burnValue = this.number('burnValue');
    return {
      years: Math.round(clamp(this.number('years'), 1, YEARS_MAX, d.years)),
      replications: Math.round(clamp(this.number('replications'), 1, REPLICATIONS_MAX, d.replications)),
      seed: Math.round(clamp(this.number('seed'), 0, Number.MAX_SAFE_INTEGER, d.seed)),
      bufferKg: clamp(this.number('bufferKg'), 0, 1e7, d.bufferKg ?? 0),
      arrivals: this.choice('arrivals') === 'poisson' ? 'poisson' : 'daily',
      failures: this.choice('failures') === 'lognormal' ? 'lognormal' : 'exponential',
      burnPolicy: this.burnKind === 'everyDays' ? { everyDays: Math.round(clamp(burnValue, 1, 365, 7)) } : { thresholdKg: clamp(burnValue, 0, 1e7, 1000) },
    };
  }

  private submit(event: Event): void {
    event.preventDefault();
    if (this.running) return;
    this.dispatchEvent(new CustomEvent<DynamicsOptions>('plc-dynamics-run', { detail: this.read(), bubbles: true, composed: true }));
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('plc-dynamics-cancel', { bubbles: true, composed: true }));
  }

  private burnValue(): string {
    const p = this.options.burnPolicy;
    if (this.burnKind === 'everyDays') return String(p && 'everyDays' in p ? p.everyDays : 7);
    return String(p && 'thresholdKg' in p ? p.thresholdKg : 1000);
  }

  override render() {
    const o = this.options;
    const everyDays = this.burnKind === 'everyDays';
    return html`<form @submit=${this.submit} aria-label=${msg('Run settings')}>
      <sl-input name="years" type="number" min="1" max=${YEARS_MAX} step="1" label=${msg('Years (1–5)')} value=${String(o.years)}></sl-input>
      <sl-input
        name="replications"
        type="number"
        min="1"
        max=${REPLICATIONS_MAX}
        step="1"
        label=${msg('Replications (1–100)')}
        value=${String(o.replications)}
      ></sl-input>
      <sl-input name="seed" type="number" min="0" step="1" label=${msg('Seed')} value=${String(o.seed)}></sl-input>
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
        type="number"
        step=${everyDays ? '1' : 'any'}
        min=${everyDays ? '1' : '0'}
        max=${everyDays ? '365' : '10000000'}
        .value=${this.burnValue()}
        label=${everyDays ? msg('Every (working days)') : msg('Threshold (kg plastic)')}
      ></sl-input>
      <sl-select name="arrivals" label=${msg('Feed arrives')} value=${o.arrivals ?? 'daily'}>
        <sl-option value="daily">${msg('each morning')}</sl-option>
        <sl-option value="poisson">${msg('in random lots')}</sl-option>
      </sl-select>
      <sl-select name="failures" label=${msg('Failures and repairs')} value=${o.failures ?? 'exponential'}>
        <sl-option value="exponential">${msg('exponential')}</sl-option>
        <sl-option value="lognormal">${msg('lognormal')}</sl-option>
      </sl-select>
      <sl-input name="bufferKg" type="number" min="0" step="any" label=${msg('Buffer size (kg)')} value=${String(o.bufferKg ?? 0)}></sl-input>
      <div class="actions">
        <sl-button type="submit" variant="primary" ?disabled=${this.running} data-testid="run">${msg('Run')}</sl-button>
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
