// Monte Carlo in Chromium: the production build (dist/, from `npm run build`) served by
// `vite preview`, the same 100,000-draw run of the Minh Khai fixture with 1 and with 2 workers
// of the page's worker pool (window.__plcBench, installed by `?bench`). Prints evaluations per
// second and the speed-up of 2 workers over 1. Run alone (`node test/bench/mc-browser-bench.mjs`)
// or through test/bench/bench.ts (runMcBrowserBench). Builds nothing itself.
import { pathToFileURL } from 'node:url';
import { launchBrowser, startPreview } from '../e2e/helpers.mjs';

const DRAWS = 100_000;
const REPEATS = 3;
const fmt = (x, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runMcBrowserBench() {
  const preview = await startPreview();
  let browser;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${preview.baseUrl}?bench#/workbench`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__plcBench !== undefined, undefined, { timeout: 20_000 });
    const cores = await page.evaluate(() => window.__plcBench.hardwareConcurrency);
    const rates = {};
    for (const workers of [1, 2]) {
      const ms = [];
      for (let i = 0; i < REPEATS; i++) {
        const run = await page.evaluate((opts) => window.__plcBench.monteCarlo(opts), { draws: DRAWS, workers, seed: 1 });
        ms.push(run.ms);
      }
      rates[workers] = (DRAWS / median(ms)) * 1000;
    }
    console.log(`Monte Carlo in Chromium, Minh Khai household line (${fmt(DRAWS)} draws, median of ${REPEATS}; ${cores} logical cores)`);
    console.log(`  1 worker:  ${fmt(rates[1])} evaluations/s`);
    console.log(`  2 workers: ${fmt(rates[2])} evaluations/s`);
    console.log(`  speed-up of 2 workers over 1: ${fmt(rates[2] / rates[1], 2)} ×`);
    return { draws: DRAWS, oneWorker: rates[1], twoWorkers: rates[2], speedUp: rates[2] / rates[1] };
  } finally {
    await browser?.close().catch(() => undefined);
    await preview.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runMcBrowserBench();
