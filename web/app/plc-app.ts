import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { defaultLocale, getLocale, rememberedLocale, switchLocale, type AppLocale } from './locale.ts';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import { EXAMPLE_SCENARIO } from '../shared/model/bundled-data.ts';
import { CoreClient } from '../common/core-client.ts';
import { scenarioDb } from '../common/db.ts';
import { ScenarioSession } from './session.ts';
import { provided, SESSION_SERVICES, SessionProviders } from './session-providers.ts';
import { appStyles } from './plc-app-styles.ts';
import { comparisonContext, ComparisonRun } from '../compare/comparison-run.ts';
import { dynamicsContext, DynamicsRun } from '../dynamics/dynamics-run.ts';
import { evaluationContext, EvaluationRun } from '../evaluation/evaluation-run.ts';
import { trainingContext, TrainingRun } from '../training/training-run.ts';
import { uncertaintyContext, UncertaintyRun } from '../uncertainty/uncertainty-run.ts';
import { villageContext, VillageRun } from '../village/village-run.ts';
import { portfolioContext, PortfolioRun } from '../workbench/portfolio-run.ts';
import { sweepContext, SweepRun } from '../workbench/sweep-run.ts';
import '../workbench/plc-workbench.ts';
import '../dynamics/plc-dynamics-view.ts';
import '../compare/plc-compare-view.ts';
import '../uncertainty/plc-uncertainty-view.ts';
import '../training/plc-training-view.ts';
import '../evaluation/plc-evaluation-view.ts';
import '../village/plc-village-view.ts';
import './plc-placeholder-view.ts';
import './plc-conflict-notice.ts';
import './plc-fault-notice.ts';
import './plc-update-notice.ts';
import '../library/plc-library-dialog.ts';

