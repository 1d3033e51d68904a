import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { VillageFigureSummary } from '../shared/contract/api-types.ts';
import type { VillageResultDocument } from '../shared/analysis/village.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import type { ChartData, ChartOptions, Point } from '../common/charts/register.ts';
import '../common/charts/plc-line-chart.ts';
import { figureLabel, formatFigure } from '../app/figures.ts';
import { formatPercent } from '../app/format.ts';
import { notQuantifiedSentence } from '../common/not-quantified-words.ts';
import { bulkValue } from './village-model.ts';
import { bulkUnit } from './village-words.ts';
import { villageTableStyles } from './village-styles.ts';

/**
 * The adoption curve: the village total of one figure with every group's share at 0, 10 %, …,
 * 100 %, and, once a Monte Carlo run has come back, its P5–P95 band and median (each draw's
 * village before B and all adopted A give B + s (A − B); MODEL.md 8). The same numbers as a table.
 */
@localized()
@customElement('plc-village-curve')
export class PlcVillageCurve extends LitElement {
  static override styles = [
    villageTableStyles,
    css`
      plc-line-chart {
        --plc-chart-height: 18rem;
      }
      details {
        margin-top: var(--sl-spacing-x-small);
      }
      th,
      td {
        padding: 0.2rem 0.5rem;
        border-bottom: 1px solid var(--sl-color-neutral-200);
        text-align: right;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .nq {
        font-size: var(--sl-font-size-small);
        border-left: 3px solid #b7791f;
        padding-left: var(--sl-spacing-x-small);
      }
    `,
  ];

  @property({ attribute: false }) doc: VillageResultDocument | null = null;
  @property() figure: HeadlineFigure = 'pcddf.total';
  /** The Monte Carlo summary of the figure, or null (no run, or one for another village). */
  @property({ attribute: false }) summary: VillageFigureSummary | null = null;
  @property() currency = 'VND';

  private points(values: number[]): Point[] {
    return values.map((y, k) => ({ x: k * 10, y: bulkValue(this.figure, y) }));
  }

  private chartData(doc: VillageResultDocument): ChartData<'line', Point[]> {
    const f = this.figure;
    const central = this.points(doc.adoptionCurve.map((p) => p.totals[f]));
    const datasets: ChartData<'line', Point[]>['datasets'] = [
      { label: msg('Village total (central values)'), data: central, borderColor: '#12372a', backgroundColor: '#12372a', borderWidth: 2.5, pointRadius: 2 },
    ];
    const band = this.summary?.adoptionCurve;
    if (band) {
      datasets.push(
        {
          label: msg('Monte Carlo band, P5 to P95'),
          data: this.points(band.map((s) => s.p95)),
          borderColor: '#56b4e9',
          backgroundColor: 'rgb(86 180 233 / 0.25)',
          pointRadius: 0,
          borderWidth: 1,
          fill: '+1',
        },
        { label: msg('Monte Carlo P5'), data: this.points(band.map((s) => s.p5)), borderColor: '#56b4e9', pointRadius: 0, borderWidth: 1 },
        {
          label: msg('Monte Carlo median (P50)'),
          data: this.points(band.map((s) => s.p50)),
          borderColor: '#0072b2',
          borderDash: [6, 4],
          pointRadius: 0,
          borderWidth: 1.5,
        },
      );
    }
    return { datasets };
  }

  private options(): ChartOptions<'line'> {
    const unit = bulkUnit(this.figure, this.currency);
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      parsing: false,
      scales: {
        x: { type: 'linear', min: 0, max: 100, title: { display: true, text: msg('Households adopting (%)') }, ticks: { stepSize: 10 } },
        y: { beginAtZero: true, title: { display: true, text: [figureLabel(this.figure, 'short'), unit] } },
      },
      plugins: { legend: { position: 'bottom', labels: { filter: (item) => item.datasetIndex !== 2 } } },
    };
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    const f = this.figure;
    const band = this.summary?.adoptionCurve;
    const nq = notQuantifiedSentence(f, doc.notQuantifiedItems);
    const label = msg(str`Adoption curve of ${figureLabel(f)} for the village`);
    return html`
      <plc-line-chart .data=${this.chartData(doc)} .options=${this.options()} label=${label} data-testid="curve-chart"></plc-line-chart>
      ${nq ? html`<p class="nq">${nq}</p>` : nothing}
      <details>
        <summary>${msg('The curve as a table')}</summary>
        <div class="scroll" tabindex="0" role="region" aria-label=${msg('The curve as a table')}>
          <table data-testid="curve-table">
            <thead>
              <tr>
                <th scope="col">${msg('Households adopting')}</th>
                <th scope="col">${figureLabel(f, 'short')} (${bulkUnit(f, this.currency)})</th>
                ${
                  band
                    ? html`<th scope="col">${msg('P5')}</th>
                        <th scope="col">${msg('P50')}</th>
                        <th scope="col">${msg('P95')}</th>`
                    : nothing
                }
              </tr>
            </thead>
            <tbody>
              ${doc.adoptionCurve.map((p, k) => {
                const v = (x: number) => formatFigure(f, bulkValue(f, x));
                return html`<tr>
                  <th scope="row">${formatPercent(p.share)}</th>
                  <td>${v(p.totals[f])}</td>
                  ${
                    band
                      ? html`<td>${v(band[k].p5)}</td>
                          <td>${v(band[k].p50)}</td>
                          <td>${v(band[k].p95)}</td>`
                      : nothing
                  }
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-village-curve': PlcVillageCurve;
  }
}
