import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { defaultLocale, getLocale, loadViewWords, rememberedLocale, switchLocale, type AppLocale, pickText } from './locale.ts';
import { useScenarioWords } from './data-words.ts';
import { msgTable } from './words.ts';
import { EXAMPLE_SCENARIO } from '../shared/model/bundled-data.ts';
import { CoreClient } from '../common/core-client.ts';
import { scenarioDb } from '../common/db.ts';
import { ScenarioSession } from './session.ts';
import { provided, SESSION_SERVICES, SessionProviders } from './session-providers.ts';
import { appStyles } from './plc-app-styles.ts';
import { buttonStyles } from '../common/button-styles.ts';
import { comparisonContext, ComparisonRun } from '../compare/comparison-run.ts';
import { dynamicsContext, DynamicsRun } from '../dynamics/dynamics-run.ts';
import { evaluationContext, EvaluationRun } from '../evaluation/evaluation-run.ts';
import { trainingContext, TrainingRun } from '../training/training-run.ts';
import { uncertaintyContext, UncertaintyRun } from '../uncertainty/uncertainty-run.ts';
import { villageContext, VillageRun } from '../village/village-run.ts';
import { portfolioContext, PortfolioRun } from '../workbench/portfolio-run.ts';
import { sweepContext, SweepRun } from '../workbench/sweep-run.ts';
import './plc-conflict-notice.ts';
import './plc-fault-notice.ts';
import './plc-update-notice.ts';

