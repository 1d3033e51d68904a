// Fault injection for tests, inside the worker. The page reaches it only when opened with
// `?faults` (web/app/fault-hook.ts) and the browser tests call it directly; the app never does.

import { CoreUnsupported, type Core } from '../shared/model/core.ts';
import type { InjectedFault } from '../shared/contract/api-types.ts';

const CORE_KIND = { trap: 0, 'out-of-memory': 1 } as const;
let armed: keyof typeof CORE_KIND | 'unsupported' | null = null;

export function injectFault(kind: InjectedFault): Promise<void> {
  if (kind === 'crash') {
    // Uncaught, so the page's Worker gets an `error` event while this call is still pending.
    setTimeout(() => {
      throw new Error('Fault injection: the worker crashed.');
    });
    return new Promise<void>(() => undefined);
  }
  armed = kind;
  return Promise.resolve();
}

/** The core loader with any armed fault fired (once) before the core is handed out. */
export function withInjectedFaults(load: () => Promise<Core>): () => Promise<Core> {
  return async () => {
    if (armed === 'unsupported') {
      armed = null;
      // What loading the core gives in a browser without WebAssembly SIMD (web/worker/wasm.ts).
      throw new CoreUnsupported('Fault injection: this browser has no WebAssembly SIMD.');
    }
    const core = await load();
    if (armed !== null) {
      const kind = armed;
      armed = null;
      core.exports.faultForTest(CORE_KIND[kind]);
    }
    return core;
  };
}

/**
 * Holds a Web Lock named `name` for as long as this worker lives. The page queues a request for
 * the same lock, which is granted when the worker is gone, however it went (crashed, or killed by
 * the browser without an `error` event). Resolves once held; false without Web Locks.
 */
export function holdLifeLock(name: string): Promise<boolean> {
  const locks = (self.navigator as { locks?: LockManager }).locks;
  if (!locks) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    void locks.request(name, () => {
      resolve(true);
      return new Promise<void>(() => undefined); // never released while the worker lives
    });
  });
}
