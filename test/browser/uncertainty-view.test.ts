import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import minhKhaiAfter from '../../fixtures/scenarios/minh-khai-after.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import type { PlcChart } from '../../web/common/charts/plc-chart.ts';
import type { PlcHistogram } from '../../web/uncertainty/plc-histogram.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { WorkerPool } from '../../web/common/worker-pool.ts';
import { deepQuery, until } from './helpers/dom.ts';
import { HEADLINE_FIGURES } from '../../web/shared/model/result-types.ts';

const VIEW = 'plc-uncertainty-view';
const inView = (app: PlcApp, ...selectors: string[]) => deepQuery(app, VIEW, ...selectors);

describe('<plc-uncertainty-view> with the real worker pool', () => {
  let client: CoreClient;
  let app: PlcApp | undefined;
  let session: ScenarioSession;

  type DrawsField = HTMLElement & { value: string; helpText: string; updateComplete: Promise<unknown> };

  /** The app on the view with `on`, once its settings and the scenario are there. */
  async function openView(on: ScenarioSession): Promise<PlcApp> {
    const opened = document.createElement('plc-app');
    opened.session = on;
    document.body.append(opened);
    await until(() => inView(opened, 'plc-mc-controls'), 10_000, 'the controls');
    await until(() => on.draft.scenario, 10_000, 'the scenario');
    return opened;
  }
  const settingsOf = (opened: PlcApp) => inView(opened, 'plc-mc-controls') as HTMLElement;

  /** Types `draws` in the Draws field and presses Run, as a user does; the field, for what it then says. */
  async function runWithDraws(controls: HTMLElement, draws: string): Promise<DrawsField> {
    const field = controls.shadowRoot!.querySelector('[name="draws"]') as DrawsField;
    field.value = draws;
    await field.updateComplete;
    (controls.shadowRoot!.querySelector('[data-testid="run"]') as HTMLElement).click();
    return field;
  }

  beforeEach(() => {
    client = new CoreClient();
    session = new ScenarioSession(client, new ScenarioDb(`plc-test-mc-${Math.random().toString(36).slice(2)}`), minhKhai as unknown as ScenarioDocument);
    history.replaceState(null, '', '#/uncertainty');
  });
  afterEach(() => {
    app?.remove();
    app = undefined;
    session.pool.terminate();
    client.terminate();
    history.replaceState(null, '', '#/workbench');
  });

  it('runs 2,000 paired draws and shows the histograms and the probability the pool computes', async () => {
    app = await openView(session);
    await runWithDraws(settingsOf(app), '2000');
    const sentence = await until(() => inView(app!, '[data-testid="probability"]')?.textContent?.trim(), 30_000, 'the probability sentence');

    // The same request straight through a pool of its own, with one worker.
    const settings = app.runs.uncertainty.settings;
    expect(settings.draws).to.equal(2000);
    const pool = new WorkerPool();
    const mc = await pool.monteCarlo(
      { baseline: minhKhai, after: { measureIds: minhKhaiAfter.measures } },
      { draws: 2000, seed: settings.seed },
      { workers: 1 },
    );
    if (!mc.ok) throw new Error(JSON.stringify(mc.errors));
    const expected = (await pool.summarize(mc.value, { workers: 1 }))['pcddf.air'];
    pool.terminate();

    // Whole percent unless that would read 0 % or 100 % when not exactly so.
    const p = expected.probability!.better;
    const whole = Math.round(p * 100);
    const share = (whole === 100 && p < 1) || (whole === 0 && p > 0) ? `${Math.round(p * 1000) / 10} %` : `${whole} %`;
    expect(sentence).to.contain(`In ${share} of draws the after scenario releases less PCDD/F to air than before.`);

    // Three histograms (before, after, difference) whose bars plus the draws beyond them make 2,000.
    const histograms = [...inView(app, '.histograms')!.querySelectorAll('plc-histogram')] as PlcHistogram[];
    expect(histograms).to.have.length(3);
    const summaries = [expected.before, expected.after, expected.difference];
    for (const [i, h] of histograms.entries()) {
      const chart = await until(() => (h.shadowRoot!.querySelector('plc-chart') as PlcChart | null)?.chartInstance, 10_000, 'a chart');
      const bars = (chart.data.datasets[0].data as unknown as { y: number }[]).reduce((s, d) => s + d.y, 0);
      expect(bars + h.outside[0] + h.outside[1]).to.equal(2000);
      // The markers are the pool's P5, P50 and P95.
      const markers = (chart.options.plugins as { plcMarkers?: { markers: { value: number }[] } }).plcMarkers!.markers.map((m) => m.value);
      expect(markers).to.deep.equal([summaries[i]!.p5, summaries[i]!.p50, summaries[i]!.p95]);
    }

    // The table lists every headline figure.
    const table = inView(app, 'plc-mc-table')!;
    expect(table.shadowRoot!.querySelectorAll('tbody[data-figure]')).to.have.length(HEADLINE_FIGURES.length);
    // The tornado is drawn for the chosen figure.
    await until(() => (inView(app!, 'plc-sensitivity-panel', 'plc-tornado', 'plc-chart') as PlcChart | null)?.chartInstance, 10_000, 'the tornado');
  });

  it("does not redraw the shown result's charts while the next run computes its draws, nor when the view renders again with the same result", async () => {
    app = await openView(session);
    const controls = settingsOf(app);
    await runWithDraws(controls, '20000');
    await until(() => inView(app!, '[data-testid="probability"]'), 30_000, 'the first result');
    const view = inView(app) as HTMLElement & { requestUpdate(): void; updateComplete: Promise<boolean> };
    const histograms = [...inView(app, '.histograms')!.querySelectorAll('plc-histogram')] as PlcHistogram[];
    const charts = await Promise.all([
      ...histograms.map((h) => until(() => (h.shadowRoot!.querySelector('plc-chart') as PlcChart | null)?.chartInstance, 10_000, 'a histogram')),
      until(() => (inView(app!, 'plc-sensitivity-panel', 'plc-tornado', 'plc-chart') as PlcChart | null)?.chartInstance, 10_000, 'the tornado'),
    ]);
    expect(charts).to.have.length(4);
    // Every redraw of these charts from now on is counted, with what the run was doing then.
    const mc = app.runs.uncertainty.mc;
    const redraws: string[] = [];
    for (const chart of charts) {
      const update = chart.update.bind(chart);
      chart.update = (...args: Parameters<typeof update>) => {
        redraws.push(mc.running ? (mc.progress?.phase ?? 'draws') : mc.status);
        return update(...args);
      };
    }
    // The view renders again with the same result: the charts stay as drawn.
    view.requestUpdate();
    await view.updateComplete;
    await Promise.all(histograms.map((h) => h.updateComplete));
    expect(redraws).to.deep.equal([]);
    // The same settings again: the view renders as the run starts and with its progress, and shows the
    // previous result meanwhile; its charts are redrawn only once the new summaries are in.
    app.runs.uncertainty.progressQuietMs = 0; // progress from the first block, however quick the run
    let renders = 0;
    const countRenders = () => renders++;
    mc.addEventListener('change', countRenders);
    (controls.shadowRoot!.querySelector('[data-testid="run"]') as HTMLElement).click();
    await until(() => mc.running, 5_000, 'the second run to start');
    await mc.settled();
    mc.removeEventListener('change', countRenders);
    expect(renders).to.be.greaterThan(2); // running, its first progress, …, done
    expect(redraws.filter((phase) => phase === 'draws')).to.deep.equal([]);
  });

  it('shows no progress bar while a run is in its first 0.1 s: the disabled Run button says it runs', async () => {
    app = await openView(session);
    const controls = settingsOf(app);
    await runWithDraws(controls, '100000');
    const mc = app.runs.uncertainty.mc;
    expect(mc.running).to.equal(true);
    await (inView(app) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await (controls as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(inView(app, 'plc-run-progress')).to.equal(null);
    expect((controls.shadowRoot!.querySelector('[data-testid="run"]') as HTMLButtonElement & { disabled: boolean }).disabled).to.equal(true);
    mc.cancel();
    await mc.settled();
  });

  it("starts the session's pool's workers when opened and holds them while open, past the idle timeout; lets go when left", async () => {
    session.pool.terminate();
    const held = new ScenarioSession(client, new ScenarioDb(`plc-test-mc-${Math.random().toString(36).slice(2)}`), minhKhai as unknown as ScenarioDocument, {
      pool: new WorkerPool({ idleTimeoutMs: 100 }),
    });
    session = held; // afterEach terminates its pool
    app = await openView(held);
    const controls = settingsOf(app);
    // Opened, the view starts the workers a run uses, before any run.
    await until(() => held.pool.activeWorkers === app!.runs.uncertainty.settings.workers, 10_000, 'the workers to start with the view');
    expect(app.runs.uncertainty.mc.status).to.equal('idle');
    await runWithDraws(controls, '2000');
    await until(() => inView(app!, '[data-testid="probability"]'), 30_000, 'the result');
    const workers = held.pool.activeWorkers;
    expect(workers).to.be.greaterThan(0);
    // Four idle timeouts later, with the view open, the workers are still there.
    await new Promise((r) => setTimeout(r, 400));
    expect(held.pool.activeWorkers).to.equal(workers);
    // Another view: the pool ends them after its timeout.
    history.replaceState(null, '', '#/workbench');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await until(() => !inView(app!), 10_000, 'the Uncertainty view to be left');
    await until(() => held.pool.activeWorkers === 0, 5_000, 'the workers to end');
  });

  it("a draw count below 1,000 gets a message beside the field and does not run; threads offered up to the machine's cores (issue 16)", async () => {
    app = await openView(session);
    const controls = settingsOf(app);
    const before = { ...app.runs.uncertainty.settings };
    const draws = await runWithDraws(controls, '500');
    await until(() => draws.helpText !== '', 5_000, 'the message beside Draws');
    expect(draws.helpText).to.equal('Must be at least 1,000; got 500.');
    expect(draws.value).to.equal('500');
    expect(controls.shadowRoot!.querySelector('[data-testid="refused"]')).to.not.equal(null);
    expect(app.runs.uncertainty.settings).to.deep.equal(before);
    expect(app.runs.uncertainty.mc.running).to.equal(false);
    // Typed digits are grouped as the user types: 25000 reads "25,000" and runs as 25,000.
    draws.value = '25000';
    draws.dispatchEvent(new Event('sl-input', { bubbles: true, composed: true }));
    await until(() => draws.value === '25,000', 5_000, 'the grouped draws');
    expect(draws.helpText).to.equal('');
    // The thread choice never offers more than the machine has (at most 8).
    const options = [...controls.shadowRoot!.querySelectorAll('select[name="workers"] option')].map((o) => Number(o.getAttribute('value')));
    const cores = Math.min(8, Math.max(1, navigator.hardwareConcurrency || 1));
    expect(options).to.deep.equal(Array.from({ length: cores }, (_, i) => i + 1));
  });
});
