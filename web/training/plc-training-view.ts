import { html, nothing } from 'lit';
import { pickText } from '../app/locale.ts';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { draftContext } from '../app/contexts.ts';
import { ServiceController } from '../common/controllers/service-controller.ts';
import { trainingContext, type TrainingRun } from './training-run.ts';
import type { NotQuantifiedItem } from '../shared/model/emission-factors.ts';
import { everydayFigures, type EverydayFigures, type TrainingScenario } from '../shared/analysis/training.ts';
import { whyWorse, type WorseFigure } from '../shared/analysis/training-why.ts';
import type { LeversChangeEvent } from './plc-training-levers.ts';
import type { StepChangeEvent } from './plc-training-stepper.ts';
import type { PlcTakeaway } from './plc-takeaway.ts';
import { trainingStyles } from './training-styles.ts';
import { beforeAfterPairs, burnItems, dioxinSentences, feedItems, illustrationNote, leverResultItems, sellItems, takeawayData } from './training-content.ts';
import './plc-before-after.ts';
import './plc-everyday-figures.ts';
import './plc-takeaway.ts';
import './plc-training-levers.ts';
import './plc-training-stepper.ts';
import './plc-training-why.ts';
import { findingReasons, worseHeading } from './training-why-words.ts';
import { ViewElement } from '../common/view-element.ts';
import { renderProblem } from '../common/issue-list-ready.ts';

const STEP_COUNT = 5;

/**
 * Training mode (issue 8): a guided sequence of five screens about one household's line (the
 * current scenario) — what you feed in, sell and burn, the levers, before/after and a printable
 * take-away. Lever moves re-run a modified copy in the worker (never the saved scenario). Arrow
 * keys and Page Up/Down move between steps; each step's heading takes the focus. `?present` in the
 * address, or the Presenter button, gives a full-window layout with very large type.
 */
@localized()
@customElement('plc-training-view')
export class PlcTrainingView extends ViewElement {
  static override styles = trainingStyles;

  private readonly draft = new ServiceController(this, draftContext);
  /** The session's training runs (kept across visits, levers included). */
  private readonly trainingRun = new ServiceController(this, trainingContext);

  @property({ type: Boolean, reflect: true }) presenter = false;
  @state() private step = 0;

  /** The run behind the screens (tests read the modified scenario and results from it). */
  get training(): TrainingRun | undefined {
    return this.trainingRun.value;
  }

  /** The current step's heading, after a step change. */
  focusStep(): void {
    (this.renderRoot.querySelector('[data-step-heading]') as HTMLElement | null)?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (new URLSearchParams(location.search).has('present')) this.presenter = true;
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
  }

  override willUpdate(): void {
    // The household's line is the current scenario; the run ignores a base it already has.
    const draft = this.draft.value;
    if (draft) this.training?.setBase(draft.scenario);
  }

