import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { Survey, SurveyIndicatorsResult } from '../shared/contract/api-types.ts';
import type { IndicatorKey } from '../shared/survey/indicators.ts';
import { villageName, type ReportData } from './evaluation-model.ts';
import { evaluationStyles } from './evaluation-styles.ts';
import { changeSentence, INDICATORS } from './evaluation-words.ts';
import './plc-household-indicators.ts';
import './plc-indicator-charts.ts';
import './plc-indicator-table.ts';
import './plc-report-annex.ts';
import './plc-report-measures.ts';
import { formatDate } from '../app/format.ts';

/** Everything the report shows; the view hands the same object to the screen and print copies. */
export interface ReportInput {
  survey: Survey;
  source: { name: string; illustrative: boolean } | null;
  indicators: SurveyIndicatorsResult;
  report: ReportData | null;
  /** The indicator of the per-household chart. */
  indicator: IndicatorKey;
  generatedOn: string;
}

/**
 * The printable before/after report: summary, indicators, charts, uncertainty, the measures with
 * their Shapley attribution, and the method annex. Sections after the summary start on a new page
 * in print; with `print`, charts are images. `ready` is set once the charts are drawn and the
 * comparisons and annex are in (the PDF is made after that).
 */
@localized()
@customElement('plc-report')
export class PlcReport extends LitElement {
  static override styles = [
    evaluationStyles,
    css`
      :host {
        display: block;
        color: var(--sl-color-neutral-900);
        background: var(--sl-color-neutral-0);
      }
      header h2 {
        font-size: var(--sl-font-size-x-large);
        margin: 0 0 var(--sl-spacing-2x-small);
      }
      h2 {
        font-size: var(--sl-font-size-large);
        margin: var(--sl-spacing-large) 0 var(--sl-spacing-x-small);
        break-after: avoid;
      }
      p,
      li {
        line-height: 1.45;
      }
      .illustrative {
        border: 2px solid var(--sl-color-warning-600);
        background: var(--sl-color-warning-50);
        padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
        font-weight: var(--sl-font-weight-semibold);
      }
      .facts {
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-700);
      }
      ul.changes {
        padding-left: 1.25rem;
      }
      section {
        margin-bottom: var(--sl-spacing-large);
      }
      @media print {
        :host {
          font-size: 10.5pt;
        }
        section.new-page {
          break-before: page;
        }
        h2 {
          margin-top: 0;
        }
        header + section h2 {
          margin-top: var(--sl-spacing-medium);
        }
      }
    `,
  ];

  @property({ attribute: false }) input: ReportInput | null = null;
  @property({ type: Boolean, reflect: true }) print = false;
  @property({ type: Boolean, reflect: true }) ready = false;
  private chartsReady = false;

  protected override willUpdate(): void {
    this.ready = !!this.input?.report && (!this.print || this.chartsReady);
  }

  private onChartsReady(): void {
    this.chartsReady = true;
    this.requestUpdate();
  }

  private summary(i: ReportInput) {
    const ids = new Set(i.survey.records.map((r) => r.householdId));
    const villages = [...new Set(i.survey.records.map((r) => villageName(r.village)))];
    const both = i.indicators.households.filter((h) => h.before && h.after).length;
    const befores = i.survey.records.filter((r) => r.period === 'before').length;
    const afters = i.survey.records.filter((r) => r.period === 'after').length;
    return html` <p>
        ${msg(str`What was measured: ${ids.size} households in ${villages.join(', ')} reported, for a year before and a year after the BAT/BEP measures, the plastic they bought, the product they sold, what happened to their plastic rejects (burned in the open, burned as fuel, dumped, sold, made into bricks), their electricity, fuel and water, workers and prices. ${befores} "before" rows and ${afters} "after" rows; ${both} households have both and enter the paired changes.`)}
      </p>
      ${this.notes(i)}
      <p>${msg('The main changes (group of households, after − before):')}</p>
      <ul class="changes" data-testid="report-changes">
        ${INDICATORS.map((k) => html`<li>${changeSentence(i.indicators.group[k])}</li>`)}
      </ul>`;
  }

