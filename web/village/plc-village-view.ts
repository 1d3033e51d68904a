import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { VillageRequest, VillageResultDocument } from '../shared/contract/api-types.ts';
import { formatVillageIssue } from '../shared/analysis/village-messages.ts';
import { BUNDLED_VILLAGES } from '../shared/model/bundled-villages.ts';
import { HEADLINE_FIGURES, type HeadlineFigure } from '../shared/model/result-types.ts';
import { catalogueContext } from '../app/contexts.ts';
import { figureLabel, inFigureOrder } from '../app/figures.ts';
import { formatQuantity } from '../app/format.ts';
import { getLocale, messageLang } from '../app/locale.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import '../common/plc-run-progress.ts';
import { villageContext, type VillageRun } from './village-run.ts';
import { bandKey, bundledIdOf, DEFAULT_VILLAGE, importVillage, requestOf, withShare, type PickedFile } from './village-model.ts';
import { bundledVillageLabel, villageName } from './village-words.ts';
import { villageViewStyles } from './village-styles.ts';
import type { ShareInputEvent } from './plc-village-groups.ts';
import type { PlcVillageSummary } from './plc-village-summary.ts';
import './plc-village-groups.ts';
import './plc-village-totals.ts';
import './plc-village-curve.ts';
import './plc-village-stack.ts';
import './plc-village-inventory.ts';
import './plc-village-summary.ts';
import { ViewElement } from '../common/view-element.ts';

/** Draws a user may ask for; 10,000 is the issue's scale. */
const DRAW_CHOICES = [1_000, 10_000];
const SEED = 1;
const NO_MEASURES: readonly never[] = [];

/**
 * The Village view (MODEL.md 8, issue 18): a village's groups of household lines with a share of
 * households adopting the BAT/BEP measures, the totals in everyday words, the adoption curve with
 * its Monte Carlo band (in the worker pool), a stacked chart by group, the inventory in the UNEP
 * Toolkit's layout (CSV, JSON) and a one-page printable summary. The village and its Monte Carlo
 * are the session's runs (web/village/village-run.ts), so leaving the view keeps them.
 */
@localized()
@customElement('plc-village-view')
export class PlcVillageView extends ViewElement {
  static override styles = villageViewStyles;

  private readonly village = new ServiceController(this, villageContext);
  private readonly catalogue = new ServiceController(this, catalogueContext);
  private listening: EventTarget | null = null;
  private readonly onDocument = () => this.requestUpdate();

  @state() private figure: HeadlineFigure = 'pcddf.total';
  @state() private draws = 10_000;
  @state() private importMessages: string[] = [];
  @query('plc-village-summary') private summaryEl!: PlcVillageSummary;

  get run(): VillageRun | undefined {
    return this.village.value;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listening?.removeEventListener('change', this.onDocument);
    this.listening = null;
  }

  protected override willUpdate(): void {
    const run = this.run;
    if (run && this.listening !== run.document && this.isConnected) {
      this.listening?.removeEventListener('change', this.onDocument);
      run.document.addEventListener('change', this.onDocument);
      this.listening = run.document;
      if (run.document.request === null) void run.document.start(requestOf(DEFAULT_VILLAGE));
    }
    void this.catalogue.value?.load();
  }

  /** The village shown: the latest request (the sliders follow it at once). */
  private get request(): VillageRequest | null {
    return this.run?.document.request ?? null;
  }

  private get doc(): VillageResultDocument | null {
    const out = this.run?.document.result?.value;
    return out?.ok ? out.value : null;
  }

  private open(request: VillageRequest): void {
    this.importMessages = [];
    void this.run?.document.start(request);
  }

  private pick(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    const v = BUNDLED_VILLAGES.find((x) => x.id === id);
    if (v) this.open(requestOf(v));
  }

