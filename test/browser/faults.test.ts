// Faults (issue 10): a trap or out-of-memory in the Wasm core, a worker that dies mid-run, a
// damaged stored record, storage that is blocked, and the service worker's update notices. Each
// gives a notice in the page's language, the worker is restarted, and no saved scenario is lost.
import { expect } from '@esm-bundle/chai';
import { textIn } from '../../web/shared/model/local-text.ts';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import { faultText } from '../../web/app/fault-words.ts';
import { recordProblemText, storageProblemText } from '../../web/common/library-words.ts';
import { CoreClient, WorkerCrashedError } from '../../web/common/core-client.ts';
import { ScenarioDb, StorageError } from '../../web/common/db.ts';
import { OFFLINE_READY_EVENT, UPDATE_READY_EVENT } from '../../web/app/pwa-events.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { coreFaultKind } from '../../web/common/worker-faults.ts';
import { WorkerPool } from '../../web/common/worker-pool.ts';
import { deepQuery, until } from './helpers/dom.ts';
import { deleteDb, rawPut, uniqueDbName } from './helpers/storage.ts';

const minh = minhKhai as unknown as ScenarioDocument;
const realWorkerUrl = new URL('../../web/worker/core.worker.ts', import.meta.url);
const fakeUrl = new URL('./helpers/fake-core.worker.ts', import.meta.url);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A worker factory that keeps every worker it starts (to end one behind the client's back). */
function keepingFactory(url: URL) {
  const workers: Worker[] = [];
  const create = () => {
    const worker = new Worker(url, { type: 'module' });
    workers.push(worker);
    return worker;
  };
  return { workers, create };
}

const productOf = (outcome: Awaited<ReturnType<CoreClient['simulate']>>) => (outcome.ok ? outcome.result.mass.productT : NaN);

describe('core faults through the CoreClient (real core worker)', () => {
  let expectedProduct: number;
  before(async () => {
    const client = new CoreClient();
    expectedProduct = productOf(await client.simulate(minh));
    client.terminate();
    expect(expectedProduct).to.be.greaterThan(0);
  });

  for (const [kind, name] of [
    ['trap', 'RuntimeError'],
    ['out-of-memory', 'CoreOutOfMemory'],
  ] as const) {
    it(`${kind}: the run fails with ${name}, the worker is replaced and the next simulate works`, async () => {
      const { workers, create } = keepingFactory(realWorkerUrl);
      const client = new CoreClient({ createWorker: create });
      try {
        await client.call('injectFault', [kind]);
        const error = await client.simulate(minh).then(
          () => null,
          (e: unknown) => e,
        );
        expect((error as Error)?.name).to.equal(name);
        expect(coreFaultKind(error)).to.equal(kind);
        expect(client.workerActive, 'the trapped worker is dropped').to.equal(false);
        expect(productOf(await client.simulate(minh))).to.equal(expectedProduct);
        expect(workers.length, 'a fresh worker ran the next call').to.equal(2);
      } finally {
        client.terminate();
      }
    });
  }

  it('an uncaught error in the worker rejects the pending call with WorkerCrashedError; the next call works', async () => {
    const { workers, create } = keepingFactory(realWorkerUrl);
    const client = new CoreClient({ createWorker: create });
    try {
      await client.simulate(minh);
      const error = await client.call('injectFault', ['crash']).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(WorkerCrashedError);
      expect((error as WorkerCrashedError).reason).to.equal('error');
      expect(productOf(await client.simulate(minh))).to.equal(expectedProduct);
      expect(workers.length).to.equal(2);
    } finally {
      client.terminate();
    }
  });

  it('a worker ended by the browser mid-run rejects its call with WorkerCrashedError (no event needed)', async () => {
    const { workers, create } = keepingFactory(fakeUrl);
    const client = new CoreClient({ createWorker: create });
    try {
      await client.simulate({ tag: 'warm' }); // the worker holds its life lock from here on
      const running = client.simulate({ tag: 'long', spinMs: 10_000 } as object);
      await sleep(200);
      workers[0].terminate(); // behind the client's back: no error event is fired
      const started = performance.now();
      const error = await running.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(WorkerCrashedError);
      expect((error as WorkerCrashedError).reason).to.equal('gone');
      expect(performance.now() - started).to.be.below(5_000);
      const next = (await client.simulate({ tag: 'next' } as object)) as unknown as { tag: string };
      expect(next.tag).to.equal('next');
      expect(workers.length).to.equal(2);
    } finally {
      client.terminate();
    }
  });

  it('a worker that died while idle is noticed, and the next call runs on a fresh one', async () => {
    const { workers, create } = keepingFactory(fakeUrl);
    const client = new CoreClient({ createWorker: create });
    try {
      await client.simulate({ tag: 'warm' } as object);
      workers[0].terminate();
      await until(() => !client.workerActive, 5_000, 'the client to notice');
      const next = (await client.simulate({ tag: 'next' } as object)) as unknown as { tag: string };
      expect(next.tag).to.equal('next');
      expect(workers.length).to.equal(2);
    } finally {
      client.terminate();
    }
  });

  it('a pool worker ended mid-run fails the run with WorkerCrashedError; the next run starts fresh workers', async () => {
    const { workers, create } = keepingFactory(realWorkerUrl);
    const pool = new WorkerPool({ createWorker: create });
    try {
      await pool.monteCarlo({ baseline: minh }, { draws: 64, seed: 1 }, { workers: 2 });
      let killed = false;
      // Blocks of at most 2,048 draws: end a worker as soon as the first block is back.
      const running = pool.monteCarlo(
        { baseline: minh },
        { draws: 200_000, seed: 1 },
        {
          workers: 2,
          onProgress: () => {
            if (!killed) workers[0].terminate();
            killed = true;
          },
        },
      );
      const error = await running.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(WorkerCrashedError);
      const again = await pool.monteCarlo({ baseline: minh }, { draws: 64, seed: 1 }, { workers: 2 });
      expect(again.ok).to.equal(true);
      expect(workers.length).to.equal(3); // the dead one replaced, the live one kept
    } finally {
      pool.terminate();
    }
  });
});

describe('<plc-fault-notice> in the app', () => {
  let client: CoreClient;
  let workers: Worker[];
  let app: PlcApp | undefined;
  let session: ScenarioSession;
  let dbName: string;

  const notice = () => deepQuery(app!, 'plc-fault-notice', 'sl-alert[data-testid="fault-notice"]') as HTMLElement | null;
  const retryButton = () => notice()?.querySelector('sl-button[data-action="retry"]') as HTMLElement | null;

  beforeEach(async () => {
    ({ workers, create: createWorker } = keepingFactory(realWorkerUrl));
    client = new CoreClient({ createWorker });
    dbName = uniqueDbName('plc-test-faults');
    history.replaceState(null, '', '#/workbench');
    session = new ScenarioSession(client, new ScenarioDb(dbName), minh, { autosaveDelayMs: 60_000 });
    app = document.createElement('plc-app');
    app.session = session;
    document.body.append(app);
    await until(() => session.simulation.status === 'done', 20_000, 'the first run');
    await session.store.flush();
  });
  let createWorker: () => Worker;
  afterEach(async () => {
    app?.remove();
    app = undefined;
    session.dispose();
    client.terminate();
    await session.db.close();
    await deleteDb(dbName);
  });

  it('a trap: the notice says so (role alert), Retry simulates again on a fresh worker', async () => {
    await client.call('injectFault', ['trap']);
    await session.simulation.retry();
    expect(session.simulation.status).to.equal('failed');
    const shown = await until(notice, 5_000, 'the fault notice');
    expect(shown.getAttribute('role')).to.equal('alert');
    expect(shown.dataset.fault).to.equal('trap');
    expect(shown.textContent).to.contain(faultText('trap'));
    retryButton()!.click();
    await until(() => session.simulation.status === 'done', 20_000, 'the retried run');
    expect(session.simulation.result?.value.ok).to.equal(true);
    await until(() => !notice(), 5_000, 'the notice to go');
  });

  it('out of memory: the notice names it, and the next edit simulates', async () => {
    await client.call('injectFault', ['out-of-memory']);
    await session.simulation.retry();
    const shown = await until(notice, 5_000, 'the fault notice');
    expect(shown.dataset.fault).to.equal('out-of-memory');
    expect(shown.textContent).to.contain(faultText('out-of-memory'));
    session.draft.edit({ ...minh, name: 'After the fault' });
    await session.simulation.settled();
    expect(session.simulation.status === 'done' && session.simulation.result?.value.ok).to.equal(true);
  });

  it('a worker ended mid-run: WorkerCrashedError, the notice with Retry, the run completes, the stored scenario is unchanged', async () => {
    const storedBefore = await session.db.getRecord(minh.id);
    expect(storedBefore).to.not.equal(undefined);
    const dynamics = app!.runs.dynamics;
    const run = dynamics.start({ scenario: session.draft.scenario!, options: { ...dynamics.options, years: 5, replications: 100 } });
    await until(() => dynamics.status === 'running', 5_000, 'the dynamics run');
    await sleep(300);
    expect(client.killWorkerForTest()).to.equal(true);
    await run;
    expect(dynamics.status).to.equal('failed');
    const shown = await until(notice, 5_000, 'the fault notice');
    expect(shown.dataset.fault).to.equal('crashed');
    expect(shown.textContent).to.contain(faultText('crashed'));
    const started = workers.length;
    retryButton()!.click();
    await until(() => dynamics.status === 'done', 60_000, 'the retried dynamics run');
    expect(dynamics.result?.value.ok).to.equal(true);
    expect(dynamics.result?.request.options.replications).to.equal(100);
    expect(workers.length, 'the retry ran on a fresh worker').to.equal(started + 1);
    expect(await session.db.getRecord(minh.id)).to.deep.equal(storedBefore);
  });

  it('a browser without WebAssembly SIMD: the notice says the browser is too old, with no Retry, and the worker is kept', async () => {
    await client.call('injectFault', ['unsupported']);
    const started = workers.length;
    await session.simulation.retry();
    expect(session.simulation.status).to.equal('failed');
    const shown = await until(notice, 5_000, 'the fault notice');
    expect(shown.getAttribute('role')).to.equal('alert');
    expect(shown.dataset.fault).to.equal('unsupported');
    expect(shown.textContent).to.contain(faultText('unsupported'));
    expect(faultText('unsupported')).to.contain('Safari 16.4');
    expect(retryButton(), 'retrying cannot help').to.equal(null);
    expect(workers.length, 'no fresh worker: the browser is the same').to.equal(started);
  });

  it('the notice can be dismissed', async () => {
    await client.call('injectFault', ['trap']);
    await session.simulation.retry();
    const shown = await until(notice, 5_000, 'the fault notice');
    await (shown as HTMLElement & { hide(): Promise<void> }).hide(); // as its close button does
    await until(() => session.faults.notice === null, 5_000, 'the dismissal');
    await until(() => !notice(), 5_000, 'the notice to go');
  });

  it('a damaged stored record: opening it tells the user, the current scenario stays, and the library still lists the rest', async () => {
    await rawPut(dbName, 'scenarios', { id: 'broken', scenario: 'not a document', revision: 'x' });
    await session.store.openStored('broken');
    const shown = await until(notice, 5_000, 'the fault notice');
    expect(shown.dataset.fault).to.equal('corrupt');
    expect(shown.textContent).to.contain(faultText('corrupt'));
    expect(session.draft.scenario?.id).to.equal(minh.id);
    expect(session.store.storageError).to.equal(null);
    (deepQuery(app!, '[data-testid="library-button"]') as HTMLElement).click();
    const list = () => deepQuery(app!, 'plc-library-dialog', 'plc-scenario-list')?.shadowRoot;
    await until(() => (list()?.querySelectorAll('li').length ?? 0) > 0, 10_000, 'the scenario list');
    expect([...list()!.querySelectorAll('li')].some((li) => li.textContent?.includes(textIn(minh.name, 'en')))).to.equal(true);
    await until(() => deepQuery(app!, 'plc-library-dialog', '[data-testid="corrupt-records"]'), 5_000, 'the damaged list');
    const damaged = deepQuery(app!, 'plc-library-dialog', '[data-testid="corrupt-records"] plc-issue-list');
    expect(damaged?.shadowRoot?.textContent).to.contain('broken');
    // Why, in words: the record's scenario is a string, not a document.
    expect(damaged?.shadowRoot?.textContent).to.contain(recordProblemText('no_scenario'));
    expect(recordProblemText('no_scenario')).to.equal('It holds no scenario document.');
  });
});

describe('storage notices in <plc-fault-notice>', () => {
  /** A database held open at an older version by another tab. */
  class BlockedDb extends ScenarioDb {
    override async getLastRecord(): Promise<never> {
      throw new StorageError('blocked', 'blocked');
    }
    override async saveScenario(): Promise<never> {
      throw new StorageError('blocked', 'blocked');
    }
    override async setLastScenarioId(): Promise<never> {
      throw new StorageError('blocked', 'blocked');
    }
  }

  it('storage blocked by another tab: the warning says what to do, and the app still simulates', async () => {
    const client = new CoreClient();
    const session = new ScenarioSession(client, new BlockedDb(uniqueDbName()), minh);
    const app = document.createElement('plc-app');
    app.session = session;
    document.body.append(app);
    try {
      await until(() => session.simulation.status === 'done', 20_000, 'the run');
      const alert = await until(() => deepQuery(app, 'plc-fault-notice', 'sl-alert[data-testid="storage-notice"]'), 5_000, 'the warning');
      expect(alert.getAttribute('role')).to.equal('alert');
      expect((alert as HTMLElement).dataset.problem).to.equal('blocked');
      expect(alert.textContent).to.contain(storageProblemText('blocked'));
    } finally {
      app.remove();
      session.dispose();
      client.terminate();
    }
  });
});

describe('<plc-update-notice> (service-worker events, faked)', () => {
  let client: CoreClient;
  let app: PlcApp;
  let session: ScenarioSession;
  let dbName: string;
  const updateNotice = () => deepQuery(app, 'plc-update-notice', '[data-testid="update-notice"]') as HTMLElement | null;

  beforeEach(async () => {
    client = new CoreClient();
    dbName = uniqueDbName('plc-test-update');
    session = new ScenarioSession(client, new ScenarioDb(dbName), minh, { autosaveDelayMs: 60_000 });
    app = document.createElement('plc-app');
    app.session = session;
    document.body.append(app);
    await until(() => session.simulation.status === 'done', 20_000, 'the first run');
    await session.store.flush();
  });
  afterEach(async () => {
    app.remove();
    session.dispose();
    client.terminate();
    await session.db.close();
    await deleteDb(dbName);
  });

  it('"Reload now" saves the pending edit first, then applies the update', async () => {
    const order: string[] = [];
    const edited = { ...minh, name: 'Edited just before the update' };
    session.draft.edit(edited); // autosave would wait a minute
    expect(session.store.unsaved).to.equal(true);
    let storedAtApply: unknown;
    window.dispatchEvent(
      new CustomEvent(UPDATE_READY_EVENT, {
        detail: {
          apply: async () => {
            order.push('apply');
            storedAtApply = (await session.db.getRecord(minh.id))?.scenario;
          },
        },
      }),
    );
    const shown = await until(updateNotice, 5_000, 'the update notice');
    (shown.querySelector('sl-button[data-action="reload"]') as HTMLElement).click();
    await until(() => order.length > 0, 5_000, 'apply');
    await until(() => storedAtApply !== undefined, 5_000, 'the stored record');
    expect(storedAtApply).to.deep.equal(edited);
    expect(session.store.unsaved).to.equal(false);
  });

  it('"Later" hides the notice without applying', async () => {
    let applied = false;
    window.dispatchEvent(new CustomEvent(UPDATE_READY_EVENT, { detail: { apply: () => (applied = true) } }));
    const shown = await until(updateNotice, 5_000, 'the update notice');
    (shown.querySelector('sl-button[data-action="later"]') as HTMLElement).click();
    await until(() => !updateNotice(), 5_000, 'the notice to go');
    expect(applied).to.equal(false);
  });

  it('"Ready to work offline" shows once', async () => {
    const toast = () => deepQuery(app, 'plc-update-notice', '[data-testid="offline-ready"]') as HTMLElement | null;
    window.dispatchEvent(new Event(OFFLINE_READY_EVENT));
    const shown = await until(toast, 5_000, 'the offline note');
    expect(shown.getAttribute('role')).to.equal('status');
    await (shown as HTMLElement & { hide(): Promise<void> }).hide();
    await until(() => !toast(), 5_000, 'the note to go');
    window.dispatchEvent(new Event(OFFLINE_READY_EVENT));
    await sleep(200);
    expect(toast()).to.equal(null);
  });
});
