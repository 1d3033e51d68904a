import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import type { DynamicsSummary, ResultDocument } from '../shared/contract/api-types.ts';
import type { DynamicsViewModel } from './dynamics-view-model.ts';
import type { Estimate } from '../shared/analysis/dynamics.ts';
import { formatPercent, formatQuantity } from '../app/format.ts';
import { chartPanelStyles } from '../common/charts/chart-panel-styles.ts';

/** Percent with three significant digits ("99.7%"): a ratio near 1 must not round to 100%. */
const ratioText = (ratio: number) => `${formatQuantity(ratio * 100)}%`;

/**
 * Steady-state and dynamic throughput side by side (the dynamic one with its 95 % interval), the
 * bottleneck in words and the replications' precision. It only formats what the core computed.
 */
@localized()
@customElement('plc-dynamics-comparison')
export class PlcDynamicsComparison extends LitElement {
  static override styles = [chartPanelStyles, css`
    dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: var(--sl-spacing-small); margin: 0 0 var(--sl-spacing-medium); }
    .figure { background: var(--sl-color-neutral-0); border: 1px solid var(--sl-color-neutral-200);
      border-radius: var(--sl-border-radius-large); padding: var(--sl-spacing-small) var(--sl-spacing-medium); min-width: 0; }
    dt { font-size: var(--sl-font-size-small); color: var(--sl-color-neutral-700); }
    dd { margin: var(--sl-spacing-2x-small) 0 0; }
    .value { font-size: var(--sl-font-size-x-large); font-weight: var(--sl-font-weight-semibold);
      font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
    .unit, .ci { font-size: var(--sl-font-size-small); color: var(--sl-color-neutral-700); }
    .ci { display: block; margin-top: var(--sl-spacing-2x-small); font-variant-numeric: tabular-nums; }
    .sentence { margin: 0 0 var(--sl-spacing-small); max-width: 48rem; }
    sl-alert { margin-bottom: var(--sl-spacing-small); }
  `];

  @property({ attribute: false }) summary?: DynamicsSummary;
  @property({ attribute: false }) steady?: ResultDocument;
  @property({ attribute: false }) viewModel?: DynamicsViewModel;

  private ci(e: Estimate) {
    return html`<span class="ci">${msg('95% interval')}
      <span data-ci="low">${formatQuantity(e.ci95[0])}</span>–<span data-ci="high">${formatQuantity(e.ci95[1])}</span></span>`;
  }

  private bottleneckSentence(s: DynamicsSummary) {
    const u = s.units.find((unit) => unit.id === this.viewModel?.bottleneckUnitId);
    if (!u) return msg('No unit stands out as the bottleneck.');
    return msg(str`The bottleneck is ${u.name}: busy ${formatPercent(u.busy)} of its working time, down ${formatPercent(u.down)}, starved ${formatPercent(u.starved)} and blocked ${formatPercent(u.blocked)}.`);
  }

  /** One figure per year: the steady state's value beside the dynamic mean and its interval. */
  private row(key: string, label: string, unit: string, steadyValue: number, dynamic: Estimate) {
    return html`<tr data-row=${key}><th scope="row">${label} (${unit})</th>
      <td>${formatQuantity(steadyValue)}</td><td>${formatQuantity(dynamic.mean)}</td>
      <td>${formatQuantity(dynamic.ci95[0])}–${formatQuantity(dynamic.ci95[1])}</td></tr>`;
  }

