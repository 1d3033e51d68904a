// A worker pool of real core workers whose calls of one API method are reported as comlink posts
// them (the worker's index and the call's argument), and whose answers can be heard too.
import { WorkerPool } from '../../../web/common/worker-pool.ts';

const workerUrl = new URL('../../../web/worker/core.worker.ts', import.meta.url);

interface ComlinkCall<A> {
  type?: string;
  path?: string[];
  argumentList?: { value?: A }[];
}

export function spiedPool<A>(method: string, spy: { call?: (worker: number, arg: A) => void; message?: (worker: number, data: unknown) => void }) {
  let made = 0;
  const pool = new WorkerPool({
    createWorker: () => {
      const worker = new Worker(workerUrl, { type: 'module' });
      const index = made++;
      const post = worker.postMessage.bind(worker) as (message: unknown, transfer?: Transferable[]) => void;
      worker.postMessage = ((message: ComlinkCall<A>, transfer?: Transferable[]) => {
        const arg = message?.argumentList?.[0]?.value;
        if (message?.type === 'APPLY' && message.path?.[0] === method && arg !== undefined) spy.call?.(index, arg);
        post(message, transfer);
      }) as Worker['postMessage'];
      if (spy.message) worker.addEventListener('message', (e: MessageEvent) => spy.message!(index, e.data));
      return worker;
    },
  });
  return { pool, made: () => made };
}
