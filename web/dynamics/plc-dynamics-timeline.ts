import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import {
  bandsChartData,
  bandsOptions,
  binDaysFor,
  RAW_WINDOW_DAYS,
  sampleIndexes,
  stockpileBands,
  stockpileChartData,
  timelineOptions,
  type DayWindow,
  type XY,
} from './dynamics-timeline.ts';
import type { BurnEvent } from '../shared/analysis/dynamics.ts';
import { formatQuantity } from '../app/format.ts';
import { figureHeading, formatFigure, labelTag, unitTag, type FigureKey } from '../app/figures.ts';
import { chartPanelStyles, emptyChartPanel } from '../common/charts/chart-panel-styles.ts';
import '../common/charts/plc-line-chart.ts';
import { numbersTable } from '../common/charts/numbers-table.ts';

const TABLE_ROWS = 25;
/** The columns of the burn table after the day: each figure and where a burn holds it. */
const BURN_COLUMNS: { key: FigureKey; of: (b: BurnEvent) => number }[] = [
  { key: 'dynamics.burnClearedKg', of: (b) => b.clearedKg },
  { key: 'dynamics.burnBurnedKg', of: (b) => b.burnedKg },
  { key: 'dynamics.burnPcddfAirUg', of: (b) => b.pcddfAirUg },
];

/** The plastic rejects stockpile over the working days, with each burn marked where it happened. */
@localized()
@customElement('plc-dynamics-timeline')
export class PlcDynamicsTimeline extends LitElement {
  static override styles = [
    chartPanelStyles,
    css`
      .window {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sl-spacing-x-small);
        margin: 0 0 var(--sl-spacing-x-small);
        font-size: var(--sl-font-size-small);
      }
      .window select {
        font: inherit;
        padding: 0.2rem 0.4rem;
        max-width: 100%;
      }
    `,
  ];

  @property({ attribute: false }) stockpileKg: XY[] = [];
  /** Each burn at its day and the plastic it burned, kg (dynamics-view-model). */
  @property({ attribute: false }) burns: XY[] = [];
  /** The same burns with their PCDD/F, for the table. */
  @property({ attribute: false }) burnEvents: BurnEvent[] = [];
  /** Years simulated: the window picker offers each year. */
  @property({ type: Number }) years = 1;
  /** The window shown: 'all', 'year-N' (from 1) or 'first' (the first working days, point by point). */
  @state() window = 'all';

  protected override willUpdate(changed: PropertyValues): void {
    // A new run starts on the whole run again.
    if (changed.has('stockpileKg')) this.window = 'all';
  }

  /** The working days of each window choice. */
  private windows(): { id: string; label: string; range: DayWindow }[] {
    const points = this.stockpileKg;
    const first = points[0]?.x ?? 0;
    const last = points[points.length - 1]?.x ?? 0;
    const out = [{ id: 'all', label: msg('The whole run'), range: { from: Math.min(0, first), to: last } }];
    const years = Math.max(1, Math.round(this.years));
    const perYear = last / years;
    if (years > 1) {
      for (let y = 0; y < years; y++) out.push({ id: `year-${y + 1}`, label: msg(str`Year ${y + 1}`), range: { from: y * perYear, to: (y + 1) * perYear } });
    }
    if (last > RAW_WINDOW_DAYS) {
      out.push({ id: 'first', label: msg(str`The first ${RAW_WINDOW_DAYS} working days, day by day`), range: { from: 0, to: RAW_WINDOW_DAYS } });
    }
    return out;
  }

  private renderChart(day: string) {
    const windows = this.windows();
    const chosen = windows.find((w) => w.id === this.window) ?? windows[0];
    const binDays = binDaysFor(chosen.range);
    const yTitle = figureHeading('dynamics.stockpilePlasticKg');
    const picker = html`<div class="window">
      <label for="window">${msg('Show')}</label>
      <select id="window" data-testid="window" @change=${(e: Event) => (this.window = (e.target as HTMLSelectElement).value)}>
        ${windows.map((w) => html`<option value=${w.id} ?selected=${w.id === chosen.id}>${w.label}</option>`)}
      </select>
      <span data-testid="binning"
        >${binDays === 1 ? msg('every point, each burn marked') : msg(str`bands of ${binDays} working days: lowest to highest level, mean as a line, burns counted`)}</span
      >
    </div>`;
    if (binDays === 1) {
      const inWindow = (p: XY) => p.x >= chosen.range.from && p.x <= chosen.range.to;
      const options = timelineOptions({ x: day, y: yTitle }, formatQuantity);
      const scales = options.scales!;
      scales.x = { ...scales.x, min: chosen.range.from, max: chosen.range.to } as typeof scales.x;
      return html`${picker}
        <plc-line-chart
          data-binning="1"
          .data=${stockpileChartData(this.stockpileKg.filter(inWindow), this.burns.filter(inWindow), { stockpile: yTitle, burns: figureHeading('dynamics.burnBurnedKg') })}
          .options=${options}
          label=${msg('Line chart of the plastic rejects stockpile over the working days, with a marker at each burn; the tables below give the numbers.')}
        ></plc-line-chart>`;
    }
    const bands = stockpileBands(this.stockpileKg, this.burns, chosen.range, binDays);
    const burnsAxis = msg(str`Burns per ${binDays} working days`);
    return html`${picker}
      <plc-line-chart
        data-binning=${binDays}
        .data=${bandsChartData(bands, { band: msg('Stockpile, lowest to highest (kg)'), mean: msg('Stockpile, mean (kg)'), burns: burnsAxis })}
        .options=${bandsOptions(bands, chosen.range, { x: day, y: yTitle, burns: msg(str`Burns in ${binDays} days`, { desc: 'Dynamics: short title of the right axis, the number of burns in each band of working days' }) }, formatQuantity)}
        label=${msg(str`Chart of the plastic rejects stockpile in bands of ${binDays} working days (lowest, highest and mean level) with the number of burns in each band; the tables below give the numbers.`)}
      ></plc-line-chart>`;
  }

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
            ${BURN_COLUMNS.map((c) => html`<th scope="col">${labelTag(c.key)} (${unitTag(c.key)})</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this.burnEvents.map(
            (b) =>
              html`<tr>
                <th scope="row">${formatQuantity(b.day)}</th>
                ${BURN_COLUMNS.map((c) => html`<td>${formatFigure(c.key, c.of(b))}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const title = msg('Rejects stockpile and burns');
    if (this.stockpileKg.length === 0) return emptyChartPanel(title, msg('No points to draw.'));
    const day = msg('Working day');
    const rows = sampleIndexes(
      this.stockpileKg.map((p) => p.x),
      TABLE_ROWS,
    );
    return html`
      <h3 id="title">${title}</h3>
      <p class="note">
        ${msg('Plastic rejects waiting in the stockpile. At each clearing the stockpile follows the plastic routes of the scenario; a triangle marks each clearing at which plastic burned in the open or in dump fires, and how much. Over a long run the chart shows bands (lowest to highest level over some working days) and counts the burns in each; pick a year or the first days to see each point. First replication.')}
      </p>
      ${this.renderChart(day)}
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
