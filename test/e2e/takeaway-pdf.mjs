// Renders the Training view's printable take-away (issue 8) to PDF with Chromium, from the
// production build served by `vite preview`: the levers are moved as a trainer would, "Print" is
// pressed (window.print is stubbed: headless Chromium has no print dialog) and page.pdf() prints
// with the page's own @page rules (A4, 12 mm). Writes /tmp/screens/takeaway.pdf (or the folder/file
// given; `--lang vi` prints it in Vietnamese, to takeaway-vi.pdf) and fails unless the PDF has
// exactly one page.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startPreview } from './helpers.mjs';
import { moveLevers, pageIn } from './training-shots.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--lang');
const lang = at >= 0 ? args.splice(at, 2)[1] : undefined;
const out = args[0] ?? `/tmp/screens/takeaway${lang ? `-${lang}` : ''}.pdf`;

await mkdir(path.dirname(out), { recursive: true });
const preview = await startPreview();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  headless: true,
});
try {
  const page = await pageIn(browser, lang ?? 'en', { viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.print = () => {
      window.__printed = true;
    };
  });
  await page.goto(`${preview.baseUrl}#/training`, { waitUntil: 'load' });
  await page.locator('plc-training-view section.step plc-everyday-figures').first().waitFor({ timeout: 30_000 });
  await page.locator('plc-training-view plc-training-stepper [data-step="3"]').click();
  await moveLevers(page);
  await page.locator('plc-training-view plc-training-stepper [data-step="4"]').click();
  await page.locator('plc-training-view plc-takeaway [data-testid="print"]').click();
  await page.waitForFunction(() => window.__printed === true && document.querySelector('.plc-print-root plc-takeaway'));
  await page.evaluate(() => document.querySelector('.plc-print-root plc-takeaway').updateComplete);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await writeFile(out, pdf);
  // Count the pages: one "/Type /Page" object per page (not "/Pages").
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  console.log(`${out}: ${pages} page(s), ${pdf.length} bytes`);
  if (pages !== 1) {
    console.error(`the take-away must fit on one page; it has ${pages}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await preview.stop();
}
