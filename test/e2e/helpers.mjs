// Shared by run.mjs and screenshot.mjs: serve dist/ with `vite preview` and drive Debian's Chromium.
import { spawn, execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
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

export const VIEWS = ['workbench', 'compare', 'dynamics', 'uncertainty', 'training', 'evaluation'];

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
 */
export async function startPreview() {
  if (!existsSync(path.join(repoRoot, 'dist/index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` first');
  }
  const port = await freePort();
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/vite'), ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(baseUrl, 20_000, child);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${error.message}\n${output}`);
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3_000).unref();
    });
  return { baseUrl, pid: child.pid, stop };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** Runs the lead's command-line runner on a scenario and returns the parsed result document. */
export function simulateCli(scenarioPath) {
  return new Promise((resolve, reject) => {
    execFile('npm', ['run', '--silent', 'simulate', '--', scenarioPath], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`npm run simulate failed: ${stderr.trim() || error.message}`));
      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(new Error(`npm run simulate did not print JSON: ${stdout.slice(0, 200)}`));
      }
    });
  });
}

/** The text of an element inside <plc-app>'s shadow roots (Playwright's CSS pierces open shadow roots). */
export async function textOf(page, selector, timeout = 20_000) {
  const locator = page.locator(selector).first();
  await locator.waitFor({ state: 'visible', timeout });
  return (await locator.textContent())?.trim() ?? '';
}
