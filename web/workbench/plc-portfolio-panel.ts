import { LitElement, css, html, nothing } from 'lit';
import { renderProblem, type Problem } from '../common/issue-list-ready.ts';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { portfolioScatterConfig } from './portfolio-scatter.ts';
import { formatList, formatNumber } from '../app/format.ts';

const COMPACT: Intl.NumberFormatOptions = { notation: 'compact', maximumSignificantDigits: 3 };
import type { ScenarioDocument } from '../app/scenario-draft.ts';
import { catalogueContext } from '../app/contexts.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import { NearViewportController } from '../common/controllers/near-viewport.ts';
import { portfolioContext } from './portfolio-run.ts';
import { cheapestReaching, MAX_PORTFOLIO_MEASURES, type PortfolioPoint, type PortfolioResult } from '../shared/analysis/portfolio-front.ts';
import type { HeadlineFigure } from '../shared/model/result-types.ts';
import { figureLabel, figureUnit, formatFigure, inFigureOrder, labelTag } from '../app/figures.ts';
import { notQuantifiedSentence } from '../common/not-quantified-words.ts';
import { chartPanelStyles } from '../common/charts/chart-panel-styles.ts';
import { editorStyles } from './editor-styles.ts';
import '../common/charts/plc-canvas-chart.ts';
import { measureName } from '../common/measure-words.ts';
import { dataTable } from '../common/charts/numbers-table.ts';
import { runningLine } from '../common/base-styles.ts';
import { buttonStyles, spinner, spinnerStyles } from '../common/button-styles.ts';

const measureNameOf = (m: Parameters<typeof measureName>[0] | undefined, id: string) => (m ? measureName(m) : id);

/** Releases a portfolio can be chosen to cut (less is better for each). */
const PORTFOLIO_FIGURES: HeadlineFigure[] = inFigureOrder([
  'pcddf.total',
  'pcddf.air',
  'dlpcb.total',
  'air.hclKg',
  'air.pm25Kg',
  'air.bcKg',
  'air.co2FossilT',
  'mass.burnedPlasticT',
]);

/** The figure as a short noun inside the panel's sentences ("cuts HCl by at least 90 %"). */
const shortName = (f: HeadlineFigure) => figureLabel(f, 'inSentence');

/** "90 %", "99.6 %": whole percent, one decimal where rounding would claim 100 % or 0 %. */
function percent(fraction: number): string {
  const whole = Math.round(fraction * 100);
  const exact = (whole === 100 && fraction < 1) || (whole === 0 && fraction > 0) ? Math.round(fraction * 1000) / 10 : whole;
  return `${exact} %`;
}

/**
 * Measure portfolios: every subset of up to 12 chosen catalogue measures evaluated in the worker
 * (the session's PortfolioRun: cancel, kept across visits, dimmed once the scenario changes),
 * capex against PCDD/F avoided with the Pareto front, profit change as colour, and the cheapest
 * set reaching a target reduction named in words.
 */
@localized()
@customElement('plc-portfolio-panel')
export class PlcPortfolioPanel extends LitElement {
  static override styles = [
    buttonStyles,
    spinnerStyles,
    chartPanelStyles,
    editorStyles,
    runningLine,
    css`
      ul {
        list-style: none;
        margin: 0 0 var(--sl-spacing-x-small);
        padding: 0;
        display: grid;
        gap: 2px var(--sl-spacing-small);
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
        font-size: var(--sl-font-size-small);
      }
      li label {
        display: flex;
        gap: var(--sl-spacing-2x-small);
        align-items: baseline;
      }
      li small {
        color: var(--sl-color-neutral-700);
        white-space: nowrap;
      }
      .controls input {
        width: 6rem;
      }
      .answer {
        font-size: var(--sl-font-size-medium);
        background: var(--sl-color-success-50);
        border-left: 4px solid #009e73;
        padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
        margin: var(--sl-spacing-small) 0;
      }
      .answer.none {
        background: var(--sl-color-warning-50);
        border-left-color: var(--sl-color-warning-600);
      }
      .nq {
        display: block;
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-700);
        margin-top: var(--sl-spacing-2x-small);
      }
      .controls select {
        width: auto;
      }
      .problem {
        color: var(--sl-color-danger-700);
        font-size: var(--sl-font-size-small);
      }
      plc-canvas-chart {
        --plc-chart-height: 20rem;
      }
      .stale {
        opacity: 0.55;
      }
    `,
  ];

  @property({ attribute: false }) scenario?: ScenarioDocument | null;

  private readonly portfolio = new ServiceController(this, portfolioContext);
  private readonly catalogueService = new ServiceController(this, catalogueContext);
  /** The catalogue loads once the panel is near the viewport, not with the first screen. */
  private readonly seen = new NearViewportController(this);
  /** The measures ticked; the first MAX_PORTFOLIO_MEASURES of the catalogue until the user chooses. */
  @state() private chosenByUser: Set<string> | null = null;
  @state() private targetPercent = 90;
  @state() private figure: HeadlineFigure = 'pcddf.total';

