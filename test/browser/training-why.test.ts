import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import { AFTER_COLOUR, WORSE_COLOUR } from '../../web/training/before-after.ts';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import type { PlcChart } from '../../web/common/charts/plc-chart.ts';
import type { PlcTrainingView } from '../../web/training/plc-training-view.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { deepQuery, until } from './helpers/dom.ts';

const view = (app: PlcApp) => deepQuery(app, 'plc-training-view') as PlcTrainingView | null;
const inView = (app: PlcApp, ...selectors: string[]) => deepQuery(app, 'plc-training-view', ...selectors);

async function goTo(app: PlcApp, step: number): Promise<void> {
  (inView(app, 'plc-training-stepper', `[data-step="${step}"]`) as HTMLButtonElement).click();
  await until(() => inView(app, `section.step[data-step="${step}"]`), 5_000, `step ${step + 1}`);
}

describe('Training: why a lever makes a figure worse, with the real core worker', () => {
  let client: CoreClient;
  let app: PlcApp;

  before(async () => {
    client = new CoreClient();
    history.replaceState(null, '', '#/training');
    const session = new ScenarioSession(client, new ScenarioDb(`plc-test-why-${Math.random().toString(36).slice(2)}`), minhKhai as unknown as ScenarioDocument);
    app = document.createElement('plc-app');
    app.session = session;
    document.body.append(app);
    await until(() => view(app)?.training?.before, 20_000, 'the household’s own result');
    await goTo(app, 3);
  });
  after(() => {
    app.remove();
    client.terminate();
  });

  it("says nothing is worse while the levers are the household's own", async () => {
    await until(() => view(app)!.training!.settled, 20_000, 'the first after run');
    expect(inView(app, 'plc-training-why', '[data-testid="why-worse"]') === null).to.equal(true);
  });

  it('electric dryer: the rejects it no longer burns go to the fires outside, and the power costs money', async () => {
    (inView(app, 'plc-training-levers', 'plc-lever[name="dryingFuel"]', 'input[value="electricity"]') as HTMLInputElement).click();
    await until(() => view(app)!.training!.settled && view(app)!.training!.after?.levers.dryingFuel === 'electricity', 20_000, 'the electric run');
    const why = await until(() => inView(app, 'plc-training-why', '[data-testid="why-worse"]'), 5_000, 'the reasons');
    // From `npm run simulate` of the baseline and of the dryer on electricity (efficiency 0.9):
    // open burning + dump fires 24.344 + 4.869 = 29.212 t → 32.873 + 6.575 = 39.448 t a year,
    // 10.235 t more = 10,235 kg / 52 = 196.8 kg a week; PCDD/F to air 3,003 → 3,287 µg TEQ: worse.
    const dioxins = why.querySelector('li[data-figure="pcddfAirPersonYears"]')!.textContent!.replace(/\s+/g, ' ');
    expect(dioxins)
      .to.contain('Dioxins to air: worse.')
      .and.to.contain('The rejects the dryer no longer burns now go to open burning and the dump instead: 197 kg more a week burn there.')
      .and.to.contain('more dioxins per kilo than the dryer’s furnace');
    // Electricity 535,170,564 → 620,607,196 a year: 85,436,631 / 12 = 7,119,719 a month.
    const money = why.querySelector('li[data-figure="profitPerMonth"]')!.textContent!.replace(/\s+/g, ' ');
    expect(money).to.contain('Money left: worse.').and.to.contain('Electricity costs ₫7,119,719 more a month');
    // Plastic burned falls (43.4 → 39.4 t): better, so not listed; the card says so in words.
    expect(why.querySelector('li[data-figure="burnedKgPerWeek"]') === null).to.equal(true);
    expect(inView(app, 'plc-everyday-figures', '[data-figure="pcddfAirPersonYears"]')!.getAttribute('data-verdict')).to.equal('worse');
    expect(inView(app, 'plc-everyday-figures', '[data-figure="burnedKgPerWeek"] .verdict')!.textContent).to.equal('better');
  });

  it('draws a worse after in red, never in the better green, and says it in words', async () => {
    await goTo(app, 4);
    const pair = (key: string) => until(() => inView(app, 'plc-before-after', `figure[data-pair="${key}"]`), 10_000, key);
    const colours = (figure: Element) => (figure.querySelector('plc-chart') as PlcChart).data!.datasets[0].borderColor as string[];
    const dioxins = await pair('pcddfAirPersonYears');
    expect(dioxins.getAttribute('data-verdict')).to.equal('worse');
    expect(colours(dioxins)[1]).to.equal(WORSE_COLOUR).and.not.to.equal(AFTER_COLOUR);
    expect(dioxins.querySelector('.verdict')!.textContent).to.equal('(worse)');
    const burned = await pair('burnedKgPerWeek');
    expect(colours(burned)[1]).to.equal(AFTER_COLOUR);
    // The take-away: the row of dioxins is marked worse, and the reasons are printed with it.
    const takeaway = await until(() => inView(app, 'plc-takeaway'), 5_000, 'the take-away');
    expect(takeaway.shadowRoot!.querySelector('tr[data-row="pcddfAirPersonYears"]')!.getAttribute('data-verdict')).to.equal('worse');
    expect(takeaway.shadowRoot!.querySelector('[data-testid="takeaway-worse"]')!.textContent).to.contain('The rejects the dryer no longer burns');
    expect(inView(app, 'plc-training-why', '[data-testid="why-worse"]') !== null).to.equal(true);
  });
});
