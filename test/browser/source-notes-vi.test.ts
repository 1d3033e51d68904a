// Issue 16: a source note of the bundled data reads in Vietnamese on a Vietnamese page (from
// fixtures/i18n/source-notes.vi.keyed.json, loaded when a tip is about to be read: issue 17), while a note the user
// wrote stays as written and is marked as English; on an English page both read as written.
import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/common/fields/plc-number-field.ts';
import type { PlcNumberField } from '../../web/common/fields/plc-number-field.ts';
import { loadSourceNotes, switchLocale } from '../../web/app/locale.ts';
import { distributionWords } from '../../web/evaluation/sourced-table.ts';

const tip = (f: PlcNumberField) => f.shadowRoot!.querySelector('.tip') as HTMLElement;

/** Shows the tip as a user does, by focusing its badge; its notes (issue 17: loaded then) are there once the field has updated. */
async function openTip(f: PlcNumberField): Promise<void> {
  (f.shadowRoot!.querySelector('button.prov') as HTMLElement).focus();
  await loadSourceNotes();
  await f.updateComplete;
}

describe('a provenance tip in Vietnamese', () => {
  let field: PlcNumberField;
  // The product price of the Minh Khai scenario, as the fixture gives it.
  const price = minhKhai.provenance['/prices/productPerTonne'];

  beforeEach(async () => {
    field = document.createElement('plc-number-field');
    Object.assign(field, { pointer: '/prices/productPerTonne', label: 'Pellets sold', unit: 'VND/t', money: true, value: 18_000_000 });
    document.body.append(field);
    await field.updateComplete;
  });

  afterEach(async () => {
    field.remove();
    await switchLocale('en', false);
  });

  it('reads the bundled note in Vietnamese, with the project file cited in words', async () => {
    expect(price.source).to.equal('Vietnamese press (reference/DATA.md §2): pellet price 15,000–25,000 VND/kg');
    field.provenance = { status: price.status as 'E', source: price.source, note: price.note };
    await switchLocale('vi', false);
    await field.updateComplete;
    // Before the tip is first read, its note is not shown at all (never in English while the table loads).
    expect(tip(field).textContent).not.to.contain('pellet price');
    await openTip(field);
    const text = tip(field).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Báo chí Việt Nam (ghi chép số liệu của dự án §2): giá hạt nhựa 15.000–25.000 VND/kg'); // digit groups as Vietnamese writes them
    expect(text).to.contain('(chọn 18.000 VND/kg trong khoảng đã công bố)');
    expect(text).not.to.contain('pellet price');
    expect(tip(field).querySelector('[lang="en"]')).to.equal(null);
  });

  it('leaves a note the user wrote in English as written, marked lang="en"', async () => {
    field.provenance = { status: 'E', source: 'engineering estimate (no source)', note: 'weighed on our scale in March' };
    await switchLocale('vi', false);
    await field.updateComplete;
    await openTip(field);
    const text = tip(field).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('ước tính kỹ thuật (không có nguồn)');
    expect(tip(field).querySelector('[lang="en"]')!.textContent).to.equal('weighed on our scale in March');
  });

  it('reads the bundled note in English on an English page', async () => {
    field.provenance = { status: price.status as 'E', source: price.source, note: price.note };
    await switchLocale('vi', false);
    await switchLocale('en', false);
    await field.updateComplete;
    const text = tip(field).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('pellet price 15,000–25,000 VND/kg');
    expect(text).to.contain('(18,000 VND/kg chosen within the reported range)');
  });
});

describe('distributionWords: an annex default distribution in the reader’s language', () => {
  afterEach(() => switchLocale('en', false));

  it('words each kind with its numbers in the page’s format, and leaves an unknown kind to the worker’s words', async () => {
    await switchLocale('vi', false);
    expect(distributionWords({ type: 'lognormal', median: 0.5, gsd: 3.2 })).to.equal('phân bố log-chuẩn, trung vị 0,5, độ lệch chuẩn hình học 3,2');
    expect(distributionWords({ type: 'uniform', min: 1000, max: 2500 })).to.equal('phân bố đều từ 1.000 đến 2.500');
    expect(distributionWords({ type: 'beta' })).to.equal(null);
    await switchLocale('en', false);
    expect(distributionWords({ type: 'triangular', min: 1, mode: 2, max: 4 })).to.equal('triangular, lowest 1, most likely 2, highest 4');
  });
});
