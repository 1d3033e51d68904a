// Timing loops shared by the benchmarks (mc-bench, des-bench, against): wall time with
// performance.now(), nothing asserted; the callers print the figures and compare them.
import { medianOf } from './goals.ts';

/** The median wall time in ms of `repeats` calls of `fn`, after one call to warm up. */
export function medianTime(repeats: number, fn: () => void): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return medianOf(ms);
}

/** The median CPU time of the process in ms over `repeats` calls of `fn`, after one call to warm
 *  up: on a shared machine, where other jobs stretch the wall time, the fairer of the two. */
export function medianCpuTime(repeats: number, fn: () => void): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = process.cpuUsage();
    fn();
    const t = process.cpuUsage(t0);
    ms.push((t.user + t.system) / 1000);
  }
  return medianOf(ms);
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
