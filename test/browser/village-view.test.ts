// The Village view (issue 18) in the app with the real core worker and worker pool: totals worked
// by hand from the golden line results, the slider moves them, exports carry their units, a bad
// village file is refused naming the group and the field, and the page reads in Vietnamese.
import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import phanBoiBefore from '../../fixtures/golden/phan-boi-before.result.json';
import phanBoiAfter from '../../fixtures/golden/phan-boi-after.result.json';
import '../../web/app/plc-app.ts';
import type { PlcApp } from '../../web/app/plc-app.ts';
import type { PlcVillageView } from '../../web/village/plc-village-view.ts';
import type { DownloadDetail } from '../../web/common/download.ts';
import { CoreClient } from '../../web/common/core-client.ts';
import { ScenarioDb } from '../../web/common/db.ts';
import { switchLocale } from '../../web/app/locale.ts';
import { ScenarioSession, type ScenarioDocument } from '../../web/app/session.ts';
import { deepQuery, until } from './helpers/dom.ts';

const view = (app: PlcApp) => deepQuery(app, 'plc-village-view') as PlcVillageView | null;
const inView = (app: PlcApp, ...selectors: string[]) => deepQuery(app, 'plc-village-view', ...selectors);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const card = (app: PlcApp, figure: string, line: string) =>
  text(deepQuery(app, 'plc-village-view', 'section plc-village-totals')?.shadowRoot?.querySelector(`[data-figure="${figure}"] [data-testid="${line}"]`));
const doc = (app: PlcApp) => {
  const out = view(app)?.run?.document.result?.value;
  return out?.ok ? out.value : null;
};
/** Three significant digits, as a reader sees them (Intl directly, not the app's format module). */
const sig3 = (x: number, locale = 'en-US') => new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 }).format(x);

// Phan Boi (fixtures/villages/phan-boi.json): 100 households of the Phan Boi line, 1 % adopting the
// measures of its after variant. PCDD/F of one line, all releases (golden results, µg TEQ/yr):
const B = phanBoiBefore.pcddf.total; // 2,318.75
const A = phanBoiAfter.pcddf.total; // 1,008.30
// By hand: 100 × (0.99 × 2,318.75 + 0.01 × 1,008.30) = 230,565 µg = 0.231 g TEQ a year.
const AT_1_PERCENT = 100 * (0.99 * B + 0.01 * A);

async function openPhanBoi(app: PlcApp): Promise<void> {
  const picker = inView(app, '[data-testid="village-picker"]') as HTMLSelectElement;
  (picker.querySelector('option[value="phan-boi"]') as HTMLOptionElement).selected = true;
  expect(picker.value).to.equal('phan-boi');
  picker.dispatchEvent(new Event('change'));
  await until(() => doc(app)?.villageId === 'phan-boi-village' && !view(app)!.run!.document.running, 20_000, 'Phan Boi');
  await view(app)!.updateComplete;
}

