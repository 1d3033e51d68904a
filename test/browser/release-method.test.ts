import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import minhKhaiAfter from '../../fixtures/scenarios/minh-khai-after.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { releaseMethodOf } from '../../web/app/release-method.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { deepQuery, parseShown, until } from './helpers/dom.ts';

// The Minh Khai baseline as `npm run simulate -- fixtures/scenarios/minh-khai-before.json` prints
// it (chlorine.byMethod). By hand: the rejects pool is 15.0028 % chlorine, above the 1 % threshold,
// so the chlorine-adjusted method multiplies open burning, dump fires and the plastic fuel (every
// PCDD/F source of this line) by 15.0028 / 1 = 15.0028 (exponent 1, cap 100):
// 3,002.99 × 15.0028 = 45,053.4 to air and 3,090.24 × 15.0028 = 46,362.4 in all.
const TOOLKIT = { air: 3002.99, total: 3090.24 };
const ADJUSTED = { air: 45053.4, total: 46362.35 };

const scenario = minhKhai as unknown as ScenarioDocument;
const PILOT = minhKhaiAfter.measures;

function mount(session: ScenarioSession): PlcApp {
  const app = document.createElement('plc-app');
  app.session = session;
  document.body.append(app);
  return app;
}

const near = (shown: string | null | undefined, value: number) => Math.abs(parseShown(shown ?? '') - value) <= Math.max(0.5, value * 0.0005);

