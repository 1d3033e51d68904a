import { css, html, nothing } from 'lit';
import { pickText } from '../app/locale.ts';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/drawer/drawer.js';
import type SlDrawer from '@shoelace-style/shoelace/dist/components/drawer/drawer.js';
import { draftContext } from '../app/contexts.ts';
import type { Period } from '../shared/contract/api-types.ts';
import type { IndicatorKey } from '../shared/survey/indicators.ts';
import { evaluationContext, type EvaluationRun } from './evaluation-run.ts';
import { exportFiles } from './evaluation-export.ts';
import { releaseMethodOf, setReleaseMethod } from '../app/release-method.ts';
import { offerDownload } from '../common/download.ts';
import { selectField, selectFieldStyles } from '../common/fields/select-field.ts';
import { indicatorLabel, INDICATORS } from './evaluation-words.ts';
import type { ProvenanceRequest } from './plc-indicator-table.ts';
import type { ProvenanceSubject } from './plc-provenance-panel.ts';
import type { ReportInput } from './plc-report.ts';
import type { SurveyFileDetail } from './plc-survey-import.ts';
import { mountPrintCopy, type PrintCopy } from './report-print-root.ts';
import './plc-evaluation-export.ts';
import './plc-household-indicators.ts';
import './plc-indicator-charts.ts';
import './plc-indicator-table.ts';
import './plc-measured-modelled.ts';
import type { MethodChangeEvent } from '../common/plc-method-switch.ts';
import '../common/plc-method-switch.ts';
import './plc-provenance-panel.ts';
import './plc-report.ts';
import './plc-survey-import.ts';
import './plc-survey-table.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import { viewStyles } from '../common/view-styles.ts';
import { ViewElement } from '../common/view-element.ts';

type SubView = 'data' | 'report';

/**
 * The Evaluation view (issue 9): measured before/after survey data of households, their
 * efficiency indicators with bootstrap intervals, measured versus modelled, the provenance of
 * every figure, and a printable report. Every computation runs in the worker (EvaluationRun).
 */
@localized()
@customElement('plc-evaluation-view')
export class PlcEvaluationView extends ViewElement {
  static override styles = [
    viewStyles,
    selectFieldStyles,
    css`
      .panel {
        margin-bottom: var(--sl-spacing-medium);
      }
      .tabs {
        display: flex;
        gap: var(--sl-spacing-2x-small);
        margin-bottom: var(--sl-spacing-medium);
        border-bottom: 1px solid var(--sl-color-neutral-300);
      }
      .tabs button {
        font: inherit;
        background: none;
        border: 0;
        border-bottom: 3px solid transparent;
        padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
        cursor: pointer;
        color: var(--sl-color-neutral-800);
      }
      .tabs button[aria-pressed='true'] {
        border-bottom-color: var(--sl-color-primary-600);
        font-weight: var(--sl-font-weight-semibold);
      }
      .tabs button:disabled {
        color: var(--sl-color-neutral-400);
        cursor: default;
      }
      .source {
        margin: var(--sl-spacing-small) 0 0;
        font-size: var(--sl-font-size-small);
      }
      .badge {
        display: inline-block;
        background: var(--sl-color-warning-100);
        color: var(--sl-color-warning-800);
        border-radius: 0.3rem;
        padding: 0 0.4rem;
        font-weight: var(--sl-font-weight-semibold);
        margin-left: var(--sl-spacing-2x-small);
      }
      .note {
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-700);
        margin: 0 0 var(--sl-spacing-small);
      }
      .select-field.indicator {
        max-width: 26rem;
        margin: var(--sl-spacing-medium) 0 var(--sl-spacing-small);
      }
      plc-indicator-charts {
        margin-top: var(--sl-spacing-medium);
      }
      plc-method-switch {
        max-width: 52rem;
        margin-bottom: var(--sl-spacing-small);
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sl-spacing-small);
        align-items: center;
        margin-bottom: var(--sl-spacing-medium);
      }
      .report {
        border: 1px solid var(--sl-color-neutral-300);
        padding: var(--sl-spacing-large);
        max-width: 52rem;
        background: #fff;
        overflow-x: auto;
      }
      sl-drawer {
        --size: min(40rem, 100vw);
      }
      @media (max-width: 30rem) {
        .panel,
        .report {
          padding: var(--sl-spacing-small);
        }
      }
    `,
  ];

  private readonly draft = new ServiceController(this, draftContext);
  /** The session's evaluation (kept across visits). */
  private readonly evaluation = new ServiceController(this, evaluationContext);

