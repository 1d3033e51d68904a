import { expect } from '@esm-bundle/chai';
import { textIn } from '../../web/shared/model/local-text.ts';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
// Expected figures come from the golden file (test/golden/make-golden.ts), not from the core under test.
import goldenBefore from '../../fixtures/golden/minh-khai-before.result.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import type { PlcChart } from '../../web/common/charts/plc-chart.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import type { ResultDocument } from '../../web/shared/contract/api-types.ts';
import { ScenarioDb, StorageError } from '../../web/common/db.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { deepQuery, parseShown, until } from './helpers/dom.ts';

const scenario = minhKhai as unknown as ScenarioDocument;

/** A database that always fails, as in a private window with storage disabled. */
class NoStorage extends ScenarioDb {
  override async getLastScenario(): Promise<never> {
    throw new StorageError('unavailable', 'no storage');
  }
  override async saveScenario(): Promise<never> {
    throw new StorageError('unavailable', 'no storage');
  }
  override async setLastScenarioId(): Promise<never> {
    throw new StorageError('unavailable', 'no storage');
  }
}

function mount(session: ScenarioSession): PlcApp {
  const app = document.createElement('plc-app');
  app.session = session;
  document.body.append(app);
  return app;
}

const figureValue = (app: PlcApp, key: string) => deepQuery(app, 'plc-workbench', 'plc-result-figures', `[data-figure="${key}"] .value`)?.textContent?.trim();

describe('<plc-app> with the real core worker', () => {
  let client: CoreClient;
  const expected = goldenBefore as unknown as ResultDocument;
  let app: PlcApp | undefined;
  let dbName: string;

  before(async () => {
    client = new CoreClient();
  });
  beforeEach(() => {
    dbName = `plc-test-app-${Math.random().toString(36).slice(2)}`;
    history.replaceState(null, '', '#/workbench');
  });
  afterEach(() => {
    app?.remove();
    app = undefined;
  });
  after(() => client.terminate());

  it('shows the product tonnes the core computes for Minh Khai', async () => {
    app = mount(new ScenarioSession(client, new ScenarioDb(dbName), scenario));
    const shown = await until(() => figureValue(app!, 'productT'), 20_000, 'the product figure');
    // Printed to 3 significant digits (whole tonnes from 100 t up): within half a unit of the last digit.
    const value = parseShown(shown);
    const tolerance = Math.max(0.5, Math.abs(expected.mass.productT) * 0.005);
    expect(Math.abs(value - expected.mass.productT)).to.be.at.most(tolerance);
    expect(deepQuery(app, '[data-testid="scenario-name"]')?.textContent?.trim()).to.equal(textIn(scenario.name, 'en'));
  });

  it('marks the figures as stale while the line editor holds a draft that cannot run, and not once it can', async () => {
    app = mount(new ScenarioSession(client, new ScenarioDb(dbName), scenario));
    await until(() => figureValue(app!, 'productT'), 20_000, 'the product figure');
    const figures = () => deepQuery(app!, 'plc-workbench', '[data-testid="figures"]')!;
    expect(figures().classList.contains('stale')).to.equal(false);
    const input = await until(
      () =>
        deepQuery(
          app!,
          'plc-workbench',
          'plc-line-editor',
          'plc-feed-editor',
          'plc-number-field[pointer="/feed/tonnesPerDay"]',
          'input',
        ) as HTMLInputElement | null,
      5_000,
      'the feed field',
    );
    input.value = 'abc';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => figures().classList.contains('stale') || null, 5_000, 'the stale mark');
    expect(deepQuery(app, 'plc-workbench', '[data-testid="stale"]')?.textContent).to.contain('last valid line');
    input.value = '2';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => (!figures().classList.contains('stale') && !deepQuery(app!, 'plc-workbench', '[data-testid="stale"]')) || null, 20_000, 'fresh figures');
  });

  it('draws the PCDD/F chart, whose bars add up to the total release', async () => {
    app = mount(new ScenarioSession(client, new ScenarioDb(dbName), scenario));
    const chart = await until(() => (deepQuery(app!, 'plc-workbench', 'plc-pcddf-chart', 'plc-chart') as PlcChart | null)?.chartInstance, 20_000, 'the chart');
    const sum = chart.data.datasets.flatMap((d) => d.data as number[]).reduce((a, b) => a + b, 0);
    // Every source's releases to air, land, water, residue and product make up pcddf.total.
    expect(sum).to.be.closeTo(expected.pcddf.total, 1e-6 * Math.max(1, expected.pcddf.total));
  });

  it('keeps the scenario name on every view and follows the hash', async () => {
    app = mount(new ScenarioSession(client, new ScenarioDb(dbName), scenario));
    await until(() => figureValue(app!, 'productT'), 20_000, 'the first result');
    for (const view of ['compare', 'dynamics', 'uncertainty', 'training', 'evaluation', 'workbench']) {
      location.hash = `#/${view}`;
      await until(() => deepQuery(app!, 'nav a[aria-current="page"]')?.getAttribute('href') === `#/${view}`, 5_000, view);
      expect(deepQuery(app, '[data-testid="scenario-name"]')?.textContent?.trim()).to.equal(textIn(scenario.name, 'en'));
      const heading = await until(() => app!.shadowRoot!.querySelector('main > :not(.notice)')?.shadowRoot?.querySelector('h2'), 5_000, 'a heading');
      expect(heading.textContent?.trim().length).to.be.above(0);
    }
  });

  it('still simulates without storage, and says that nothing is saved', async () => {
    app = mount(new ScenarioSession(client, new NoStorage(dbName), scenario));
    await until(() => figureValue(app!, 'productT'), 20_000, 'the product figure');
    const alert = await until(() => deepQuery(app!, 'plc-fault-notice', 'sl-alert[variant="warning"]'), 5_000, 'the warning');
    expect(alert?.textContent).to.contain('not being saved');
  });

  it('lists validation errors by path and message, without a stack trace', async () => {
    const broken = { ...scenario, id: 'broken', feed: { ...(scenario.feed as object), tonnesPerDay: -1 } };
    app = mount(new ScenarioSession(client, new ScenarioDb(dbName), broken));
    const list = await until(() => deepQuery(app!, 'plc-workbench', 'plc-issue-list'), 20_000, 'the error list');
    const text = list.shadowRoot!.textContent ?? '';
    expect(text).to.contain('/feed/tonnesPerDay');
    expect(text).not.to.match(/at \w+ \(|\.ts:\d+/);
  });
});