describe('the release method switch, with the real core worker', () => {
  let client: CoreClient;
  let app: PlcApp;
  let session: ScenarioSession;

  before(async () => {
    client = new CoreClient();
    history.replaceState(null, '', '#/workbench');
    session = new ScenarioSession(client, new ScenarioDb(`plc-test-method-${Math.random().toString(36).slice(2)}`), structuredClone(scenario));
    app = mount(session);
    await until(() => deepQuery(app, 'plc-workbench', 'plc-result-figures', '[data-figure="pcddfAir"] .value'), 20_000, 'the workbench figures');
  });
  after(() => {
    app.remove();
    client.terminate();
  });

  const figure = (key: string) => deepQuery(app, 'plc-workbench', 'plc-result-figures', `[data-figure="${key}"] .value`)?.textContent;
  const pick = (host: string, method: string) => (deepQuery(app, host, 'plc-method-switch', `input[value="${method}"]`) as HTMLInputElement).click();

  it("in the Workbench: flipping it changes the PCDD/F shown and the scenario's releases.method, and back", async () => {
    expect(releaseMethodOf(session.draft.scenario)).to.equal('toolkit');
    await until(() => near(figure('pcddfAir'), TOOLKIT.air), 20_000, 'the Toolkit figure');
    pick('plc-workbench', 'chlorineAdjusted');
    await until(() => near(figure('pcddfAir'), ADJUSTED.air) && near(figure('pcddfTotal'), ADJUSTED.total), 20_000, 'the chlorine-adjusted figures');
    expect((session.draft.scenario as { releases?: { method?: string } }).releases?.method).to.equal('chlorineAdjusted');
    // The switch says what the method does to this line: 15 % chlorine, factors × 15.
    const hint = deepQuery(app, 'plc-workbench', 'plc-method-switch', '.hint')!.textContent!;
    expect(hint).to.contain('15 % chlorine').and.to.contain('× 15');
    pick('plc-workbench', 'toolkit');
    await until(() => near(figure('pcddfAir'), TOOLKIT.air), 20_000, 'the Toolkit figure again');
    expect(releaseMethodOf(session.draft.scenario)).to.equal('toolkit');
  });

  it('names the brick melt beside PCDD/F to air only while plastic goes to bricks', async () => {
    const note = () => deepQuery(app, 'plc-workbench', 'plc-result-figures', '[data-figure="pcddfAir"] [data-testid="not-quantified"]')?.textContent ?? null;
    expect(note()).to.equal(null);
    const base = session.draft.scenario as ScenarioDocument & { residues: { plasticRoutes: Record<string, number> } };
    const withBricks = { ...base, residues: { ...base.residues, plasticRoutes: { openBurning: 0.3, dumping: 0.2, bricks: 0.5 } } };
    session.draft.edit(withBricks);
    await until(() => note(), 20_000, 'the not-quantified words');
    expect(note()).to.equal('quantified releases only; melting plastic for bricks is not quantified');
    session.draft.edit(base);
    await until(() => note() === null, 20_000, 'the words to go without bricks');
  });

  it('in Compare: both methods side by side from one run, the switch inherited by the after column', async () => {
    history.replaceState(null, '', '#/compare');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const picker = await until(
      () => deepQuery(app, 'plc-compare-view', 'plc-measure-picker')?.shadowRoot?.querySelector('[data-preset="minh-khai-pilot"]'),
      20_000,
      'the preset button',
    );
    (picker as HTMLElement).click();
    await until(() => deepQuery(app, 'plc-compare-view', 'plc-method-figures', '[data-testid="method-figures"]'), 30_000, 'the methods table');
    await until(
      () =>
        [...app.runs.comparison.columns[0].measureIds].sort().join() === [...PILOT].sort().join() &&
        app.runs.comparison.run.status !== 'running' &&
        deepQuery(app, 'plc-compare-view', 'plc-method-figures', '[data-figure="pcddf.total"] tr[data-method="toolkit"] td[data-column="0"]'),
      30_000,
      'the pilot column',
    );
    const cell = (fig: string, method: string, column: string) =>
      deepQuery(app, 'plc-compare-view', 'plc-method-figures', `[data-figure="${fig}"] tr[data-method="${method}"] td[data-column="${column}"] .value`)
        ?.textContent;
    expect(near(cell('pcddf.total', 'toolkit', 'before'), TOOLKIT.total)).to.equal(true);
    expect(near(cell('pcddf.total', 'chlorineAdjusted', 'before'), ADJUSTED.total)).to.equal(true);
    expect(near(cell('pcddf.air', 'chlorineAdjusted', 'before'), ADJUSTED.air)).to.equal(true);
    // After the pilot only LPG burns (not adjusted): 0.188 under both methods.
    expect(cell('pcddf.total', 'toolkit', '0')).to.equal('0.188');
    expect(cell('pcddf.total', 'chlorineAdjusted', '0')).to.equal('0.188');
    const inUse = () => deepQuery(app, 'plc-compare-view', 'plc-method-figures', 'tr.in-use')?.getAttribute('data-method');
    expect(inUse()).to.equal('toolkit');
    // The summary sentence and the PCDD/F to air card name the brick melt of the pilot.
    const summary = deepQuery(app, 'plc-compare-view', '[data-testid="pcddf-summary"]')!.textContent!;
    expect(summary).to.contain('These PCDD/F figures are of the quantified releases only;').and.to.contain('melting plastic for bricks (to air)');
    const card = deepQuery(app, 'plc-compare-view', 'plc-headline-cards', '[data-figure="pcddf.air"] [data-column="0"]')!;
    expect(card.querySelector('.change')!.textContent).to.match(/falls by 99\.99 % of the quantified releases: better/);
    expect(card.querySelector('[data-testid="not-quantified"]')!.textContent).to.equal('Melting plastic for bricks is not quantified.');

    pick('plc-compare-view', 'chlorineAdjusted');
    await until(() => inUse() === 'chlorineAdjusted' && app.runs.comparison.run.result?.value.ok, 30_000, 'the comparison under the chlorine-adjusted method');
    expect(releaseMethodOf(session.draft.scenario)).to.equal('chlorineAdjusted');
    const outcome = app.runs.comparison.run.result!.value;
    if (!outcome.ok) throw new Error('the comparison failed');
    expect(outcome.value.comparisons[0].after.chlorine.method).to.equal('chlorineAdjusted');
    const before = deepQuery(app, 'plc-compare-view', 'plc-headline-cards', '[data-figure="pcddf.total"] [data-column="0"] .before')!.textContent;
    expect(near(before, ADJUSTED.total)).to.equal(true);
  });
});
