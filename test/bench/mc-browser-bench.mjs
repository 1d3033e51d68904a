// Monte Carlo in Chromium: the production build (dist/, from `npm run build`) served by
// `vite preview`, the same 100,000-draw run of the Minh Khai fixture with 1 and with 2 workers
// of the page's worker pool (window.__plcBench, installed by `?bench`), interleaved (1, 2, 1, 2…)
// so that both see the same load. Prints evaluations per second and the speed-up of 2 workers
// over 1 of each pair (minimum and median). Run alone (`node test/bench/mc-browser-bench.mjs`)
// or through test/bench/bench.ts (runMcBrowserBench). Builds nothing itself.
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
    await page.waitForFunction(() => window.__plcBench !== undefined, undefined, { timeout: 20_000 });
    const cores = await page.evaluate(() => window.__plcBench.hardwareConcurrency);
    const run = (workers) => page.evaluate((opts) => window.__plcBench.monteCarlo(opts), { draws: DRAWS, workers, seed: 1 });
    await run(1); // warm-up: both workers compile the core
    await run(2);
    const ms = { 1: [], 2: [] };
    const speedUps = [];
    for (let i = 0; i < REPEATS; i++) {
      const one = (await run(1)).ms;
      const two = (await run(2)).ms;
      ms[1].push(one);
      ms[2].push(two);
      speedUps.push(one / two);
    }
    const rates = { 1: (DRAWS / median(ms[1])) * 1000, 2: (DRAWS / median(ms[2])) * 1000 };
    console.log(`Monte Carlo in Chromium, Minh Khai household line (${fmt(DRAWS)} draws, ${REPEATS} pairs interleaved 1, 2, 1, 2…; ${cores} logical cores)`);
    console.log(`  1 worker:  ${fmt(rates[1])} evaluations/s (median)`);
    console.log(`  2 workers: ${fmt(rates[2])} evaluations/s (median)`);
    console.log(`  speed-up of 2 workers over 1, per pair: ${speedUps.map((x) => fmt(x, 2)).join(', ')}`);
    return { draws: DRAWS, oneWorker: rates[1], twoWorkers: rates[2], speedUps };
  } finally {
    await browser?.close().catch(() => undefined);
    await preview.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runMcBrowserBench();
