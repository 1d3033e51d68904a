import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import type { PlcChart } from '../../web/common/charts/plc-chart.ts';
import type { PlcLineChart } from '../../web/common/charts/plc-line-chart.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import type { DynamicsOutcome, DynamicsSummary, ResultDocument } from '../../web/shared/contract/api-types.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { DEFAULT_DYNAMICS_OPTIONS } from '../../web/dynamics/dynamics-run.ts';
import { DYNAMICS_DEFAULTS } from '../../web/shared/analysis/dynamics.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { deepQuery, parseShown, until } from './helpers/dom.ts';

const scenario = minhKhai as unknown as ScenarioDocument;
const VIEW = 'plc-dynamics-view';

function mount(session: ScenarioSession): PlcApp {
  const app = document.createElement('plc-app');
  app.session = session;
  document.body.append(app);
  return app;
}

const inView = (app: PlcApp, ...selectors: string[]) => deepQuery(app, VIEW, ...selectors);
const comparison = (app: PlcApp, selector: string) => inView(app, 'plc-dynamics-comparison', selector)?.textContent?.trim() ?? '';
const runFacts = (app: PlcApp) => inView(app, '.run-facts')?.textContent ?? '';

/** Printed to 3 significant digits (whole numbers from 100 up): within half a unit of the last digit. */
function expectShown(text: string, expected: number, what: string): void {
  const tolerance = Math.max(0.5, Math.abs(expected) * 0.005);
  expect(Math.abs(parseShown(text) - expected), `${what}: shown ${text}, computed ${expected}`).to.be.at.most(tolerance);
}

async function setInput(app: PlcApp, name: string, value: string): Promise<void> {
  const input = inView(app, 'plc-dynamics-controls', `[name="${name}"]`) as HTMLElement & { value: string; updateComplete: Promise<unknown> };
  input.value = value;
  await input.updateComplete;
}

function clickRun(app: PlcApp): void {
  (inView(app, 'plc-dynamics-controls', '[data-testid="run"]') as HTMLElement).click();
}

async function ok(outcome: Promise<DynamicsOutcome>): Promise<{ summary: DynamicsSummary; steady: ResultDocument }> {
  const o = await outcome;
  if (!o.ok) throw new Error(`the fixture does not run: ${JSON.stringify(o.errors)}`);
  return o;
}

describe("the Dynamics view's default options", () => {
  it("are the engine's defaults, plus 1 year, 10 replications and seed 1", () => {
    const { bufferKg, arrivals, failures, burnPolicy } = DYNAMICS_DEFAULTS;
    expect(DEFAULT_DYNAMICS_OPTIONS).to.deep.equal({ years: 1, replications: 10, seed: 1, bufferKg, arrivals, failures, burnPolicy });
  });
});