  private async importFiles(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    const picked: PickedFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    const out = importVillage(picked, messageLang());
    if (out.ok) this.open(out.request);
    else this.importMessages = out.messages.length > 0 ? out.messages : [msg('None of the chosen files is a village file (format "plastic-line-village").')];
  }

  private setShare(e: ShareInputEvent): void {
    const request = this.request;
    if (request) void this.run?.document.start(withShare(request, e.detail.index, e.detail.share));
  }

  private startMc(): void {
    const request = this.request;
    if (request) void this.run?.start({ village: request, draws: this.draws, seed: SEED });
  }

  private sharesOf: { request: VillageRequest | null; shares: number[] } = { request: null, shares: [] };

  /** The groups' shares in the request (the same array until the request changes, so that the
   *  group table is not rendered again by a Monte Carlo run's progress). */
  private shares(request: VillageRequest | null): number[] {
    if (this.sharesOf.request !== request) this.sharesOf = { request, shares: this.readShares(request) };
    return this.sharesOf.shares;
  }

  private readShares(request: VillageRequest | null): number[] {
    const groups = (request?.village as { groups?: { adoption?: { share?: number } }[] } | undefined)?.groups;
    return Array.isArray(groups) ? groups.map((g) => g?.adoption?.share ?? 0) : [];
  }

  private renderPicker() {
    const current = bundledIdOf(this.request);
    return html`<div class="picker">
      <label
        >${msg('Village')}
        <select data-testid="village-picker" @change=${this.pick}>
          ${BUNDLED_VILLAGES.map((v) => html`<option value=${v.id} ?selected=${current === v.id}>${bundledVillageLabel(v.id)}</option>`)}
          ${current === null ? html`<option value="" selected disabled>${msg('Imported file')}</option>` : nothing}
        </select>
      </label>
      <label class="import"
        >${msg('Import a village file (JSON; pick its scenario files with it)')}
        <input type="file" accept=".json,application/json" multiple data-testid="village-import" @change=${this.importFiles} />
      </label>
    </div>`;
  }

  private renderProblems() {
    const out = this.run?.document.state;
    const lang = messageLang();
    const failed = out?.status === 'failed' ? [out.error ?? ''] : [];
    const result = out?.result?.value;
    const refused = result && !result.ok && out?.result?.request === this.request ? result.errors.map((i) => formatVillageIssue(i, lang)) : [];
    const all = [...this.importMessages, ...refused, ...failed];
    if (all.length === 0) return nothing;
    return html`<div class="problems" role="alert" data-testid="village-errors">
      <strong>${msg('This village file cannot be used:')}</strong>
      <ul>
        ${all.map((m) => html`<li>${m}</li>`)}
      </ul>
    </div>`;
  }

  private renderMc() {
    const run = this.run;
    if (!run) return nothing;
    const s = run.state;
    const progress =
      s.status === 'running'
        ? html`<plc-run-progress
            data-testid="mc-progress"
            .done=${s.progress?.done ?? 0}
            .total=${s.progress?.total ?? this.draws}
            text=${s.progress?.phase === 'summary' ? msg('Summarising the draws…') : msg(str`${formatQuantity(s.progress?.done ?? 0)} of ${formatQuantity(s.progress?.total ?? this.draws)} draws`)}
            @plc-run-cancel=${() => run.cancel()}
          ></plc-run-progress>`
        : nothing;
    const result = s.result;
    const fits = result && bandKey(result.request.village) === bandKey(this.request);
    const facts =
      result && result.value.ok
        ? fits
          ? msg(
              str`Band: ${formatQuantity(result.request.draws)} Monte Carlo draws (seed ${result.request.seed}), each emission factor drawn once per draw for the whole village; shaded from P5 to P95.`,
            )
          : msg('The last Monte Carlo run was for another village; run it again for this one.')
        : msg('Run the Monte Carlo to see how sure the curve is (the band from P5 to P95).');
    return html`<div class="mc">
      <label
        >${msg('Draws')}
        <select data-testid="mc-draws" @change=${(e: Event) => (this.draws = Number((e.target as HTMLSelectElement).value))}>
          ${DRAW_CHOICES.map((d) => html`<option value=${d} ?selected=${d === this.draws}>${formatQuantity(d)}</option>`)}
        </select>
      </label>
      <button type="button" data-testid="mc-run" ?disabled=${s.status === 'running' || !this.doc} @click=${this.startMc}>${msg('Run the Monte Carlo')}</button>
      ${s.status === 'cancelled' ? html`<span role="status">${msg('The run was cancelled.')}</span>` : nothing}
      ${s.status === 'failed' ? html`<span role="alert">${msg('The Monte Carlo run failed.')} ${s.error}</span>` : nothing}
      ${result && !result.value.ok ? html`<span role="alert">${result.value.errors.map((i) => formatVillageIssue(i, messageLang())).join(' ')}</span>` : nothing}
      <p class="facts" data-testid="mc-facts">${facts}</p>
      ${progress}
    </div>`;
  }

