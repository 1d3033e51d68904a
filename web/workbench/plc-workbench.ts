import { LitElement, css, html, nothing } from 'lit';
import { pickText } from '../app/locale.ts';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { draftContext, simulationContext, storeContext } from '../app/contexts.ts';
import type { SimulateOutcome } from '../shared/contract/api-types.ts';
import type { ScenarioDocument, ScenarioDraft } from '../app/scenario-draft.ts';
import type { SimulationRun } from '../app/session.ts';
import type { RunStatus } from '../common/run.ts';
import { releaseMethodOf, withReleaseMethod } from '../app/release-method.ts';
import './plc-line-editor.ts';
import type { MethodChangeEvent } from '../common/plc-method-switch.ts';
import '../common/plc-method-switch.ts';
import './plc-pcddf-chart.ts';
import './plc-portfolio-panel.ts';
import './plc-result-figures.ts';
import './plc-sweep-panel.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import { viewStyles } from '../common/view-styles.ts';
import { visuallyHidden } from '../common/base-styles.ts';
import { buttonStyles, spinner, spinnerStyles } from '../common/button-styles.ts';
import { shoelaceReady } from '../common/shoelace-parts.ts';
import { issueListReady } from '../common/issue-list-ready.ts';

/** Edits closer together than this are sent as one (the first at once, the last after the pause). */
const EDIT_THROTTLE_MS = 50;
/** A run over within this time changes the figures in place; one still going after it shows the
 *  spinner and dims the figures (a flash of both on every keystroke would only blink). */
const BUSY_DELAY_MS = 200;

type OkOutcome = Extract<SimulateOutcome, { ok: true }>;

/** Runs `task` once the page is idle (at the latest after 300 ms; a moment later where idle callbacks do not exist). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 300 });
  else setTimeout(task, 16);
}

/**
 * The workbench: the line editor beside the live results (headline figures, bottleneck, mass
 * balance, PCDD/F chart), then parameter sweeps and measure portfolios. Each valid edit re-runs the
 * model through the session; the previous figures stay on screen until the new ones come (dimmed
 * once a run takes longer than BUSY_DELAY_MS). The host carries `data-run-seq`, the number of
 * results shown so far (the latency benchmark watches it).
 */
@localized()
@customElement('plc-workbench')
export class PlcWorkbench extends LitElement {
  static override styles = [
    viewStyles,
    visuallyHidden,
    buttonStyles,
    spinnerStyles,
    css`
      .intro {
        margin: var(--sl-spacing-2x-small) 0 var(--sl-spacing-medium);
        color: var(--sl-color-neutral-700);
      }
      .top {
        display: grid;
        gap: var(--sl-spacing-large);
        align-items: start;
      }
      .analysis {
        display: grid;
        gap: var(--sl-spacing-large);
        margin-top: var(--sl-spacing-large);
        align-items: start;
      }
      @media (min-width: 64rem) {
        .top {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        }
        .results {
          position: sticky;
          top: var(--sl-spacing-small);
          order: 2;
        }
        .editor {
          order: 1;
        }
      }
      @media (min-width: 80rem) {
        .analysis {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        }
      }
      h3 {
        margin: 0 0 var(--sl-spacing-x-small);
        font-size: var(--sl-font-size-large);
      }
      .status {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--sl-spacing-x-small);
        min-height: 2rem;
        font-size: var(--sl-font-size-small);
        color: var(--sl-color-neutral-700);
      }
      .status .spinner {
        font-size: 1rem;
      }
      sl-alert {
        margin-bottom: var(--sl-spacing-small);
      }
      .panel {
        background: var(--sl-color-neutral-0);
        border: 1px solid var(--sl-color-neutral-200);
        min-width: 0;
        border-radius: var(--sl-border-radius-large);
        padding: var(--sl-spacing-medium);
      }
      plc-method-switch {
        margin-bottom: var(--sl-spacing-small);
      }
      .figures {
        transition: opacity 120ms linear;
        margin-bottom: var(--sl-spacing-medium);
      }
    `,
  ];

  private readonly draft = new ServiceController(this, draftContext);
  private readonly simulation = new ServiceController(this, simulationContext);
  private readonly store = new ServiceController(this, storeContext);

