// The one run pattern (web/common/run.ts), once and generically: every run of the app (the live
// simulation, Compare, Dynamics, Uncertainty, sweeps, portfolios, Training, Evaluation, the village
// Monte Carlo) is a Run, so these are the progress, cancel, stale-result and fault behaviours of
// all of them. The work here is a stand-in the test controls step by step.
import { describe, expect, it } from 'vitest';
import { FaultCenter } from '../../web/common/fault-center.ts';
import { quietStart, Run, throttleProgress, type RunControl, type RunProgress, type RunStatus } from '../../web/common/run.ts';

/** A work function whose calls wait until the test settles them, one by one. */
function controlledWork<A, R>() {
  const calls: { request: A; control: RunControl; resolve: (value: R) => void; reject: (error: unknown) => void }[] = [];
  const work = (request: A, control: RunControl) =>
    new Promise<R>((resolve, reject) => {
      calls.push({ request, control, resolve, reject });
      // As the core client does: an abort rejects the call at once.
      control.signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
    });
  return { calls, work };
}

/** Every status the run went through, in order (one `change` each). */
function statuses(run: Run<unknown, unknown>): RunStatus[] {
  const seen: RunStatus[] = [];
  run.addEventListener('change', () => {
    if (seen[seen.length - 1] !== run.status) seen.push(run.status);
  });
  return seen;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An error as comlink hands over a Wasm trap from the worker (web/common/worker-faults.ts). */
function trap(): Error {
  const error = new Error('unreachable');
  error.name = 'RuntimeError';
  return error;
}

describe('Run: the run pattern of every long computation', () => {
  it('goes idle → running → done and keeps what was asked with what came back', async () => {
    const { calls, work } = controlledWork<string, number>();
    const run = new Run(work);
    const seen = statuses(run as Run<unknown, unknown>);
    expect(run.status).toBe('idle');
    const done = run.start('a');
    expect(run.status).toBe('running');
    expect(run.request).toBe('a');
    calls[0].resolve(42);
    await done;
    expect(run.status).toBe('done');
    expect(run.result).toEqual({ request: 'a', value: 42 });
    expect(seen).toEqual(['running', 'done']);
  });

  it('reports progress while running, and ignores progress from a run that was replaced', async () => {
    const { calls, work } = controlledWork<string, number>();
    const run = new Run(work);
    void run.start('first');
    calls[0].control.progress({ done: 1, total: 4 });
    expect(run.progress).toEqual({ done: 1, total: 4 });
    void run.start('second');
    expect(run.progress).toBe(null); // a new run starts without the old one's progress
    calls[0].control.progress({ done: 3, total: 4 }); // the replaced run, late
    expect(run.progress).toBe(null);
    calls[1].control.progress({ done: 2, total: 10, phase: 'draws' });
    expect(run.progress).toEqual({ done: 2, total: 10, phase: 'draws' });
    calls[1].resolve(2);
    await run.settled();
    expect(run.progress).toBe(null);
  });

  it('cancel aborts the work, says cancelled and keeps the previous result', async () => {
    const { calls, work } = controlledWork<string, number>();
    const run = new Run(work);
    void run.start('a');
    calls[0].resolve(1);
    await run.settled();
    const running = run.start('b');
    run.cancel();
    await running;
    expect(calls[1].control.signal.aborted).toBe(true);
    expect(run.status).toBe('cancelled');
    expect(run.result).toEqual({ request: 'a', value: 1 });
  });

  it('a new request replaces the one under way (aborted); the older result never lands', async () => {
    const { calls, work } = controlledWork<string, string>();
    const run = new Run(work);
    void run.start('old');
    const settled = run.start('new');
    expect(calls[0].control.signal.aborted).toBe(true);
    calls[1].resolve('new result');
    calls[0].resolve('old result'); // too late, and ignored even if the work did not stop
    await settled;
    expect(run.result).toEqual({ request: 'new', value: 'new result' });
    expect(run.status).toBe('done');
  });

  it("'queue': the run under way finishes, then only the latest of the requests made meanwhile runs", async () => {
    const { calls, work } = controlledWork<number, number>();
    const run = new Run(work, { overlap: 'queue' });
    void run.start(1);
    void run.start(2);
    void run.start(3); // a slider dragged from 1 to 3 while 1 runs
    expect(calls).toHaveLength(1);
    expect(calls[0].control.signal.aborted).toBe(false);
    expect(run.request).toBe(3);
    calls[0].resolve(10);
    await flush();
    expect(run.result).toEqual({ request: 1, value: 10 });
    expect(run.status).toBe('running'); // 3 is on its way
    expect(calls.map((c) => c.request)).toEqual([1, 3]);
    calls[1].resolve(30);
    await run.settled();
    expect(run.result).toEqual({ request: 3, value: 30 });
    expect(run.status).toBe('done');
  });

  it('a result is stale once the scenario it was computed for is no longer the current one', async () => {
    const { calls, work } = controlledWork<{ scenario: object; draws: number }, number>();
    const run = new Run(work, { scenarioOf: (r) => r.scenario });
    const before = { id: 'before' };
    const edited = { id: 'before', edited: true };
    void run.start({ scenario: before, draws: 10 });
    calls[0].resolve(1);
    await run.settled();
    expect(run.isStale(before)).toBe(false);
    expect(run.resultFor(before)?.value).toBe(1);
    expect(run.isStale(edited)).toBe(true);
    expect(run.resultFor(edited)).toBe(null);
    expect(run.result?.value).toBe(1); // still there to show, dimmed
  });

  it('ensure() does not repeat the latest request (however it ended); start() always runs', async () => {
    const { calls, work } = controlledWork<{ scenario: object; seed: number }, number>();
    const run = new Run(work, { same: (a, b) => a.scenario === b.scenario });
    const scenario = {};
    void run.ensure({ scenario, seed: 1 });
    void run.ensure({ scenario, seed: 2 });
    expect(calls).toHaveLength(1);
    run.cancel();
    await run.settled();
    void run.ensure({ scenario, seed: 3 });
    expect(calls).toHaveLength(1);
    void run.start({ scenario, seed: 4 });
    expect(calls).toHaveLength(2);
  });

  it('a trap: failed, one notice in the fault center, and its Retry runs the same request again', async () => {
    const { calls, work } = controlledWork<string, number>();
    const faults = new FaultCenter();
    const run = new Run(work, { faults });
    const seen = statuses(run as Run<unknown, unknown>);
    void run.start('a');
    calls[0].reject(trap());
    await run.settled();
    expect(run.status).toBe('failed');
    expect(run.error).toBe('unreachable');
    expect(faults.notice).toMatchObject({ kind: 'trap', detail: 'unreachable' });
    const retried = faults.retry();
    expect(faults.notice).toBe(null);
    expect(calls.map((c) => c.request)).toEqual(['a', 'a']);
    calls[1].resolve(7);
    await retried;
    expect(run.status).toBe('done');
    expect(run.result).toEqual({ request: 'a', value: 7 });
    expect(seen).toEqual(['running', 'failed', 'running', 'done']);
  });

  it('a crashed worker is a fault too; a refused input or a bug fails the run without a notice', async () => {
    const { calls, work } = controlledWork<string, number>();
    const faults = new FaultCenter();
    const run = new Run(work, { faults });
    void run.start('a');
    const crashed = new Error('The simulation worker stopped unexpectedly.');
    crashed.name = 'WorkerCrashedError';
    calls[0].reject(crashed);
    await run.settled();
    expect(faults.notice?.kind).toBe('crashed');
    faults.dismiss();
    void run.start('b');
    calls[1].reject(new TypeError('x is undefined'));
    await run.settled();
    expect(run.status).toBe('failed');
    expect(run.error).toBe('x is undefined');
    expect(faults.notice).toBe(null);
  });

  it('a cancel is no fault: no notice', async () => {
    const { work } = controlledWork<string, number>();
    const faults = new FaultCenter();
    const run = new Run(work, { faults });
    const running = run.start('a');
    run.cancel();
    await running;
    expect(run.status).toBe('cancelled');
    expect(faults.notice).toBe(null);
  });

  it('clear() ends a run under way and forgets the result; settled() resolves', async () => {
    const { calls, work } = controlledWork<string, number>();
    const run = new Run(work);
    void run.start('a');
    calls[0].resolve(1);
    await run.settled();
    void run.start('b');
    run.clear('nothing to compare');
    await run.settled();
    expect(calls[1].control.signal.aborted).toBe(true);
    expect(run.state).toMatchObject({ status: 'idle', request: 'nothing to compare', result: null });
  });

  it('hands down a new state object after every change (so an element re-renders), the same one otherwise', async () => {
    const { calls, work } = controlledWork<string, number>();
    const run = new Run(work);
    const first = run.state;
    void run.start('a');
    const running = run.state;
    expect(running).not.toBe(first);
    expect(run.state).toBe(running);
    calls[0].resolve(1);
    await run.settled();
    expect(run.state).not.toBe(running);
  });
});

describe('throttleProgress', () => {
  it("passes a phase's first report, its last (done = total) and one per interval between, on the clock it is given", () => {
    let now = 1000;
    const seen: RunProgress[] = [];
    const report = throttleProgress(
      (p) => seen.push(p),
      100,
      () => now,
    );
    report({ done: 0, total: 10, phase: 'draws' }); // the first: shown
    now = 1050;
    report({ done: 2, total: 10, phase: 'draws' }); // 50 ms later: dropped
    now = 1099;
    report({ done: 4, total: 10, phase: 'draws' }); // 99 ms after the last shown: dropped
    now = 1100;
    report({ done: 6, total: 10, phase: 'draws' }); // 100 ms: shown
    now = 1110;
    report({ done: 8, total: 10, phase: 'draws' }); // dropped
    now = 1120;
    report({ done: 10, total: 10, phase: 'draws' }); // the last of the phase: shown at once
    now = 1125;
    report({ done: 0, total: 15, phase: 'summary' }); // a new phase: shown at once
    now = 1130;
    report({ done: 1, total: 15, phase: 'summary' }); // dropped
    expect(seen.map((p) => `${p.phase} ${p.done}`)).toEqual(['draws 0', 'draws 6', 'draws 10', 'summary 0']);
  });
});

describe('quietStart', () => {
  it('drops every report made within the quiet time of its making, and passes every one after', () => {
    let now = 5000;
    const seen: RunProgress[] = [];
    const report = quietStart(
      (p) => seen.push(p),
      100,
      () => now,
    ); // made at 5,000 ms
    report({ done: 0, total: 10, phase: 'draws' }); // at once: dropped
    now = 5099;
    report({ done: 4, total: 10, phase: 'draws' }); // 99 ms: dropped
    now = 5100;
    report({ done: 6, total: 10, phase: 'draws' }); // 100 ms: passed
    now = 5101;
    report({ done: 10, total: 10, phase: 'summary' }); // and every one after
    expect(seen.map((p) => `${p.phase} ${p.done}`)).toEqual(['draws 6', 'summary 10']);
  });

  it('a run that ends within the quiet time reports nothing, not even its last step', () => {
    let now = 0;
    const seen: RunProgress[] = [];
    const report = quietStart(
      (p) => seen.push(p),
      100,
      () => now,
    );
    now = 60;
    report({ done: 10, total: 10, phase: 'draws' });
    report({ done: 10, total: 10, phase: 'summary' });
    expect(seen).toEqual([]);
  });
});
