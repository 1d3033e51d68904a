// Shared by run.mjs, its journeys and the screenshot scripts: serve dist/ with `vite preview`,
// drive Debian's Chromium, run the command-line simulator, and record checks.
import { spawn, execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const VIEWS = ['workbench', 'compare', 'dynamics', 'uncertainty', 'training', 'evaluation', 'village'];

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs, child) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Serves the production build. Starts node_modules/.bin/vite directly (no npx parent) so that
 * stop() kills the server itself and frees the port (TOOLCHAIN point 10).
 *
 * Other jobs on the machine may serve their own builds on random ports too: between freePort()
 * closing its probe and vite binding the port, another server can take it, and vite (with
 * --strictPort) then exits while the other server answers. So the server is only accepted once
 * our vite is still running and serves this build's own index.html; otherwise another port is tried.
 */
export async function startPreview() {
  const indexPath = path.join(repoRoot, 'dist/index.html');
  if (!existsSync(indexPath)) {
    throw new Error('dist/ has no build: run `npm run build` first');
  }
  const ownIndex = readFileSync(indexPath, 'utf8');
  let lastError;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child = spawn(path.join(repoRoot, 'node_modules/.bin/vite'), ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const baseUrl = `http://127.0.0.1:${port}/`;
    const stop = () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3_000).unref();
      });
    try {
      await waitForHttp(baseUrl, 20_000, child);
      // Ours only if our process is alive and the page is this build's (not another job's server).
      await new Promise((resolve) => setTimeout(resolve, 200));
      const served = await (await fetch(baseUrl)).text();
      if (child.exitCode !== null || served !== ownIndex) throw new Error(`port ${port} is answered by another server`);
      return { baseUrl, pid: child.pid, stop };
    } catch (error) {
      lastError = new Error(`${error.message}\n${output}`);
      await stop();
    }
  }
  throw lastError;
}

/** Before the app starts: the language it would remember from an earlier choice (issue 8). */
function presetLanguage(lang) {
  try {
    if (!localStorage.getItem('plc-locale')) localStorage.setItem('plc-locale', lang);
  } catch {
    // opaque origins (about:blank) have no storage
  }
}

/**
 * Chromium whose pages start in `lang` unless the page itself chooses another: the app would
 * otherwise open the Vietnamese village scenario in Vietnamese, and most checks read English text
 * and English numbers ("1,234.5"). `PLC_LANG=vi` runs them in Vietnamese.
 */
export async function launchBrowser({ lang = process.env.PLC_LANG || 'en' } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(presetLanguage, lang);
    return context;
  };
  return browser;
}

/** `npm run simulate -- <args…>`: the parsed JSON the lead's command-line runner prints. */
export function runSimulate(args) {
  const what = `npm run simulate -- ${args.join(' ')}`;
  return new Promise((resolve, reject) => {
    execFile('npm', ['run', '--silent', 'simulate', '--', ...args.map(String)], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${what} failed: ${stderr.trim() || error.message}`));
      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(new Error(`${what} did not print JSON: ${stdout.slice(0, 200)}`));
      }
    });
  });
}

/** Runs the command-line runner on a scenario and returns the parsed result document. */
export const simulateCli = (scenarioPath) => runSimulate([scenarioPath]);

/** Parses a number as the page prints it in English ("1,234.5", "−12"). */
export const parseShown = (text) => Number(text.replace(/,/g, '').replace(/\u2212/g, '-'));

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Named checks, printed as TAP-like lines; `summary()` gives the counts. */
export function createSuite() {
  const results = [];
  async function check(name, fn) {
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`ok - ${name}`);
    } catch (error) {
      results.push({ name, ok: false });
      console.log(
        `not ok - ${name}\n    ${String(error?.message ?? error)
          .split('\n')
          .join('\n    ')}`,
      );
    }
  }
  const summary = () => {
    const passed = results.filter((r) => r.ok).length;
    return { passed, failed: results.length - passed };
  };
  return { check, summary, results };
}

/** Clicks a view's link in the header and waits for the hash to follow. */
export async function goToView(page, view) {
  const link = page.locator(`plc-app nav a[href="#/${view}"]`);
  // On a phone the views sit behind one button.
  if (!(await link.isVisible())) await page.locator('plc-app [data-testid="nav-toggle"]').click();
  await link.click();
  await page.waitForFunction((v) => location.hash === `#/${v}`, view);
}

/** The text of an element inside <plc-app>'s shadow roots (Playwright's CSS pierces open shadow roots). */
export async function textOf(page, selector, timeout = 20_000) {
  const locator = page.locator(selector).first();
  await locator.waitFor({ state: 'visible', timeout });
  return (await locator.textContent())?.trim() ?? '';
}