  override render() {
    const doc = this.doc;
    const mc = this.run?.state.result;
    const summary = mc?.value.ok && bandKey(mc.request.village) === bandKey(this.request) ? mc.value.value.summaries[this.figure] : null;
    const busy = this.run?.document.running ?? true;
    return html`
      <h2 tabindex="-1">${msg('Village')}${doc ? html`: ${villageName(doc, getLocale())}` : nothing}</h2>
      <p class="intro">
        ${msg(
          'A village is groups of similar household lines. Move a slider to set how many households in a group adopt the BAT/BEP measures: the village totals, the charts and the inventory follow.',
        )}
      </p>
      ${this.renderPicker()} ${this.renderProblems()}
      ${
        doc
          ? html`<div class=${busy ? 'busy' : ''} aria-busy=${busy ? 'true' : 'false'} data-testid="village-body">
              ${panel(msg('Village totals'), html`<plc-village-totals .doc=${doc}></plc-village-totals>`)}
              ${panel(
                msg('Groups of households'),
                html`<plc-village-groups
                  .doc=${doc}
                  .shares=${this.shares(this.request)}
                  .measures=${this.catalogue.value?.measures ?? NO_MEASURES}
                  @plc-share-input=${this.setShare}
                ></plc-village-groups>`,
              )}
              ${panel(
                msg('If more households adopt: the adoption curve'),
                html`<label class="figure"
                    >${msg('Figure')}
                    <select data-testid="village-figure" @change=${(e: Event) => (this.figure = (e.target as HTMLSelectElement).value as HeadlineFigure)}>
                      ${inFigureOrder(HEADLINE_FIGURES).map((f) => html`<option value=${f} ?selected=${f === this.figure}>${figureLabel(f)}</option>`)}
                    </select>
                  </label>
                  ${this.renderMc()}
                  <plc-village-curve .doc=${doc} figure=${this.figure} .summary=${summary}></plc-village-curve>
                  <h4>${msg('By group')}</h4>
                  <plc-village-stack .doc=${doc} figure=${this.figure}></plc-village-stack>`,
              )}
              ${panel(msg('Inventory (UNEP Toolkit layout)'), html`<plc-village-inventory .doc=${doc}></plc-village-inventory>`)}
              ${panel(
                msg('Printable summary'),
                html`<button type="button" data-testid="print-summary" @click=${() => void this.summaryEl?.print()}>
                    ${msg('Print the one-page summary')}
                  </button>
                  <details>
                    <summary>${msg('Show the summary')}</summary>
                    <plc-village-summary .doc=${doc}></plc-village-summary>
                  </details>`,
              )}
            </div>`
          : html`<p role="status">${msg('Computing the village…')}</p>`
      }
    `;
  }
}

/** One part of the village: its heading and what it shows. */
function panel(title: string, body: unknown) {
  return html`<section class="panel">
    <h3>${title}</h3>
    ${body}
  </section>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-village-view': PlcVillageView;
  }
}
