import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import { HISTOGRAM_COLOURS } from './histogram.ts';
import { selectField, selectFieldStyles } from '../common/fields/select-field.ts';
import { HEADLINE_FIGURES, type HeadlineFigure } from '../shared/model/result-types.ts';
import { PILOT_MEASURE_IDS } from '../shared/model/bundled-data.ts';
import { draftContext, simulationContext } from '../app/contexts.ts';
import { formatNumber, formatQuantity } from '../app/format.ts';
import { releaseMethodOf, setReleaseMethod } from '../app/release-method.ts';
import type { RunResult } from '../common/run.ts';
import { uncertaintyContext, type McRequest, type McResult, type McSettings, type UncertaintyRun } from './uncertainty-run.ts';
import { installBenchHook } from './bench-hook.ts';
import { formatShare, probabilitySentence } from './uncertainty-words.ts';
import { figureLabel, figureUnit, formatFigure, inFigureOrder } from '../app/figures.ts';
import './plc-histogram.ts';
import { warningsAlert } from '../common/plc-issue-list.ts';
import './plc-mc-controls.ts';
import type { RunSettingsEdit } from '../common/run-settings-form.ts';
import './plc-mc-table.ts';
import type { MethodChangeEvent } from '../common/plc-method-switch.ts';
import '../common/plc-method-switch.ts';
import '../common/plc-run-progress.ts';
import './plc-sensitivity-panel.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import { sectionStack, viewStyles } from '../common/view-styles.ts';
import { runEndNotice, staleNotice } from '../common/run-notices.ts';
import { autoGrid } from '../common/base-styles.ts';

const ONE_DECIMAL: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

/**
 * The Uncertainty view (MODEL.md section 5): a Monte Carlo run of the current scenario, paired
 * with the Minh Khai pilot measures or alone, spread over a pool of workers; histograms,
 * the probability that after is better, a table of every headline figure, and sensitivity.
 */
@localized()
@customElement('plc-uncertainty-view')
export class PlcUncertaintyView extends LitElement {
  static override styles = [
    viewStyles,
    sectionStack,
    selectFieldStyles,
    css`
      plc-method-switch {
        margin-bottom: var(--sl-spacing-small);
      }
      plc-run-progress {
        margin-top: var(--sl-spacing-medium);
      }
      .figure-select {
        max-width: 22rem;
        margin-bottom: var(--sl-spacing-small);
      }
      .probability {
        font-size: var(--sl-font-size-large);
        font-weight: var(--sl-font-weight-semibold);
        margin: 0 0 var(--sl-spacing-medium);
        padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
        border-left: 4px solid #009e73;
        background: var(--sl-color-neutral-50);
        max-width: 48rem;
      }
      .histograms {
        ${autoGrid('19rem')}
        gap: var(--sl-spacing-large);
      }
    `,
  ];

  private readonly draft = new ServiceController(this, draftContext);
  private readonly simulation = new ServiceController(this, simulationContext);
  private readonly uncertainty = new ServiceController(this, uncertaintyContext);

  @state() private figure: HeadlineFigure = 'pcddf.air';
  /** The settings typed differ from the shown results' (or cannot run): the results are marked stale. */
  @state() private settingsPending = false;
  @query('h2') private headingEl!: HTMLElement;

  focusHeading(): void {
    this.headingEl?.focus();
  }

  /** The session's run (it outlives this view). */
  get run(): UncertaintyRun | undefined {
    return this.uncertainty.value;
  }

  /** The scenario the Run button samples. */
  get scenario(): object | undefined {
    return this.draft.value?.scenario ?? undefined;
  }

  /** Releases the session's pool, which keeps its workers while this view is open (WorkerHost.hold). */
  private releasePool: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    installBenchHook(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releasePool?.();
    this.releasePool = null;
  }

  protected override willUpdate(): void {
    const run = this.run;
    const scenario = this.scenario;
    if (this.releasePool || !run || !scenario) return;
    // While the view is open, a run finds the workers started, their code and the Wasm core loaded,
    // however long the user looked at the view or the last result: starting them at Run cost more
    // than a second worker saved. They start now, while the user reads.
    this.releasePool = run.pool.hold();
    void run.warm(scenario);
  }

