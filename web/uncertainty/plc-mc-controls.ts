import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.js';
import { DRAWS_MAX, DRAWS_MIN, type Comparison, type McSettings } from './uncertainty-run.ts';
import { defaultWorkerCount } from '../common/worker-pool.ts';
import { checkSetting, groupDigits, settingFieldStyles, type SettingRule } from '../common/fields/setting-check.ts';
import { formatNumber } from '../app/format.ts';

const RULES: Record<'draws' | 'seed', SettingRule> = {
  draws: { min: DRAWS_MIN, max: DRAWS_MAX, integer: true },
  seed: { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true },
};

/** Fired on every edit: `pending` when what the form shows differs from the last run's settings
 *  (or cannot run), so the view marks the results as stale. */
export interface McSettingsEdit {
  pending: boolean;
}

/**
 * The Monte Carlo settings: comparison, draws, seed and workers. Fires `plc-mc-run` (detail:
 * McSettings) when the user presses Run.
 */
@localized()
@customElement('plc-mc-controls')
export class PlcMcControls extends LitElement {
  static override styles = [
    settingFieldStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
        gap: var(--sl-spacing-small) var(--sl-spacing-medium);
        align-items: start;
      }
      .wide {
        grid-column: span 2;
      }
      @media (max-width: 30rem) {
        .wide {
          grid-column: 1 / -1;
        }
      }
      .actions {
        grid-column: 1 / -1;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sl-spacing-small);
      }
      .hint {
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-700);
      }
    `,
  ];

  @property({ attribute: false }) settings!: McSettings;
  @property({ type: Boolean }) running = false;
  /** Number of measures of the pilot preset, for its label. */
  @property({ type: Number }) pilotMeasures = 0;

  @query('form') private form!: HTMLFormElement;
  /** The message beside each field that cannot run as typed. */
  @state() private messages: Partial<Record<keyof typeof RULES, string>> = {};
  @state() private refused = false;

  private field<T extends SlInput | SlSelect>(name: string): T {
    return this.form.querySelector(`[name="${name}"]`) as T;
  }

  /** The settings as typed, or null with a message beside each field that cannot run. */
  private read(): McSettings | null {
    const messages: typeof this.messages = {};
    const values: Partial<Record<keyof typeof RULES, number>> = {};
    for (const name of Object.keys(RULES) as (keyof typeof RULES)[]) {
      const check = checkSetting(String(this.field<SlInput>(name).value ?? ''), RULES[name]);
      if (check.ok) values[name] = check.value;
      else messages[name] = check.message;
    }
    this.messages = messages;
    if (values.draws === undefined || values.seed === undefined) return null;
    return {
      comparison: (this.field<SlSelect>('comparison').value === 'none' ? 'none' : 'minh-khai-pilot') as Comparison,
      draws: values.draws,
      seed: values.seed,
      workers: Number(this.field<SlSelect>('workers').value) || 1,
    };
  }

  private edited(event?: Event): void {
    const input = event?.target as SlInput | undefined;
    // Draws are grouped as the user types ("10000" → "10,000").
    if (input?.name === 'draws') {
      const grouped = groupDigits(String(input.value ?? ''));
      if (grouped !== input.value) input.value = grouped;
    }
    this.refused = false;
    const read = this.read();
    const s = this.settings;
    const pending = !read || read.draws !== s.draws || read.seed !== s.seed || read.workers !== s.workers || read.comparison !== s.comparison;
    this.dispatchEvent(new CustomEvent<McSettingsEdit>('plc-mc-edit', { detail: { pending }, bubbles: true, composed: true }));
  }

  private submit(event: Event): void {
    event.preventDefault();
    if (this.running) return;
    const settings = this.read();
    this.refused = settings === null;
    if (settings) this.dispatchEvent(new CustomEvent<McSettings>('plc-mc-run', { detail: settings, bubbles: true, composed: true }));
  }

  override render() {
    const s = this.settings;
    // No more workers than the machine has cores (navigator.hardwareConcurrency, at most 8).
    const cores = defaultWorkerCount();
    const workers = Array.from({ length: cores }, (_, i) => i + 1);
    const m = this.messages;
    return html`<form @submit=${this.submit} @sl-input=${this.edited} @sl-change=${this.edited} aria-label=${msg('Monte Carlo settings')} novalidate>
      <sl-select class="wide" name="comparison" label=${msg('Compare with')} value=${s.comparison}>
        <sl-option value="minh-khai-pilot">${msg('Minh Khai pilot measures')} (${this.pilotMeasures})</sl-option>
        <sl-option value="none">${msg('No comparison')}</sl-option>
      </sl-select>
      <sl-input
        name="draws"
        inputmode="numeric"
        label=${msg('Draws (1,000–100,000)')}
        value=${formatNumber(s.draws)}
        help-text=${m.draws ?? ''}
        ?data-problem=${!!m.draws}
      ></sl-input>
      <sl-input name="seed" inputmode="numeric" label=${msg('Seed')} value=${String(s.seed)} help-text=${m.seed ?? ''} ?data-problem=${!!m.seed}></sl-input>
      <sl-select
        name="workers"
        label=${msg('Processing threads', { desc: 'Uncertainty: how many web workers (threads of the computer) run the draws; not people' })}
        value=${String(Math.min(s.workers, cores))}
        help-text=${msg(str`This computer has ${cores} processing threads.`)}
      >
        ${workers.map((n) => html`<sl-option value=${String(n)}>${n}</sl-option>`)}
      </sl-select>
      <div class="actions">
        <sl-button type="submit" variant="primary" ?disabled=${this.running} data-testid="run">${msg('Run')}</sl-button>
        ${this.refused ? html`<p class="refused" role="alert" data-testid="refused">${msg('Not run: correct the fields marked above.')}</p>` : ''}
        <span class="hint">${msg('The same seed gives the same result, whatever the number of workers.')}</span>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-mc-controls': PlcMcControls;
  }
}
