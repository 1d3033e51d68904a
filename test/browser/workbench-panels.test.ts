import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/workbench/plc-portfolio-panel.ts';
import '../../web/workbench/plc-sweep-panel.ts';
import type { PlcLineChart } from '../../web/common/charts/plc-line-chart.ts';
import type { PlcPortfolioPanel } from '../../web/workbench/plc-portfolio-panel.ts';
import type { PlcSweepPanel } from '../../web/workbench/plc-sweep-panel.ts';
import { ContextProvider } from '@lit/context';
import { CoreClient } from '../../web/common/core-client.ts';
import { FaultCenter } from '../../web/common/fault-center.ts';
import { MeasureCatalogue } from '../../web/common/measure-catalogue.ts';
import { catalogueContext } from '../../web/app/contexts.ts';
import type { ScenarioDocument } from '../../web/app/session.ts';
import { portfolioContext, PortfolioRun } from '../../web/workbench/portfolio-run.ts';
import { sweepContext, SweepRun } from '../../web/workbench/sweep-run.ts';
import { cheapestReaching } from '../../web/shared/analysis/portfolio.ts';
import { deepQuery, until } from './helpers/dom.ts';

const scenario = minhKhai as unknown as ScenarioDocument;

/** A panel inside a host that provides its run (and the catalogue) as <plc-app> does. */
function mountPanel<T extends HTMLElement>(tag: string, client: CoreClient): { host: HTMLElement; panel: T } {
  const host = document.createElement('div');
  const faults = new FaultCenter();
  new ContextProvider(host, { context: sweepContext, initialValue: new SweepRun(client, faults) });
  new ContextProvider(host, { context: portfolioContext, initialValue: new PortfolioRun(client, faults) });
  new ContextProvider(host, { context: catalogueContext, initialValue: new MeasureCatalogue(client) });
  const panel = document.createElement(tag) as T;
  host.append(panel);
  return { host, panel };
}

