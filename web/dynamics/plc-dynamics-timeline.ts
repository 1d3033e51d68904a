import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { sampleIndexes, stockpileChartData, timelineOptions, type XY } from './dynamics-timeline.ts';
import type { BurnEvent } from '../shared/analysis/dynamics.ts';
import { formatQuantity } from '../app/format.ts';
import { figureHeading, formatFigure, labelTag, unitTag, type FigureKey } from '../app/figures.ts';
import { chartPanelStyles } from '../common/charts/chart-panel-styles.ts';
import '../common/charts/plc-line-chart.ts';
import { numbersTable } from '../common/charts/numbers-table.ts';

const TABLE_ROWS = 25;
const BURN_COLUMNS: FigureKey[] = ['dynamics.burnClearedKg', 'dynamics.burnBurnedKg', 'dynamics.burnPcddfAirUg'];

/** The plastic rejects stockpile over the working days, with each burn marked where it happened. */
@localized()
@customElement('plc-dynamics-timeline')
export class PlcDynamicsTimeline extends LitElement {
  static override styles = chartPanelStyles;

  @property({ attribute: false }) stockpileKg: XY[] = [];
  /** Each burn at its day and the plastic it burned, kg (dynamics-view-model). */
  @property({ attribute: false }) burns: XY[] = [];
  /** The same burns with their PCDD/F, for the table. */
  @property({ attribute: false }) burnEvents: BurnEvent[] = [];

  private renderBurnTable(day: string) {
    if (this.burnEvents.length === 0) return html`<p class="empty">${msg('The stockpile was never cleared in this replication.')}</p>`;
    const burned = this.burnEvents.filter((b) => b.burnedKg > 0).length;
    return html`<div class="table-wrap">
      <table aria-labelledby="burns-title">
        <caption id="burns-title">
          ${msg(str`Stockpile cleared ${this.burnEvents.length} times, ${burned} of them with burning in the open or in dump fires`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${day}</th>
            ${BURN_COLUMNS.map((k) => html`<th scope="col">${labelTag(k)} (${unitTag(k)})</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this.burnEvents.map(
            (b) =>
              html`<tr>
                <th scope="row">${formatQuantity(b.day)}</th>
                <td>${formatFigure('dynamics.burnClearedKg', b.clearedKg)}</td>
                <td>${formatFigure('dynamics.burnBurnedKg', b.burnedKg)}</td>
                <td>${formatFigure('dynamics.burnPcddfAirUg', b.pcddfAirUg)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const title = msg('Rejects stockpile and burns');
    if (this.stockpileKg.length === 0)
      return html`<h3>${title}</h3>
        <p class="empty">${msg('No points to draw.')}</p>`;
    const day = msg('Working day');
    const rows = sampleIndexes(
      this.stockpileKg.map((p) => p.x),
      TABLE_ROWS,
    );
    return html`
      <h3 id="title">${title}</h3>
      <p class="note">
        ${msg('Plastic rejects waiting in the stockpile. At each clearing the stockpile follows the plastic routes of the scenario; a triangle marks each clearing at which plastic burned in the open or in dump fires, and how much. First replication.')}
      </p>
      <plc-line-chart
        .data=${stockpileChartData(this.stockpileKg, this.burns, { stockpile: figureHeading('dynamics.stockpilePlasticKg'), burns: figureHeading('dynamics.burnBurnedKg') })}
        .options=${timelineOptions({ x: day, y: figureHeading('dynamics.stockpilePlasticKg') }, formatQuantity)}
        label=${msg('Line chart of the plastic rejects stockpile over the working days, with a marker at each burn; the tables below give the numbers.')}
      ></plc-line-chart>
      ${numbersTable({
        caption: msg(str`${rows.length} of the ${this.stockpileKg.length} points, near round working days`),
        head: [day, html`${labelTag('dynamics.stockpilePlasticKg')} (${unitTag('dynamics.stockpilePlasticKg')})`],
        rows: rows.map((i) => ({
          header: formatQuantity(this.stockpileKg[i].x),
          cells: [formatFigure('dynamics.stockpilePlasticKg', this.stockpileKg[i].y)],
        })),
        after: this.renderBurnTable(day),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-dynamics-timeline': PlcDynamicsTimeline;
  }
}