  /** The file's own notes (user data); for the illustrative survey, what they say in the reader's language. */
  private notes(i: ReportInput) {
    if (i.source?.illustrative)
      return html`<p class="facts">
        ${msg('Notes in the file: made-up but plausible numbers for testing and demonstration, not measurements of real households; made by the project to agree with its sourced data (about 2 t of scrap a day, rejects about 10–11 %, about 11 m³ of water per tonne before).')}
      </p>`;
    return i.survey.notes.length > 0 ? html`<p class="facts">${msg('Notes in the file:')} ${i.survey.notes.join(' · ')}</p>` : nothing;
  }

  private uncertainty(i: ReportInput) {
    const g = i.indicators.group[INDICATORS[0]];
    return html` <p>
        ${msg(str`Sampling uncertainty: each 95 % interval is a percentile bootstrap over households (${g.change.resamples} resamples, seed ${g.change.seed}): the households with both values are drawn with replacement and the mean change recomputed. An interval that includes 0 means the survey cannot tell the change from no change. Fewer than two households give no interval.`)}
      </p>
      <p>
        ${msg("Emission-factor uncertainty is not in these intervals: PCDD/F per tonne uses the Toolkit 2013 factors, which the Toolkit calls order-of-magnitude estimates (lognormal spread with a geometric standard deviation of about 3.2, see the annex). The relative change of a household's PCDD/F is much more certain than its level, because the same factors apply before and after; the Uncertainty view samples these factors (Monte Carlo) for the modelled scenarios.")}
      </p>
      <p>
        ${msg('Missing values are left out of every figure that needs them (the n of each figure says how many households it rests on); they are never read as 0.')}
      </p>`;
  }

  override render() {
    const i = this.input;
    if (!i) return nothing;
    // The ISO day at noon, so that no time zone moves it to the day before.
    const generatedOn = formatDate(Date.parse(`${i.generatedOn}T12:00:00`));
    return html` <header>
        <h2>${msg('Before and after BAT/BEP: efficiency of household plastic-recycling lines')}</h2>
        <p class="facts">
          ${
            i.source?.illustrative
              ? msg(str`Survey: the illustrative survey that comes with the app · generated on ${generatedOn} · Plastic line simulator`)
              : msg(str`Survey file: ${i.source?.name ?? '—'} · generated on ${generatedOn} · Plastic line simulator`)
          }
        </p>
        ${i.source?.illustrative ? html`<p class="illustrative" data-testid="report-illustrative">${msg('ILLUSTRATIVE DATA: the survey in this report is made up for demonstration; it is not a measurement of real households.')}</p>` : nothing}
      </header>
      ${section(msg('1. Summary'), this.summary(i), { newPage: false })}
      ${section(
        msg('2. Efficiency indicators'),
        html`<plc-indicator-table ?interactive=${!this.print} .indicators=${i.indicators}></plc-indicator-table>
          <h2>${msg('Change per household')}</h2>
          <plc-household-indicators .indicators=${i.indicators} indicator=""></plc-household-indicators>`,
      )}
      ${section(
        msg('3. Charts'),
        html`<plc-indicator-charts
          .indicators=${i.indicators}
          indicator=${i.indicator}
          ?print=${this.print}
          @plc-ready=${this.onChartsReady}
        ></plc-indicator-charts>`,
      )}
      ${section(msg('4. Uncertainty'), this.uncertainty(i), { newPage: false })}
      ${section(msg('5. Measures and their attribution (model)'), html`<plc-report-measures .report=${i.report}></plc-report-measures>`)}
      ${section(
        msg('6. Method annex: emission factors and assumptions'),
        html`<plc-report-annex
          .annex=${i.report?.annex ?? null}
          .report=${i.report}
          .indicators=${i.indicators}
          method=${i.report?.method ?? 'toolkit'}
        ></plc-report-annex>`,
        { testId: 'method-annex' },
      )}`;
  }
}

/** One numbered section of the report; in print it starts on a new page unless said. */
function section(title: string, body: unknown, { newPage = true, testId }: { newPage?: boolean; testId?: string } = {}) {
  return html`<section class=${newPage ? 'new-page' : nothing} data-testid=${testId ?? nothing}>
    <h2>${title}</h2>
    ${body}
  </section>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-report': PlcReport;
  }
}