describe('workbench panels with the real core worker', () => {
  let client: CoreClient;
  let el: HTMLElement | undefined;
  before(() => {
    client = new CoreClient();
  });
  after(() => client.terminate());
  afterEach(() => {
    el?.remove();
    el = undefined;
  });

  it('reports sweep progress row by row, ending at the number of grid points', async () => {
    // A 2-D grid of 4 × 3: one progress message per row of the first axis → 3, 6, 9, 12 of 12.
    const seen: [number, number][] = [];
    const outcome = await client.sweep(
      scenario,
      [
        { pointer: '/residues/dumpFireFraction', from: 0, to: 1, steps: 4 },
        { pointer: '/feed/tonnesPerDay', from: 1, to: 2, steps: 3 },
      ],
      { onProgress: (done, total) => seen.push([done, total]) },
    );
    expect(outcome.ok).to.equal(true);
    await until(() => (seen.length === 4 ? seen : null), 5_000, 'four progress messages');
    expect(seen).to.deep.equal([
      [3, 12],
      [6, 12],
      [9, 12],
      [12, 12],
    ]);
  });

  it('sweeps the dump-fire fraction over 5 points and draws them, each equal to a plain simulation', async () => {
    const { host, panel } = mountPanel<PlcSweepPanel>('plc-sweep-panel', client);
    panel.scenario = scenario;
    el = host;
    document.body.append(host);
    await panel.updateComplete;
    await panel.run([{ pointer: '/residues/dumpFireFraction', from: 0, to: 1, steps: 5 }]);
    const chart = await until(() => (deepQuery(panel, 'plc-sweep-result', 'plc-line-chart') as PlcLineChart | null)?.chartInstance, 5_000, 'the line chart');
    const points = chart.data.datasets[0].data as { x: number; y: number }[];
    expect(points.map((p) => p.x)).to.deep.equal([0, 0.25, 0.5, 0.75, 1]);
    // The grid point at 0.5 must equal an ordinary run of the scenario with dumpFireFraction 0.5.
    const half = structuredClone(minhKhai) as { residues: { dumpFireFraction: number } };
    half.residues.dumpFireFraction = 0.5;
    const outcome = await client.simulate(half);
    if (!outcome.ok) throw new Error('the fixture does not simulate');
    expect(points[2].y).to.be.closeTo(outcome.result.pcddf.total, 1e-9 * outcome.result.pcddf.total);
    // More dump fires, more PCDD/F (dump fires 300 µg/t against 40 for open burning).
    for (let i = 1; i < points.length; i++) expect(points[i].y).to.be.above(points[i - 1].y);
    const rows = deepQuery(panel, 'plc-sweep-result', '[data-testid="sweep-table"]')!.querySelectorAll('tbody tr');
    expect(rows).to.have.length(5);
  });

  it('loads the measures catalogue only once the portfolio panel has been near the viewport, or the page is printed', async () => {
    for (const how of ['scroll', 'print'] as const) {
      const spacer = document.createElement('div');
      spacer.style.height = '4000px'; // the panel starts far below the viewport
      const { host, panel } = mountPanel<PlcPortfolioPanel>('plc-portfolio-panel', client);
      const asked: string[] = [];
      const catalogue = new MeasureCatalogue({ call: (method, args) => (asked.push(method), client.call(method, args)) } as Pick<CoreClient, 'call'>);
      new ContextProvider(host, { context: catalogueContext, initialValue: catalogue });
      panel.scenario = scenario;
      const page = document.createElement('div');
      page.append(spacer, host);
      el = page;
      document.body.append(page);
      window.scrollTo(0, 0);
      await panel.updateComplete;
      await new Promise((r) => setTimeout(r, 800)); // longer than the panel's 300 ms settling time
      expect(asked, how).to.deep.equal([]);
      expect(panel.shadowRoot!.querySelectorAll('input[type="checkbox"]')).to.have.length(0);
      if (how === 'scroll') panel.scrollIntoView();
      else window.dispatchEvent(new Event('beforeprint'));
      await until(() => panel.shadowRoot!.querySelectorAll('input[type="checkbox"]').length > 0, 10_000, `the catalogue after a ${how}`);
      expect(asked).to.deep.equal(['catalogue']);
      page.remove();
      el = undefined;
    }
  });

  it('names the cheapest set reaching 90 % as cheapestReaching does on the same data', async () => {
    const { host, panel } = mountPanel<PlcPortfolioPanel>('plc-portfolio-panel', client);
    panel.scenario = scenario;
    el = host;
    document.body.append(host);
    await until(() => panel.shadowRoot!.querySelectorAll('input[type="checkbox"]').length > 0, 10_000, 'the catalogue');
    await panel.run();
    const result = await until(() => panel.result, 30_000, 'the portfolio');
    await panel.updateComplete;
    expect(result.points).to.have.length(2 ** result.measureIds.length);
    const best = cheapestReaching(result, 0.9);
    const answer = panel.shadowRoot!.querySelector('[data-testid="cheapest"]')!;
    expect(answer.getAttribute('data-mask')).to.equal(best === null ? 'none' : String(best.mask));
    if (best && best.mask !== 0) {
      expect(answer.textContent).to.contain('The cheapest set of measures that cuts PCDD/F by at least 90 % is:');
      const catalogue = await client.call('catalogue', []);
      for (const id of best.measureIds) expect(answer.textContent).to.contain(catalogue.find((m) => m.id === id)!.name);
      // Nothing cheaper reaches the target (checked on the raw points).
      expect(result.points.filter((p) => p.avoidedFraction >= 0.9 && p.capex < best.capex)).to.have.length(0);
    }
    // The front starts at the empty set (no capex) and never loses release avoided as capex rises.
    expect(result.front[0]).to.equal(0);
    expect(deepQuery(panel, 'plc-canvas-chart')).to.exist;
  });
});
