import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import { CoreClient } from '../../web/common/core-client.ts';

const fakeUrl = new URL('./helpers/fake-core.worker.ts', import.meta.url);

/** A worker factory that counts the workers it starts and the ones terminated. */
function countingFactory(url: URL) {
  const counts = { created: 0, terminated: 0 };
  const create = () => {
    const worker = new Worker(url, { type: 'module' });
    counts.created++;
    const terminate = worker.terminate.bind(worker);
    worker.terminate = () => {
      counts.terminated++;
      terminate();
    };
    return worker;
  };
  return { counts, create };
}

interface FakeAnswer {
  ok: true;
  tag: string;
  maxRunning: number;
}
const fake = (client: CoreClient, scenario: object, signal?: AbortSignal) => client.simulate(scenario, { signal }) as unknown as Promise<FakeAnswer>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CoreClient', () => {
  it('starts no worker until the first call', async () => {
    const { counts, create } = countingFactory(fakeUrl);
    const client = new CoreClient({ createWorker: create });
    expect(client.workerActive).to.equal(false);
    expect(counts.created).to.equal(0);
    await fake(client, { tag: 'a' });
    expect(counts.created).to.equal(1);
    client.terminate();
  });

  it('runs queued calls one at a time, in the order they were made', async () => {
    const { counts, create } = countingFactory(fakeUrl);
    const client = new CoreClient({ createWorker: create });
    const finished: string[] = [];
    // Without the queue, b (no wait) would overtake a (300 ms), and c would overtake a too.
    const calls = [fake(client, { tag: 'a', sleepMs: 300 }), fake(client, { tag: 'b' }), fake(client, { tag: 'c', sleepMs: 100 })].map((p) =>
      p.then((answer) => (finished.push(answer.tag), answer)),
    );
    const answers = await Promise.all(calls);
    expect(finished).to.deep.equal(['a', 'b', 'c']);
    expect(answers.map((a) => a.maxRunning)).to.deep.equal([1, 1, 1]);
    expect(counts.created).to.equal(1);
    client.terminate();
  });

  it('abort rejects with an AbortError, terminates the busy worker, and the next call gets a fresh one', async () => {
    const { counts, create } = countingFactory(fakeUrl);
    const client = new CoreClient({ createWorker: create });
    const controller = new AbortController();
    const started = performance.now();
    const blocked = fake(client, { tag: 'long', spinMs: 10_000 }, controller.signal);
    setTimeout(() => controller.abort(), 200);
    const error = await blocked.then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as DOMException)?.name).to.equal('AbortError');
    expect(performance.now() - started).to.be.below(5_000); // did not wait for the 10 s spin
    expect(counts.terminated).to.equal(1);
    expect(client.workerActive).to.equal(false);

    const next = await fake(client, { tag: 'next' });
    expect(next.tag).to.equal('next');
    expect(counts.created).to.equal(2);
    client.terminate();
  });

  it('a call aborted while waiting in the queue never reaches the worker; the others still run', async () => {
    const { counts, create } = countingFactory(fakeUrl);
    const client = new CoreClient({ createWorker: create });
    const controller = new AbortController();
    const first = fake(client, { tag: 'first', sleepMs: 200 });
    const queued = fake(client, { tag: 'queued' }, controller.signal);
    const last = fake(client, { tag: 'last' });
    controller.abort();
    const queuedError = await queued.catch((e: unknown) => e);
    expect((queuedError as DOMException).name).to.equal('AbortError');
    expect((await first).tag).to.equal('first');
    expect((await last).tag).to.equal('last');
    expect(counts.terminated).to.equal(0); // nothing was running for it, so nothing to kill
    client.terminate();
  });

  it('terminates an idle worker after the timeout and starts a new one for the next call', async () => {
    const { counts, create } = countingFactory(fakeUrl);
    const client = new CoreClient({ createWorker: create, idleTimeoutMs: 150 });
    await fake(client, { tag: 'a' });
    expect(client.workerActive).to.equal(true);
    await sleep(50);
    expect(client.workerActive, 'still within the idle timeout').to.equal(true);
    await sleep(300);
    expect(client.workerActive).to.equal(false);
    expect(counts.terminated).to.equal(1);
    expect((await fake(client, { tag: 'b' })).tag).to.equal('b');
    expect(counts.created).to.equal(2);
    client.terminate();
  });

  it('defaults to a 30 s idle timeout', () => {
    expect(new CoreClient().idleTimeoutMs).to.equal(30_000);
  });

  it('reports a worker that cannot start as an error instead of hanging', async () => {
    // A module that throws while loading, like a worker whose imports fail.
    const broken = URL.createObjectURL(new Blob(['throw new Error("cannot load");'], { type: 'text/javascript' }));
    const client = new CoreClient({ createWorker: () => new Worker(broken, { type: 'module' }) });
    const error = await client.simulate({}).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(Error);
    expect(client.workerActive).to.equal(false);
  });

  it('the real core worker answers, also after an aborted call', async () => {
    const client = new CoreClient();
    const outcome = await client.simulate(minhKhai);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    // Minh Khai sells product: the line must turn some of the feed into it, but never more than the feed.
    expect(outcome.result.mass.productT).to.be.above(0);
    expect(outcome.result.mass.productT).to.be.below(outcome.result.mass.feedT);

    const aborted = new AbortController();
    aborted.abort();
    const error = await client.simulate(minhKhai, { signal: aborted.signal }).catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');

    const again = await client.simulate(minhKhai);
    expect(again.ok && again.result.mass.productT).to.equal(outcome.result.mass.productT);
    client.terminate();
  });
});
