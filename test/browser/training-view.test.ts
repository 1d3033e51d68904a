import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import type { PlcTrainingView } from '../../web/training/plc-training-view.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import type { ResultDocument } from '../../web/shared/contract/api-types.ts';
import { formatMoney, formatQuantity } from '../../web/app/format.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { applyLevers, everydayFigures, leversOf, type TrainingScenario } from '../../web/shared/analysis/training.ts';
import { deepQuery, until } from './helpers/dom.ts';

const scenario = minhKhai as unknown as ScenarioDocument;
const asTraining = (s: unknown) => s as TrainingScenario;

function mount(session: ScenarioSession): PlcApp {
  const app = document.createElement('plc-app');
  app.session = session;
  document.body.append(app);
  return app;
}

const view = (app: PlcApp) => deepQuery(app, 'plc-training-view') as PlcTrainingView | null;
const inView = (app: PlcApp, ...selectors: string[]) => deepQuery(app, 'plc-training-view', ...selectors);
const stepShown = (app: PlcApp) => Number(inView(app, 'section.step')?.getAttribute('data-step'));
const focusedInView = (app: PlcApp) => view(app)?.shadowRoot?.activeElement ?? null;
const figureText = (app: PlcApp, key: string, part: 'value' | 'before') =>
  inView(app, 'plc-everyday-figures', `[data-figure="${key}"] .${part}`)?.textContent?.trim();

