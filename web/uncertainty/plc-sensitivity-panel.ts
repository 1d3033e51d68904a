import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import { SOBOL_BASE_SAMPLES, type SobolOutcome, type SobolRequest } from './uncertainty-run.ts';
import type { RunState } from '../common/run.ts';
import type { SeriesName, Tornado } from '../shared/contract/api-types.ts';
import { formatQuantity } from '../app/format.ts';
import '../common/plc-run-progress.ts';
import './plc-sobol-bars.ts';
import './plc-tornado.ts';
import { panelHeading } from '../common/base-styles.ts';
import { seriesWords } from './uncertainty-words.ts';
import { controlsRow } from '../common/fields/field-styles.ts';
import { selectField, selectFieldStyles } from '../common/fields/select-field.ts';

/**
 * Which inputs matter for one figure: the one-at-a-time tornado and, on demand, the Sobol
 * indices. Fires `plc-sobol-run` (detail: N base samples) when the user asks for the indices.
 */
@localized()
@customElement('plc-sensitivity-panel')
export class PlcSensitivityPanel extends LitElement {
  static override styles = [
    panelHeading,
    controlsRow,
    selectFieldStyles,
    css`
      :host {
        display: block;
      }
      h4 {
        font-size: var(--sl-font-size-medium);
        margin: var(--sl-spacing-medium) 0 var(--sl-spacing-2x-small);
      }
      p {
        margin: 0 0 var(--sl-spacing-small);
        max-width: 48rem;
      }
      .explain {
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-700);
      }
      .controls .select-field {
        width: 12rem;
        max-width: 100%;
      }
      .controls .select-field.series {
        width: 19rem;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
        gap: var(--sl-spacing-large);
      }
    `,
  ];

  @property({ attribute: false }) tornado: Tornado | null = null;
  @property({ attribute: false }) sobol?: RunState<SobolRequest, SobolOutcome>;
  @property() figure: HeadlineFigure = 'pcddf.air';
  @property({ type: Boolean }) paired = false;
  @property() unit = '';
  @property({ attribute: false }) format: (n: number) => string = String;
  @property({ type: Boolean }) busy = false;

  @state() private series: SeriesName = 'difference';
  @state() private baseSamples = 1024;

  private runSobol(): void {
    this.dispatchEvent(new CustomEvent<number>('plc-sobol-run', { detail: this.baseSamples, bubbles: true, composed: true }));
  }

  private renderSobol(series: SeriesName) {
    const s = this.sobol;
    const running = s?.status === 'running';
    // No bar in the run's first 0.1 s (quietStart): until then the disabled button says it runs.
    const progress = running ? s.progress : null;
    const outcome = s?.result?.value;
    const result = outcome?.ok ? outcome.value : null;
    const k = result?.pointers.length ?? 0;
    return html`
      <div class="controls">
        ${selectField({
          label: msg('Base samples N'),
          value: String(this.baseSamples),
          disabled: running,
          choices: SOBOL_BASE_SAMPLES.map((n) => ({ value: String(n), label: formatQuantity(n) })),
          onChange: (v) => (this.baseSamples = Number(v)),
        })}
        <sl-button @click=${this.runSobol} ?disabled=${this.busy || running} data-testid="sobol-run">${msg('Compute Sobol indices')}</sl-button>
      </div>
      ${
        progress
          ? html`<plc-run-progress
              .done=${progress.done}
              .total=${progress.total}
              text=${msg(str`${formatQuantity(progress.done)} of ${formatQuantity(progress.total)} base rows`)}
            ></plc-run-progress>`
          : nothing
      }
      ${s?.status === 'cancelled' ? html`<p role="status">${msg('The Sobol run was cancelled.')}</p>` : nothing}
      ${s?.status === 'failed' ? html`<p role="alert">${msg('The Sobol indices could not be computed:')} ${s.error}</p>` : nothing}
      ${
        result
          ? html`<p class="explain">
                ${msg(str`N = ${formatQuantity(result.baseSamples)} base samples, ${formatQuantity(result.baseSamples * (k + 2))} model runs per scenario. Whiskers: bootstrap 95 % intervals; wide whiskers mean N is too small.`)}
              </p>
              <plc-sobol-bars .indices=${result.figures[this.figure]} .series=${series}></plc-sobol-bars>`
          : html`<p class="explain">${msg('Costlier than the tornado: N × (inputs + 2) model runs per scenario.')}</p>`
      }
    `;
  }

  override render() {
    const series: SeriesName = this.paired ? this.series : 'scenario';
    return html`
      <h3>${msg('Which inputs matter')}</h3>
      ${
        this.paired
          ? html`<div class="controls">
              ${selectField({
                cls: 'series',
                label: msg('Sensitivity of'),
                value: this.series,
                choices: (['difference', 'before', 'after'] as const).map((s) => ({ value: s, label: seriesWords(s) })),
                onChange: (v) => (this.series = v),
              })}
            </div>`
          : nothing
      }
      <div class="grid">
        <section>
          <h4>${msg('One at a time (tornado)')}</h4>
          <p class="explain">${msg('Each input at its 5th and 95th percentile while all others stay at their medians.')}</p>
          <plc-tornado .tornado=${this.tornado ?? undefined} .figure=${this.figure} .series=${series} .unit=${this.unit} .format=${this.format}></plc-tornado>
        </section>
        <section>
          <h4>${msg('All together (Sobol indices)')}</h4>
          <p class="explain">${msg('The share of the variance each input explains alone (first-order) and with its interactions (total).')}</p>
          ${this.renderSobol(series)}
        </section>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-sensitivity-panel': PlcSensitivityPanel;
  }
}
