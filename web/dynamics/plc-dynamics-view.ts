import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import { draftContext } from '../app/contexts.ts';
import type { DynamicsOptions, DynamicsOutcome } from '../shared/contract/api-types.ts';
import type { RunResult } from '../common/run.ts';
import { dynamicsContext, type DynamicsRequest } from './dynamics-run.ts';
import { dynamicsViewModel } from './dynamics-view-model.ts';
import { formatQuantity } from '../app/format.ts';
import './plc-dynamics-comparison.ts';
import './plc-dynamics-controls.ts';
import type { RunSettingsEdit } from '../common/run-settings-form.ts';
import './plc-dynamics-timeline.ts';
import { errorsAlert, warningsAlert } from '../common/plc-issue-list.ts';
import './plc-throughput-chart.ts';
import './plc-utilisation-chart.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import { sectionStack, viewStyles } from '../common/view-styles.ts';
import { runEndNotice, staleNotice } from '../common/run-notices.ts';

/**
 * The Dynamics view: discrete-event replications of the current line (MODEL.md section 7). The
 * first visit for a scenario runs once with the defaults (1 year, 10 replications, about a
 * second); after that only the Run button starts a run.
 */
@localized()
@customElement('plc-dynamics-view')
export class PlcDynamicsView extends LitElement {
  static override styles = [
    viewStyles,
    sectionStack,
    css`
      .status {
        margin: 0 0 var(--sl-spacing-medium);
      }
    `,
  ];

  private readonly draft = new ServiceController(this, draftContext);
  /** The session's dynamics run (kept across visits). */
  private readonly dynamics = new ServiceController(this, dynamicsContext);

  @query('h2') private headingEl!: HTMLElement;
  /** The settings typed differ from the shown results' (or cannot run): the results are marked stale. */
  @state() private settingsPending = false;

  focusHeading(): void {
    this.headingEl?.focus();
  }

  protected override updated(): void {
    // The first visit for a scenario runs once with the last (at first the default) options.
    // Started after this update, not inside it: the run's `change` event asks for the next one.
    const dynamics = this.dynamics.value;
    const scenario = this.draft.value?.scenario;
    if (dynamics && scenario && this.isConnected) queueMicrotask(() => void dynamics.ensureFor(scenario));
  }

  private run(event: CustomEvent<DynamicsOptions>): void {
    const scenario = this.draft.value?.scenario;
    this.settingsPending = false;
    if (scenario) void this.dynamics.value?.start({ scenario, options: event.detail });
  }

  private renderResult(result: RunResult<DynamicsRequest, DynamicsOutcome>, staleScenario: boolean) {
    const stale = staleScenario || this.settingsPending;
    const outcome = result.value;
    const warnings = warningsAlert(outcome.warnings);
    if (!outcome.ok) return html`${errorsAlert(msg('This scenario cannot be simulated:'), outcome.errors)}${warnings}`;
    const s = outcome.summary;
    const vm = dynamicsViewModel(s, outcome.steady.mass.processedT);
    const years = s.years === 1 ? msg('1 year') : msg(str`${s.years} years`);
    return html` ${staleNotice(staleScenario, this.settingsPending, 'status')} ${warnings}
      <div class=${stale ? 'stale' : ''} data-testid="dynamics-results">
        <p class="run-facts" role="status">
          ${msg(str`${years}, ${s.replications} replications, seed ${s.seed}: ${formatQuantity(s.events)} events simulated.`)}
        </p>
        <section class="panel">
          <plc-dynamics-comparison .summary=${s} .steady=${outcome.steady} .viewModel=${vm}></plc-dynamics-comparison>
        </section>
        <div class="charts">
          <section class="panel">
            <plc-throughput-chart .days=${s.series.day} .processedT=${s.series.processedT} .productT=${s.series.productT}></plc-throughput-chart>
          </section>
          <section class="panel">
            <plc-dynamics-timeline
              .stockpileKg=${vm.stockpilePlasticKg}
              .burns=${vm.burns}
              .burnEvents=${s.burnEvents}
              years=${s.years}
            ></plc-dynamics-timeline>
          </section>
        </div>
        <section class="panel utilisation">
          <plc-utilisation-chart .utilisation=${vm.utilisation}></plc-utilisation-chart>
        </section>
      </div>`;
  }

  override render() {
    const dynamics = this.dynamics.value;
    const running = dynamics?.running ?? false;
    const result = dynamics?.result;
    return html`
      <h2 tabindex="-1">${msg('Dynamics')}</h2>
      <p class="intro">
        ${msg('The line run day by day with breakdowns, repairs and buffers between units: how much it really processes, how each unit spends its time, and when the rejects stockpile is burned. Several replications with different random numbers give a mean and a 95% interval.')}
      </p>
      <section class="panel">
        ${
          dynamics
            ? html`<plc-dynamics-controls
                .options=${dynamics.options}
                ?running=${running}
                @plc-dynamics-run=${this.run}
                @plc-dynamics-edit=${(e: CustomEvent<RunSettingsEdit>) => (this.settingsPending = e.detail.pending)}
                @plc-dynamics-cancel=${() => dynamics.cancel()}
              ></plc-dynamics-controls>`
            : html`<p>${msg('Loading the scenario…')}</p>`
        }
      </section>
      ${runEndNotice(dynamics?.state, msg('The dynamics could not run.'), 'status')}
      ${result ? this.renderResult(result, dynamics!.isStale(this.draft.value?.scenario)) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-dynamics-view': PlcDynamicsView;
  }
}
