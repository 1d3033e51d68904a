// The trainer's journey: training steps → levers → take-away.
import { assert, goToView, parseShown, textOf } from '../helpers.mjs';

export async function trainerJourney({ newContext, baseUrl, check }) {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/training`, { waitUntil: 'load' });

  await check('the Training view opens on its first step with everyday figures', async () => {
    await page.locator('plc-training-view section.step plc-everyday-figures').first().waitFor({ timeout: 30_000 });
  });

  await check('in the Training view, moving the burn lever to 0 makes the plastic burned per week fall', async () => {
    await goToView(page, 'training');
    await page.locator('plc-training-view plc-training-stepper [data-step="3"]').click();
    const burned = 'plc-training-view [data-testid="live-figures"] [data-figure="burnedKgPerWeek"]';
    const before = parseShown(await textOf(page, `${burned} .value`, 30_000));
    assert(before > 0, `plastic burned per week is ${before} before the lever moves`);
    const lever = page.locator('plc-training-view plc-lever[name="burnedShare"] input');
    await lever.focus();
    await page.keyboard.press('Home'); // a range input's own key: to its minimum, 0 % burned or dumped
    await page.locator('plc-training-view plc-lever[name="burnedShare"] .value', { hasText: /^0\s?% burned/ }).waitFor({ timeout: 5_000 });
    await page.waitForFunction(
      (old) => {
        const view = document.querySelector('plc-app')?.shadowRoot?.querySelector('plc-training-view');
        const value = view?.shadowRoot?.querySelector('[data-testid="live-figures"]')?.shadowRoot?.querySelector('[data-figure="burnedKgPerWeek"] .value');
        return view?.training?.settled && value && Number(value.textContent.replace(/,/g, '')) < old;
      },
      before,
      { timeout: 20_000 },
    );
    const after = parseShown(await textOf(page, `${burned} .value`));
    const was = parseShown((await textOf(page, `${burned} .before`)).replace(/^before:\s*/, '').replace(/\s*kg.*$/, ''));
    assert(after < before, `plastic burned per week went from ${before} to ${after} kg`);
    assert(was === before, `the card says it was ${was} kg, the page showed ${before} kg before the move`);
  });

  await check('the last step shows the printable take-away for the household', async () => {
    await page.locator('plc-training-view plc-training-stepper [data-step="4"]').click();
    const takeaway = page.locator('plc-training-view plc-takeaway').first();
    await takeaway.waitFor({ timeout: 10_000 });
    await page.locator('plc-training-view plc-takeaway [data-testid="print"]').waitFor({ timeout: 10_000 });
    const text = ((await takeaway.textContent()) ?? '') + (await takeaway.evaluate((el) => el.shadowRoot?.textContent ?? ''));
    assert(text.trim().length > 50, `the take-away is nearly empty: "${text.trim().slice(0, 80)}"`);
  });

  await context.close();
}
