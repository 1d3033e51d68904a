// Screenshots of the source notes in Vietnamese (issue 16): a Workbench provenance tip and the
// report annex's assumptions, at 1280 and 360 px. `node test/e2e/source-notes-shots.mjs [dir]`
// after `npm run build`.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, startPreview, textOf } from './helpers.mjs';
import { walkViews } from './view-walk.mjs';

const outDir = process.argv[2] ?? '/tmp/screens';
await mkdir(outDir, { recursive: true });
const preview = await startPreview();
const browser = await launchBrowser({ lang: 'vi' });
try {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 360, height: 780 },
  ]) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(`${preview.baseUrl}#/workbench`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    await textOf(page, 'plc-result-figures [data-figure="productT"] .value', 30_000);
    // The product price: its note is bundled ("Vietnamese press …") and its tip shows on focus.
    const field = page.locator('plc-number-field[pointer="/prices/productPerTonne"]').first();
    // Its group is folded: open every <details> around it, across the shadow roots.
    await field.evaluate((el) => {
      for (let n = el; n; n = n.parentNode ?? n.host) if (n.tagName === 'DETAILS') n.open = true;
    });
    await field.scrollIntoViewIfNeeded();
    await field.locator('button.prov').focus();
    await page.waitForTimeout(300);
    const tip = (await field.locator('.tip').textContent()).replace(/\s+/g, ' ').trim();
    console.log(`${size.width}px tip: ${tip}`);
    await page.screenshot({ path: path.join(outDir, `tip-vi-${size.width}.png`) });
    await walkViews(page, async (stop) => {
      if (stop !== 'report') return;
      const annex = page.locator('plc-report-annex [data-testid="annex-assumptions"]').first();
      await annex.scrollIntoViewIfNeeded();
      await page.locator('plc-report-annex [data-testid="annex-quoted"]').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(outDir, `annex-vi-${size.width}.png`) });
      await annex.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(outDir, `annex-assumptions-vi-${size.width}.png`) });
      const english = await page.locator('plc-report-annex [lang="en"]').count();
      console.log(`${size.width}px annex: ${english} element(s) marked lang="en"`);
    });
    await page.close();
  }
} finally {
  await browser.close();
  await preview.stop();
}
