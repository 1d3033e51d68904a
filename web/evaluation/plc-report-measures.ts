import { LitElement, css, html, nothing } from 'lit';
import { renderProblem } from '../common/issue-list-ready.ts';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { BASELINE_COLOUR } from '../common/scenario-columns.ts';
import type { ComparisonDocument } from '../shared/contract/api-types.ts';
import type { ReportData } from './evaluation-model.ts';
import { RELEASE_FIGURES } from '../shared/model/not-quantified.ts';
import { figure, type HeadlineFigure } from '../shared/model/result-types.ts';
import { formatFigure, inFigureOrder, labelTag, unitTag } from '../app/figures.ts';
import { economicsSentences, formatChangePercent, pcddfAttributionSentence } from '../common/compare-words.ts';
import { evaluationStyles, reportSubheading } from './evaluation-styles.ts';
import { measureName } from '../common/measure-words.ts';
import { pickText } from '../app/locale.ts';
import { quantifiedOnlyNote } from '../common/not-quantified-words.ts';
import type { OtherCostLine } from '../common/figures/plc-cost-breakdown.ts';
import '../common/figures/plc-cost-breakdown.ts';
import '../common/figures/plc-method-figures.ts';
import { dataTable } from '../common/charts/numbers-table.ts';

const FIGURES: HeadlineFigure[] = inFigureOrder([
  'pcddf.air',
  'pcddf.total',
  'air.hclKg',
  'mass.burnedPlasticT',
  'air.co2FossilT',
  'energy.electricityKWh',
  'water.freshM3',
  'mass.productT',
  'economics.profit',
]);
const AFTER_COLOUR = '#0072B2';
const ATTRIBUTED: HeadlineFigure[] = inFigureOrder(['pcddf.air', 'pcddf.total', 'economics.profit']);

/** The report's measures section: for each project village in the survey, the modelled
 *  before → after of its BAT/BEP measures and each measure's Shapley share of the change. */
@localized()
@customElement('plc-report-measures')
export class PlcReportMeasures extends LitElement {
  static override styles = [
    evaluationStyles,
    reportSubheading,
    css`
      table {
        width: 100%;
        margin-bottom: var(--sl-spacing-small);
      }
      th[scope='row'] {
        white-space: normal;
      }
      .village + .village {
        margin-top: var(--sl-spacing-large);
      }
      h3 {
        break-after: avoid;
      }
      p {
        margin: var(--sl-spacing-2x-small) 0;
      }
      .nq {
        display: block;
        font-size: var(--sl-font-size-x-small);
        color: var(--sl-color-neutral-700);
        font-weight: normal;
      }
      plc-method-figures,
      plc-cost-breakdown {
        margin: var(--sl-spacing-small) 0;
      }
      @media print {
        .village + .village {
          break-before: page;
          margin-top: 0;
        }
        p {
          font-size: 9.5pt;
        }
      }
    `,
  ];

  @property({ attribute: false }) report: ReportData | null = null;

  /** Percentages of releases are of the quantified releases: what is left out, under the figure's name. */
  private headlineRow(key: HeadlineFigure, doc: ComparisonDocument) {
    const pct = doc.percentChange[key];
    const currency = doc.before.economics.currency;
    const missing = RELEASE_FIGURES.has(key) ? quantifiedOnlyNote(key, doc.before.notQuantifiedItems, doc.after.notQuantifiedItems) : null;
    return html`<tr data-figure=${key}>
      <th scope="row">
        ${labelTag(key)}
        <span class="unit">(${unitTag(key, currency)})</span> ${missing ? html`<span class="nq" data-testid="not-quantified">${missing}</span>` : nothing}
      </th>
      <td>${formatFigure(key, figure(doc.before, key), currency)}</td>
      <td>${formatFigure(key, figure(doc.after, key), currency)}</td>
      <td>${pct === null ? '—' : `${pct < 0 ? '−' : pct > 0 ? '+' : ''}${formatChangePercent(pct)} %`}</td>
    </tr>`;
  }