  private start(event: CustomEvent<McSettings>): void {
    const scenario = this.scenario;
    this.settingsPending = false;
    if (scenario) void this.run?.start(scenario, event.detail);
  }

  /** The formatting function of a figure, the same one from render to render: a new function
   *  would change the charts' options, and every chart of the result shown would be redrawn at
   *  each render, that is at each block of draws of the next run, on the thread that shares the
   *  cores with the workers. */
  private formats = new Map<string, (n: number) => string>();
  private formatOf(f: HeadlineFigure): (n: number) => string {
    const currency = this.currency();
    const key = `${f} ${currency}`;
    let format = this.formats.get(key);
    if (!format) this.formats.set(key, (format = (n: number) => formatFigure(f, n, currency)));
    return format;
  }

  private currency(): string {
    return (this.draft.value?.scenario?.currency as string | undefined) ?? '';
  }

  /** The release method of the scenario the next run samples (MODEL.md 3.1a). */
  private renderMethod() {
    const draft = this.draft.value;
    const run = this.simulation.value;
    const outcome = run?.status === 'done' ? run.result?.value : undefined;
    const chlorine = outcome?.ok ? outcome.result.chlorine : undefined;
    return html`<plc-method-switch
      method=${releaseMethodOf(draft?.scenario)}
      .clFraction=${chlorine?.poolClFraction}
      .multiplier=${chlorine?.adjustedMultiplier.openBurning}
      @plc-method-change=${(e: MethodChangeEvent) => draft && setReleaseMethod(draft, e.detail.method)}
    ></plc-method-switch>`;
  }

  private renderProgress() {
    const state = this.run?.mc.state;
    // Until the run's first report (0.1 s in, quietStart) the Run button's state says it is running.
    if (state?.status !== 'running' || !state.progress) return nothing;
    const { done, total, phase } = state.progress;
    const text =
      phase === 'draws'
        ? msg(str`${formatQuantity(done)} of ${formatQuantity(total)} draws`)
        : phase === 'summary'
          ? msg('Summarising the draws…')
          : msg('Computing the tornado…');
    return html`<plc-run-progress .done=${done} .total=${total} text=${text}></plc-run-progress>`;
  }

  private renderHistograms(r: McResult, f: HeadlineFigure) {
    const d = r.distributions![f];
    const unit = figureUnit(f, this.currency());
    const format = this.formatOf(f);
    const h = d.histogram,
      ah = d.afterHistogram,
      dh = d.differenceHistogram;
    const one = (heading: string, colour: string, edges: number[], counts: number[], summary: typeof d.before | undefined, outside: [number, number]) =>
      html`<plc-histogram
        heading=${heading}
        colour=${colour}
        unit=${unit}
        .edges=${edges}
        .counts=${counts}
        .summary=${summary}
        .outside=${outside}
        .format=${format}
      ></plc-histogram>`;
    return html`<div class="histograms">
      ${one(r.paired ? msg('Before') : msg('Scenario'), HISTOGRAM_COLOURS.before, h.edges, h.counts[0], d.before, [h.below[0], h.above[0]])}
      ${r.paired && ah ? one(msg('After (pilot measures)'), HISTOGRAM_COLOURS.after, ah.edges, ah.counts[0], d.after, [ah.below[0], ah.above[0]]) : nothing}
      ${r.paired && dh ? one(msg('Difference (after − before)'), HISTOGRAM_COLOURS.difference, dh.edges, dh.counts[0], d.difference, [dh.below[0], dh.above[0]]) : nothing}
    </div>`;
  }

