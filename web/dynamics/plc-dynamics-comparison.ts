import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import type { DynamicsSummary, ResultDocument } from '../shared/contract/api-types.ts';
import type { DynamicsViewModel } from './dynamics-view-model.ts';
import type { Estimate, PrecisionHint } from '../shared/analysis/dynamics.ts';
import { formatNumber } from '../app/format.ts';
import { figureLabel, formatFigure, inFigureOrder, labelTag, unitTag, type FigureKey } from '../app/figures.ts';
import { chartPanelStyles } from '../common/charts/chart-panel-styles.ts';
import { numbersTable, type NumbersRow } from '../common/charts/numbers-table.ts';
import { autoGrid, figureCard } from '../common/base-styles.ts';

/** The per-year figures shared by the steady state and the dynamics: a row key and the two values. */
const PER_YEAR_ROWS = new Map<FigureKey, [string, (r: ResultDocument, s: DynamicsSummary) => [number, Estimate]]>([
  ['mass.processedT', ['processedT', (r, s) => [r.mass.processedT, s.processedT]]],
  ['mass.productT', ['productT', (r, s) => [r.mass.productT, s.productT]]],
  ['mass.burnedPlasticT', ['burnedPlasticT', (r, s) => [r.mass.burnedPlasticT, s.burnedPlasticT]]],
  ['mass.routesT.fuel', ['fuel', (r, s) => [r.mass.routesT.fuel, s.routesT.fuel]]],
  ['mass.routesT.openBurning', ['openBurning', (r, s) => [r.mass.routesT.openBurning, s.routesT.openBurning]]],
  ['mass.routesT.dumpFire', ['dumpFire', (r, s) => [r.mass.routesT.dumpFire, s.routesT.dumpFire]]],
  ['mass.routesT.bricks', ['bricks', (r, s) => [r.mass.routesT.bricks, s.routesT.bricks]]],
  ['pcddf.air', ['pcddfAir', (r, s) => [r.pcddf.air, s.pcddfAirUgTeq]]],
  ['air.hclKg', ['hclKg', (r, s) => [r.air.hclKg, s.hclKg]]],
]);

/**
 * Steady-state and dynamic throughput side by side (the dynamic one with its 95 % interval), the
 * bottleneck in words and the replications' precision. It only formats what the core computed.
 */
@localized()
@customElement('plc-dynamics-comparison')
export class PlcDynamicsComparison extends LitElement {
  static override styles = [
    chartPanelStyles,
    figureCard,
    css`
      dl {
        ${autoGrid('14rem', 'auto-fill')}
        gap: var(--sl-spacing-small);
        margin: 0 0 var(--sl-spacing-medium);
      }
      .unit,
      .ci {
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-700);
      }
      .ci {
        display: block;
        margin-top: var(--sl-spacing-2x-small);
        font-variant-numeric: tabular-nums;
      }
      .sentence {
        margin: 0 0 var(--sl-spacing-small);
        max-width: 48rem;
      }
      sl-alert {
        margin-bottom: var(--sl-spacing-small);
      }
    `,
  ];

  @property({ attribute: false }) summary?: DynamicsSummary;
  @property({ attribute: false }) steady?: ResultDocument;
  @property({ attribute: false }) viewModel?: DynamicsViewModel;

  private ci(key: FigureKey, e: Estimate) {
    return html`<span class="ci"
      >${msg('95% interval')} <span data-ci="low">${formatFigure(key, e.ci95[0])}</span>–<span data-ci="high">${formatFigure(key, e.ci95[1])}</span></span
    >`;
  }

