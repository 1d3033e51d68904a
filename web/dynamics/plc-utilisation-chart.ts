import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { cssProps } from '../common/directives/css-props.ts';
import { localized, msg } from '@lit/localize';
import { UNIT_STATES, utilisationChartData, utilisationChartOptions, type UnitState, type Utilisation } from './dynamics-utilisation.ts';
import { chartPanelStyles, emptyChartPanel } from '../common/charts/chart-panel-styles.ts';
import '../common/charts/plc-chart.ts';
import { formatNumber } from '../app/format.ts';
import { numbersTable } from '../common/charts/numbers-table.ts';
import { barRem } from '../common/charts/wrap-label.ts';

const ONE_DECIMAL: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

const percentText = (p: number) => `${formatNumber(p, ONE_DECIMAL)}%`;
const tickText = (p: number) => `${p}%`;

/** Per unit, the share of working time busy, blocked, starved and down: stacked bars and a table. */
@localized()
@customElement('plc-utilisation-chart')
export class PlcUtilisationChart extends LitElement {
  static override styles = [
    chartPanelStyles,
    css`
      /* one bar per unit, as tall as its wrapped name needs (2.75rem at least), plus room for the axis and the legend */
      plc-chart {
        --plc-chart-height: calc(7rem + var(--units) * var(--bar-rem) * 1rem);
      }
    `,
  ];

  /** Percent of working time (dynamics-view-model), averaged over the replications. */
  @property({ attribute: false }) utilisation: Utilisation = { labels: [], busy: [], blocked: [], starved: [], down: [] };

  override render() {
    const title = msg('How each unit spends its working time');
    const u = this.utilisation;
    if (u.labels.length === 0) return emptyChartPanel(title, msg('The line has no units.'));
    const words: Record<UnitState, string> = { busy: msg('Busy'), blocked: msg('Blocked'), starved: msg('Starved'), down: msg('Down') };
    const label = (s: UnitState) => words[s];
    const data = utilisationChartData(u, label);
    return html`
      <h3 id="title">${title}</h3>
      <p class="note">
        ${msg('Busy: processing. Blocked: done, but the buffer after it is full. Starved: waiting for material. Down: broken or under repair. Mean over the replications.')}
      </p>
      <plc-chart
        style=${cssProps({ '--units': String(u.labels.length), '--bar-rem': String(barRem(data.labels as (string | string[])[], 2.75)) })}
        .data=${data}
        .options=${utilisationChartOptions(msg('Share of working time (%)'), percentText, tickText)}
        label=${msg('Stacked bar chart of the share of working time each unit is busy, blocked, starved and down; the table below gives the numbers.')}
      ></plc-chart>
      ${numbersTable({
        head: [msg('Unit'), ...UNIT_STATES.map((s) => `${label(s)} (%)`)],
        rows: u.labels.map((name, i) => ({ header: name, cells: UNIT_STATES.map((s) => formatNumber(u[s][i], ONE_DECIMAL)) })),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-utilisation-chart': PlcUtilisationChart;
  }
}
