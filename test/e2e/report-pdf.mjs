// Prints the Evaluation view's report to PDF from the production build (`npm run build` first):
// `vite preview` on a free port (stopped by its pid), the illustrative survey loaded, the Report
// opened, Chromium's print to PDF (A4) into /tmp/screens/report.pdf (or the folder given as the
// first argument), and each page as a PNG (`pdftoppm -png -r 60`) to look at.
import { execFile } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, startPreview, textOf } from './helpers.mjs';

const outDir = process.argv[2] ?? '/tmp/screens';
const pdfPath = path.join(outDir, 'report.pdf');

function run(command, args) {
  return new Promise((resolve, reject) => {
    execFile(command, args, (error, stdout, stderr) => (error ? reject(new Error(`${command}: ${stderr || error.message}`)) : resolve(stdout)));
  });
}

await mkdir(outDir, { recursive: true });
const preview = await startPreview();
console.log(`vite preview pid ${preview.pid} at ${preview.baseUrl}`);
const browser = await launchBrowser();
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The build's Content-Security-Policy allows no inline styles: the view and the print copy must not need any.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(`${preview.baseUrl}#/evaluation`, { waitUntil: 'load' });
  await page.locator('plc-survey-import [data-testid="load-illustrative"]').click();
  await textOf(page, 'plc-indicator-table [data-testid="group-table"]', 30_000);
  await page.locator('plc-evaluation-view button[data-sub="report"]').click();
  // The print copy (outside the app) is ready once its charts are images and the comparisons are in.
  await page.waitForFunction(() => document.querySelector('.plc-print-root plc-report')?.hasAttribute('ready'), undefined, { timeout: 60_000 });
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
  console.log(pdfPath);
  for (const f of await readdir(outDir)) if (/^report-page-\d+\.png$/.test(f)) await rm(path.join(outDir, f));
  await run('pdftoppm', ['-png', '-r', '60', pdfPath, path.join(outDir, 'report-page')]);
  const pages = (await readdir(outDir)).filter((f) => /^report-page-\d+\.png$/.test(f)).sort();
  for (const p of pages) console.log(path.join(outDir, p));
  console.log(`${pages.length} pages`);
  errors.push(...(await page.evaluate(() => window.__cspViolations)).map((v) => `CSP violation: ${v}`));
  if (errors.length > 0) {
    failed = true;
    console.log(`page errors:\n${errors.join('\n')}`);
  }
} finally {
  await browser.close();
  await preview.stop();
}
process.exitCode = failed ? 1 : 0;