  @query('h2') private headingEl!: HTMLElement;
  /** The last successful outcome: shown (dimmed) while the next run is under way. */
  private shown: OkOutcome | null = null;
  /** The editor's draft cannot run (a problem beside a field): the figures shown are the last valid line's. */
  @state() private draftInvalid = false;
  private seenOutcome: SimulateOutcome | null = null;
  private runSeq = 0;
  private editTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingEdit: ScenarioDocument | null = null;
  /** The run under way has taken longer than BUSY_DELAY_MS (or there are no figures to keep). */
  @state() private slow = false;
  private busyTimer: ReturnType<typeof setTimeout> | null = null;
  /** The scenario of the sweep and portfolio panels: the current one, handed on once its run is
   *  over and the page is idle, so that an edit's figures do not wait for the panels below. */
  @state() private analysisScenario: ScenarioDocument | null = null;
  private analysisHandOn = false;

  focusHeading(): void {
    this.headingEl?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Shown again: the panels take the scenario as it is now, at once.
    this.analysisScenario = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.editTimer !== null) clearTimeout(this.editTimer);
    this.editTimer = null;
    this.stopBusyTimer();
    const pending = this.pendingEdit;
    this.pendingEdit = null;
    if (pending) this.draft.value?.edit(pending);
  }

  override willUpdate(): void {
    const run = this.simulation.value;
    this.followScenario(run?.status === 'running');
    const outcome = run?.status === 'done' ? run.result?.value : undefined;
    if (outcome && outcome !== this.seenOutcome) {
      this.seenOutcome = outcome;
      if (outcome.ok) {
        this.shown = outcome;
        this.runSeq++;
      }
    }
    if (run?.status !== 'running') {
      this.stopBusyTimer();
      this.slow = false;
    } else if (this.busyTimer === null && !this.slow) {
      this.busyTimer = setTimeout(() => {
        this.busyTimer = null;
        this.slow = true;
      }, BUSY_DELAY_MS);
    }
  }

  private followScenario(running: boolean): void {
    const scenario = this.draft.value?.scenario ?? null;
    if (scenario === this.analysisScenario || this.analysisHandOn) return;
    if (this.analysisScenario === null) {
      this.analysisScenario = scenario;
      return;
    }
    if (running) return; // the update when the run ends hands it on
    this.analysisHandOn = true;
    whenIdle(() => {
      this.analysisHandOn = false;
      this.analysisScenario = this.draft.value?.scenario ?? null;
    });
  }

  private stopBusyTimer(): void {
    if (this.busyTimer !== null) clearTimeout(this.busyTimer);
    this.busyTimer = null;
  }

  /** The run's status as shown: a run just started, with figures on screen, still shows them as
   *  done (only the hidden status line says it is updating) until it turns out slow. */
  private shownStatus(run: SimulationRun): RunStatus | 'updating' {
    return run.status === 'running' && !this.slow && this.shown && run.result ? 'updating' : run.status;
  }

  protected override updated(): void {
    const seq = String(this.runSeq);
    if (this.getAttribute('data-run-seq') === seq) return;
    // Marked once the figures element itself has rendered the new result.
    const figures = this.renderRoot.querySelector('plc-result-figures');
    void (figures?.updateComplete ?? Promise.resolve()).then(() => this.setAttribute('data-run-seq', seq));
  }

  /** A valid draft from the editor: sent at once, then at most once per EDIT_THROTTLE_MS (the last one wins). */
  private onScenarioEdit(event: CustomEvent<{ scenario: ScenarioDocument }>): void {
    if (this.editTimer === null) {
      this.draft.value?.edit(event.detail.scenario);
      this.editTimer = setTimeout(this.flushEdit, EDIT_THROTTLE_MS);
    } else {
      this.pendingEdit = event.detail.scenario;
    }
  }

  private readonly flushEdit = (): void => {
    this.editTimer = null;
    const pending = this.pendingEdit;
    this.pendingEdit = null;
    if (!pending) return;
    this.draft.value?.edit(pending);
    this.editTimer = setTimeout(this.flushEdit, EDIT_THROTTLE_MS);
  };

  /** The release method, from the switch: an edit of the scenario like the editor's (a pending
   *  edit of the editor goes with it, so neither is lost). */
  private onMethodChange(event: MethodChangeEvent): void {
    const draft = this.draft.value;
    const base = this.pendingEdit ?? draft?.scenario;
    this.pendingEdit = null;
    if (draft && base) draft.edit(withReleaseMethod(base, event.detail.method));
  }

  private renderStatus(draft: ScenarioDraft, run: SimulationRun, status: RunStatus | 'updating') {
    const retry = () => void run.retry();
    switch (status) {
      case 'updating':
        return html`<p class="status visually-hidden" role="status">${msg('Updating the results…')}</p>`;
      case 'idle':
        return html`<p class="status">${msg('Loading the scenario…')}</p>`;
      case 'running':
        return html`<div class="status" role="status">
          ${spinner}
          <span>${this.shown ? msg('Updating the results…') : msg('Simulating…')}</span>
          ${this.shown ? nothing : html`<button type="button" class="btn" @click=${() => run.cancel()}>${msg('Cancel')}</button>`}
        </div>`;
      case 'cancelled':
        return html`<div class="status" role="status">
          <span>${msg('The simulation was cancelled.')}</span> <button type="button" class="btn primary" @click=${retry}>${msg('Run again')}</button>
        </div>`;
      case 'failed':
        // An alert's Shoelace part loads when one is first shown (shoelaceReady renders again then).
        if (!shoelaceReady(this, 'alert')) return nothing;
        return html`<sl-alert variant="danger" open
          ><strong>${msg('The simulation could not run.')}</strong> ${run.error}
          <div><button type="button" class="btn" @click=${retry}>${msg('Try again')}</button></div></sl-alert
        >`;
      case 'done': {
        const outcome = run.result!.value;
        // The alerts' Shoelace part and the issue list load when a run first has something to say.
        // Both start loading at once; the lists show once both have come.
        const needed = outcome.warnings.length > 0 || !outcome.ok;
        const [alertReady, issueList] = needed ? [shoelaceReady(this, 'alert'), issueListReady(this)] : [false, null];
        const lists = alertReady ? issueList : null;
        const warnings = lists ? lists.warningsAlert(outcome.warnings) : nothing;
        if (!outcome.ok) {
          if (!lists) return nothing;
          const example = html`<div>
            <button type="button" class="btn" @click=${() => void this.store.value?.open(draft.example)}>${msg('Open the example scenario instead')}</button>
          </div>`;
          return html`${lists.errorsAlert(msg('This scenario cannot be simulated:'), outcome.errors, example)}${warnings}`;
        }
        return html`<p class="status visually-hidden" role="status">${msg('Results updated.')}</p>
          ${warnings}`;
      }
    }
  }

  private renderResults(draft: ScenarioDraft, run: SimulationRun) {
    const shown = this.shown;
    const status = this.shownStatus(run);
    const stale = this.draftInvalid || (status !== 'done' && status !== 'updating') || !run.result?.value.ok;
    return html`<section class="results" aria-labelledby="results-title" aria-busy=${run.status === 'running' ? 'true' : 'false'}>
      <h3 id="results-title">${msg('Results per year')}</h3>
      ${this.renderStatus(draft, run, status)}
      ${
        this.draftInvalid && shown
          ? html`<p class="status" data-testid="stale">${msg('These figures are for the last valid line: correct the draft to update them.')}</p>`
          : nothing
      }
      <plc-method-switch
        method=${releaseMethodOf(draft.scenario)}
        .clFraction=${shown?.result.chlorine.poolClFraction}
        .multiplier=${shown?.result.chlorine.adjustedMultiplier.openBurning}
        @plc-method-change=${this.onMethodChange}
      ></plc-method-switch>
      ${
        shown
          ? html` <div class="figures ${stale ? 'stale' : ''}" data-testid="figures">
                <plc-result-figures .result=${shown.result}></plc-result-figures>
              </div>
              <div class="panel ${stale ? 'stale' : ''}">
                <plc-pcddf-chart .bySource=${shown.result.pcddf.bySource}></plc-pcddf-chart>
              </div>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const draft = this.draft.value;
    const run = this.simulation.value;
    const site = draft?.scenario?.site as { name?: unknown; province?: unknown } | undefined;
    const place = [pickText(site?.name), pickText(site?.province)].filter(Boolean).join(', ');
    const scenario = draft?.scenario ?? null;
    return html`
      <h2 tabindex="-1">${msg('Workbench')}</h2>
      <p class="intro">
        ${place ? msg(str`Edit the line in ${place}; the results follow every change.`) : msg('Edit the line; the results follow every change.')}
      </p>
      ${
        draft && run
          ? html` <div class="top">
                ${this.renderResults(draft, run)}
                <section class="editor panel" aria-labelledby="editor-title">
                  <h3 id="editor-title">${msg('Line editor')}</h3>
                  <plc-line-editor
                    .scenario=${scenario}
                    @plc-scenario-edit=${this.onScenarioEdit}
                    @plc-draft-validity=${(e: CustomEvent<{ valid: boolean }>) => (this.draftInvalid = !e.detail.valid)}
                  ></plc-line-editor>
                </section>
              </div>
              <div class="analysis">
                <section class="panel"><plc-sweep-panel .scenario=${this.analysisScenario}></plc-sweep-panel></section>
                <section class="panel"><plc-portfolio-panel .scenario=${this.analysisScenario}></plc-portfolio-panel></section>
              </div>`
          : html`<p class="status">${msg('Loading the scenario…')}</p>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-workbench': PlcWorkbench;
  }
}
