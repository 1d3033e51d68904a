// Screenshots of the Training view (issue 8): every step on a 360×780 phone (whole page) and in
// the presenter layout at 1920×1080 (the window, as a projector shows it; levers moved on step 4).
import path from 'node:path';

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
  await page.locator('plc-training-view plc-lever[name="dryingFuel"] label', { hasText: 'LPG' }).click();
  await page.waitForFunction(() => {
    const view = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-training-view');
    return view?.training?.settled && view.training.after?.levers.dryingFuel === 'lpg';
  }, undefined, { timeout: 30_000 });
}

async function goToStep(page, index) {
  await page.locator(`plc-training-view plc-training-stepper [data-step="${index}"]`).click();
  await page.locator(`plc-training-view section.step[data-step="${index}"]`).waitFor();
}

export async function shootTraining(browser, baseUrl, outDir) {
  const files = [];
  // Phone: the normal layout, whole page per step.
  const phone = await browser.newPage({ viewport: { width: 360, height: 780 } });
  await phone.goto(`${baseUrl}#/training`, { waitUntil: 'load' });
  await waitForFigures(phone);
  for (let i = 0; i < STEPS; i++) {
    await goToStep(phone, i);
    if (i === 3) await moveLevers(phone);
    await phone.waitForTimeout(250);
    const file = path.join(outDir, `training-step${i + 1}-360x780.png`);
    await phone.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  await phone.close();
  // Projector: ?present, only the current step and a small header.
  const projector = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await projector.goto(`${baseUrl}?present#/training`, { waitUntil: 'load' });
  await waitForFigures(projector);
  for (let i = 0; i < STEPS; i++) {
    await goToStep(projector, i);
    if (i === 3) await moveLevers(projector);
    await projector.waitForTimeout(250);
    const file = path.join(outDir, `training-present-step${i + 1}-1920x1080.png`);
    await projector.screenshot({ path: file });
    files.push(file);
  }
  await projector.close();
  return files;
}
