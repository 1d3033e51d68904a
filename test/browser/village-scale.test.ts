// A village of 1,000 groups in the Village view (issue 18): imported through the view's file input,
// its Monte Carlo runs in the session's worker pool and reaches the page only as streamed blocks of
// a few draws and as the 45 aggregated village series (never one series per group), so the main
// thread has no large piece of work to do. Structure only: how long anything takes is measured by
// `npm run bench` (test/bench/village-browser-bench.mjs, with the page's long tasks), not here.
import { expect } from '@esm-bundle/chai';
import film from '../../fixtures/scenarios/minh-khai-before.json';
import pilot from '../../fixtures/scenarios/minh-khai-after.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import type { PlcVillageView } from '../../web/village/plc-village-view.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { HEADLINE_FIGURES } from '../../web/shared/model/result-types.ts';
import { deepQuery, until } from './helpers/dom.ts';

const GROUPS = 1000;
const DRAWS = 200;
const view = (app: PlcApp) => deepQuery(app, 'plc-village-view') as PlcVillageView | null;
const inView = (app: PlcApp, selector: string) => deepQuery(app, 'plc-village-view', selector);

describe('Village view at scale', () => {
  let client: CoreClient;
  let app: PlcApp;

  before(async () => {
    client = new CoreClient();
    history.replaceState(null, '', '#/village');
    const session = new ScenarioSession(client, new ScenarioDb(`plc-test-vscale-${Math.random().toString(36).slice(2)}`), film as unknown as ScenarioDocument);
    app = document.createElement('plc-app');
    app.session = session;
    document.body.append(app);
    await until(() => view(app)?.run?.document.result?.value.ok, 30_000, 'the first village');
  });
  after(() => {
    app.remove();
    client.terminate();
  });

  it('streams a 1,000-group Monte Carlo to the page in blocks of a few draws and keeps 45 series', async function () {
    this.timeout(120_000);
    // Each group has an input of its own (its PVC share), so no two groups merge: 2,000 line
    // evaluations a draw, and blocks of 50,000 evaluations are 25 draws.
    const own = { ...film, uncertainty: [{ path: '/feed/composition/PVC', dist: { type: 'uniform', min: 0.02, max: 0.04 } }] };
    const village = {
      format: 'plastic-line-village',
      version: 1,
      id: 'scale',
      name: 'Scale',
      groups: Array.from({ length: GROUPS }, (_, i) => ({
        id: `g${i}`,
        households: 1 + (i % 7),
        scenario: 'own.json',
        adoption: { measures: pilot.measures, share: 0.3 },
      })),
    };
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(village)], 'scale.json', { type: 'application/json' }));
    transfer.items.add(new File([JSON.stringify(own)], 'own.json', { type: 'application/json' }));
    const input = inView(app, '[data-testid="village-import"]') as HTMLInputElement;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    const run = await until(() => view(app)?.run, 5_000, 'the run');
    await until(
      () => run.document.result?.value.ok && run.document.result.value.value.groups.length === GROUPS && !run.document.running,
      60_000,
      'the village',
    );
    await view(app)!.updateComplete;
    // The group table shows a page of rows, not a thousand sliders.
    const rows = deepQuery(app, 'plc-village-view', 'plc-village-groups')!.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length).to.be.below(GROUPS);

    const seen: number[] = [];
    const onChange = () => run.state.progress?.phase === 'draws' && seen.push(run.state.progress.done);
    run.addEventListener('change', onChange);
    (inView(app, '[data-testid="mc-draws"]') as HTMLSelectElement).value = '1000';
    await view(app)!.updateComplete;
    // The request goes through the view's button; only the draws are made smaller for the test.
    const start = run.start.bind(run);
    run.start = (request) => start({ ...request, draws: DRAWS });
    (inView(app, '[data-testid="mc-run"]') as HTMLButtonElement).click();
    await until(() => run.status === 'done', 110_000, 'the Monte Carlo');
    run.removeEventListener('change', onChange);
    run.start = start;

    const value = run.result!.value;
    if (!value.ok) throw new Error(JSON.stringify(value.errors));
    const { plan, values } = value.value.run;
    expect(plan.groups).to.equal(GROUPS);
    expect(plan.evaluationsPerDraw).to.equal(2 * GROUPS);
    expect(plan.blockSize).to.equal(25);
    // Streamed: progress in steps of at most one block, ending at the total.
    const steps = [...new Set(seen)].sort((a, b) => a - b);
    expect(steps[steps.length - 1]).to.equal(DRAWS);
    expect(steps.length).to.be.at.least(DRAWS / plan.blockSize);
    steps.forEach((done, i) => expect(done - (steps[i - 1] ?? 0)).to.be.at.most(plan.blockSize));
    // Aggregated: three village series per headline figure, whatever the number of groups.
    expect(values).to.have.length(3 * HEADLINE_FIGURES.length);
    values.forEach((v) => expect(v).to.have.length(DRAWS));
    await view(app)!.updateComplete;
    expect((inView(app, '[data-testid="mc-facts"]')?.textContent ?? '').replace(/\s+/g, ' ')).to.contain('200 Monte Carlo draws');
  });
});
