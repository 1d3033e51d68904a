// Screenshots of the Village view (issue 18): Minh Khai with a 30 % share set on the film lines and
// a 1,000-draw Monte Carlo band, in English and Vietnamese at 1280×800 and 360×780 (whole pages),
// and the printable one-page summary as the printer sees it (print media, A4 width) and as a PDF.
// `node test/e2e/village-shots.mjs [folder]` after `npm run build` (default /tmp/screens/village).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, startPreview } from './helpers.mjs';
import { pageIn } from './training-shots.mjs';

const outDir = process.argv[2] ?? '/tmp/screens/village';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 360, height: 780 },
];

const view = (page) => page.locator('plc-village-view');

async function openVillage(page, baseUrl) {
  await page.goto(`${baseUrl}#/village`, { waitUntil: 'load' });
  await view(page).locator('section > plc-village-totals [data-figure="pcddf.total"] [data-testid="year"]').waitFor({ timeout: 30_000 });
}

/** Sets the film lines' share to 30 % with the slider and waits for the totals to follow. */
async function setShare(page) {
  await view(page)
    .locator('plc-village-groups tr[data-group="film-lines"] input[type="range"]')
    .evaluate((input) => {
      input.value = '30';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
  await page.waitForFunction(() => {
    const v = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-village-view');
    const doc = v?.run?.document;
    return doc && !doc.running && doc.result?.value.ok && doc.result.value.value.groups[0].share === 0.3;
  });
}

async function runMc(page) {
  await view(page).locator('[data-testid="mc-draws"]').selectOption('1000');
  await view(page).locator('[data-testid="mc-run"]').click();
  await page.waitForFunction(() => document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-village-view')?.run?.status === 'done', undefined, {
    timeout: 60_000,
  });
}

await mkdir(outDir, { recursive: true });
const preview = await startPreview();
const browser = await launchBrowser();
try {
  for (const lang of ['en', 'vi']) {
    for (const size of SIZES) {
      const page = await pageIn(browser, lang, { viewport: size });
      await openVillage(page, preview.baseUrl);
      await setShare(page);
      await runMc(page);
      await page.waitForTimeout(400);
      const file = path.join(outDir, `village-${size.width}x${size.height}-${lang}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      if (size.width === 1280) {
        // The printable summary: mounted as the Print button does, seen with print media.
        await page.evaluate(() => {
          window.print = () => undefined;
        });
        await view(page).locator('[data-testid="print-summary"]').click();
        await page.locator('.plc-village-print plc-village-summary').waitFor({ state: 'attached' });
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.waitForTimeout(300);
        const printFile = path.join(outDir, `village-summary-print-${lang}.png`);
        await page.screenshot({ path: printFile, fullPage: true });
        console.log(printFile);
        const pdfFile = path.join(outDir, `village-summary-${lang}.pdf`);
        await page.pdf({ path: pdfFile, format: 'A4', printBackground: true });
        console.log(pdfFile);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await preview.stop();
}
