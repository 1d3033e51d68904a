// Screenshots of the Training view (issue 8): every step on a 360×780 phone (whole page) and in
// the presenter layout at 1920×1080 (the window, as a projector shows it; levers moved on step 4).
// Run on its own: `node test/e2e/training-shots.mjs [--lang vi|en] [folder]` (after `npm run build`);
// screenshot.mjs calls shootTraining() for the English set.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startPreview } from './helpers.mjs';

const STEPS = 5;

async function waitForFigures(page) {
  await page.locator('plc-training-view section.step plc-everyday-figures').first().waitFor({ timeout: 30_000 });
}

/** Moves the levers as a trainer would: nothing burned, 60 % water reused, LPG for the dryer. */
export async function moveLevers(page) {
  const burn = page.locator('plc-training-view plc-lever[name="burnedShare"] input');
  await burn.focus();
  await page.keyboard.press('Home');
  const water = page.locator('plc-training-view plc-lever[name="waterReusedFraction"] input');
  await water.evaluate((input) => {
    input.value = '0.6';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  });
  // "LPG" stays in both languages ("Gas (LPG)", "Ga (LPG)").
  await page.locator('plc-training-view plc-lever[name="dryingFuel"] label', { hasText: 'LPG' }).click();
  await page.waitForFunction(
    () => {
      const view = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-training-view');
      return view?.training?.settled && view.training.after?.levers.dryingFuel === 'lpg';
    },
    undefined,
    { timeout: 30_000 },
  );
}

async function goToStep(page, index) {
  await page.locator(`plc-training-view plc-training-stepper [data-step="${index}"]`).click();
  await page.locator(`plc-training-view section.step[data-step="${index}"]`).waitFor();
}

/** A page that opens the app in `lang` (as if the user had chosen it), or in the browser's default. */
export async function pageIn(browser, lang, options) {
  const page = await browser.newPage(options);
  if (lang) await page.addInitScript((l) => localStorage.setItem('plc-locale', l), lang);
  return page;
}

export async function shootTraining(browser, baseUrl, outDir, { lang } = {}) {
  const files = [];
  const suffix = lang ? `-${lang}` : '';
  // Phone: the normal layout, whole page per step.
  const phone = await pageIn(browser, lang, { viewport: { width: 360, height: 780 } });
  await phone.goto(`${baseUrl}#/training`, { waitUntil: 'load' });
  await waitForFigures(phone);
  for (let i = 0; i < STEPS; i++) {
    await goToStep(phone, i);
    if (i === 3) await moveLevers(phone);
    await phone.waitForTimeout(250);
    const file = path.join(outDir, `training-step${i + 1}-360x780${suffix}.png`);
    await phone.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  await phone.close();
  // Projector: ?present, only the current step and a small header.
  const projector = await pageIn(browser, lang, { viewport: { width: 1920, height: 1080 } });
  await projector.goto(`${baseUrl}?present#/training`, { waitUntil: 'load' });
  await waitForFigures(projector);
  for (let i = 0; i < STEPS; i++) {
    await goToStep(projector, i);
    if (i === 3) await moveLevers(projector);
    await projector.waitForTimeout(250);
    const file = path.join(outDir, `training-present-step${i + 1}-1920x1080${suffix}.png`);
    await projector.screenshot({ path: file });
    files.push(file);
  }
  await projector.close();
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--lang');
  const lang = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const outDir = args[0] ?? '/tmp/screens';
  await mkdir(outDir, { recursive: true });
  const preview = await startPreview();
  const browser = await launchBrowser();
  try {
    for (const file of await shootTraining(browser, preview.baseUrl, outDir, { lang })) console.log(file);
  } finally {
    await browser.close();
    await preview.stop();
  }
}
