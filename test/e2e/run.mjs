// End-to-end: the production build (dist/, from `npm run build`) served by `vite preview` and
// driven in Debian's Chromium. Exits non-zero on any failure; the last line is `N passed, M failed`.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VIEWS, launchBrowser, repoRoot, simulateCli, startPreview, textOf } from './helpers.mjs';

const FIXTURE = 'fixtures/scenarios/minh-khai-before.json';
const results = [];

async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}\n    ${String(error?.message ?? error).split('\n').join('\n    ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Parses a number as the page prints it in English ("1,234.5"). */
const parseShown = (text) => Number(text.replace(/,/g, '').replace(/\u2212/g, '-'));

// Records any use of WebAssembly on the page's main thread; init scripts do not run in workers.
const WATCH_MAIN_THREAD_WASM = () => {
  window.__mainThreadWasm = [];
  for (const name of ['compile', 'compileStreaming', 'instantiate', 'instantiateStreaming', 'validate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      window.__mainThreadWasm.push(name);
      return original.apply(this, args);
    };
  }
};

/** `npm run simulate -- <scenario> --dynamic …`: the line-dynamics summary the CLI prints. */
function simulateDynamicCli(scenarioPath, { years, replications, seed }) {
  const args = ['run', '--silent', 'simulate', '--', scenarioPath, '--dynamic', '--years', String(years),
    '--replications', String(replications), '--seed', String(seed)];
  return new Promise((resolve, reject) => {
    execFile('npm', args, { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`npm run simulate --dynamic failed: ${stderr.trim() || error.message}`));
      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(new Error(`npm run simulate --dynamic did not print JSON: ${stdout.slice(0, 200)}`));
      }
    });
  });
}

// The example run; the page's other settings are the engine's defaults, as in the CLI.
const DYNAMIC_RUN = { years: 1, replications: 20, seed: 7 };

let preview;
let browser;
try {
  const scenario = JSON.parse(await readFile(path.join(repoRoot, FIXTURE), 'utf8'));
  const cliResult = await simulateCli(FIXTURE).catch((error) => error);
  const cliDynamic = await simulateDynamicCli(FIXTURE, DYNAMIC_RUN).catch((error) => error);

  preview = await startPreview();
  const origin = new URL(preview.baseUrl).origin;
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.addInitScript(WATCH_MAIN_THREAD_WASM);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await check('the page loads and shows the app shell', async () => {
    const response = await page.goto(preview.baseUrl, { waitUntil: 'load' });
    assert(response?.ok(), `GET / answered ${response?.status()}`);
    assert((await page.title()).length > 0, 'the page has no title');
    await textOf(page, 'plc-app h1');
    assert(page.url().endsWith('#/workbench'), `the app did not route to the workbench: ${page.url()}`);
  });

  const productText = await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 30_000).catch(() => null);

  await check('the product tonnes on the page equal what `npm run simulate` prints for Minh Khai', async () => {
    if (cliResult instanceof Error) throw cliResult;
    assert(productText !== null, 'no product figure appeared on the page');
    const expected = cliResult.mass.productT;
    assert(typeof expected === 'number' && expected > 0, `the CLI printed no product tonnes: ${expected}`);
    // Printed to 3 significant digits (whole tonnes from 100 t up): within half a unit of the last digit.
    const shown = parseShown(productText);
    const tolerance = Math.max(0.5, expected * 0.005);
    assert(Math.abs(shown - expected) <= tolerance, `page shows ${productText}, the CLI computed ${expected}`);
  });

  await check('the Wasm is fetched and instantiated by the worker, not by the page', async () => {
    assert(requests.some((url) => /\.wasm(\?|$)/.test(url)), 'no .wasm request was made');
    const pageWasm = await page.evaluate(() => ({
      used: window.__mainThreadWasm,
      fetched: performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('.wasm')),
    }));
    assert(pageWasm.used.length === 0, `the main thread called WebAssembly.${pageWasm.used.join(', ')}`);
    assert(pageWasm.fetched.length === 0, `the page fetched ${pageWasm.fetched.join(', ')}`);
    const workers = page.workers();
    assert(workers.length > 0, 'no worker is running');
    const workerFetched = (
      await Promise.all(workers.map((w) => w.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))))
    ).flat().filter((n) => n.includes('.wasm'));
    assert(workerFetched.length > 0, 'no worker fetched the .wasm');
  });

  for (const view of VIEWS) {
    await check(`navigating to ${view} shows that view and the scenario name`, async () => {
      await page.locator(`plc-app nav a[href="#/${view}"]`).click();
      await page.waitForFunction((v) => location.hash === `#/${v}`, view);
      const current = await page.locator('plc-app nav a[aria-current="page"]').getAttribute('href');
      assert(current === `#/${view}`, `the navigation marks ${current} as current`);
      const heading = await textOf(page, 'plc-app main h2', 5_000);
      assert(heading.length > 0, 'the view has no heading');
      const name = await textOf(page, 'plc-app [data-testid="scenario-name"]', 5_000);
      assert(name === scenario.name, `the header shows "${name}", expected "${scenario.name}"`);
    });
  }

  await check('the Dynamics view runs 20 replications and shows the processed tonnes the CLI prints', async () => {
    if (cliDynamic instanceof Error) throw cliDynamic;
    await page.locator('plc-app nav a[href="#/dynamics"]').click();
    await page.waitForFunction(() => location.hash === '#/dynamics');
    const controls = 'plc-dynamics-view plc-dynamics-controls';
    // The first visit runs once with the defaults; wait for it, then run the example.
    await textOf(page, 'plc-dynamics-view .run-facts', 30_000);
    for (const [name, value] of Object.entries(DYNAMIC_RUN)) {
      await page.locator(`${controls} sl-input[name="${name}"] input`).fill(String(value));
    }
    await page.locator(`${controls} sl-button[data-testid="run"]`).click();
    await page.locator('plc-dynamics-view .run-facts', { hasText: '20 replications, seed 7' }).waitFor({ timeout: 30_000 });
    const shown = await textOf(page, 'plc-dynamics-comparison [data-figure="dynamicProcessedT"] .value');
    const expected = cliDynamic.processedT?.mean;
    assert(typeof expected === 'number' && expected > 0, `the CLI printed no processed tonnes: ${expected}`);
    const tolerance = Math.max(0.5, expected * 0.005);
    assert(Math.abs(parseShown(shown) - expected) <= tolerance, `page shows ${shown} t/yr processed, the CLI computed ${expected}`);
  });

  await check('a deep link opens its view (and the stored scenario after a reload)', async () => {
    const second = await context.newPage();
    await second.goto(`${preview.baseUrl}#/uncertainty`, { waitUntil: 'load' });
    const current = await second.locator('plc-app nav a[aria-current="page"]').getAttribute('href', { timeout: 10_000 });
    assert(current === '#/uncertainty', `deep link landed on ${current}`);
    const name = await textOf(second, 'plc-app [data-testid="scenario-name"]');
    assert(name === scenario.name, `the header shows "${name}"`);
    await second.close();
  });

  await check('no uncaught errors on the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });

  await check('no request goes to another origin', async () => {
    const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    assert(requests.length > 0, 'no requests were recorded');
    assert(foreign.length === 0, `requests to other origins: ${foreign.join(', ')}`);
  });
} catch (error) {
  results.push({ name: 'setup', ok: false });
  console.log(`not ok - setup\n    ${error?.message ?? error}`);
} finally {
  await browser?.close().catch(() => undefined);
  await preview?.stop();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
