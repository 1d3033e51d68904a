import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import { PROJECT_VILLAGES } from '../shared/model/bundled-villages.ts';
import { homeVillage } from '../shared/model/home-village.ts';
import { pickText } from '../app/locale.ts';
import type { CompareOutcome, ComparisonSet } from '../shared/contract/api-types.ts';
import type { ScenarioRef } from '../common/charts/compare-data.ts';
import { catalogueContext, draftContext } from '../app/contexts.ts';
import { BASELINE_COLOUR, columnColour, columnLetter, type CompareColumn } from '../common/scenario-columns.ts';
import type { RunResult } from '../common/run.ts';
import { selectField, selectFieldStyles } from '../common/fields/select-field.ts';
import { comparisonContext, type ComparisonRequest, type ComparisonRun } from './comparison-run.ts';
import { releaseMethodOf, setReleaseMethod } from '../app/release-method.ts';
import { HEADLINE_FIGURES, type HeadlineFigure } from '../shared/model/result-types.ts';
import { figureLabel, inFigureOrder } from '../app/figures.ts';
import { pcddfAttributionSentence } from '../common/compare-words.ts';
import type { ComparedScenario } from '../common/figures/plc-headline-cards.ts';
import type { MeasurePreset } from './plc-measure-picker.ts';
import type { OtherCostLine } from '../common/figures/plc-cost-breakdown.ts';
import '../common/figures/plc-cost-breakdown.ts';
import '../common/figures/plc-headline-cards.ts';
import type { MethodChangeEvent } from '../common/plc-method-switch.ts';
import '../common/figures/plc-method-figures.ts';
import '../common/plc-method-switch.ts';
import '../common/plc-issue-list.ts';
import './plc-measure-picker.ts';
import './plc-releases-chart.ts';
import './plc-sankey-chart.ts';
import '../common/plc-scenario-chip.ts';
import './plc-waterfall-chart.ts';
import { measureName } from '../common/measure-words.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import { sectionStack, viewStyles } from '../common/view-styles.ts';
import { autoGrid } from '../common/base-styles.ts';

/**
 * The Compare view: the current scenario as the baseline against one or more "after" scenarios,
 * each the baseline with chosen BAT/BEP measures. Every run happens in the worker (compareMany,
 * with Shapley attribution); changing a choice aborts the run before and starts a new one.
 */
@localized()
@customElement('plc-compare-view')
export class PlcCompareView extends LitElement {
  static override styles = [
    viewStyles,
    sectionStack,
    selectFieldStyles,
    css`
      .pickers {
        ${autoGrid('24rem')}
        gap: var(--sl-spacing-small);
      }
      .add {
        margin-top: var(--sl-spacing-small);
      }
      .flows {
        display: grid;
        gap: var(--sl-spacing-medium);
      }
      .status {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sl-spacing-small);
        min-height: 2.5rem;
        margin: 0 0 var(--sl-spacing-small);
      }
      .summary p {
        margin: var(--sl-spacing-2x-small) 0;
      }
      .summary plc-scenario-chip {
        margin-right: var(--sl-spacing-2x-small);
      }
      .methods {
        display: grid;
        gap: var(--sl-spacing-small);
      }
      .select-field {
        max-width: 22rem;
        margin-bottom: var(--sl-spacing-small);
      }
    `,
  ];

  private readonly draft = new ServiceController(this, draftContext);
  private readonly catalogue = new ServiceController(this, catalogueContext);
  /** The session's comparison (kept across visits). */
  private readonly comparison = new ServiceController(this, comparisonContext);

  @state() private figure: HeadlineFigure = 'pcddf.total';
  @query('h2') private headingEl!: HTMLElement;

  focusHeading(): void {
    this.headingEl?.focus();
  }

  protected override updated(): void {
    // Started after this update, not inside it: the run's `change` event asks for the next one.
    const comparison = this.comparison.value;
    const catalogue = this.catalogue.value;
    const scenario = this.draft.value?.scenario;
    // The state the page shows, for end-to-end checks that must wait for a finished comparison.
    this.dataset.status = comparison?.run.status ?? 'idle';
    if (!comparison || !this.isConnected) return;
    queueMicrotask(() => {
      if (catalogue && !catalogue.measures && !catalogue.error) void catalogue.load();
      if (scenario) void comparison.ensure(scenario);
    });
  }

