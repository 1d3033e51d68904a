import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ChartData, ChartOptions } from '../common/charts/register.ts';
import { HEADLINE_FIGURES, type HeadlineFigure } from '../shared/model/result-types.ts';
import { figureHeading, figureLabel, formatFigure, inFigureOrder, labelTag, unitAfterValue as unitAfter, unitTag } from '../app/figures.ts';
import type { SweepResult } from '../shared/analysis/sweep.ts';
import { roundToFigure } from '../shared/model/figure-catalogue.ts';
import { chartPanelStyles } from '../common/charts/chart-panel-styles.ts';
import './plc-heatmap.ts';
import '../common/charts/plc-line-chart.ts';
import { dataTable } from '../common/charts/numbers-table.ts';
import { STILL_CHART } from '../common/charts/bar-options.ts';
import { buttonStyles } from '../common/button-styles.ts';

type Point = { x: number; y: number };

/** One sweep's picture (a line for one parameter, a heatmap for two), its numbers and a CSV file. */
@localized()
@customElement('plc-sweep-result')
export class PlcSweepResult extends LitElement {
  static override styles = [
    buttonStyles,
    chartPanelStyles,
    css`
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--sl-spacing-small);
        align-items: center;
        margin-top: var(--sl-spacing-x-small);
      }
    `,
  ];

  @property({ attribute: false }) result?: SweepResult;
  /** Readable names of the swept parameters, in axis order. */
  @property({ attribute: false }) labels: string[] = [];
  @property() figure: HeadlineFigure = 'pcddf.total';
  /** The scenario's currency, for money figures. */
  @property() currency = '';

  private get label(): string {
    return figureLabel(this.figure);
  }

  /** "PCDD/F, all releases (µg TEQ/yr)": axis titles and the table's caption. */
  private get heading(): string {
    return figureHeading(this.figure, this.currency);
  }

  private readonly format = (v: number): string => formatFigure(this.figure, v, this.currency);

  private lineData(r: SweepResult): ChartData<'line', Point[]> {
    const values = r.figures[this.figure];
    const data = r.axes[0].values.map((x, i) => ({ x, y: values[i] })).filter((p) => Number.isFinite(p.y));
    return { datasets: [{ label: this.heading, data, borderColor: '#0072B2', backgroundColor: '#0072B2', pointRadius: 2, borderWidth: 2 }] };
  }

  private lineOptions(): ChartOptions<'line'> {
    return {
      ...STILL_CHART,
      parsing: false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (c) => `${this.format(c.parsed.y ?? NaN)} ${unitAfter(this.figure, this.currency)}` } },
      },
      scales: {
        x: { type: 'linear', title: { display: true, text: this.labels[0] ?? '' } },
        y: { title: { display: true, text: this.heading }, ticks: { callback: (v) => this.format(Number(v)) } },
      },
    };
  }

  private async download(): Promise<void> {
    const r = this.result;
    if (!r) return;
    const { sweepCsv } = await import('../shared/analysis/sweep-csv.ts'); // the CSV writer loads with a download
    const csv = sweepCsv(
      r.axes.map((a, i) => ({ label: this.labels[i] ?? a.pointer, values: a.values })),
      // Each figure at the precision the page shows it (its unit in the header).
      inFigureOrder(HEADLINE_FIGURES).map((f) => ({ label: figureHeading(f, this.currency), values: Array.from(r.figures[f], (v) => roundToFigure(f, v)) })),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'sweep.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private table(r: SweepResult) {
    const values = r.figures[this.figure];
    const show = (v: number) => (Number.isFinite(v) ? this.format(v) : msg('not possible'));
    if (r.axes.length === 1) {
      return html`${dataTable({
        testId: 'sweep-table',
        caption: html`${labelTag(this.figure)} (${unitTag(this.figure, this.currency)})`,
        head: html`<th scope="col">${this.labels[0]}</th>
          <th scope="col">${labelTag(this.figure)}</th>`,
        rows: r.axes[0].values.map(
          (x, i) =>
            html`<tr>
              <th scope="row">${Number(x.toPrecision(6))}</th>
              <td>${show(values[i])}</td>
            </tr>`,
        ),
      })}`;
    }
    const [a0, a1] = r.axes;
    return html`${dataTable({
      testId: 'sweep-table',
      caption: html`${labelTag(this.figure)} (${unitTag(this.figure, this.currency)}): ${msg(str`rows ${this.labels[0]}, columns ${this.labels[1]}`)}`,
      head: html`<th scope="col"></th>
        ${a1.values.map((y) => html`<th scope="col">${Number(y.toPrecision(4))}</th>`)}`,
      rows: a0.values.map(
        (x, i0) =>
          html`<tr>
            <th scope="row">${Number(x.toPrecision(4))}</th>
            ${a1.values.map((_, i1) => html`<td>${show(values[i0 * a1.values.length + i1])}</td>`)}
          </tr>`,
      ),
    })}`;
  }

  override render() {
    const r = this.result;
    if (!r) return html``;
    const picture =
      r.axes.length === 1
        ? html`<plc-line-chart
            .data=${this.lineData(r)}
            .options=${this.lineOptions()}
            label=${msg(str`Line chart of ${this.label} against ${this.labels[0]}; the table below gives the numbers.`)}
          ></plc-line-chart>`
        : html`<plc-heatmap
            .x=${r.axes[0].values}
            .y=${r.axes[1].values}
            .z=${r.figures[this.figure]}
            .format=${this.format}
            xLabel=${this.labels[0]}
            yLabel=${this.labels[1]}
            zLabel=${this.heading}
            label=${msg(str`Heatmap of ${this.label} over ${this.labels[0]} and ${this.labels[1]}; the table below gives the numbers.`)}
          ></plc-heatmap>`;
    return html`
      ${picture}
      <div class="actions">
        <button type="button" class="btn" data-testid="sweep-csv" @click=${() => void this.download()}>${msg('Download CSV (every figure)')}</button>
      </div>
      <details>
        <summary>${msg('Show the numbers')}</summary>
        <div class="table-wrap">${this.table(r)}</div>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-sweep-result': PlcSweepResult;
  }
}