async function slide(app: PlcApp, percent: number): Promise<void> {
  const groups = inView(app, 'plc-village-groups')!;
  const input = groups.shadowRoot!.querySelector('tr[data-group="household-lines"] input[type="range"]') as HTMLInputElement;
  input.value = String(percent);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(() => doc(app)?.groups[0].share === percent / 100 && !view(app)!.run!.document.running, 20_000, `share ${percent} %`);
  await view(app)!.updateComplete;
  await (inView(app, 'section plc-village-totals') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('Village view', () => {
  let client: CoreClient;
  let app: PlcApp;

  before(async () => {
    client = new CoreClient();
    history.replaceState(null, '', '#/village');
    const session = new ScenarioSession(
      client,
      new ScenarioDb(`plc-test-village-${Math.random().toString(36).slice(2)}`),
      minhKhai as unknown as ScenarioDocument,
    );
    app = document.createElement('plc-app');
    app.session = session;
    document.body.append(app);
    await until(() => doc(app), 30_000, 'the Minh Khai village');
  });
  after(() => {
    app.remove();
    client.terminate();
  });

  it('opens Minh Khai from the navigation, 580 households in two groups, with the national figure and its source', async () => {
    expect(text(deepQuery(app, 'nav a[href="#/village"]'))).to.equal('Village');
    expect(doc(app)!.villageId).to.equal('minh-khai-village');
    const totals = inView(app, 'section plc-village-totals')!.shadowRoot!;
    expect(text(totals.querySelector('[data-testid="lead"]'))).to.contain('580 households in 2 groups');
    const national = text(totals.querySelector('[data-testid="national"]'));
    expect(national).to.contain("Viet Nam's open-burning inventory: 22.6 g TEQ a year (average of 2007–2012)");
    expect(national).to.contain('Viet Nam Environment Administration');
    // Never a bare percentage: the brick melt's PCDD/F is named as not quantified beside it.
    expect(text(totals.querySelector('[data-testid="national-not-quantified"]'))).to.contain('not quantified');
  });

  it('shows Phan Boi totals worked by hand from the golden line results: a year, a day, a household', async () => {
    await openPhanBoi(app);
    expect(doc(app)!.totals['pcddf.total']).to.be.closeTo(AT_1_PERCENT, 1e-9 * AT_1_PERCENT);
    expect(card(app, 'pcddf.total', 'year')).to.equal(`${sig3(AT_1_PERCENT / 1e6)} g TEQ a year`); // 0.231
    expect(card(app, 'pcddf.total', 'day')).to.equal(`${sig3((AT_1_PERCENT / 1e6 / 365) * 1e3)} mg TEQ a day`); // 0.632
    expect(card(app, 'pcddf.total', 'household')).to.equal(`${sig3((AT_1_PERCENT / 100 / 1e6) * 1e3)} mg TEQ a year per household`); // 2.31
    expect(card(app, 'pcddf.total', 'not-quantified')).to.contain('not quantified');
  });

  it('moves the totals with the slider: 0 % is 100 × before, 100 % is 100 × after', async () => {
    await slide(app, 0);
    expect(doc(app)!.totals['pcddf.total']).to.be.closeTo(100 * B, 1e-9 * B);
    expect(card(app, 'pcddf.total', 'year')).to.equal(`${sig3((100 * B) / 1e6)} g TEQ a year`); // 0.232
    await slide(app, 100);
    expect(doc(app)!.totals['pcddf.total']).to.be.closeTo(100 * A, 1e-9 * A);
    expect(card(app, 'pcddf.total', 'year')).to.equal(`${sig3((100 * A) / 1e6)} g TEQ a year`); // 0.101
    expect(card(app, 'pcddf.total', 'day')).to.equal(`${sig3(((100 * A) / 1e6 / 365) * 1e3)} mg TEQ a day`); // 0.276
  });

  it('exports the inventory as CSV with units in the headers and as JSON at full precision', async () => {
    const inventory = inView(app, 'plc-village-inventory')!;
    const files: DownloadDetail[] = [];
    const keep = (e: Event) => {
      e.preventDefault();
      files.push((e as CustomEvent<DownloadDetail>).detail);
    };
    inventory.addEventListener('plc-download', keep);
    (inventory.shadowRoot!.querySelector('button[data-format="csv"]') as HTMLButtonElement).click();
    (inventory.shadowRoot!.querySelector('button[data-format="json"]') as HTMLButtonElement).click();
    inventory.removeEventListener('plc-download', keep);
    expect(files.map((f) => f.fileName)).to.deep.equal(['phan-boi-village-inventory.csv', 'phan-boi-village-inventory.json']);
    const header = files[0].content.split('\r\n')[0];
    expect(header).to.contain('Emission factor, Air (µg TEQ/t or /TJ)');
    expect(header).to.contain('Release, Air (g TEQ/yr)');
    expect(header).to.contain('Release, all vectors (g TEQ/yr)');
    const json = JSON.parse(files[1].content);
    expect(json.units.releaseGTeqPerYear).to.equal('g TEQ/yr');
    // Full precision: the JSON's releases are the engine's numbers, not the table's rounding.
    expect(json.inventory).to.deep.equal(doc(app)!.inventory);
    const total = json.inventory.reduce((s: number, r: { releaseGTeqPerYear: { total: number } }) => s + r.releaseGTeqPerYear.total, 0);
    expect(total).to.be.closeTo((100 * A) / 1e6, 1e-12);
  });

  it('refuses an imported village naming the group and the field, in the page language', async () => {
    const bad = {
      format: 'plastic-line-village',
      version: 1,
      id: 'bad',
      name: 'Bad',
      groups: [{ id: 'g1', name: 'First', households: -3, scenario: '../scenarios/phan-boi-before.json' }],
    };
    const input = inView(app, '[data-testid="village-import"]') as HTMLInputElement;
    const put = () => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    };
    put();
    const errors = await until(() => text(inView(app, '[data-testid="village-errors"]')), 20_000, 'the refusal');
    expect(errors).to.contain('"g1"');
    expect(errors).to.contain('number of households');
    // The same refusal, worded again in Vietnamese when the language changes.
    await switchLocale('vi', false);
    const vi = await until(
      () => (text(inView(app, '[data-testid="village-errors"]')).includes('số hộ') ? text(inView(app, '[data-testid="village-errors"]')) : ''),
      20_000,
      'Vietnamese',
    );
    expect(vi).to.contain('"g1"');
    await switchLocale('en', false);
  });

  it('reads in Vietnamese: headings, everyday units and numbers written the Vietnamese way', async () => {
    await openPhanBoi(app);
    await switchLocale('vi', false);
    await view(app)!.updateComplete;
    await until(() => text(inView(app, 'h2')).startsWith('Làng: Phan Bôi'), 10_000, 'the Vietnamese heading');
    const year = card(app, 'pcddf.total', 'year');
    expect(year).to.equal(`${sig3(AT_1_PERCENT / 1e6, 'vi-VN')} g TEQ mỗi năm`); // "0,231 g TEQ mỗi năm"
    expect(year).to.contain(',');
    expect(text(inView(app, 'section plc-village-totals')!.shadowRoot!.querySelector('[data-testid="national"]'))).to.contain(
      'bảng kiểm kê đốt lộ thiên của Việt Nam',
    );
    await switchLocale('en', false);
  });
});