  /** Each village's own measures; a preset of another village than the baseline's is said to be borrowed. */
  private presets(): MeasurePreset[] {
    const [minhKhai, phanBoi] = PROJECT_VILLAGES;
    const home = homeVillage(this.draft.value?.scenario);
    const presets = [
      {
        village: minhKhai,
        id: 'minh-khai-pilot',
        own: msg('Minh Khai pilot (UNIDO/GEF)'),
        borrowed: msg('The Minh Khai pilot’s measures, borrowed for this line'),
      },
      {
        village: phanBoi,
        id: 'phan-boi-upgrade',
        own: msg('Phan Boi upgraded line (UNIDO/GEF)'),
        borrowed: msg('The Phan Boi upgrade’s measures, borrowed for this line'),
      },
    ].map((p) => ({
      id: p.id,
      name: home === undefined || home === p.village ? p.own : p.borrowed,
      measureIds: [...p.village.measureIds],
      own: home === p.village,
    }));
    return presets.sort((a, b) => Number(b.own) - Number(a.own)).map(({ id, name, measureIds }) => ({ id, name, measureIds }));
  }

  private shortName(column: CompareColumn): string {
    return msg(str`After ${columnLetter(column)}`);
  }

  /** "After A: Minh Khai pilot (UNIDO/GEF)" when the column is a preset, else "After A: 3 measures". */
  private columnName(column: CompareColumn): string {
    const short = this.shortName(column);
    const ids = [...column.measureIds].sort().join();
    const preset = this.presets().find((p) => [...p.measureIds].sort().join() === ids);
    if (preset) return `${short}: ${preset.name}`;
    const n = column.measureIds.length;
    return n === 0 ? short : n === 1 ? msg(str`${short}: 1 measure`) : msg(str`${short}: ${n} measures`);
  }

  private measureName = (id: string): string => {
    const m = this.catalogue.value?.find(id);
    return m ? measureName(m) : id;
  };

  private renderPickers(comparison: ComparisonRun) {
    const scenario = this.draft.value?.scenario ?? null;
    const currency = scenario?.currency ?? 'VND';
    const error = this.catalogue.value?.error;
    if (error) {
      return html`<sl-alert variant="danger" open>${msg('The measures catalogue could not be loaded:')} ${error}</sl-alert>`;
    }
    const catalogue = this.catalogue.value?.measures;
    if (!catalogue) return html`<p class="status">${msg('Loading the measures…')}</p>`;
    const removable = comparison.columns.length > 1;
    return html` <div class="pickers">
        ${comparison.columns.map(
          (c) =>
            html`<plc-measure-picker
              data-column-id=${c.id}
              .catalogue=${catalogue}
              .selected=${c.measureIds}
              name=${this.columnName(c)}
              colour=${columnColour(c)}
              currency=${currency}
              .presets=${this.presets()}
              ?removable=${removable}
              @plc-measures-change=${(e: CustomEvent<{ measureIds: string[] }>) => void comparison.setMeasures(c.id, e.detail.measureIds, scenario)}
              @plc-column-remove=${() => void comparison.removeColumn(c.id, scenario)}
            ></plc-measure-picker>`,
        )}
      </div>
      <sl-button class="add" data-testid="add-column" @click=${() => comparison.addColumn()}>${msg('Add a scenario to compare')}</sl-button>`;
  }

  private renderStatus(comparison: ComparisonRun) {
    const s = comparison.run.state;
    switch (s.status) {
      case 'running':
        return html`<div class="status" role="status">
          <sl-spinner aria-hidden="true"></sl-spinner>
          <span>${msg('Comparing (every combination of the measures is simulated)…')}</span>
          <sl-button size="small" @click=${() => comparison.cancel()}>${msg('Cancel')}</sl-button>
        </div>`;
      case 'cancelled':
        return html`<p class="status" role="status">${msg('The comparison was cancelled; change a choice to run it again.')}</p>`;
      case 'failed':
        return html`<sl-alert variant="danger" open><strong>${msg('The comparison could not run.')}</strong> ${s.error}</sl-alert>`;
      default:
        return nothing;
    }
  }