  /** Why the interval is wide, and how many replications would narrow it (MODEL.md 7). */
  private precisionHint(p: PrecisionHint) {
    if (p.kind === 'oneReplication') return msg('One replication gives no confidence interval; run at least 2 (20 is a good start).');
    const width = formatNumber(p.relativeHalfWidth * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return msg(
      str`The 95 % interval of ${figureLabel(p.figure, 'inSentence')} is ±${width} % of the mean; about ${p.replicationsNeeded} replications (or a longer horizon) would bring it within ±5 %.`,
    );
  }

  /** One figure per year: the steady state's value beside the dynamic mean and its interval. */
  private row(key: string, figure: FigureKey, steadyValue: number, dynamic: Estimate): NumbersRow {
    const f = (n: number) => formatFigure(figure, n);
    return {
      key,
      header: html`${labelTag(figure)} (${unitTag(figure)})`,
      cells: [f(steadyValue), f(dynamic.mean), `${f(dynamic.ci95[0])}–${f(dynamic.ci95[1])}`],
    };
  }

  /** A card: the figure's label, a qualifier ("steady state"), its value and unit. */
  private card(key: string, figure: FigureKey, qualifier: string, value: number, extra: unknown = nothing) {
    return html`<div class="figure" data-figure=${key}>
      <dt>${labelTag(figure)}, ${qualifier}</dt>
      <dd><span class="value">${formatFigure(figure, value)}</span> <span class="unit">${unitTag(figure)}</span>${extra}</dd>
    </div>`;
  }

  override render() {
    const s = this.summary;
    const steady = this.steady;
    const comparison = this.viewModel?.comparison;
    if (!s || !steady) return nothing;
    const steadyState = msg('steady state');
    const dynamic = msg(str`dynamic (mean of ${s.replications})`);
    return html`
      <h3 id="title">${msg('Steady state and dynamics')}</h3>
      <dl>
        ${this.card('steadyProcessedT', 'mass.processedT', steadyState, steady.mass.processedT)}
        ${this.card('dynamicProcessedT', 'mass.processedT', dynamic, s.processedT.mean, this.ci('mass.processedT', s.processedT))}
        <div class="figure" data-figure="ratio">
          <dt>${labelTag('dynamics.throughputRatio')}</dt>
          <dd>
            <span class="value">${comparison ? formatFigure('dynamics.throughputRatio', comparison.ratio) : '–'}</span>
            <span class="ci">${msg('of the steady-state throughput')}</span>
          </dd>
        </div>
        ${this.card('steadyBurnedT', 'mass.burnedPlasticT', steadyState, steady.mass.burnedPlasticT)}
        ${this.card('dynamicBurnedT', 'mass.burnedPlasticT', dynamic, s.burnedPlasticT.mean, this.ci('mass.burnedPlasticT', s.burnedPlasticT))}
        <div class="figure" data-figure="burnEvents">
          <dt>${labelTag('dynamics.burnEventsPerYear')}</dt>
          <dd>
            <span class="value">${formatFigure('dynamics.burnEventsPerYear', s.burnEventsPerYear)}</span>
            <span class="unit">${unitTag('dynamics.burnEventsPerYear')}</span>
            <span class="ci">${msg(str`of ${formatFigure('dynamics.burnEventsPerYear', s.clearingsPerYear)} clearings of the stockpile`)}</span>
          </dd>
        </div>
      </dl>
      <p class="sentence" data-testid="bottleneck">${this.viewModel?.bottleneckSentence ?? ''}</p>
      ${
        s.precision
          ? html`<sl-alert variant="warning" open data-testid="precision-hint">
              <strong>${msg('The confidence interval is still wide.')}</strong> ${this.precisionHint(s.precision)}</sl-alert
            >`
          : nothing
      }
      ${numbersTable({
        head: [msg('Per year'), msg('Steady state'), msg('Dynamic, mean'), msg('Dynamic, 95% interval')],
        rows: inFigureOrder([...PER_YEAR_ROWS.keys()]).map((figure) => {
          const [key, read] = PER_YEAR_ROWS.get(figure)!;
          const [steadyValue, dynamic] = read(steady, s);
          return this.row(key, figure, steadyValue, dynamic);
        }),
        after: html`<p class="note">
          ${msg('Like for like: at each burn event the stockpile follows the plastic routes of the scenario, and the rejects burned as fuel come from the stockpile, as in the steady state. The dynamic figures are a little lower by what is still in the stockpile at the end of the run (the last, unfinished burn interval) and by any heat the stockpile could not supply.')}
        </p>`,
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-dynamics-comparison': PlcDynamicsComparison;
  }
}