  /** Moves to a step and puts the focus on its heading (so screen readers read it out). */
  goTo(index: number): void {
    const next = Math.min(STEP_COUNT - 1, Math.max(0, index));
    if (next === this.step) return;
    this.step = next;
    void this.updateComplete.then(() => this.focusStep());
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    // Sliders and choices use the arrow keys themselves.
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') this.goTo(this.step + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') this.goTo(this.step - 1);
    else if (event.key === 'Escape' && this.presenter) this.presenter = false;
    else return;
    event.preventDefault();
  };

  private stepNames(): string[] {
    return [
      msg('What you feed in', { desc: 'Training step 1 title: the plastic scrap the household buys' }),
      msg('What you sell', { desc: 'Training step 2 title: pellets and money' }),
      msg('What you burn', { desc: 'Training step 3 title: plastic burned and its smoke' }),
      msg('Change your line', { desc: 'Training step 4 title: the levers' }),
      msg('Before and after', { desc: 'Training step 5 title: comparison and take-away' }),
    ];
  }

  private currency(): string {
    return this.draft.value?.scenario?.currency ?? 'VND';
  }

  private renderDioxins(f: EverydayFigures, notQuantified: readonly NotQuantifiedItem[]) {
    return html`<section class="dioxins" aria-label=${msg('Dioxins in the smoke')}>
      ${dioxinSentences(f, notQuantified).map((s) => html`<p>${s}</p>`)}
      <p class="illustration"><strong>${msg('An illustration, not a health assessment.')}</strong> ${illustrationNote()}</p>
    </section>`;
  }

  private renderStepBody(run: TrainingRun, before: EverydayFigures) {
    const currency = this.currency();
    const after = run.after && run.base ? everydayFigures(run.after.result, run.base as unknown as TrainingScenario) : null;
    switch (this.step) {
      case 0:
        return html`<p class="lead">${msg('The scrap your household buys, as the model has it.')}</p>
          <plc-everyday-figures .items=${feedItems(before)}></plc-everyday-figures>`;
      case 1:
        return html`<p class="lead">${msg('What the line turns the scrap into, and what is left after the costs.')}</p>
          <plc-everyday-figures .items=${sellItems(before, currency)}></plc-everyday-figures>`;
      case 2:
        return html`<p class="lead">${msg('Sorting, washing and melting leave rejects. This is what goes into fires.')}</p>
          <plc-everyday-figures .items=${burnItems(before)}></plc-everyday-figures>${this.renderDioxins(before, run.before?.notQuantifiedItems ?? [])}`;
      case 3:
        return html`<p class="lead">${msg('Move a lever: the model runs again and the figures below follow. Your saved line is not changed.')}</p>
          <plc-training-levers
            .levers=${run.levers}
            .availability=${run.availability}
            @plc-levers-change=${(e: LeversChangeEvent) => run.setLevers(e.detail.levers)}
          ></plc-training-levers>
          <div class="actions">
            <button type="button" class="quiet" data-testid="reset" @click=${() => run.reset()}>${msg('Put the levers back')}</button>
            <span role="status" class="status">${run.settled ? '' : msg('Working it out…', { desc: 'Training: the model is running' })}</span>
          </div>
          ${
            after
              ? html`<plc-everyday-figures
                    class="live ${run.settled ? '' : 'stale'}"
                    data-testid="live-figures"
                    .items=${leverResultItems(before, after, currency, run.after?.result.notQuantifiedItems)}
                  ></plc-everyday-figures>
                  <plc-training-why
                    class="live ${run.settled ? '' : 'stale'}"
                    .findings=${this.findings(run, before, after)}
                    currency=${currency}
                  ></plc-training-why>`
              : nothing
          }`;
      default:
        return after ? this.renderFinal(run, before, after) : html`<p class="status">${msg('Working it out…', { desc: 'Training: the model is running' })}</p>`;
    }
  }

  /** The figures the levers made worse, each with why (read from the two results). */
  private findings(run: TrainingRun, before: EverydayFigures, after: EverydayFigures): WorseFigure[] {
    return run.before && run.after ? whyWorse(run.before, run.after.result, before, after) : [];
  }

  private renderFinal(run: TrainingRun, before: EverydayFigures, after: EverydayFigures) {
    const scenario = this.draft.value?.scenario;
    const site = scenario?.site as { name?: unknown; province?: unknown } | undefined;
    const place = [pickText(site?.name), pickText(site?.province)].filter(Boolean).join(', ');
    const currency = this.currency();
    const findings = this.findings(run, before, after);
    const worse = findings.map((f) => `${worseHeading(f.figure)} ${findingReasons(f, currency)}`);
    const notQuantified = run.after?.result.notQuantifiedItems ?? [];
    return html`<plc-before-after
        .pairs=${beforeAfterPairs(before, after, currency)}
        fontPx=${this.presenter ? 26 : matchMedia('(max-width: 30rem)').matches ? 15 : 17}
      ></plc-before-after>
      <plc-training-why .findings=${findings} currency=${currency}></plc-training-why>
      ${this.renderDioxins(after, notQuantified)}
      <plc-takeaway
        .data=${takeawayData(pickText(scenario?.name), place, before, after, run.levers!, run.baseLevers!, currency, { worse, notQuantified })}
      ></plc-takeaway>`;
  }

  private renderPresenterBar(names: string[]) {
    return html`<div class="presenter-bar">
      <h2 tabindex="-1">${msg('Training')} · <span class="household">${pickText(this.draft.value?.scenario?.name)}</span></h2>
      <span class="where">${msg(str`Step ${this.step + 1} of ${names.length}`)}</span>
      <button type="button" class="quiet" data-testid="presenter" aria-pressed="true" @click=${() => (this.presenter = false)}>
        ${msg('Leave presenter mode')}
      </button>
    </div>`;
  }

  override render() {
    const names = this.stepNames();
    const run = this.training;
    const before = run?.before && run.base ? everydayFigures(run.before, run.base as unknown as TrainingScenario) : null;
    return html`
      ${
        this.presenter
          ? this.renderPresenterBar(names)
          : html`<div class="top">
              <h2 tabindex="-1">${msg('Training')}</h2>
              <button type="button" class="quiet" data-testid="presenter" aria-pressed="false" @click=${() => (this.presenter = true)}>
                ${msg('Presenter mode')}
              </button>
              <p class="intro">${msg(str`A guided talk about one household’s line: ${pickText(this.draft.value?.scenario?.name) || '…'}.`)}</p>
            </div>`
      }
      <plc-training-stepper .steps=${names} current=${this.step} @plc-step-change=${(e: StepChangeEvent) => this.goTo(e.detail.index)}></plc-training-stepper>
      <section class="step" data-step=${this.step} aria-labelledby="step-title">
        <h3 id="step-title" tabindex="-1" data-step-heading>${msg(str`${this.step + 1}. ${names[this.step]}`)}</h3>
        ${renderProblem(this, run?.error ?? null, 'error', msg('The model could not run this line:'))}
        ${renderProblem(this, run?.issues ?? null, 'error', msg('The model could not run this line:'))}
        ${run && before ? this.renderStepBody(run, before) : html`<p class="status" role="status">${msg('Working it out…', { desc: 'Training: the model is running' })}</p>`}
      </section>
      <plc-training-stepper
        show="buttons"
        .steps=${names}
        current=${this.step}
        @plc-step-change=${(e: StepChangeEvent) => this.goTo(e.detail.index)}
      ></plc-training-stepper>
    `;
  }

  /** The take-away element of the last step (for tests and printing). */
  get takeaway(): PlcTakeaway | null {
    return this.renderRoot.querySelector('plc-takeaway');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-training-view': PlcTrainingView;
  }
}
