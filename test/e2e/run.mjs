// End-to-end: the production build (dist/, from `npm run build`) served by one `vite preview` and
// driven in Debian's Chromium through the journeys in journeys/ (engineer, trainer, evaluator, a
// worker crash, offline). Over the whole suite every request of every context (pages, workers and
// the service worker) is logged, and every Content-Security-Policy violation is collected; both
// are asserted at the end. Exits non-zero on any failure; the last line is `N passed, M failed`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assert, createSuite, launchBrowser, repoRoot, startPreview } from './helpers.mjs';
import { engineerJourney } from './journeys/engineer.mjs';
import { trainerJourney } from './journeys/trainer.mjs';
import { evaluatorJourney, MC_RUN } from './journeys/evaluator.mjs';
import { faultsJourney } from './journeys/faults.mjs';
import { offlineJourney } from './journeys/offline.mjs';

const FIXTURE = 'fixtures/scenarios/minh-khai-before.json';

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

// The checks read English text; the app follows the scenario's country (Vietnamese for Minh Khai)
// unless a language was chosen, so choose English as a user would.
const CHOOSE_ENGLISH = () => {
  try {
    if (!localStorage.getItem('plc-locale')) localStorage.setItem('plc-locale', 'en');
  } catch {
    // storage off: the app's own default applies
  }
};

const REPORT_CSP = () => {
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__plcCspViolation?.(`${e.violatedDirective}: ${e.blockedURI || e.sample || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  });
};

const suite = createSuite();
const requests = [];
const cspViolations = [];
const pageErrors = [];
let preview;
let browser;
try {
  const scenario = JSON.parse(await readFile(path.join(repoRoot, FIXTURE), 'utf8'));
  // The figures the journeys check against: the golden files of `npm run simulate` for the same
  // runs (test/golden/make-golden.ts; test/unit/golden.test.ts keeps them bit-identical with the core).
  const golden = (name) => readFile(path.join(repoRoot, 'fixtures/golden', name), 'utf8').then(JSON.parse);
  const cli = {
    result: golden('minh-khai-before.result.json'),
    compare: golden('minh-khai.comparison.json'),
    mc: golden(`minh-khai.mc-${MC_RUN.draws}-seed-${MC_RUN.seed}.json`),
  };
  preview = await startPreview();
  browser = await launchBrowser();

  /** A fresh profile whose requests, CSP violations and uncaught errors go into the suite's logs. */
  async function newContext() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const own = [];
    context.requestUrls = () => own;
    context.on('request', (request) => {
      requests.push(request.url());
      own.push(request.url());
    });
    // Chromium's console reports violations in pages and workers alike.
    context.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('worker', (worker) =>
        worker.on?.('console', (message) => {
          if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(`worker: ${message.text()}`);
        }),
      );
    });
    await context.exposeFunction('__plcCspViolation', (text) => cspViolations.push(text));
    await context.addInitScript(REPORT_CSP);
    await context.addInitScript(WATCH_MAIN_THREAD_WASM);
    await context.addInitScript(CHOOSE_ENGLISH);
    return context;
  }

  // Journeys that serve the build themselves (offline stops its own server) add their origin here.
  const origins = new Set([new URL(preview.baseUrl).origin]);
  const allowOrigin = (origin) => origins.add(origin);
  const env = { newContext, allowOrigin, baseUrl: preview.baseUrl, check: suite.check, fixture: { scenario, path: FIXTURE }, cli };
  for (const [name, journey] of [
    ['engineer', engineerJourney],
    ['trainer', trainerJourney],
    ['evaluator', evaluatorJourney],
    ['worker crash', faultsJourney],
    ['offline', offlineJourney],
  ]) {
    // `node test/e2e/run.mjs engineer offline` runs only the journeys named (the final checks still run).
    const only = process.argv.slice(2);
    if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
    console.log(`# journey: ${name}`);
    await journey(env).catch((error) => suite.check(`the ${name} journey ran to its end`, () => Promise.reject(error)));
  }

  console.log('# over the whole suite');
  await suite.check('the build carries the strict Content-Security-Policy', async () => {
    const html = await (await fetch(preview.baseUrl)).text();
    const policy = (/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");
    assert(/script-src 'self' 'wasm-unsafe-eval'/.test(policy), `the build has no strict policy: ${policy}`);
  });
  await suite.check('the preview server sends the hosting headers of the README (no framing, no sniffing, no referrer)', async () => {
    const response = await fetch(preview.baseUrl);
    const want = {
      'content-security-policy': "frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    for (const [name, value] of Object.entries(want)) assert(response.headers.get(name) === value, `${name}: ${response.headers.get(name)}`);
  });
  await suite.check('no Content-Security-Policy violation in the whole suite', async () => {
    assert(cspViolations.length === 0, `${cspViolations.length} violation(s):\n${cspViolations.slice(0, 10).join('\n')}`);
  });
  await suite.check('no request to another origin in the whole suite (pages, workers, service worker)', async () => {
    const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && !origins.has(new URL(url).origin));
    assert(requests.length > 0, 'no requests were recorded');
    assert(foreign.length === 0, `requests to other origins: ${foreign.join(', ')}`);
    console.log(`    (${requests.length} requests logged, all to ${[...origins].join(' and ')})`);
  });
  await suite.check('no uncaught errors on any page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
} catch (error) {
  await suite.check('setup', () => Promise.reject(error));
} finally {
  await browser?.close().catch(() => undefined);
  await preview?.stop();
}

const { passed, failed } = suite.summary();
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
