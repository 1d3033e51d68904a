// Workbench screenshots (issue 7): the line editor with a unit open, a sweep and a portfolio.
// Used by screenshot.mjs; `node test/e2e/workbench-shots.mjs [dir]` shoots only these.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startPreview, textOf } from './helpers.mjs';

/** On an open page: workbench, extruder details open, a sweep (1-D, or 2-D with `heatmap`) and a portfolio. */
export async function shootWorkbench(page, file, { heatmap = false } = {}) {
  await page.locator('plc-app nav a[href="#/workbench"]').click();
  await page.waitForFunction(() => location.hash === '#/workbench');
  await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 30_000);
  const extruder = page.locator('plc-unit-editor').nth(4);
  if ((await extruder.locator('button[data-action="toggle"]').getAttribute('aria-expanded')) !== 'true') {
    await extruder.locator('button[data-action="toggle"]').click();
  }
  if (heatmap) {
    await page.locator('plc-sweep-panel input[data-testid="two-d"]').check();
    await page.locator('plc-sweep-panel select[name="param-1"]').waitFor();
  }
  await page.locator('plc-sweep-panel button[data-testid="sweep-run"]').click();
  await page.locator(heatmap ? 'plc-sweep-panel plc-heatmap' : 'plc-sweep-panel plc-line-chart').waitFor({ timeout: 30_000 });
  await page.locator('plc-portfolio-panel button[data-testid="portfolio-run"]').click();
  await page.locator('plc-portfolio-panel [data-testid="cheapest"]').waitFor({ timeout: 60_000 });
  // Back to the top, so the sticky results column sits beside the editor in the full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? '/tmp/screens';
  await mkdir(outDir, { recursive: true });
  const preview = await startPreview();
  const browser = await launchBrowser();
  try {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 360, height: 780 },
    ]) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(`${preview.baseUrl}#/workbench`, { waitUntil: 'load' });
      await shootWorkbench(page, path.join(outDir, `workbench-tools-${size.width}x${size.height}.png`));
      if (size.width > 1000) await shootWorkbench(page, path.join(outDir, `workbench-heatmap-${size.width}x${size.height}.png`), { heatmap: true });
      await page.close();
    }
  } finally {
    await browser.close();
    await preview.stop();
  }
}