  override render() {
    const s = this.summary;
    const steady = this.steady;
    const comparison = this.viewModel?.comparison;
    if (!s || !steady) return nothing;
    const perYear = msg('t/yr');
    return html`
      <h3 id="title">${msg('Steady state and dynamics')}</h3>
      <dl>
        <div class="figure" data-figure="steadyProcessedT">
          <dt>${msg('Processed, steady state')}</dt>
          <dd><span class="value">${formatQuantity(steady.mass.processedT)}</span> <span class="unit">${perYear}</span></dd>
        </div>
        <div class="figure" data-figure="dynamicProcessedT">
          <dt>${msg(str`Processed, dynamic (mean of ${s.replications})`)}</dt>
          <dd><span class="value">${formatQuantity(s.processedT.mean)}</span> <span class="unit">${perYear}</span>${this.ci(s.processedT)}</dd>
        </div>
        <div class="figure" data-figure="ratio">
          <dt>${msg('Dynamic ÷ steady state')}</dt>
          <dd><span class="value">${comparison ? ratioText(comparison.ratio) : '–'}</span>
            <span class="ci">${msg('of the steady-state throughput')}</span></dd>
        </div>
        <div class="figure" data-figure="steadyBurnedT">
          <dt>${msg('Plastic burned, steady state')}</dt>
          <dd><span class="value">${formatQuantity(steady.mass.burnedPlasticT)}</span> <span class="unit">${perYear}</span></dd>
        </div>
        <div class="figure" data-figure="dynamicBurnedT">
          <dt>${msg(str`Plastic burned, dynamic (mean of ${s.replications})`)}</dt>
          <dd><span class="value">${formatQuantity(s.burnedPlasticT.mean)}</span> <span class="unit">${perYear}</span>${this.ci(s.burnedPlasticT)}</dd>
        </div>
        <div class="figure" data-figure="burnEvents">
          <dt>${msg('Burn events with fire, per year')}</dt>
          <dd><span class="value">${formatQuantity(s.burnEventsPerYear)}</span>
            <span class="ci">${msg(str`of ${formatQuantity(s.clearingsPerYear)} clearings of the stockpile`)}</span></dd>
        </div>
      </dl>
      <p class="sentence" data-testid="bottleneck">${this.bottleneckSentence(s)}</p>
      ${s.hint
        ? html`<sl-alert variant="warning" open data-testid="precision-hint">
            <strong>${msg('The confidence interval is still wide.')}</strong> ${s.hint}</sl-alert>`
        : nothing}
      <details>
        <summary>${msg('Show the numbers')}</summary>
        <div class="table-wrap">
          <table aria-labelledby="title">
            <thead><tr><th scope="col">${msg('Per year')}</th><th scope="col">${msg('Steady state')}</th>
              <th scope="col">${msg('Dynamic, mean')}</th><th scope="col">${msg('Dynamic, 95% interval')}</th></tr></thead>
            <tbody>
              ${this.row('processedT', msg('Processed'), msg('t'), steady.mass.processedT, s.processedT)}
              ${this.row('productT', msg('Product'), msg('t'), steady.mass.productT, s.productT)}
              ${this.row('burnedPlasticT', msg('Plastic burned (fuel, open burning, dump fires)'), msg('t'), steady.mass.burnedPlasticT, s.burnedPlasticT)}
              ${this.row('fuel', msg('Rejects burned as fuel'), msg('t'), steady.mass.routesT.fuel, s.routesT.fuel)}
              ${this.row('openBurning', msg('Burned in the open'), msg('t'), steady.mass.routesT.openBurning, s.routesT.openBurning)}
              ${this.row('dumpFire', msg('Burned in dump fires'), msg('t'), steady.mass.routesT.dumpFire, s.routesT.dumpFire)}
              ${this.row('bricks', msg('To bricks'), msg('t'), steady.mass.routesT.bricks, s.routesT.bricks)}
              ${this.row('pcddfAir', msg('PCDD/F to air'), msg('µg TEQ'), steady.pcddf.air, s.pcddfAirUgTeq)}
              ${this.row('hclKg', msg('Hydrogen chloride (HCl)'), msg('kg'), steady.air.hclKg, s.hclKg)}
            </tbody>
          </table>
        </div>
        <p class="note">${msg('Like for like: at each burn event the stockpile follows the plastic routes of the scenario, and the rejects burned as fuel come from the stockpile, as in the steady state. The dynamic figures are a little lower by what is still in the stockpile at the end of the run (the last, unfinished burn interval) and by any heat the stockpile could not supply.')}</p>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-dynamics-comparison': PlcDynamicsComparison;
  }
}