  override render() {
    const report = this.report;
    if (!report) return html`<p class="note">${msg('Computing the village comparisons…')}</p>`;
    const nameOf = (id: string) => {
      const m = report.catalogue.find((c) => c.id === id);
      return m ? measureName(m) : id;
    };
    return html`${report.comparisons.map((c) => {
      const doc = c.doc;
      const village = pickText(c.pair.name);
      const baselineName = pickText(c.baseline.name);
      const currency = doc?.before.economics.currency ?? '';
      if (!doc)
        return html`<div class="village">
          <h3>${village}</h3>
          ${renderProblem(this, c.errors, 'problem', msg('The comparison could not run:'))}
        </div>`;
      return html`<div class="village" data-village=${c.pair.village}>
        <h3>${msg(str`${village}: modelled before → after`)}</h3>
        <p>
          ${msg(str`Baseline "${baselineName}" with the ${doc.measures.length} BAT/BEP measures of the project's after variant for ${village}. These are the model's figures for one household line, not the survey's.`)}
        </p>
        <p>${pcddfAttributionSentence(doc, nameOf)} ${economicsSentences(doc, currency).join(' ')}</p>
        ${dataTable({
          testId: 'report-headlines',
          head: html`<th scope="col">${msg('Figure (per year)')}</th>
            <th scope="col">${msg('Before')}</th>
            <th scope="col">${msg('After')}</th>
            <th scope="col">${labelTag('comparison.percentChange')}</th>`,
          rows: FIGURES.map((key) => this.headlineRow(key, doc)),
        })}
        <p>
          ${
            report.method === 'toolkit'
              ? msg('Releases are counted with the Toolkit inventory convention; both methods, for PCDD/F:')
              : msg('Releases are counted with the chlorine-adjusted method; both methods, for PCDD/F:')
          }
        </p>
        <plc-method-figures
          method=${report.method}
          .comparisons=${[{ ref: { key: 'after', name: msg('After'), colour: AFTER_COLOUR }, shortName: msg('After'), doc }]}
        ></plc-method-figures>
        <h4>${msg('Revenue and costs per year (model)')}</h4>
        <plc-cost-breakdown
          plain
          currency=${currency}
          .otherCosts=${Array.isArray(c.otherCosts) ? (c.otherCosts as OtherCostLine[]) : []}
          .scenarios=${[
            { ref: { key: 'before', name: msg('Before'), colour: BASELINE_COLOUR }, result: doc.before },
            { ref: { key: 'after', name: msg('After'), colour: AFTER_COLOUR }, result: doc.after },
          ]}
        ></plc-cost-breakdown>
        ${dataTable({
          testId: 'report-attribution',
          caption: html`${msg("Each measure's share of the change (Shapley value: its average effect over every order in which the measures could be added; the shares add up to the whole change).")}`,
          head: html`<th scope="col">${msg('Measure')}</th>
            <th scope="col">${labelTag('comparison.capex')} <span class="unit">(${unitTag('comparison.capex', currency)})</span></th>
            ${ATTRIBUTED.map((k) => html`<th scope="col">${labelTag(k)} <span class="unit">(${unitTag(k, currency)})</span></th>`)}`,
          rows: html`${doc.measures.map((id) => {
              const m = report.catalogue.find((x) => x.id === id);
              return html`<tr data-measure=${id}>
                <th scope="row">${nameOf(id)} <span class="unit">(${m?.kind ?? ''})</span></th>
                <td>${m ? formatFigure('comparison.capex', m.capex) : '—'}</td>
                ${ATTRIBUTED.map((k) => html`<td>${formatFigure(k, doc.attribution[id]?.[k] ?? 0, '', { signed: true })}</td>`)}
              </tr>`;
            })}
            <tr>
              <th scope="row"><strong>${msg('All measures')}</strong></th>
              <td>${formatFigure('comparison.capex', doc.capex)}</td>
              ${ATTRIBUTED.map((k) => html`<td><strong>${formatFigure(k, doc.difference[k], '', { signed: true })}</strong></td>`)}
            </tr>`,
        })}
      </div>`;
    })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-report-measures': PlcReportMeasures;
  }
}