  private get catalogue() {
    return this.catalogueService.value?.measures ?? [];
  }

  private get chosen(): Set<string> {
    return this.chosenByUser ?? new Set(this.catalogue.slice(0, MAX_PORTFOLIO_MEASURES).map((m) => m.id));
  }

  /** The last search (public for tests). */
  get result(): PortfolioResult | null {
    const outcome = this.portfolio.value?.result?.value;
    return outcome?.ok ? outcome.value : null;
  }

  /** The currency the last search was priced in. */
  private get currency(): string {
    const currency = this.portfolio.value?.result?.request.scenario.currency;
    return typeof currency === 'string' ? currency : 'VND';
  }

  protected override willUpdate(): void {
    const catalogue = this.catalogueService.value;
    if (this.seen.near && catalogue && !catalogue.measures && !catalogue.error) void catalogue.load();
  }

  /** Evaluates every subset of the chosen measures (catalogue order) in the worker. */
  run(): Promise<void> {
    const portfolio = this.portfolio.value;
    if (!portfolio || !this.scenario) return Promise.resolve();
    const chosen = this.chosen;
    const measureIds = this.catalogue.filter((m) => chosen.has(m.id)).map((m) => m.id);
    return portfolio.start({ scenario: this.scenario, measureIds, figure: this.figure });
  }