  @state() private sub: SubView = 'data';
  @state() private indicator: IndicatorKey = 'pcddfAirUgTeqPerTProduct';
  @state() private subject: ProvenanceSubject | null = null;
  @query('sl-drawer') private drawer?: SlDrawer;
  private printCopy: PrintCopy | null = null;
  private readonly generatedOn = new Date().toISOString().slice(0, 10);

  get run(): EvaluationRun | undefined {
    return this.evaluation.value;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.printCopy?.remove();
    this.printCopy = null;
  }

  protected override updated(): void {
    const input = this.sub === 'report' ? this.reportInput() : null;
    if (input && this.run) {
      const run = this.run;
      const scenario = this.draft.value?.scenario ?? null;
      const current = scenario ? { ...scenario, name: pickText(scenario.name) } : null;
      queueMicrotask(() => void run.ensureReport(current, releaseMethodOf(scenario)));
      if (this.printCopy) this.printCopy.update(input);
      else
        this.printCopy = mountPrintCopy(input, {
          header: msg('Before/after evaluation of household plastic-recycling lines'),
          page: msg('Page'),
          of: msg('of'),
        });
    } else if (this.printCopy) {
      this.printCopy.remove();
      this.printCopy = null;
    }
  }

  private reportCache: { key: unknown[]; input: ReportInput } | null = null;

  /** The same object while nothing changed, so the report copies do not redraw. */
  private reportInput(): ReportInput | null {
    const r = this.run;
    if (!r?.survey || !r.indicators) return null;
    const key = [r.survey, r.indicators, r.report, this.indicator, r.source];
    if (this.reportCache && this.reportCache.key.every((k, i) => k === key[i])) return this.reportCache.input;
    const input: ReportInput = {
      survey: r.survey,
      source: r.source,
      indicators: r.indicators,
      report: r.report,
      indicator: this.indicator,
      generatedOn: this.generatedOn,
    };
    this.reportCache = { key, input };
    return input;
  }

  private async downloadTemplate(kind: 'template' | 'help'): Promise<void> {
    const files = await this.run?.templateFiles('en');
    if (!files) return;
    if (kind === 'template') offerDownload(this, 'survey-template.csv', 'text/csv', files.template);
    else offerDownload(this, 'survey-help-sheet.csv', 'text/csv', files.helpSheet);
  }

  private showProvenance(req: ProvenanceRequest): void {
    const r = this.run?.indicators;
    if (!r) return;
    const households = req.kind === 'group' ? r.households : r.households.filter((h) => h.householdId === req.householdId);
    const values = households.flatMap((h) => [h.before?.[req.key], h.after?.[req.key]]).filter((v) => v !== undefined);
    this.subject = {
      key: req.key,
      scope: req.kind === 'group' ? msg('group of households') : req.householdId,
      values,
      group: req.kind === 'group' ? r.group[req.key] : undefined,
    };
    void this.updateComplete.then(() => this.drawer?.show());
  }