export const VIEW_IDS = ['workbench', 'compare', 'dynamics', 'uncertainty', 'training', 'evaluation', 'village'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Each view's code (and the libraries only it uses) loads when the view is first shown; the
 *  view's element is rendered once its module has run, so that it is made by its finished class
 *  (an element upgraded in place at customElements.define would miss what decorators applied
 *  after @customElement add, such as @localized's language updates). */
const VIEW_MODULES: Record<ViewId, () => Promise<unknown>> = {
  workbench: () => import('../workbench/plc-workbench.ts'),
  compare: () => import('../compare/plc-compare-view.ts'),
  dynamics: () => import('../dynamics/plc-dynamics-view.ts'),
  uncertainty: () => import('../uncertainty/plc-uncertainty-view.ts'),
  training: () => import('../training/plc-training-view.ts'),
  evaluation: () => import('../evaluation/plc-evaluation-view.ts'),
  village: () => import('../village/plc-village-view.ts'),
};
/** The Library dialog's code: not in the shell's chunk, nor on the first screen; it loads as the
 *  pointer or the focus reaches the header's button (so that it is ready when the button is
 *  pressed), or with the press. */
const loadLibraryDialog = () => import('../library/plc-library-dialog.ts');

/** Every view's run for one session, made once so that it outlives the view that shows it. */
export interface ViewRuns {
  comparison: ComparisonRun;
  dynamics: DynamicsRun;
  uncertainty: UncertaintyRun;
  training: TrainingRun;
  evaluation: EvaluationRun;
  sweep: SweepRun;
  portfolio: PortfolioRun;
  village: VillageRun;
}

function createViewRuns({ core, pool, faults, catalogue }: ScenarioSession): ViewRuns {
  return {
    comparison: new ComparisonRun(core, faults),
    dynamics: new DynamicsRun(core, faults),
    uncertainty: new UncertaintyRun(pool, faults),
    training: new TrainingRun(core, faults),
    evaluation: new EvaluationRun(core, catalogue, faults),
    sweep: new SweepRun(core, faults),
    portfolio: new PortfolioRun(core, faults),
    village: new VillageRun(pool, faults, core),
  };
}

type Provides = { session: ScenarioSession; runs: ViewRuns };

/** What <plc-app> provides: the session's services and each view's run, each through its context. */
const PROVIDED = [
  ...SESSION_SERVICES,
  provided(comparisonContext, ({ runs }: Provides) => runs.comparison),
  provided(dynamicsContext, ({ runs }: Provides) => runs.dynamics),
  provided(uncertaintyContext, ({ runs }: Provides) => runs.uncertainty),
  provided(trainingContext, ({ runs }: Provides) => runs.training),
  provided(evaluationContext, ({ runs }: Provides) => runs.evaluation),
  provided(sweepContext, ({ runs }: Provides) => runs.sweep),
  provided(portfolioContext, ({ runs }: Provides) => runs.portfolio),
  provided(villageContext, ({ runs }: Provides) => runs.village),
];

/** Each language named in itself, as language pickers do (not translated). */
const LANGUAGE_NAMES: Record<AppLocale, string> = { vi: 'Tiếng Việt', en: 'English' };

/** The views' names in the navigation, in the page's language. */
const VIEW_NAMES = msgTable((): Record<ViewId, string> => ({
  workbench: msg('Workbench'),
  compare: msg('Compare'),
  dynamics: msg('Dynamics'),
  uncertainty: msg('Uncertainty'),
  training: msg('Training'),
  evaluation: msg('Evaluation'),
  village: msg('Village'),
}));

function viewFromHash(hash: string): ViewId | null {
  const id = hash.replace(/^#\/?/, '');
  return (VIEW_IDS as readonly string[]).includes(id) ? (id as ViewId) : null;
}

/** The app shell: header with the scenario chip, navigation by hash (`#/workbench`), one view.
 *  `@customElement` comes first (outermost) so that `@localized()` is in place before the
 *  definition upgrades the `<plc-app>` already in index.html: the other way round, that instance
 *  never heard of a language switch. */
@customElement('plc-app')
@localized()
export class PlcApp extends LitElement {
  static override styles = [buttonStyles, appStyles];

  /** The session's services; <plc-app> creates the real ones unless a test hands it its own.
   *  Each reaches the components below through its context (PROVIDED). */
  @property({ attribute: false }) session?: ScenarioSession;

  @state() private view: ViewId = 'workbench';
  /** On a phone the navigation is one button that opens the list of views. */
  @state() private navOpen = false;
  /** The library dialog is open: the page behind it is inert, as behind a native modal <dialog>
   *  (no focus, no clicks, and no second banner or contentinfo landmark beside the dialog's own). */
  @state() private modalOpen = false;
  private started: ScenarioSession | null = null;
  private viewRuns: { session: ScenarioSession; runs: ViewRuns } | null = null;
  private listeningTo: ScenarioSession | null = null;
  private readonly providers = new SessionProviders<Provides>(this, PROVIDED);
  /** Views and the Library dialog whose code has loaded (see VIEW_MODULES). */
  private readonly loaded = new Set<ViewId | 'library'>();
  private readonly onHashChange = () => this.route(true);
  private readonly onScenarioChange = () => {
    useScenarioWords(this.session?.draft.scenario);
    this.followScenarioLanguage();
    this.requestUpdate();
  };

  /** Every view's run for the current session (made on first use; they outlive the views). */
  get runs(): ViewRuns {
    this.session ??= new ScenarioSession(new CoreClient(), scenarioDb, EXAMPLE_SCENARIO);
    if (this.viewRuns?.session !== this.session) this.viewRuns = { session: this.session, runs: createViewRuns(this.session) };
    return this.viewRuns.runs;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.useSession();
    this.route(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.listeningTo?.draft.removeEventListener('change', this.onScenarioChange);
    this.listeningTo = null;
  }

  protected override willUpdate(): void {
    if (this.session !== this.listeningTo) this.useSession();
  }

  /** Provides the session's services and runs, follows its scenario and starts it (once). */
  private useSession(): void {
    const runs = this.runs;
    const session = this.session!;
    this.providers.provide({ session, runs });
    this.listeningTo?.draft.removeEventListener('change', this.onScenarioChange);
    this.listeningTo = session;
    session.draft.addEventListener('change', this.onScenarioChange);
    useScenarioWords(session.draft.scenario);
    this.followScenarioLanguage();
    if (this.started !== session) {
      this.started = session;
      void session.start();
    }
  }

  /** Until the user picks a language, it follows the scenario: Vietnamese for a site in Viet Nam. */
  private followScenarioLanguage(): void {
    const remembered = rememberedLocale();
    const draft = this.session?.draft;
    const site = (draft?.scenario ?? draft?.example)?.site as { country?: string } | undefined;
    const locale = remembered ?? defaultLocale(site?.country);
    if (locale !== getLocale() || document.documentElement.lang !== locale) void switchLocale(locale, false);
  }

  private chooseLanguage(locale: AppLocale): void {
    void switchLocale(locale, true);
  }

  private route(userNavigated: boolean): void {
    const view = viewFromHash(location.hash);
    if (!view) {
      history.replaceState(null, '', `#/${this.view}`);
      return;
    }
    const loaded = this.load(view, VIEW_MODULES[view]);
    if (view === this.view && !userNavigated) return;
    this.view = view;
    this.navOpen = false;
    // After a navigation, move focus to the new view's heading so screen readers announce it.
    if (userNavigated) void loaded.then(() => this.updateComplete).then(() => this.focusView());
  }

  /** Loads a view's (or the dialog's) code once, then renders again with its element. */
  private async load(what: ViewId | 'library', module: () => Promise<unknown>): Promise<void> {
    if (this.loaded.has(what)) return;
    // Shoelace's own words in Vietnamese come with the first view that has Shoelace elements.
    await Promise.all([module(), loadViewWords(what), what === 'workbench' ? undefined : import('../common/shoelace-vi.ts')]);
    if (this.loaded.has(what)) return;
    this.loaded.add(what);
    this.requestUpdate();
  }

  private readonly prefetchLibrary = (): void => void this.load('library', loadLibraryDialog).catch(() => undefined);

  private async openLibrary(): Promise<void> {
    await this.load('library', loadLibraryDialog);
    await this.updateComplete;
    await (this.renderRoot.querySelector('plc-library-dialog') as (HTMLElement & { show?: () => Promise<void> }) | null)?.show?.();
  }

  private async focusView(): Promise<void> {
    await this.load(this.view, VIEW_MODULES[this.view]);
    await this.updateComplete;
    const view = this.renderRoot.querySelector('main > :not(.notice)') as (HTMLElement & { focusHeading?: () => void }) | null;
    view?.focusHeading?.();
  }

  private viewLabel(id: ViewId): string {
    return VIEW_NAMES()[id];
  }

  private renderView() {
    if (!this.loaded.has(this.view)) {
      void this.load(this.view, VIEW_MODULES[this.view]);
      return nothing;
    }
    if (this.view === 'workbench') return html`<plc-workbench></plc-workbench>`;
    if (this.view === 'dynamics') return html`<plc-dynamics-view></plc-dynamics-view>`;
    if (this.view === 'compare') return html`<plc-compare-view></plc-compare-view>`;
    if (this.view === 'uncertainty') return html`<plc-uncertainty-view></plc-uncertainty-view>`;
    if (this.view === 'training') return html`<plc-training-view></plc-training-view>`;
    if (this.view === 'evaluation') return html`<plc-evaluation-view></plc-evaluation-view>`;
    return html`<plc-village-view></plc-village-view>`;
  }

  /** The dialog's own show and hide (not those of the alerts and menus inside it). */
  private onModal = (e: Event): void => {
    if ((e.composedPath()[0] as Element | undefined)?.tagName === 'SL-DIALOG') this.modalOpen = e.type === 'sl-show';
  };

  /** A button rather than a link: the target sits in this shadow root, where `#main` cannot reach it. */
  private skipToContent(): void {
    void this.focusView();
  }

  override render() {
    const scenario = this.session?.draft.scenario;
    return html`
      <header aria-label=${msg('Plastic line simulator')} ?inert=${this.modalOpen}>
        <button type="button" class="skip" @click=${this.skipToContent}>${msg('Skip to content')}</button>
        <div class="bar">
          <h1>${msg('Plastic line simulator')}</h1>
          <p class="chip" data-testid="scenario-chip">
            <span class="chip-label">${msg('Scenario:')}</span>
            <span class="chip-name" data-testid="scenario-name" title=${scenario ? pickText(scenario.name) : nothing}
              >${scenario ? pickText(scenario.name) : msg('loading…')}</span
            >
          </p>
          <button
            type="button"
            class="btn library"
            data-testid="library-button"
            @pointerenter=${this.prefetchLibrary}
            @focus=${this.prefetchLibrary}
            @click=${() => void this.openLibrary()}
          >
            ${msg('Library')}
          </button>
          <div class="languages" role="group" aria-label=${msg('Language')} data-testid="language-switch">
            ${(Object.keys(LANGUAGE_NAMES) as AppLocale[]).map(
              (locale) =>
                html`<button type="button" lang=${locale} aria-pressed=${getLocale() === locale ? 'true' : 'false'} @click=${() => this.chooseLanguage(locale)}>
                  ${LANGUAGE_NAMES[locale]}
                </button>`,
            )}
          </div>
        </div>
        <nav aria-label=${msg('Views')} class=${this.navOpen ? 'open' : ''}>
          <button
            type="button"
            class="nav-toggle"
            data-testid="nav-toggle"
            aria-expanded=${this.navOpen ? 'true' : 'false'}
            aria-controls="views"
            @click=${() => (this.navOpen = !this.navOpen)}
          >
            <span aria-hidden="true">☰</span> ${this.viewLabel(this.view)}
          </button>
          <ul id="views">
            ${VIEW_IDS.map((id) => html`<li><a href="#/${id}" aria-current=${id === this.view ? 'page' : nothing} @click=${() => (this.navOpen = false)}>${this.viewLabel(id)}</a></li>`)}
          </ul>
        </nav>
      </header>
      <plc-conflict-notice class="conflict" ?inert=${this.modalOpen}></plc-conflict-notice>
      <main id="main" ?inert=${this.modalOpen}>
        <plc-update-notice class="notice"></plc-update-notice>
        <plc-fault-notice class="notice"></plc-fault-notice>
        ${this.renderView()}
      </main>
      <footer aria-label=${msg('About the figures')} ?inert=${this.modalOpen}>
        ${
          this.view === 'training'
            ? msg('Figures a week or a month, as each card says (a week is a year ÷ 52, a month a year ÷ 12), from the model’s yearly figures.')
            : msg('Figures are per year. PCDD/F in µg TEQ (WHO toxic equivalents).')
        }
      </footer>
      ${this.loaded.has('library') ? html`<plc-library-dialog @sl-show=${this.onModal} @sl-after-hide=${this.onModal}></plc-library-dialog>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-app': PlcApp;
  }
}
