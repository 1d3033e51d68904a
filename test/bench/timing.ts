// Timing loops shared by the benchmarks (mc-bench, des-bench, against): wall time with
// performance.now(), nothing asserted; the callers print the figures and compare them.
import { medianOf } from './goals.ts';

/** The wall clock, and the CPU time of the process (user and system), in ms. */
const wallClock = (): number => performance.now();
const cpuClock = (): number => {
  const t = process.cpuUsage();
  return (t.user + t.system) / 1000;
};

/** The median time in ms of `repeats` calls of `fn` on `clock` (the wall clock unless told),
 *  after one call to warm up. */
export function medianTime(repeats: number, fn: () => void, clock: () => number = wallClock): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = clock();
    fn();
    ms.push(clock() - t0);
  }
  return medianOf(ms);
}

/** medianTime in CPU time of the process: on a shared machine, where other jobs stretch the wall
 *  time, the fairer of the two. */
export function medianCpuTime(repeats: number, fn: () => void): number {
  return medianTime(repeats, fn, cpuClock);
}

/** Runs `once(1)`, `once(2)`, … for at least `minMs` (each returns the events it simulated): the
 *  events per second of the stretch, with the events, runs and milliseconds it took. */
export function eventStretch(minMs: number, once: (rep: number) => number): { perSecond: number; events: number; runs: number; ms: number } {
  let events = 0;
  let runs = 0;
  const start = performance.now();
  let ms: number;
  do {
    events += once(++runs);
    ms = performance.now() - start;
  } while (ms < minMs);
  return { perSecond: events / (ms / 1000), events, runs, ms };
}
