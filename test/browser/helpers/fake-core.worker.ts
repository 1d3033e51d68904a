// A stand-in for the core worker with controllable timing, to test the client's queue, abort and
// idle handling: `sleepMs` waits asynchronously (so unqueued calls would overlap and finish out of
// order), `spinMs` blocks the worker's thread the way a long Wasm call does.
import { expose } from 'comlink';

interface FakeScenario {
  tag?: string;
  sleepMs?: number;
  spinMs?: number;
}

let running = 0;
let maxRunning = 0;

expose({
  async simulate(scenario: FakeScenario) {
    running++;
    maxRunning = Math.max(maxRunning, running);
    if (scenario.sleepMs) await new Promise((resolve) => setTimeout(resolve, scenario.sleepMs));
    if (scenario.spinMs) {
      const end = performance.now() + scenario.spinMs;
      while (performance.now() < end) {
        // blocking on purpose
      }
    }
    running--;
    return { ok: true, tag: scenario.tag, maxRunning };
  },
  async info() {
    return { appVersion: 'fake' };
  },
  // As the real worker (web/worker/fault-injection.ts): the page learns of this worker's end
  // through a lock it holds while it lives.
  watchLife(lockName: string) {
    return new Promise<boolean>((resolve) => {
      void navigator.locks.request(lockName, () => {
        resolve(true);
        return new Promise<void>(() => undefined);
      });
    });
  },
});