  private renderResult({ request, value: r }: RunResult<McRequest, McResult>, staleScenario: boolean) {
    const stale = staleScenario || this.settingsPending;
    const warnings = warningsAlert(r.warnings);
    if (r.errors || !r.distributions) {
      return html`<sl-alert variant="danger" open data-testid="errors"
          ><strong>${msg('This scenario cannot be sampled:')}</strong> <plc-issue-list .issues=${r.errors ?? []}></plc-issue-list></sl-alert
        >${warnings}`;
    }
    const f = this.figure;
    const d = r.distributions[f];
    const s = request.settings;
    const facts = r.paired
      ? msg(
          str`${formatQuantity(s.draws)} paired draws (before and after share each input's draws), seed ${s.seed}, ${s.workers} workers: ${formatNumber(r.elapsedMs / 1000, ONE_DECIMAL)} s.`,
        )
      : msg(str`${formatQuantity(s.draws)} draws, seed ${s.seed}, ${s.workers} workers: ${formatNumber(r.elapsedMs / 1000, ONE_DECIMAL)} s.`);
    const unit = figureUnit(f, this.currency());
    const busy = this.run?.mc.running ?? false;
    return html` ${staleNotice(staleScenario, this.settingsPending, 'run-facts')} ${warnings}
      <div class=${stale ? 'stale' : ''} data-testid="mc-results">
        <section class="panel">
          <h3>${msg('One figure over the draws')}</h3>
          <p class="run-facts" data-testid="run-facts">${facts}</p>
          ${selectField({
            cls: 'figure-select',
            label: msg('Figure'),
            value: f,
            testid: 'figure',
            choices: inFigureOrder(HEADLINE_FIGURES).map((x) => ({ value: x, label: figureLabel(x) })),
            onChange: (v) => (this.figure = v),
          })}
          ${
            d.probability
              ? html`<p class="probability" data-testid="probability">
                  ${
                    d.probability.equal === 1
                      ? msg(str`${figureLabel(f)}: the same before and after in every draw.`)
                      : html`${probabilitySentence(f, d.probability.better)}
                        ${d.probability.equal > 0 ? msg(str`In ${formatShare(d.probability.equal)} it is the same.`) : nothing}`
                  }
                </p>`
              : nothing
          }
          ${this.renderHistograms(r, f)}
        </section>
        <section class="panel">
          <h3>${msg('Every headline figure')}</h3>
          <plc-mc-table .distributions=${r.distributions} currency=${this.currency()} chosen=${f}></plc-mc-table>
        </section>
        <section class="panel">
          <plc-sensitivity-panel
            .tornado=${r.tornado}
            .sobol=${this.run?.sobol.state}
            figure=${f}
            ?paired=${r.paired}
            unit=${unit}
            .format=${this.formatOf(f)}
            ?busy=${busy}
            @plc-sobol-run=${(e: CustomEvent<number>) => void this.run?.startSobol(e.detail)}
          ></plc-sensitivity-panel>
        </section>
      </div>`;
  }

  override render() {
    const run = this.run;
    const result = run?.mc.result;
    return html`
      <h2 tabindex="-1">${msg('Uncertainty')}</h2>
      <p class="intro">
        ${msg('Emission factors are known only to within an order of magnitude. This view draws them (and any other uncertain inputs of the scenario) thousands of times and shows ranges instead of single numbers: how likely the measures are to help, and which inputs matter most.')}
      </p>
      <section class="panel" @plc-run-cancel=${() => run?.cancel()}>
        ${this.renderMethod()}
        ${
          run
            ? html`<plc-mc-controls
                  .settings=${run.settings}
                  ?running=${run.mc.running}
                  .pilotMeasures=${PILOT_MEASURE_IDS.length}
                  @plc-mc-run=${this.start}
                  @plc-mc-edit=${(e: CustomEvent<RunSettingsEdit>) => (this.settingsPending = e.detail.pending)}
                ></plc-mc-controls
                >${this.renderProgress()}`
            : html`<p>${msg('Loading the scenario…')}</p>`
        }
      </section>
      ${runEndNotice(run?.mc.state, msg('The Monte Carlo run failed.'), 'run-facts')}
      <div @plc-run-cancel=${() => run?.cancel()}>${result ? this.renderResult(result, run!.mc.isStale(this.draft.value?.scenario)) : nothing}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-uncertainty-view': PlcUncertaintyView;
  }
}
