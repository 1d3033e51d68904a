// Monte Carlo in Chromium: the production build (dist/, from `npm run build`) served by
// `vite preview`, the same 100,000-draw run of the Minh Khai example with 1 and with 2 workers,
// interleaved (1, 2, 1, 2…) so that both see the same load. Prints the time until every draw is
// back and the speed-up of 2 workers over 1 of each pair (minimum and median), and the whole run's
// time (draws, summaries, tornado) beside it. Run alone (`node test/bench/mc-browser-bench.mjs`)
// or through test/bench/bench.ts (runMcBrowserBench). Builds nothing itself.
//
// What is timed is a run as a user gets it when running again (window.__plcBench, installed by
// the Uncertainty view under `?bench`, web/uncertainty/bench-hook.ts): the session's UncertaintyRun
// and its worker pool, which the app keeps between runs (the view holds it while open), with the
// view on screen showing progress and the previous run's result. Until 2026-12-06 the hook made a
// new WorkerPool for every run, warmed it with 64 draws per worker and timed pool.monteCarlo()
// alone, without the view: each timed run then came after new workers had started (V8 compiling
// their code again on background threads: ≈ 40 ms of CPU a run there, against ≈ 7 ms with a kept
// pool), which the app does not do between runs, and the page's own work during a run went
// unmeasured; that work was where the second core went (the shown result's four charts were
// redrawn at every block of draws; see the README's Performance section). The draw count, the
// repeats and the speed-up's computation (1-worker time over 2-worker time, per pair) are unchanged.
// Since 2026-12-06 10:30 UTC the time until every draw is back is the run's own (McResult.drawsMs,
// taken as the pool's last block is merged) rather than the moment the view heard of the next
// phase: the view now hears no progress in a run's first 0.1 s (quietStart), so that moment no
// longer follows the draws.
import { pathToFileURL } from 'node:url';
import { launchBrowser, startPreview } from '../e2e/helpers.mjs';

const DRAWS = 100_000;
const REPEATS = 5;
const fmt = (x, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runMcBrowserBench() {
  const preview = await startPreview();
  let browser;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${preview.baseUrl}?bench#/uncertainty`, { waitUntil: 'load' }); // the Uncertainty view installs the hook
    await page.waitForFunction(() => window.__plcBench?.ready() === true, undefined, { timeout: 20_000 });
    const cores = await page.evaluate(() => window.__plcBench.hardwareConcurrency);
    const run = (workers) => page.evaluate((opts) => window.__plcBench.monteCarlo(opts), { draws: DRAWS, workers, seed: 1 });
    await run(1); // warm-up: the session's pool starts both workers, which load and compile the core
    await run(2);
    const ms = { 1: [], 2: [] };
    const runMs = { 1: [], 2: [] };
    const speedUps = [];
    for (let i = 0; i < REPEATS; i++) {
      const one = await run(1);
      const two = await run(2);
      ms[1].push(one.ms);
      ms[2].push(two.ms);
      runMs[1].push(one.runMs);
      runMs[2].push(two.runMs);
      speedUps.push(one.ms / two.ms);
    }
    const rates = { 1: (DRAWS / median(ms[1])) * 1000, 2: (DRAWS / median(ms[2])) * 1000 };
    console.log(
      `Monte Carlo in Chromium, Minh Khai household line (${fmt(DRAWS)} draws through the Uncertainty view's run, ${REPEATS} pairs interleaved 1, 2, 1, 2…; ${cores} logical cores)`,
    );
    console.log(`  1 worker:  ${fmt(rates[1])} evaluations/s (median)`);
    console.log(`  2 workers: ${fmt(rates[2])} evaluations/s (median)`);
    console.log(`  speed-up of 2 workers over 1, per pair: ${speedUps.map((x) => fmt(x, 2)).join(', ')}`);
    console.log(`  whole run (draws, summaries, tornado), median: ${fmt(median(runMs[1]))} ms with 1 worker, ${fmt(median(runMs[2]))} ms with 2`);
    return { draws: DRAWS, oneWorker: rates[1], twoWorkers: rates[2], speedUps };
  } finally {
    await browser?.close().catch(() => undefined);
    await preview.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runMcBrowserBench();