  /** Why the last search did not run or could not be done, in words. */
  private problem(): Problem {
    const state = this.portfolio.value?.state;
    const outcome = state?.result?.value;
    if (state?.status === 'failed') return state.error ?? '';
    if (state?.status === 'done' && outcome && !outcome.ok) return outcome.errors;
    return this.catalogueService.value?.error ?? '';
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.chosen);
    if (on) next.add(id);
    else next.delete(id);
    this.chosenByUser = next;
  }

  private names(p: PortfolioPoint): string {
    const names = p.measureIds.map((id) =>
      measureNameOf(
        this.catalogue.find((m) => m.id === id),
        id,
      ),
    );
    return formatList(names);
  }

  /** "The cheapest set of measures that cuts PCDD/F by at least 90 % is: … for … VND." */
  private answer(r: PortfolioResult, best: PortfolioPoint | null) {
    const target = `${this.targetPercent} %`;
    const what = shortName(r.figure);
    // Percentages of releases are of the quantified releases: say which are not, beside them.
    const missing = notQuantifiedSentence(r.figure, r.notQuantifiedItems ?? []);
    const note = missing
      ? html` <span class="nq" data-testid="not-quantified">${msg('Percentages are of the quantified releases.')} ${missing}</span>`
      : nothing;
    if (!best) {
      const most = Math.max(...r.points.map((p) => p.avoidedFraction));
      return html`<p class="answer none" data-testid="cheapest" data-mask="none">
        ${msg(str`No set of the chosen measures cuts ${what} by ${target}; the most any set achieves is ${percent(most)}.`)}${note}
      </p>`;
    }
    if (best.mask === 0) {
      return html`<p class="answer" data-testid="cheapest" data-mask="0">${msg(str`The line already meets a ${target} cut without any measure.`)}${note}</p>`;
    }
    const money = (key: 'comparison.capex' | 'comparison.profitChange', v: number) => formatFigure(key, v, this.currency);
    return html`<p class="answer" data-testid="cheapest" data-mask=${best.mask}>
      ${msg(str`The cheapest set of measures that cuts ${what} by at least ${target} is: ${this.names(best)}, for ${money('comparison.capex', best.capex)}.`)}
      ${
        best.profitChange >= 0
          ? msg(
              str`It avoids ${percent(best.avoidedFraction)} of the ${what} and raises the yearly profit by ${money('comparison.profitChange', best.profitChange)}.`,
            )
          : msg(
              str`It avoids ${percent(best.avoidedFraction)} of the ${what} and lowers the yearly profit by ${money('comparison.profitChange', -best.profitChange)}.`,
            )
      }${note}
    </p>`;
  }

  private results(r: PortfolioResult) {
    const best = cheapestReaching(r, this.targetPercent / 100);
    const unit = figureUnit(r.figure, this.currency);
    const what = shortName(r.figure);
    const quantity = (v: number) => formatFigure(r.figure, v, this.currency);
    const config = portfolioScatterConfig({
      points: r.points,
      front: r.front,
      targetAvoided: r.baseline * (this.targetPercent / 100),
      cheapestMask: best?.mask ?? null,
      words: {
        profitUp: msg('other sets: profit rises or stays'),
        profitDown: msg('other sets: profit falls'),
        front: msg('Pareto front'),
        target: msg(str`target (${this.targetPercent} %)`),
        cheapest: msg('cheapest set reaching the target'),
        capex: `${figureLabel('comparison.capex')} (${figureUnit('comparison.capex', this.currency)})`,
        avoided: msg(str`${what} avoided (${unit})`),
      },
      formatMoney: (v) => formatNumber(v, COMPACT),
      formatAvoided: quantity,
    });
    const byMask = new Map(r.points.map((p) => [p.mask, p]));
    const money = (key: 'comparison.capex' | 'comparison.profitChange', v: number) => formatFigure(key, v, this.currency);
    return html`
      ${this.answer(r, best)}
      <plc-canvas-chart
        .config=${config}
        label=${msg(str`Scatter chart of every set of measures: capital cost against ${what} avoided, the Pareto front as a line; the table below lists the front.`)}
      ></plc-canvas-chart>
      <p class="note">
        ${msg(str`${formatNumber(r.evaluations)} combinations of ${r.measureIds.length} measures evaluated in ${Math.round(r.elapsedMs)} ms. Baseline: ${quantity(r.baseline)} ${unit}.`)}
      </p>
      <details>
        <summary>${msg('Show the Pareto front')}</summary>
        <div class="table-wrap">
          ${dataTable({
            testId: 'front-table',
            head: html`<th scope="col">${msg('Measures')}</th>
              <th scope="col">${labelTag('comparison.capex')}</th>
              <th scope="col">${msg(str`${what} avoided`)}</th>
              <th scope="col">${labelTag('comparison.profitChange')}</th>`,
            rows: r.front
              .map((m) => byMask.get(m))
              .filter((p): p is PortfolioPoint => !!p)
              .map(
                (p) =>
                  html`<tr>
                    <th scope="row">${p.mask === 0 ? msg('none') : this.names(p)}</th>
                    <td>${money('comparison.capex', p.capex)}</td>
                    <td>${percent(p.avoidedFraction)}</td>
                    <td>${money('comparison.profitChange', p.profitChange)}</td>
                  </tr>`,
              ),
          })}
        </div>
      </details>
    `;
  }

  override render() {
    const portfolio = this.portfolio.value;
    const chosen = this.chosen;
    const count = chosen.size;
    const tooMany = count > MAX_PORTFOLIO_MEASURES;
    const result = this.result;
    const stale = portfolio?.isStale(this.scenario) ?? false;
    const problem = this.problem();
    return html`
      <h3>${msg('Measure portfolios')}</h3>
      <p class="note">
        ${msg(str`Choose up to ${MAX_PORTFOLIO_MEASURES} measures; every combination of them is evaluated (${formatNumber(2 ** Math.min(count, MAX_PORTFOLIO_MEASURES))} for ${count}).`)}
      </p>
      ${this.catalogueService.value?.measures || this.catalogueService.value?.error ? nothing : html`<p class="status">${msg('Loading the measures…')}</p>`}
      <ul>
        ${this.catalogue.map(
          (m) =>
            html`<li>
              <label
                ><input
                  type="checkbox"
                  value=${m.id}
                  .checked=${chosen.has(m.id)}
                  @change=${(e: Event) => this.toggle(m.id, (e.target as HTMLInputElement).checked)}
                />
                <span>${measureName(m)} <small>${formatNumber(m.capex, COMPACT)}</small></span></label
              >
            </li>`,
        )}
      </ul>
      <div class="controls">
        <div class="text-field">
          <label for="figure">${msg('Release to cut')}</label>
          <select id="figure" data-testid="portfolio-figure" @change=${(e: Event) => (this.figure = (e.target as HTMLSelectElement).value as HeadlineFigure)}>
            ${PORTFOLIO_FIGURES.map((f) => html`<option value=${f} ?selected=${f === this.figure}>${shortName(f)}</option>`)}
          </select>
        </div>
        <div class="text-field">
          <label for="target">${msg('Target reduction (%)')}</label>
          <input
            id="target"
            name="target"
            type="number"
            min="0"
            max="100"
            step="1"
            .value=${String(this.targetPercent)}
            @input=${(e: Event) => {
              const v = Number((e.target as HTMLInputElement).value);
              if (v >= 0 && v <= 100) this.targetPercent = v;
            }}
          />
        </div>
        ${
          portfolio?.running
            ? html`<span class="running" role="status"
                >${spinner}${msg('Evaluating every combination…')}
                <button type="button" class="btn" @click=${() => portfolio.cancel()}>${msg('Cancel')}</button></span
              >`
            : html`<button type="button" class="btn primary" data-testid="portfolio-run" ?disabled=${count === 0 || tooMany} @click=${() => void this.run()}>
                ${msg('Evaluate every combination')}
              </button>`
        }
      </div>
      ${tooMany ? html`<p class="problem">${msg(str`At most ${MAX_PORTFOLIO_MEASURES} measures.`)}</p>` : nothing} ${renderProblem(this, problem)}
      ${result && stale ? html`<p class="note">${msg('These results are for an earlier scenario; press Run to update them.')}</p>` : nothing}
      ${result ? html`<div class=${stale ? 'stale' : ''} data-testid="portfolio-results">${this.results(result)}</div>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-portfolio-panel': PlcPortfolioPanel;
  }
}
