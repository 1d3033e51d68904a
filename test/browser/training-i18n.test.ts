// The training screens in Vietnamese and in English (issue 8): the language follows the village
// scenario until the user picks one, the header switch changes every screen at once, and money is
// written the way each language writes it. Expected amounts are formatted here with Intl directly,
// not with the app's format module.
import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import type { PlcTrainingView } from '../../web/training/plc-training-view.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { getLocale } from '../../web/app/locale.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { everydayFigures, type TrainingScenario } from '../../web/shared/analysis/training.ts';
import { deepQuery, until } from './helpers/dom.ts';

const LOCALE_KEY = 'plc-locale';
const view = (app: PlcApp) => deepQuery(app, 'plc-training-view') as PlcTrainingView | null;
const inView = (app: PlcApp, ...selectors: string[]) => deepQuery(app, 'plc-training-view', ...selectors);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const heading = (app: PlcApp) => text(inView(app, '#step-title'));

async function goToStep(app: PlcApp, index: number): Promise<void> {
  (inView(app, 'plc-training-stepper', `[data-step="${index}"]`) as HTMLButtonElement).click();
  await until(() => inView(app, `section.step[data-step="${index}"]`), 5_000, `step ${index + 1}`);
}

/** The household's monthly profit as the core computes it, before any lever moves. */
function profitPerMonth(app: PlcApp): number {
  const run = view(app)!.training!;
  return everydayFigures(run.before!, run.base as unknown as TrainingScenario).profitPerMonth;
}

describe('training screens in Vietnamese and English', () => {
  let client: CoreClient;
  let app: PlcApp;

  before(async () => {
    // No earlier choice: the Minh Khai scenario (site.country "VN") opens in Vietnamese.
    localStorage.removeItem(LOCALE_KEY);
    client = new CoreClient();
    history.replaceState(null, '', '#/training');
    const session = new ScenarioSession(
      client,
      new ScenarioDb(`plc-test-i18n-${Math.random().toString(36).slice(2)}`),
      minhKhai as unknown as ScenarioDocument,
    );
    app = document.createElement('plc-app');
    app.session = session;
    document.body.append(app);
    await until(() => view(app)?.training?.before, 20_000, 'the household’s own result');
  });
  after(() => {
    app.remove();
    client.terminate();
    localStorage.setItem(LOCALE_KEY, 'en'); // as the other test pages expect
  });

  it('opens a Vietnamese village scenario in Vietnamese, <html lang> included, without remembering it', async () => {
    await until(() => getLocale() === 'vi' && heading(app).includes('Nhà bạn mua vào gì'), 10_000, 'Vietnamese');
    expect(document.documentElement.lang).to.equal('vi');
    expect(localStorage.getItem(LOCALE_KEY)).to.equal(null);
    expect(text(inView(app, '[data-testid="presenter"]'))).to.equal('Chế độ trình chiếu');
    expect(text(deepQuery(app, 'nav a[href="#/training"]'))).to.equal('Tập huấn');
    // The household figures: 2 t/day × 300 days / 52 weeks = 11,538 kg a week, "11.538" in vi-VN.
    expect(text(inView(app, 'plc-everyday-figures', '[data-figure="feedKgPerWeek"] .value'))).to.equal('11.538');
    expect(text(inView(app, 'plc-everyday-figures', '[data-figure="feedKgPerWeek"] .unit'))).to.equal('kg mỗi tuần');
  });

  it('writes VND the Vietnamese way: dots between thousands and the ₫ after the number', async () => {
    await goToStep(app, 1);
    expect(heading(app)).to.equal('2. Nhà bạn bán ra gì');
    const shown = text(inView(app, 'plc-everyday-figures', '[data-figure="profitPerMonth"] .value'));
    const expected = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(profitPerMonth(app));
    expect(shown).to.equal(expected.replace(/\s+/g, ' '));
    expect(shown).to.match(/^-?\d{1,3}(\.\d{3})+ ₫$/);
  });

  it('shows the dioxin reference and the take-away in Vietnamese', async () => {
    await goToStep(app, 2);
    expect(text(inView(app, 'section.dioxins'))).to.contain('đi-ô-xin (dioxin) và furan (PCDD/F)');
    // Said for households: short sentences, everyday words (docs/GLOSSARY.md).
    expect(text(inView(app, 'section.dioxins'))).to.contain('Đây chỉ là ví dụ để dễ hình dung, không phải khám sức khỏe.');
    await goToStep(app, 4);
    const takeaway = await until(() => inView(app, 'plc-takeaway'), 20_000, 'the take-away');
    await until(() => text(takeaway.shadowRoot?.querySelector('#takeaway-title')).startsWith('Trang mang về cho'), 5_000, 'the take-away title');
    expect(text(takeaway.shadowRoot!.querySelector('[data-testid="print"]'))).to.equal('In trang mang về');
  });

  it('switches every screen to English from the header and remembers the choice', async () => {
    const english = deepQuery(app, '[data-testid="language-switch"] button[lang="en"]') as HTMLButtonElement;
    expect(english.getAttribute('aria-pressed')).to.equal('false');
    english.click();
    await until(() => heading(app) === '5. Before and after', 10_000, 'English heading');
    expect(document.documentElement.lang).to.equal('en');
    expect(localStorage.getItem(LOCALE_KEY)).to.equal('en');
    expect(english.getAttribute('aria-pressed')).to.equal('true');
    const takeaway = inView(app, 'plc-takeaway')!;
    await until(() => text(takeaway.shadowRoot?.querySelector('#takeaway-title')).startsWith('Take-away for'), 5_000, 'English take-away');

    await goToStep(app, 1);
    const shown = text(inView(app, 'plc-everyday-figures', '[data-figure="profitPerMonth"] .value'));
    const expected = new Intl.NumberFormat('en', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(profitPerMonth(app));
    expect(shown).to.equal(expected);
    expect(shown).to.match(/^-?₫\d{1,3}(,\d{3})+$/);
  });

  it('stays in the chosen language when the scenario changes, and goes back to Vietnamese on request', async () => {
    app.session!.draft.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 100));
    expect(getLocale()).to.equal('en');
    (deepQuery(app, '[data-testid="language-switch"] button[lang="vi"]') as HTMLButtonElement).click();
    await until(() => heading(app) === '2. Nhà bạn bán ra gì', 10_000, 'Vietnamese again');
    expect(localStorage.getItem(LOCALE_KEY)).to.equal('vi');
  });
});
