import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.js';
import { DRAWS_MAX, DRAWS_MIN, type Comparison, type McSettings } from './uncertainty-run.ts';
import { MAX_WORKERS } from '../common/worker-pool.ts';

const clamp = (x: number, lo: number, hi: number, fallback: number) => (Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : fallback);

/**
 * The Monte Carlo settings: comparison, draws, seed and workers. Fires `plc-mc-run` (detail:
 * McSettings) when the user presses Run.
 */
@localized()
@customElement('plc-mc-controls')
export class PlcMcControls extends LitElement {
  static override styles = css`
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
  `;

  @property({ attribute: false }) settings!: McSettings;
  @property({ type: Boolean }) running = false;
  /** Number of measures of the pilot preset, for its label. */
  @property({ type: Number }) pilotMeasures = 0;

  @query('form') private form!: HTMLFormElement;

  private field<T extends SlInput | SlSelect>(name: string): T {
    return this.form.querySelector(`[name="${name}"]`) as T;
  }

  private number(name: string): number {
    const text = String(this.field<SlInput>(name).value ?? '').trim();
    return text === '' ? NaN : Number(text);
  }

  private read(): McSettings {
    const d = this.settings;
    return {
      comparison: (this.field<SlSelect>('comparison').value === 'none' ? 'none' : 'minh-khai-pilot') as Comparison,
      draws: Math.round(clamp(this.number('draws'), DRAWS_MIN, DRAWS_MAX, d.draws)),
      seed: Math.round(clamp(this.number('seed'), 0, Number.MAX_SAFE_INTEGER, d.seed)),
      workers: Math.round(clamp(Number(this.field<SlSelect>('workers').value), 1, MAX_WORKERS, d.workers)),
    };
  }

  private submit(event: Event): void {
    event.preventDefault();
    if (this.running) return;
    this.dispatchEvent(new CustomEvent<McSettings>('plc-mc-run', { detail: this.read(), bubbles: true, composed: true }));
  }

  override render() {
    const s = this.settings;
    const workers = Array.from({ length: MAX_WORKERS }, (_, i) => i + 1);
    return html`<form @submit=${this.submit} aria-label=${msg('Monte Carlo settings')}>
      <sl-select class="wide" name="comparison" label=${msg('Compare with')} value=${s.comparison}>
        <sl-option value="minh-khai-pilot">${msg('Minh Khai pilot measures')} (${this.pilotMeasures})</sl-option>
        <sl-option value="none">${msg('No comparison')}</sl-option>
      </sl-select>
      <sl-input
        name="draws"
        type="number"
        min=${DRAWS_MIN}
        max=${DRAWS_MAX}
        step="1000"
        label=${msg('Draws (1,000–100,000)')}
        value=${String(s.draws)}
      ></sl-input>
      <sl-input name="seed" type="number" min="0" step="1" label=${msg('Seed')} value=${String(s.seed)}></sl-input>
      <sl-select
        name="workers"
        label=${msg('Worker threads', { desc: 'Processing threads of the computer that share the Monte Carlo draws' })}
        value=${String(s.workers)}
      >
        ${workers.map((n) => html`<sl-option value=${String(n)}>${n}</sl-option>`)}
      </sl-select>
      <div class="actions">
        <sl-button type="submit" variant="primary" ?disabled=${this.running} data-testid="run">${msg('Run')}</sl-button>
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
