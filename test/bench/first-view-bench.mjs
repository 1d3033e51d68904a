// The first view's bytes (issue 17): the production build (dist/) served by `vite preview`, opened
// at #/workbench in a fresh Chromium profile with the service worker blocked (so that its precache
// does not count), in Vietnamese (the app's language for a first visit to a Vietnamese site).
// Every file of the build the page and its worker fetch is counted at its gzipped size (zlib
// level 9, as in the bundle report), up to the moment the figures are shown, and again once the
// network has been idle (what else the first screen loads: its chart, the locale).
// Run alone (`node test/bench/first-view-bench.mjs`) or call runFirstViewBench().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startPreview } from '../e2e/helpers.mjs';

const CODE = /\.(js|mjs|css|wasm|html)$/;

export async function runFirstViewBench() {
  const preview = await startPreview();
  let browser;
  try {
    browser = await launchBrowser({ lang: 'vi' });
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const seen = new Set();
    const gz = new Map();
    const record = (url) => {
      const path = new URL(url).pathname.replace(/^\//, '') || 'index.html';
      if (!CODE.test(path) || seen.has(path)) return;
      try {
        gz.set(path, gzipSync(readFileSync(join('dist', path)), { level: 9 }).length);
        seen.add(path);
      } catch {
        /* not a file of the build */
      }
    };
    page.on('request', (r) => record(r.url()));
    context.on('request', (r) => record(r.url()));
    await page.goto(`${preview.baseUrl}#/workbench`, { waitUntil: 'load' });
    await page.locator('plc-result-figures [data-figure="productT"] .value').waitFor({ timeout: 60_000 });
    const atFigures = new Map(gz);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0) / 1024;
    const files = [...gz.entries()].sort((a, b) => b[1] - a[1]);
    console.log(`First view (#/workbench, Vietnamese, service worker blocked): ${files.length} files`);
    for (const [f, b] of files) console.log(`  ${(b / 1024).toFixed(1).padStart(6)} KB  ${f}${atFigures.has(f) ? '' : '   (after the figures)'}`);
    console.log(`  until the figures are shown: ${sum(atFigures).toFixed(1)} KB gzipped; with what the first screen loads after: ${sum(gz).toFixed(1)} KB`);
    return { atFiguresKb: sum(atFigures), firstViewKb: sum(gz), files };
  } finally {
    await browser?.close().catch(() => undefined);
    await preview.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runFirstViewBench();