describe('<plc-dynamics-view> with the real core worker', () => {
  let client: CoreClient;
  let app: PlcApp | undefined;
  let session: ScenarioSession;

  beforeEach(() => {
    client = new CoreClient();
    session = new ScenarioSession(client, new ScenarioDb(`plc-test-dyn-${Math.random().toString(36).slice(2)}`), scenario);
    history.replaceState(null, '', '#/dynamics');
  });
  afterEach(() => {
    app?.remove();
    app = undefined;
    client.terminate();
    history.replaceState(null, '', '#/workbench');
  });

  it('runs once on the first visit with 1 year and 10 replications, and shows what the client computes', async () => {
    app = mount(session);
    await until(() => runFacts(app!).includes('10 replications'), 30_000, 'the first run');
    expect(runFacts(app)).to.contain('1 year');
    // Same scenario, options and seed: the client must return the same numbers, bit for bit.
    const expected = await ok(client.dynamics(minhKhai, app.runs.dynamics.options));
    expectShown(comparison(app, '[data-figure="steadyProcessedT"] .value'), expected.steady.mass.processedT, 'steady processed');
    expectShown(comparison(app, '[data-figure="dynamicProcessedT"] .value'), expected.summary.processedT.mean, 'dynamic processed');
    expectShown(comparison(app, '[data-ci="low"]'), expected.summary.processedT.ci95[0], 'CI low');
    expectShown(comparison(app, '[data-ci="high"]'), expected.summary.processedT.ci95[1], 'CI high');
    // The ratio is shown in percent to 3 significant digits: 580 ÷ 600 t would read "96.7 %".
    const ratio = expected.summary.processedT.mean / expected.steady.mass.processedT;
    expectShown(comparison(app, '[data-figure="ratio"] .value').replace('%', ''), ratio * 100, 'ratio');
    // The bottleneck is named in words: its name from the scenario.
    const bottleneck = expected.summary.units.find((u) => u.id === expected.summary.bottleneckUnitId)!;
    expect(comparison(app, '[data-testid="bottleneck"]')).to.contain(bottleneck.name);
  });

  it('runs with the settings the user typed when they press Run', async () => {
    app = mount(session);
    await until(() => runFacts(app!).includes('10 replications'), 30_000, 'the first run');
    await setInput(app, 'replications', '3');
    await setInput(app, 'seed', '7');
    await setInput(app, 'burnValue', '3');
    clickRun(app);
    await until(() => runFacts(app!).includes('3 replications, seed 7'), 30_000, 'the second run');
    const options = app.runs.dynamics.options;
    expect(options).to.deep.include({ years: 1, replications: 3, seed: 7, burnPolicy: { everyDays: 3 } });
    const expected = await ok(client.dynamics(minhKhai, options));
    expectShown(comparison(app, '[data-figure="dynamicProcessedT"] .value'), expected.summary.processedT.mean, 'dynamic processed');
    // Burning every 3 working days over a 300-day year: 100 burns, all listed.
    expect(expected.summary.burnEvents.length).to.equal(100);
    // 300 working days are drawn in bands of 5 (60 bands), each counting its burns: 100 in all.
    const line = await until(() => inView(app!, 'plc-dynamics-timeline', 'plc-line-chart') as PlcLineChart | null, 5_000, 'the timeline');
    const timeline = await until(() => line.chartInstance, 5_000, 'its chart');
    expect(line.dataset.binning).to.equal('5');
    const counts = timeline.data.datasets[3].data.map((p) => p.y);
    expect(counts).to.have.length(60);
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(100);
    // The first 120 working days, point by point: a triangle for each of the 40 burns (every 3 days).
    const picker = inView(app, 'plc-dynamics-timeline', 'select[data-testid="window"]') as HTMLSelectElement;
    picker.value = 'first';
    picker.dispatchEvent(new Event('change'));
    const chartOf = (binning: string) => inView(app!, 'plc-dynamics-timeline', `plc-line-chart[data-binning="${binning}"]`) as PlcLineChart | null;
    const daily = await until(() => chartOf('1')?.chartInstance, 5_000, 'the day-by-day window');
    expect(daily.data.datasets[1].data.length).to.equal(40);
  });

  it('aggregates a 5-year run into bands with burns counted per band, and lets the user pick a year (issue 16)', async () => {
    app = mount(session);
    await until(() => runFacts(app!).includes('10 replications'), 30_000, 'the first run');
    await setInput(app, 'years', '5');
    await setInput(app, 'replications', '2');
    await setInput(app, 'burnValue', '7');
    clickRun(app);
    await until(() => runFacts(app!).includes('5 years, 2 replications'), 60_000, 'the 5-year run');
    const expected = await ok(client.dynamics(minhKhai, app.runs.dynamics.options));
    const burned = expected.summary.burnEvents.filter((b) => b.burnedKg > 0).length;
    // 5 × 300 working days, a burn every 7: about 214 burns, far too many to mark one by one.
    expect(burned).to.be.within(200, 215);
    const line = await until(() => inView(app!, 'plc-dynamics-timeline', 'plc-line-chart') as PlcLineChart | null, 5_000, 'the timeline');
    const chart = await until(() => line.chartInstance, 5_000, 'its chart');
    // 1,500 working days in bands of 20: 75 bands (5 or 10 would give more than 80).
    expect(line.dataset.binning).to.equal('20');
    const counts = chart.data.datasets[3].data.map((p) => p.y);
    expect(counts).to.have.length(75);
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(burned);
    expect(Math.max(...counts)).to.be.at.most(3); // 20 working days hold at most 3 burns 7 days apart
    // Year 2 alone: 300 days in bands of 5, the axis from day 300 to day 600.
    const picker = inView(app, 'plc-dynamics-timeline', 'select[data-testid="window"]') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).to.deep.equal(['all', 'year-1', 'year-2', 'year-3', 'year-4', 'year-5', 'first']);
    picker.value = 'year-2';
    picker.dispatchEvent(new Event('change'));
    const year2 = await until(
      () => (inView(app!, 'plc-dynamics-timeline', 'plc-line-chart[data-binning="5"]') as PlcLineChart | null)?.chartInstance,
      5_000,
      'the year-2 window',
    );
    const x = year2.options.scales!.x as { min?: number; max?: number };
    expect([x.min, x.max]).to.deep.equal([300, 600]);
  });

  it('Years = 0 and negative replications get a message beside the field, keep the typed text and do not run (issue 16)', async () => {
    app = mount(session);
    await until(() => runFacts(app!).includes('10 replications'), 30_000, 'the first run');
    await setInput(app, 'years', '0');
    await setInput(app, 'replications', '-3');
    clickRun(app);
    const field = (name: string) => inView(app!, 'plc-dynamics-controls', `[name="${name}"]`) as HTMLElement & { value: string; helpText: string };
    await until(() => field('years').helpText !== '', 5_000, 'the message beside Years');
    expect(field('years').helpText).to.equal('Must be at least 1; got 0.');
    expect(field('replications').helpText).to.match(/^Must be at least 1; got .3\.$/);
    expect(field('years').hasAttribute('data-problem')).to.equal(true);
    // The typed text stays; nothing ran; the refusal is said beside Run.
    expect(field('years').value).to.equal('0');
    expect(field('replications').value).to.equal('-3');
    expect(app.runs.dynamics.options.years).to.equal(1);
    expect(app.runs.dynamics.running).to.equal(false);
    expect(inView(app, 'plc-dynamics-controls', '[data-testid="refused"]')).to.not.equal(null);
    expect(runFacts(app)).to.contain('1 year, 10 replications');
    // Text that is not a number is named as such, not "required".
    await setInput(app, 'seed', 'abc');
    clickRun(app);
    await until(() => field('seed').helpText !== '', 5_000, 'the message beside Seed');
    expect(field('seed').helpText).to.equal('"abc" is not a number.');
  });

  it('marks the results stale while the typed settings differ from the last run (issue 16)', async () => {
    app = mount(session);
    await until(() => runFacts(app!).includes('10 replications'), 30_000, 'the first run');
    expect(inView(app, '[data-testid="stale"]')).to.equal(null);
    const years = inView(app, 'plc-dynamics-controls', '[name="years"]') as HTMLElement & { value: string };
    years.value = '0';
    years.dispatchEvent(new Event('sl-input', { bubbles: true, composed: true }));
    await until(() => inView(app!, '[data-testid="stale"]'), 5_000, 'the stale note');
    expect(inView(app, '[data-testid="dynamics-results"]')!.classList.contains('stale')).to.equal(true);
    years.value = '1';
    years.dispatchEvent(new Event('sl-input', { bubbles: true, composed: true }));
    await until(() => !inView(app!, '[data-testid="stale"]'), 5_000, 'the stale note to go');
  });

  it('draws a utilisation bar per unit whose parts add up to the whole working time', async () => {
    app = mount(session);
    await until(() => runFacts(app!).includes('10 replications'), 30_000, 'the first run');
    const chart = await until(() => (inView(app!, 'plc-utilisation-chart', 'plc-chart') as PlcChart | null)?.chartInstance, 5_000, 'the chart');
    const units = (scenario.units ?? []).length;
    expect(chart.data.labels).to.have.length(units);
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal(['Busy', 'Blocked', 'Starved', 'Down']);
    for (let u = 0; u < units; u++) {
      const total = chart.data.datasets.reduce((sum, d) => sum + (d.data[u] as number), 0);
      // Each state is rounded to 0.1 %, so four of them may miss 100 % by up to 0.2 %.
      expect(total, `unit ${u}`).to.be.closeTo(100, 0.25);
    }
    // The table holds the same numbers.
    const rows = inView(app, 'plc-utilisation-chart', 'tbody')!.querySelectorAll('tr');
    expect(rows).to.have.length(units);
  });

  it('cancel stops a long run, terminates the worker and leaves the view ready to run again', async () => {
    app = mount(session);
    await until(() => runFacts(app!).includes('10 replications'), 30_000, 'the first run');
    await setInput(app, 'years', '5');
    await setInput(app, 'replications', '100');
    const started = performance.now();
    clickRun(app);
    const cancel = await until(() => inView(app!, 'plc-dynamics-controls', '[data-testid="cancel"]') as HTMLElement | null, 5_000, 'the Cancel button');
    await new Promise((resolve) => setTimeout(resolve, 300));
    cancel.click();
    await until(() => app!.runs.dynamics.status === 'cancelled', 5_000, 'the cancelled state');
    // 500 replication-years take well over 5 s; cancelling must not wait for them.
    expect(performance.now() - started).to.be.below(5_000);
    expect(client.workerActive).to.equal(false);
    await until(() => inView(app!, '.status')?.textContent?.includes('cancelled'), 5_000, 'the cancelled message');
    expect(inView(app, 'plc-dynamics-controls', '[data-testid="cancel"]')).to.equal(null);
    // The previous result stays on show; a new run starts a fresh worker.
    expect(runFacts(app)).to.contain('10 replications');
    await setInput(app, 'years', '1');
    await setInput(app, 'replications', '2');
    clickRun(app);
    await until(() => runFacts(app!).includes('2 replications'), 30_000, 'the run after the cancel');
  });

  it('refuses, before it starts, a run over the event budget and says why with the estimate in words', async () => {
    // 1,000 t/day in 25 kg lots through 6 units: 40,000 × 6 × 300 days × 5 years × 10 replications
    // ≈ 3.6 billion events, over the 2 billion a run may take.
    const copy = structuredClone(scenario) as ScenarioDocument & { feed: Record<string, unknown> };
    const big = { ...copy, feed: { ...copy.feed, tonnesPerDay: 1000 } } as ScenarioDocument;
    session = new ScenarioSession(client, new ScenarioDb(`plc-test-dyn-${Math.random().toString(36).slice(2)}`), big);
    app = document.createElement('plc-app');
    app.session = session;
    app.runs.dynamics.options = { ...app.runs.dynamics.options, years: 5, replications: 10 };
    document.body.append(app);
    const started = performance.now();
    const message = await until(() => inView(app!, '[data-testid="errors"] plc-issue-list', 'li')?.textContent, 30_000, 'the refusal');
    expect(performance.now() - started, 'refused before any replication runs').to.be.below(10_000);
    expect(message).to.match(/about 3\.6\d* billion events/);
    expect(message).to.contain('fewer years or replications');
  });
});