describe('<plc-training-view> with the real core worker', () => {
  let client: CoreClient;
  let app: PlcApp;
  let session: ScenarioSession;

  before(async () => {
    client = new CoreClient();
    history.replaceState(null, '', '#/training');
    session = new ScenarioSession(client, new ScenarioDb(`plc-test-training-${Math.random().toString(36).slice(2)}`), scenario);
    app = mount(session);
    await until(() => view(app)?.training?.before, 20_000, 'the household’s own result');
  });
  after(() => {
    app.remove();
    client.terminate();
  });

  it('shows step 1 with the feed the core computes, and steps with Next, Back and the arrow keys', async () => {
    expect(stepShown(app)).to.equal(0);
    // MODEL.md step 1: 2 t/day × 300 days = 600 t a year; 600,000 kg / 52 weeks = 11,538 kg a week.
    expect(figureText(app, 'feedKgPerWeek', 'value')).to.equal(formatQuantity(600_000 / 52));
    (inView(app, 'plc-training-stepper[show="buttons"]', '[data-testid="next"]') as HTMLButtonElement).click();
    await until(() => stepShown(app) === 1, 5_000, 'step 2');
    await until(() => focusedInView(app)?.id === 'step-title', 5_000, 'focus on the step heading');
    expect(focusedInView(app)?.textContent).to.contain('2.');

    const heading = inView(app, '#step-title') as HTMLElement;
    heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await until(() => stepShown(app) === 2, 5_000, 'step 3 by the right arrow');
    (inView(app, '#step-title') as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    await until(() => stepShown(app) === 1, 5_000, 'step 2 by the left arrow');
    (inView(app, 'plc-training-stepper[show="buttons"]', '[data-testid="back"]') as HTMLButtonElement).click();
    await until(() => stepShown(app) === 0, 5_000, 'step 1 by Back');
    // The step indicator jumps straight to a step and marks it for screen readers.
    (inView(app, 'plc-training-stepper', '[data-step="3"]') as HTMLButtonElement).click();
    await until(() => stepShown(app) === 3, 5_000, 'step 4 from the indicator');
    expect(inView(app, 'plc-training-stepper', '[data-step="3"]')?.getAttribute('aria-current')).to.equal('step');
  });

  it('leaves the slider’s own arrow keys alone', async () => {
    const slider = inView(app, 'plc-training-levers', 'plc-lever[name="waterReusedFraction"]', 'input') as HTMLInputElement;
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(stepShown(app)).to.equal(3);
  });

  it('re-runs a modified copy when a lever moves; the figures are the conversions of what the client returns', async () => {
    const training = view(app)!.training!;
    const slider = inView(app, 'plc-training-levers', 'plc-lever[name="burnedShare"]', 'input') as HTMLInputElement;
    slider.value = '0';
    slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => training.settled && training.after?.levers.burnedShare === 0, 20_000, 'the run with nothing burned');

    // The same modified scenario, built and simulated here, independently of the view.
    const expectedScenario = applyLevers(asTraining(scenario), { ...leversOf(asTraining(scenario)), burnedShare: 0 });
    expect(training.after!.scenario).to.deep.equal(expectedScenario);
    const outcome = await client.simulate(expectedScenario);
    if (!outcome.ok) throw new Error('the modified scenario does not simulate');
    const after = everydayFigures(outcome.result, asTraining(scenario));
    const before = everydayFigures(training.before as ResultDocument, asTraining(scenario));
    await until(() => figureText(app, 'burnedKgPerWeek', 'value') === formatQuantity(after.burnedKgPerWeek.total), 5_000, 'the new figure');
    expect(figureText(app, 'burnedKgPerWeek', 'before')).to.contain(formatQuantity(before.burnedKgPerWeek.total));
    expect(after.burnedKgPerWeek.total).to.be.below(before.burnedKgPerWeek.total);
    expect(figureText(app, 'profitPerMonth', 'value')).to.equal(formatMoney(after.profitPerMonth, 'VND'));
    expect(figureText(app, 'bricksMadePerWeek', 'value')).to.equal(formatQuantity(after.bricksMadePerWeek));
    expect(figureText(app, 'pcddfAirPersonYears', 'value')).to.equal(formatQuantity(after.pcddfAirPersonYears));
    // The saved scenario is untouched.
    expect(session.draft.scenario).to.deep.equal(scenario);
  });

  it('a choice lever (dryer fuel) also re-runs', async () => {
    const training = view(app)!.training!;
    const lpg = inView(app, 'plc-training-levers', 'plc-lever[name="dryingFuel"]', 'input[value="lpg"]') as HTMLInputElement;
    lpg.click();
    await until(() => training.settled && training.after?.levers.dryingFuel === 'lpg', 20_000, 'the LPG run');
    const outcome = await client.simulate(training.after!.scenario);
    if (!outcome.ok) throw new Error('does not simulate');
    // Nothing burned or dumped and no plastic in the furnace: no plastic is burned at all.
    expect(outcome.result.mass.burnedPlasticT).to.equal(0);
    await until(() => figureText(app, 'burnedKgPerWeek', 'value') === '0', 5_000, 'zero burned');
  });

  it('shows the same numbers in the before/after pictures and the take-away, with three recommendations', async () => {
    const training = view(app)!.training!;
    view(app)!.goTo(4);
    const takeaway = await until(() => inView(app, 'plc-takeaway'), 5_000, 'the take-away');
    const before = everydayFigures(training.before!, asTraining(scenario));
    const after = everydayFigures(training.after!.result, asTraining(scenario));
    const cell = (row: string, col: string) => takeaway.shadowRoot!.querySelector(`[data-row="${row}"] .${col}`)?.querySelector('.amount')?.textContent?.trim();
    await until(() => cell('burnedKgPerWeek', 'after'), 5_000, 'the take-away rows');
    expect(cell('burnedKgPerWeek', 'before')).to.equal(formatQuantity(before.burnedKgPerWeek.total));
    expect(cell('burnedKgPerWeek', 'after')).to.equal(formatQuantity(after.burnedKgPerWeek.total));
    expect(cell('profitPerMonth', 'after')).to.equal(formatMoney(after.profitPerMonth, 'VND'));
    expect(cell('pcddfAirPersonYears', 'after')).to.equal(formatQuantity(after.pcddfAirPersonYears));
    expect(cell('pm25KgPerWeek', 'after')).to.equal(formatQuantity(after.pm25KgPerWeek));
    expect(takeaway.shadowRoot!.querySelectorAll('[data-testid="recommendations"] li').length).to.equal(3);
    const pair = inView(app, 'plc-before-after', '[data-pair="burnedKgPerWeek"] .after')?.textContent;
    expect(pair).to.contain(formatQuantity(after.burnedKgPerWeek.total));
    // The dioxin comparison says what it is.
    expect(inView(app, '.dioxins')?.textContent).to.contain('not a health assessment');
  });

  it('says in the take-away when no change was tried (issue 16)', async () => {
    view(app)!.goTo(4);
    const takeaway = await until(() => inView(app, 'plc-takeaway'), 5_000, 'the take-away');
    // The levers were moved by the tests before: the page lists what was changed.
    expect(takeaway.shadowRoot!.querySelector('[data-testid="takeaway-no-change"]')).to.equal(null);
    view(app)!.training!.reset();
    const note = await until(() => takeaway.shadowRoot!.querySelector('[data-testid="takeaway-no-change"]'), 10_000, 'the no-change note');
    expect(note.textContent).to.contain('No change was tried');
    expect(takeaway.shadowRoot!.textContent).to.contain('Your line today');
  });

  it('prints only the take-away, on A4', async () => {
    const original = window.print;
    let printed = '';
    window.print = () => {
      printed = document.querySelector('.plc-print-root plc-takeaway')?.shadowRoot?.textContent ?? '';
    };
    try {
      (inView(app, 'plc-takeaway', '[data-testid="print"]') as HTMLButtonElement).click();
      await until(() => printed, 5_000, 'the print call');
      expect(printed).to.contain('Three things to do');
      const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
      expect(rules).to.match(/@page \{[^}]*size: A4/i);
    } finally {
      window.print = original;
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(document.querySelector('.plc-print-root')).to.equal(null);
  });

  it('has a presenter layout that fills the window with large type', async () => {
    (inView(app, '[data-testid="presenter"]') as HTMLButtonElement).click();
    const v = view(app)!;
    await until(() => v.hasAttribute('presenter'), 5_000, 'presenter mode');
    expect(getComputedStyle(v).position).to.equal('fixed');
    expect(parseFloat(getComputedStyle(v).fontSize)).to.be.at.least(20);
    (inView(app, '#step-title') as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await until(() => !v.hasAttribute('presenter'), 5_000, 'presenter mode left');
  });
});
