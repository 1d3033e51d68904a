import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { renderProblem, type Problem } from '../common/issue-list-ready.ts';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { formatNumber } from '../app/format.ts';
import type { ScenarioDocument } from '../app/scenario-draft.ts';
import { HEADLINE_FIGURES, type HeadlineFigure } from '../shared/model/result-types.ts';
import type { Scenario } from '../shared/model/scenario-schema.ts';
import type { SweepAxis } from '../shared/contract/api-types.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import { sweepContext } from './sweep-run.ts';
import { sweepParameters, type SweepParameter } from '../shared/analysis/sweep-axes.ts';
import { chartPanelStyles } from '../common/charts/chart-panel-styles.ts';
import { pointerLabel } from '../common/fields/editor-fields.ts';
import { editorStyles } from './editor-styles.ts';
import { figureHeading, inFigureOrder } from '../app/figures.ts';
import './plc-sweep-result.ts';
import { runningLine } from '../common/base-styles.ts';
import { buttonStyles, spinner, spinnerStyles } from '../common/button-styles.ts';

interface AxisDraft {
  pointer: string;
  from: number;
  to: number;
  steps: number;
}

/**
 * Parameter sweeps: one or two numbers of the scenario over a range, every headline figure
 * computed at each point in the worker (the session's SweepRun: progress, cancel, kept across
 * visits, dimmed once the scenario changes), drawn as a line (one parameter) or a heatmap (two)
 * of the chosen figure, with the numbers as a table and a CSV download.
 */
@localized()
@customElement('plc-sweep-panel')
export class PlcSweepPanel extends LitElement {
  static override styles = [
    buttonStyles,
    spinnerStyles,
    chartPanelStyles,
    editorStyles,
    runningLine,
    css`
      .axis {
        display: grid;
        grid-template-columns: minmax(0, 3fr) repeat(3, minmax(4.5rem, 1fr));
        gap: var(--sl-spacing-x-small);
        align-items: end;
        margin-bottom: var(--sl-spacing-x-small);
      }
      @media (max-width: 40rem) {
        .axis {
          grid-template-columns: repeat(3, minmax(0, 1fr));
        }
        .axis .param {
          grid-column: 1 / -1;
        }
      }
      .problem {
        color: var(--sl-color-danger-700);
        font-size: var(--sl-font-size-small);
      }
      .stale {
        opacity: 0.55;
      }
    `,
  ];

  @property({ attribute: false }) scenario?: ScenarioDocument | null;

