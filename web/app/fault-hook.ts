// A hook for the end-to-end crash test (test/e2e/journeys/faults.mjs) and for checking fault
// handling by hand, installed only when the page's URL has `?faults`:
//   window.__plcFaults.inject('trap' | 'out-of-memory')  the core fails on the app's next run
//   window.__plcFaults.inject('crash')                   the worker throws an uncaught error now
//   window.__plcFaults.killWorker()                      the worker is ended behind the app's back,
//                                                        as a browser reclaiming it would
import type { InjectedFault } from '../shared/contract/api-types.ts';
import type { ScenarioSession } from './session.ts';

function session(): ScenarioSession {
  const found = (document.querySelector('plc-app') as { session?: ScenarioSession } | null)?.session;
  if (!found) throw new Error('the app has not started');
  return found;
}

const hook = {
  /** Arms a core fault (resolves once armed), or crashes the worker (resolves at once). */
  async inject(kind: InjectedFault): Promise<void> {
    const call = session().core.call('injectFault', [kind]);
    if (kind === 'crash')
      call.catch(() => undefined); // fails with WorkerCrashedError, by design
    else await call;
  },
  /** True when a worker was running and has been ended. */
  killWorker(): boolean {
    return session().core.killWorkerForTest();
  },
};

declare global {
  interface Window {
    __plcFaults?: typeof hook;
  }
}

if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('faults')) {
  window.__plcFaults = hook;
}