export const VIEW_IDS = ['workbench', 'compare', 'dynamics', 'uncertainty', 'training', 'evaluation', 'village'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

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

function viewFromHash(hash: string): ViewId | null {
  const id = hash.replace(/^#\/?/, '');
  return (VIEW_IDS as readonly string[]).includes(id) ? (id as ViewId) : null;
}

/** The app shell: header with the scenario chip, navigation by hash (`#/workbench`), one view. */
@localized()
@customElement('plc-app')
export class PlcApp extends LitElement {
  static override styles = appStyles;

  /** The session's services; <plc-app> creates the real ones unless a test hands it its own.
   *  Each reaches the components below through its context (PROVIDED). */
  @property({ attribute: false }) session?: ScenarioSession;

  @state() private view: ViewId = 'workbench';
  private started: ScenarioSession | null = null;
  private viewRuns: { session: ScenarioSession; runs: ViewRuns } | null = null;
  private listeningTo: ScenarioSession | null = null;
  private readonly providers = new SessionProviders<Provides>(this, PROVIDED);
  private readonly onHashChange = () => this.route(true);
  private readonly onScenarioChange = () => {
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
    if (view === this.view && !userNavigated) return;
    this.view = view;
    // After a navigation, move focus to the new view's heading so screen readers announce it.
    if (userNavigated) void this.updateComplete.then(() => this.focusView());
  }

  private focusView(): void {
    const view = this.renderRoot.querySelector('main > :not(.notice)') as (HTMLElement & { focusHeading?: () => void }) | null;
    view?.focusHeading?.();
  }

  private viewLabel(id: ViewId): string {
    switch (id) {
      case 'workbench':
        return msg('Workbench');
      case 'compare':
        return msg('Compare');
      case 'dynamics':
        return msg('Dynamics');
      case 'uncertainty':
        return msg('Uncertainty');
      case 'training':
        return msg('Training');
      case 'evaluation':
        return msg('Evaluation');
      case 'village':
        return msg('Village');
    }
  }

  private viewPurpose(id: ViewId): string {
    switch (id) {
      case 'workbench':
        return '';
      case 'compare':
        return msg(
          'This view will compare the scenario before and after chosen BAT/BEP measures (for example making bricks from rejects instead of burning them): the change in every headline figure, capital cost, payback and which measure achieved how much.',
        );
      case 'dynamics':
        return msg(
          'This view will run the line hour by hour, with breakdowns, repairs and buffers between units, to show how often each unit is busy, blocked, starved or down, and when the rejects stockpile is burned.',
        );
      case 'uncertainty':
        return msg(
          'This view will sample the uncertain emission factors and inputs (Monte Carlo) and show ranges instead of single numbers, and which inputs matter most.',
        );
      case 'training':
        return msg(
          'This view will hold plain-language training sessions for households, in Vietnamese and English: a few big levers and results in everyday units, for phones and projectors.',
        );
      case 'evaluation':
        return msg('This view will let evaluators enter measured before-and-after data from households, set it against the model and print a report.');
      case 'village':
        return '';
    }
  }

  private renderView() {
    if (this.view === 'workbench') return html`<plc-workbench></plc-workbench>`;
    if (this.view === 'dynamics') return html`<plc-dynamics-view></plc-dynamics-view>`;
    if (this.view === 'compare') return html`<plc-compare-view></plc-compare-view>`;
    if (this.view === 'uncertainty') return html`<plc-uncertainty-view></plc-uncertainty-view>`;
    if (this.view === 'training') return html`<plc-training-view></plc-training-view>`;
    if (this.view === 'evaluation') return html`<plc-evaluation-view></plc-evaluation-view>`;
    if (this.view === 'village') return html`<plc-village-view></plc-village-view>`;
    return html`<plc-placeholder-view .heading=${this.viewLabel(this.view)} .purpose=${this.viewPurpose(this.view)}></plc-placeholder-view>`;
  }

  private skipToContent(event: Event): void {
    event.preventDefault(); // the hash belongs to the router
    this.focusView();
  }

  override render() {
    const scenario = this.session?.draft.scenario;
    return html`
      <a class="skip" href="#main" @click=${this.skipToContent}>${msg('Skip to content')}</a>
      <header>
        <div class="bar">
          <h1>${msg('Plastic line simulator')}</h1>
          <p class="chip" data-testid="scenario-chip">
            <span class="chip-label">${msg('Scenario:')}</span>
            <span class="chip-name" data-testid="scenario-name">${scenario ? scenario.name : msg('loading…')}</span>
          </p>
          <sl-button class="library" size="small" data-testid="library-button" @click=${() => void this.renderRoot.querySelector('plc-library-dialog')?.show()}
            >${msg('Library')}</sl-button
          >
          <div class="languages" role="group" aria-label=${msg('Language')} data-testid="language-switch">
            ${(Object.keys(LANGUAGE_NAMES) as AppLocale[]).map(
              (locale) =>
                html`<button type="button" lang=${locale} aria-pressed=${getLocale() === locale ? 'true' : 'false'} @click=${() => this.chooseLanguage(locale)}>
                  ${LANGUAGE_NAMES[locale]}
                </button>`,
            )}
          </div>
        </div>
        <nav aria-label=${msg('Views')}>
          <ul>
            ${VIEW_IDS.map((id) => html`<li><a href="#/${id}" aria-current=${id === this.view ? 'page' : nothing}>${this.viewLabel(id)}</a></li>`)}
          </ul>
        </nav>
      </header>
      <plc-conflict-notice class="conflict"></plc-conflict-notice>
      <main id="main">
        <plc-update-notice class="notice"></plc-update-notice>
        <plc-fault-notice class="notice"></plc-fault-notice>
        ${this.renderView()}
      </main>
      <footer>
        ${
          this.view === 'training'
            ? msg('Figures a week or a month, as each card says (a week is a year ÷ 52, a month a year ÷ 12), from the model’s yearly figures.')
            : msg('Figures are per year. PCDD/F in µg TEQ (WHO toxic equivalents).')
        }
      </footer>
      <plc-library-dialog></plc-library-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-app': PlcApp;
  }
}