  private readonly sweep = new ServiceController(this, sweepContext);
  @state() private axes: AxisDraft[] = [];
  @state() private twoD = false;
  @state() private figure: HeadlineFigure = 'pcddf.total';
  private params: SweepParameter[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('scenario')) return;
    try {
      this.params = this.scenario ? sweepParameters(this.scenario as unknown as Scenario) : [];
    } catch {
      this.params = [];
    }
    const known = (p: string) => this.params.some((q) => q.pointer === p);
    const fresh = (p: SweepParameter | undefined, steps: number): AxisDraft | null => (p ? { pointer: p.pointer, from: p.from, to: p.to, steps } : null);
    const first = this.axes[0] && known(this.axes[0].pointer) ? this.axes[0] : fresh(this.params[0], 21);
    const secondDefault = this.params.find((p) => p.pointer === '/feed/tonnesPerDay') ?? this.params[1];
    const second = this.axes[1] && known(this.axes[1].pointer) ? this.axes[1] : fresh(secondDefault, 11);
    this.axes = [first, second].filter((a): a is AxisDraft => a !== null);
  }

  private setAxis(i: number, patch: Partial<AxisDraft>): void {
    const axes = [...this.axes];
    if (patch.pointer !== undefined) {
      const p = this.params.find((q) => q.pointer === patch.pointer);
      if (p) patch = { ...patch, from: p.from, to: p.to };
    }
    axes[i] = { ...axes[i], ...patch };
    this.axes = axes;
  }

  /** Grid points done and in all, while a sweep runs. */
  private get progress(): [number, number] {
    const p = this.sweep.value?.progress;
    return p ? [p.done, p.total] : [0, 0];
  }

  /** Starts the sweep (the SweepAxis list is public for tests). */
  run(axes: SweepAxis[] = this.twoD ? this.axes : this.axes.slice(0, 1)): Promise<void> {
    const sweep = this.sweep.value;
    if (!sweep || !this.scenario) return Promise.resolve();
    return sweep.start({ scenario: this.scenario, axes: axes.map((a) => ({ ...a })) });
  }

  private axisRow(i: number) {
    const a = this.axes[i];
    const p = this.params.find((q) => q.pointer === a.pointer);
    const currency = typeof this.scenario?.currency === 'string' ? this.scenario.currency : 'VND';
    const num = (key: 'from' | 'to' | 'steps', label: string, min: number, max: number, step: number | 'any') =>
      html`<div class="text-field">
        <label for=${`${key}-${i}`}>${label}</label>
        <input
          id=${`${key}-${i}`}
          type="number"
          name=${`${key}-${i}`}
          .value=${String(a[key])}
          min=${min}
          max=${max}
          step=${step}
          @change=${(e: Event) => this.setAxis(i, { [key]: Number((e.target as HTMLInputElement).value) })}
        />
      </div>`;
    return html`<div class="axis">
      <div class="text-field param">
        <label for=${`param-${i}`}>${i === 0 ? msg('Parameter') : msg('Second parameter')}</label>
        <select id=${`param-${i}`} name=${`param-${i}`} @change=${(e: Event) => this.setAxis(i, { pointer: (e.target as HTMLSelectElement).value })}>
          ${this.params.map((q) => html`<option value=${q.pointer} ?selected=${q.pointer === a.pointer}>${pointerLabel(q.pointer, this.scenario, currency)}</option>`)}
        </select>
      </div>
      ${num('from', msg('From'), p?.lo ?? 0, p?.hi ?? 1e12, 'any')} ${num('to', msg('To'), p?.lo ?? 0, p?.hi ?? 1e12, 'any')}
      ${num('steps', msg('Steps'), 2, i === 0 && !this.twoD ? 201 : 51, 1)}
    </div>`;
  }

  /** The latest sweep, labelled with the scenario it ran on; or why it did not run. */
  private shown() {
    const state = this.sweep.value?.state;
    const done = state?.result;
    const outcome = done?.value;
    const problem: Problem = state?.status === 'failed' ? (state.error ?? '') : outcome && !outcome.ok && state?.status === 'done' ? outcome.errors : '';
    if (!done || !outcome?.ok) return { problem, result: null };
    const scenario = done.request.scenario;
    const currency = typeof scenario.currency === 'string' ? scenario.currency : 'VND';
    const labels = done.request.axes.map((a) => pointerLabel(a.pointer, scenario, currency));
    return { problem, result: { value: outcome.value, labels, currency, stale: this.sweep.value!.isStale(this.scenario) } };
  }

  override render() {
    if (this.axes.length === 0)
      return html`<h3>${msg('Sweeps')}</h3>
        <p class="empty">${msg('No valid scenario to sweep yet.')}</p>`;
    const sweep = this.sweep.value;
    const { problem, result: r } = this.shown();
    const currency = typeof this.scenario?.currency === 'string' ? this.scenario.currency : '';
    return html`
      <h3>${msg('Sweeps')}</h3>
      <p class="note">
        ${msg('Vary one or two numbers of the line over a range and see how a headline figure responds. Shares in a group (composition, routes) keep summing to 1: the others scale.')}
      </p>
      ${this.axisRow(0)}
      <label class="check"
        ><input
          type="checkbox"
          .checked=${this.twoD}
          data-testid="two-d"
          @change=${(e: Event) => {
            this.twoD = (e.target as HTMLInputElement).checked;
          }}
        />
        ${msg('Vary a second parameter (heatmap)')}</label
      >
      ${this.twoD && this.axes[1] ? this.axisRow(1) : nothing}
      <div class="controls">
        <div class="text-field">
          <label for="figure">${msg('Figure shown')}</label>
          <select
            id="figure"
            @change=${(e: Event) => {
              this.figure = (e.target as HTMLSelectElement).value as HeadlineFigure;
            }}
          >
            ${inFigureOrder(HEADLINE_FIGURES).map((f) => html`<option value=${f} ?selected=${f === this.figure}>${figureHeading(f, currency)}</option>`)}
          </select>
        </div>
        ${
          sweep?.running
            ? html`<span class="running" role="status"
                >${spinner}${msg('Computing the sweep in the background…')}
                ${
                  this.progress[1] > 0
                    ? html`<progress max=${this.progress[1]} .value=${this.progress[0]} aria-label=${msg('Sweep progress')}></progress>
                        <span>${msg(str`${formatNumber(this.progress[0])} of ${formatNumber(this.progress[1])} points`)}</span>`
                    : nothing
                } <button type="button" class="btn" @click=${() => sweep.cancel()}>${msg('Cancel')}</button></span
              >`
            : html`<button type="button" class="btn primary" data-testid="sweep-run" @click=${() => void this.run()}>${msg('Run the sweep')}</button>`
        }
      </div>
      ${renderProblem(this, problem)}
      ${
        r
          ? html`${r.stale ? html`<p class="note">${msg('These results are for an earlier scenario; press Run to update them.')}</p>` : nothing}
              <div class=${r.stale ? 'stale' : ''} data-testid="sweep-results">
                <plc-sweep-result .result=${r.value} .labels=${r.labels} .figure=${this.figure} currency=${r.currency}></plc-sweep-result>
                <p class="note">${msg(str`${r.value.points} points computed in ${Math.round(r.value.elapsedMs)} ms.`)}</p>
              </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-sweep-panel': PlcSweepPanel;
  }
}