  private renderResult(result: RunResult<ComparisonRequest, CompareOutcome<ComparisonSet>>, stale: boolean) {
    const outcome = result.value;
    if (!outcome.ok) {
      return html`<sl-alert variant="danger" open data-testid="errors"
        ><strong>${msg('These scenarios cannot be compared:')}</strong> <plc-issue-list .issues=${outcome.errors}></plc-issue-list
      ></sl-alert>`;
    }
    const draft = this.draft.value;
    const scenario = draft?.scenario;
    const currency = scenario?.currency ?? 'VND';
    const docs = outcome.value.comparisons;
    const baseline: ScenarioRef = { key: 'before', name: pickText(scenario?.name) || outcome.value.baselineId, colour: BASELINE_COLOUR };
    const compared: ComparedScenario[] = result.request.columns.map((c, i) => ({
      ref: { key: `after-${columnLetter(c)}`, name: this.columnName(c), colour: columnColour(c) },
      shortName: this.shortName(c),
      doc: docs[i],
    }));
    const all = [{ ref: baseline, result: docs[0].before }, ...compared.map((c) => ({ ref: c.ref, result: c.doc.after }))];
    const chlorine = docs[0].before.chlorine;
    return html`<div class=${stale ? 'stale' : ''} data-testid="compare-results">
      <section class="panel summary" data-testid="pcddf-summary" aria-label=${msg('Where the PCDD/F reduction comes from')}>
        ${compared.map(
          (c) =>
            html`<p>
              <plc-scenario-chip name=${c.shortName} colour=${c.ref.colour}></plc-scenario-chip> ${pcddfAttributionSentence(c.doc, this.measureName)}
            </p>`,
        )}
      </section>
      <section class="panel methods">
        <plc-method-switch
          method=${releaseMethodOf(scenario)}
          .clFraction=${chlorine.poolClFraction}
          .multiplier=${chlorine.adjustedMultiplier.openBurning}
          @plc-method-change=${(e: MethodChangeEvent) => draft && setReleaseMethod(draft, e.detail.method)}
        ></plc-method-switch>
        <plc-method-figures .comparisons=${compared} method=${chlorine.method}></plc-method-figures>
      </section>
      <section aria-labelledby="cards-title">
        <h3 class="section" id="cards-title">${msg('Headline figures, before → after')}</h3>
        <plc-headline-cards .comparisons=${compared} currency=${currency}></plc-headline-cards>
      </section>
      <section class="panel" aria-labelledby="costs-title">
        <h3 class="section" id="costs-title">${msg('Revenue and costs per year')}</h3>
        <plc-cost-breakdown
          .scenarios=${[
            { ref: { ...baseline, name: msg('Before', { id: 'costs-before' }) }, result: docs[0].before },
            ...compared.map((c) => ({ ref: { ...c.ref, name: c.shortName }, result: c.doc.after })),
          ]}
          currency=${currency}
          .otherCosts=${(scenario?.otherCosts as OtherCostLine[] | undefined) ?? []}
        ></plc-cost-breakdown>
      </section>
      <div class="charts">
        <section class="panel"><plc-releases-chart mode="vector" .scenarios=${all}></plc-releases-chart></section>
        <section class="panel"><plc-releases-chart mode="source" .scenarios=${all}></plc-releases-chart></section>
      </div>
      <section aria-labelledby="contrib-title">
        <h3 class="section" id="contrib-title">${msg('What each measure contributes')}</h3>
        ${selectField({
          label: msg('Figure'),
          value: this.figure,
          size: 'small',
          testid: 'figure-select',
          choices: inFigureOrder(HEADLINE_FIGURES).map((k) => ({ value: k, label: figureLabel(k) })),
          onChange: (v) => (this.figure = v),
        })}
        <div class="charts">
          ${compared.map(
            (c) =>
              html`<section class="panel">
                <plc-waterfall-chart
                  .comparison=${c}
                  .baseline=${baseline}
                  figure=${this.figure}
                  currency=${currency}
                  .measureName=${this.measureName}
                ></plc-waterfall-chart>
              </section>`,
          )}
        </div>
      </section>
      <section aria-labelledby="flows-title">
        <h3 class="section" id="flows-title">${msg('Where every tonne goes')}</h3>
        <div class="flows">
          ${all.map((s) => html`<section class="panel"><plc-sankey-chart .scenario=${s.ref} .result=${s.result}></plc-sankey-chart></section>`)}
        </div>
      </section>
    </div>`;
  }

  override render() {
    const comparison = this.comparison.value;
    const scenario = this.draft.value?.scenario;
    const name = pickText(scenario?.name);
    const result = comparison?.run.result;
    return html`
      <h2 tabindex="-1">${msg('Compare')}</h2>
      <p class="intro">
        ${
          name
            ? msg(
                str`The current scenario (${name}) is the baseline. Tick BAT/BEP measures to make an "after" scenario; add more to compare several side by side. Each is compared with the baseline, and the change is shared out among its measures.`,
              )
            : msg('Loading the scenario…')
        }
      </p>
      ${
        comparison
          ? html`<section class="panel" aria-label=${msg('Measures of each scenario')}>${this.renderPickers(comparison)}</section>
              ${this.renderStatus(comparison)} ${result ? this.renderResult(result, comparison!.run.isStale(scenario)) : nothing}`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-compare-view': PlcCompareView;
  }
}
