import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { DRAWS_MAX, DRAWS_MIN, type Comparison, type McSettings } from './uncertainty-run.ts';
import { defaultWorkerCount } from '../common/worker-pool.ts';
import type { SettingRule } from '../common/fields/setting-check.ts';
import { RunSettingsForm, runSettingsStyles } from '../common/run-settings-form.ts';
import { formatNumber } from '../app/format.ts';

type Field = 'draws' | 'seed';

const RULES: Record<Field, SettingRule> = {
  draws: { min: DRAWS_MIN, max: DRAWS_MAX, integer: true },
  seed: { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true },
};

/**
 * The Monte Carlo settings: comparison, draws, seed and workers. Fires `plc-mc-run` (detail:
 * McSettings) when the user presses Run.
 */
@localized()
@customElement('plc-mc-controls')
export class PlcMcControls extends RunSettingsForm<Field, McSettings> {
  static override styles = [
    ...runSettingsStyles,
    css`
      .wide {
        grid-column: span 2;
      }
      @media (max-width: 30rem) {
        .wide {
          grid-column: 1 / -1;
        }
      }
    `,
  ];

  @property({ attribute: false }) settings!: McSettings;
  /** Number of measures of the pilot preset, for its label. */
  @property({ type: Number }) pilotMeasures = 0;

  protected readonly events = 'plc-mc';
  /** Draws are grouped as the user types ("10000" → "10,000"). */
  protected readonly grouped: ReadonlySet<string> = new Set(['draws']);

  protected read(): McSettings | null {
    const values = this.checkFields(['draws', 'seed'], (name) => RULES[name]);
    if (values === null) return null;
    return {
      comparison: (this.text('comparison') === 'none' ? 'none' : 'minh-khai-pilot') as Comparison,
      draws: values.draws,
      seed: values.seed,
      workers: Number(this.text('workers')) || 1,
    };
  }

  protected same(read: McSettings): boolean {
    const s = this.settings;
    return read.draws === s.draws && read.seed === s.seed && read.workers === s.workers && read.comparison === s.comparison;
  }

  override render() {
    const s = this.settings;
    // No more workers than the machine has cores (navigator.hardwareConcurrency, at most 8).
    const cores = defaultWorkerCount();
    const workers = Array.from({ length: cores }, (_, i) => i + 1);
    const fields = html`${this.choiceField(
      'comparison',
      msg('Compare with'),
      s.comparison,
      [
        { value: 'minh-khai-pilot', label: `${msg('Minh Khai pilot measures')} (${this.pilotMeasures})` },
        { value: 'none', label: msg('No comparison') },
      ],
      { cls: 'wide' },
    )}
    ${this.numberField('draws', msg('Draws (1,000–100,000)'), formatNumber(s.draws))} ${this.numberField('seed', msg('Seed'), String(s.seed))}
    ${this.choiceField(
      'workers',
      msg('Processing threads', { desc: 'Uncertainty: how many web workers (threads of the computer) run the draws; not people' }),
      String(Math.min(s.workers, cores)),
      workers.map((n) => ({ value: String(n), label: String(n) })),
      { help: msg(str`This computer has ${cores} processing threads.`) },
    )}`;
    return this.renderForm(
      msg('Monte Carlo settings'),
      fields,
      html`<span class="hint">${msg('The same seed gives the same result, whatever the number of workers.')}</span>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-mc-controls': PlcMcControls;
  }
}