  private renderData(run: EvaluationRun) {
    const survey = run.survey;
    const scenario = this.draft.value?.scenario ?? null;
    return html` <section class="panel" aria-labelledby="survey-title">
        <h3 id="survey-title">${msg('1. Survey data')}</h3>
        <plc-survey-import
          .refused=${run.refused}
          .warnings=${run.warnings}
          ?busy=${run.status === 'working'}
          @plc-survey-file=${(e: CustomEvent<SurveyFileDetail>) => void run.importText(e.detail.text, e.detail.name)}
          @plc-survey-illustrative=${() => void run.loadIllustrative()}
          @plc-survey-template=${(e: CustomEvent<{ kind: 'template' | 'help' }>) => void this.downloadTemplate(e.detail.kind)}
        ></plc-survey-import>
        ${run.status === 'failed' ? html`<sl-alert variant="danger" open>${run.failure}</sl-alert>` : nothing}
        ${
          run.source
            ? html`<p class="source" data-testid="survey-source">
                ${run.source.illustrative ? msg('Showing the illustrative survey that comes with the app.') : msg(str`Showing ${run.source.name}.`)}
                ${run.source.illustrative ? html`<span class="badge">${msg('illustrative, not measured')}</span>` : nothing}
              </p>`
            : nothing
        }
      </section>
      ${
        survey
          ? html` <section class="panel" aria-labelledby="households-title">
                <h3 id="households-title">${msg('Households as measured')}</h3>
                <plc-survey-table .survey=${survey}></plc-survey-table>
              </section>
              <section class="panel" aria-labelledby="indicators-title">
                <h3 id="indicators-title">${msg('2. Efficiency indicators')}</h3>
                <p class="note">${msg('Select a figure to see where it comes from: its inputs, emission factors (with source and status) and formula.')}</p>
                <plc-indicator-table
                  interactive
                  .indicators=${run.indicators}
                  @plc-provenance=${(e: CustomEvent<ProvenanceRequest>) => this.showProvenance(e.detail)}
                ></plc-indicator-table>
                ${selectField({
                  cls: 'indicator',
                  label: msg('Indicator per household'),
                  size: 'small',
                  value: this.indicator,
                  testid: 'indicator-select',
                  choices: INDICATORS.map((k) => ({ value: k, label: indicatorLabel(k) })),
                  onChange: (v) => (this.indicator = v),
                })}
                <plc-household-indicators
                  interactive
                  .indicators=${run.indicators}
                  indicator=${this.indicator}
                  @plc-provenance=${(e: CustomEvent<ProvenanceRequest>) => this.showProvenance(e.detail)}
                ></plc-household-indicators>
                <plc-indicator-charts .indicators=${run.indicators} indicator=${this.indicator}></plc-indicator-charts>
              </section>
              <section class="panel" aria-labelledby="mvm-title">
                <h3 id="mvm-title">${msg('3. Measured versus modelled')}</h3>
                <p class="note">
                  ${msg(str`A household's measurements are turned into a scenario (on the current scenario, ${pickText(scenario?.name) || '—'}, for a "before" row; with its village's BAT/BEP measures for an "after" row), run, and compared figure by figure.`)}
                </p>
                <plc-measured-modelled
                  .survey=${survey}
                  .state=${run.mvm}
                  @plc-mvm-run=${(e: CustomEvent<{ householdId: string; period: Period }>) => scenario && void run.runMeasuredVsModelled(e.detail.householdId, e.detail.period, scenario)}
                ></plc-measured-modelled>
              </section>
              <section class="panel" aria-labelledby="export-title">
                <h3 id="export-title">${msg('4. Data exports')}</h3>
                <plc-evaluation-export .files=${() => exportFiles(run)}></plc-evaluation-export>
              </section>`
          : nothing
      }`;
  }

  private renderReport(run: EvaluationRun) {
    const input = this.reportInput();
    if (!input) return html`<p class="note">${msg('Load a survey first (Data and indicators).')}</p>`;
    return html` <plc-method-switch
        method=${releaseMethodOf(this.draft.value?.scenario)}
        @plc-method-change=${(e: MethodChangeEvent) => this.draft.value && setReleaseMethod(this.draft.value, e.detail.method)}
      ></plc-method-switch>
      <div class="toolbar">
        <sl-button variant="primary" data-testid="print" @click=${() => window.print()}>${msg('Print or save as PDF')}</sl-button>
        ${run.reportStatus === 'working' ? html`<span role="status">${msg('Computing the village comparisons and the annex…')}</span>` : nothing}
        <plc-evaluation-export .files=${() => exportFiles(run)}></plc-evaluation-export>
      </div>
      <div class="report">
        <plc-report .input=${input} @plc-provenance=${(e: CustomEvent<ProvenanceRequest>) => this.showProvenance(e.detail)}></plc-report>
      </div>`;
  }

  override render() {
    const run = this.run;
    return html` <h2 tabindex="-1">${msg('Evaluation')}</h2>
      <p class="intro">
        ${msg("Bring in households' measured data from before and after the BAT/BEP measures, compare their efficiency, set it against the model, and print a report to hand over.")}
      </p>
      <div class="tabs" role="group" aria-label=${msg('Parts of the evaluation')}>
        <button aria-pressed=${this.sub === 'data'} data-sub="data" @click=${() => (this.sub = 'data')}>${msg('Data and indicators')}</button>
        <button aria-pressed=${this.sub === 'report'} data-sub="report" ?disabled=${!run?.indicators} @click=${() => (this.sub = 'report')}>
          ${msg('Report')}
        </button>
      </div>
      ${run ? (this.sub === 'data' ? this.renderData(run) : this.renderReport(run)) : nothing}
      <sl-drawer label=${msg('Where this figure comes from')} data-testid="provenance-drawer">
        <plc-provenance-panel .subject=${this.subject}></plc-provenance-panel>
      </sl-drawer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-evaluation-view': PlcEvaluationView;
  }
}
