// Village Monte Carlo in the worker pool with the real core worker (issue 18): bit-identical
// for any number of workers, progress in draws as blocks arrive, cancellable.
import { expect } from '@esm-bundle/chai';
import village from '../../fixtures/villages/minh-khai-pilot.json';
import film from '../../fixtures/scenarios/minh-khai-before.json';
import rigid from '../../fixtures/scenarios/minh-khai-rigid-before.json';
import { WorkerPool, type VillageMcRun } from '../../web/common/worker-pool.ts';
import { HEADLINE_FIGURES } from '../../web/shared/model/result-types.ts';
import { spiedPool } from './helpers/spied-pool.ts';

const request = { village, files: { '../scenarios/minh-khai-before.json': film, '../scenarios/minh-khai-rigid-before.json': rigid } };
const workerUrl = new URL('../../web/worker/core.worker.ts', import.meta.url);
const pool = () => new WorkerPool({ createWorker: () => new Worker(workerUrl, { type: 'module' }) });

async function run(p: WorkerPool, workers: number, draws: number, seed = 11): Promise<VillageMcRun> {
  const out = await p.villageMonteCarlo(request, { draws, seed }, { workers });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.value;
}

function sameBits(a: Float64Array, b: Float64Array): boolean {
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
    y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

describe('WorkerPool: village Monte Carlo', () => {
  it('gives bit-identical village draws and summaries with 1, 2 and 4 workers', async () => {
    const p = pool();
    // 3,000 draws: one block with 1 worker (the plan's 2,048 cap: 2 blocks), 1,500 with 2, 750 with 4.
    const runs = [await run(p, 1, 3000), await run(p, 2, 3000), await run(p, 4, 3000)];
    expect(runs[0].values).to.have.length(3 * HEADLINE_FIGURES.length);
    expect(runs[0].plan).to.include({ groups: 4, evaluationsPerDraw: 8 });
    for (const r of runs.slice(1)) r.values.forEach((v, s) => expect(sameBits(v, runs[0].values[s]), `series ${s}`).to.equal(true));
    const summaries = [await p.summarizeVillage(runs[0], { workers: 1 }), await p.summarizeVillage(runs[2], { workers: 4 })];
    expect(summaries[1]).to.deep.equal(summaries[0]);
    expect(summaries[0]['pcddf.total'].probabilityAfterBetter).to.equal(1);
    runs[2].values.forEach((v, s) => expect(sameBits(v, runs[1].values[s])).to.equal(true));
    p.terminate();
  });

  it("sends the village with each worker's first block of a run only", async () => {
    // Every villageBlock call posted to a worker, as comlink sends it: whether it carries the village.
    const calls: { worker: number; village: boolean }[] = [];
    const { pool: p } = spiedPool<{ village?: unknown }>('villageBlock', {
      call: (worker, block) => calls.push({ worker, village: block.village !== undefined }),
    });
    // 3,000 draws on 2 workers: blocks of at most 1,500 (planBlocks), so 2; with 8,000 draws, 4 of 2,000.
    for (const draws of [3000, 8000]) {
      calls.length = 0;
      await run(p, 2, draws);
      for (const w of [0, 1]) {
        const own = calls.filter((c) => c.worker === w);
        expect(own.length, `worker ${w}`).to.be.at.least(1);
        expect(own.map((c) => c.village)).to.deep.equal(own.map((_, i) => i === 0));
      }
    }
    p.terminate();
  });

  it('reports progress in draws as blocks arrive, ending at the total', async () => {
    const p = pool();
    const seen: number[] = [];
    const out = await p.villageMonteCarlo(
      request,
      { draws: 5000, seed: 1 },
      {
        workers: 2,
        onProgress: (x) => {
          expect(x.total).to.equal(5000);
          seen.push(x.done);
        },
      },
    );
    expect(out.ok).to.equal(true);
    // Blocks of 2,048 draws (8 evaluations a draw): three progress events.
    expect(seen).to.deep.equal([...seen].sort((a, b) => a - b));
    expect(seen).to.have.length(3);
    expect(seen[seen.length - 1]).to.equal(5000);
    p.terminate();
  });

  it('cancels within 100 ms and comes back with the group and field of a bad village', async () => {
    const p = pool();
    const controller = new AbortController();
    let blocks = 0;
    const running = p.villageMonteCarlo(request, { draws: 200_000, seed: 1 }, { workers: 2, signal: controller.signal, onProgress: () => blocks++ });
    while (blocks < 1) await new Promise((r) => setTimeout(r, 5));
    const t0 = performance.now();
    controller.abort();
    let error: unknown;
    try {
      await running;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException).name).to.equal('AbortError');
    expect(performance.now() - t0).to.be.below(100);
    expect(p.activeWorkers).to.equal(0);
    const bad = { ...request, village: { ...village, groups: [{ ...village.groups[0], households: -1 }] } };
    const out = await p.villageMonteCarlo(bad, { draws: 10, seed: 1 }, { workers: 1 });
    expect(out.ok).to.equal(false);
    if (!out.ok) expect(out.errors[0].message).to.match(/group "film-lines" .*number of households \[\/groups\/0\/households\]/);
    p.terminate();
  });
});
