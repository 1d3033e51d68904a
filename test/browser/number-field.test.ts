// Issue 16: money amounts grouped as the user types, in the page's language, with the caret kept
// after the same digit and the value read back; text that is not a number gets a message naming
// the field, not "is required but missing".
import { expect } from '@esm-bundle/chai';
import minhKhai from '../../fixtures/scenarios/minh-khai-before.json';
import '../../web/workbench/plc-line-editor.ts';
import type { PlcLineEditor } from '../../web/workbench/plc-line-editor.ts';
import '../../web/common/fields/plc-number-field.ts';
import type { FieldEditDetail, PlcNumberField } from '../../web/common/fields/plc-number-field.ts';
import type { ScenarioDocument } from '../../web/app/session.ts';
import { switchLocale } from '../../web/app/locale.ts';
import { plainNumber, readNumber } from '../../web/common/fields/setting-check.ts';
import { measureNoteWords } from '../../web/common/measure-words.ts';
import { deepQuery, until } from './helpers/dom.ts';

type Doc = ScenarioDocument & { prices: Record<string, number>; feed: Record<string, unknown> };

const box = (f: PlcNumberField) => f.shadowRoot!.querySelector('input')!;
const message = (f: PlcNumberField) => f.shadowRoot!.querySelector('.error')?.textContent?.trim() ?? '';

/** Puts `text` in the box with the caret at `caret` (the end by default), as a keystroke leaves it, and fires input. */
async function type(f: PlcNumberField, text: string, caret = text.length): Promise<void> {
  await f.updateComplete;
  const input = box(f);
  input.focus();
  input.value = text;
  input.setSelectionRange(caret, caret);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await f.updateComplete;
}

describe('<plc-number-field> for money', () => {
  let field: PlcNumberField;
  const edits: FieldEditDetail[] = [];

  beforeEach(async () => {
    await switchLocale('en', false);
    edits.length = 0;
    field = document.createElement('plc-number-field');
    Object.assign(field, { pointer: '/prices/productPerTonne', label: 'Pellets sold', unit: 'VND/t', money: true, value: 18_000_000 });
    field.addEventListener('plc-field-edit', (e) => edits.push((e as CustomEvent<FieldEditDetail>).detail));
    document.body.append(field);
    await field.updateComplete;
  });
  afterEach(async () => {
    field.remove();
    await switchLocale('en', false);
  });

  it('shows the amount grouped, regroups as typed with the caret after the same digit, and reads the number back', async () => {
    expect(box(field).value).to.equal('18,000,000');
    // "1,234" and a 5 typed at the end: "1,2345" becomes "12,345", the caret still at the end.
    await type(field, '1,2345');
    expect(box(field).value).to.equal('12,345');
    expect(box(field).selectionStart).to.equal(6);
    expect(edits.at(-1)).to.deep.equal({ pointer: '/prices/productPerTonne', value: 12_345 });
    // A 0 typed after "1,2" of "1,234,567": "1,2034,567" becomes "12,034,567"; the caret stays
    // after the 0, the third digit: index 4 of "12,034,567".
    await type(field, '1,2034,567', 4);
    expect(box(field).value).to.equal('12,034,567');
    expect(box(field).selectionStart).to.equal(4);
    expect(edits.at(-1)!.value).to.equal(12_034_567);
    // Decimals are kept as typed, the whole part grouped.
    await type(field, '1234567.5');
    expect(box(field).value).to.equal('1,234,567.5');
    expect(edits.at(-1)!.value).to.equal(1_234_567.5);
  });

  it('groups with "." and reads "," as the decimal mark in Vietnamese, and regroups what is shown when the language changes', async () => {
    await type(field, '12034567');
    expect(box(field).value).to.equal('12,034,567');
    await switchLocale('vi', false);
    await field.updateComplete;
    expect(box(field).value).to.equal('12.034.567');
    await type(field, '1234567,5');
    expect(box(field).value).to.equal('1.234.567,5');
    expect(edits.at(-1)!.value).to.equal(1_234_567.5);
    // Typed with the separators already in: "9.000.0001" → "90.000.001", the caret at the end.
    await type(field, '9.000.0001');
    expect(box(field).value).to.equal('90.000.001');
    expect(box(field).selectionStart).to.equal(10);
    expect(edits.at(-1)!.value).to.equal(90_000_001);
  });

  it('takes Backspace or Delete beside a separator as removing the digit beyond it', async () => {
    const input = box(field);
    const press = (inputType: string, at: number) => {
      input.setSelectionRange(at, at);
      input.dispatchEvent(new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true, composed: true }));
    };
    await type(field, '12,345');
    // Backspace just after the "," of "12,345" removes the 2: "1,345", the caret after the 1.
    press('deleteContentBackward', 3);
    expect(input.value).to.equal('1,345');
    expect(input.selectionStart).to.equal(1);
    expect(edits.at(-1)!.value).to.equal(1_345);
    // Delete just before the "," of "1,345" removes the 3: "145", the caret still after the 1.
    press('deleteContentForward', 1);
    expect(input.value).to.equal('145');
    expect(input.selectionStart).to.equal(1);
    expect(edits.at(-1)!.value).to.equal(145);
  });

  it('steps by its step with ↑ and ↓, within its range', async () => {
    Object.assign(field, { step: 100_000, min: 0, max: 18_100_000 });
    await field.updateComplete;
    box(field).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(box(field).value).to.equal('17,900,000');
    expect(edits.at(-1)!.value).to.equal(17_900_000);
    // 17,900,000 + 100,000 = 18,000,000; again would be 18,100,000 (the max); once more stays there.
    for (let i = 0; i < 3; i++) box(field).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true }));
    expect(edits.map((e) => e.value)).to.deep.equal([17_900_000, 18_000_000, 18_100_000, 18_100_000]);
  });
});

describe('<plc-line-editor>: text that is not a number', () => {
  let editor: PlcLineEditor;
  const sent: Doc[] = [];

  before(async () => {
    await switchLocale('en', false);
    editor = document.createElement('plc-line-editor');
    editor.scenario = structuredClone(minhKhai) as unknown as Doc;
    editor.addEventListener('plc-scenario-edit', (e) => sent.push((e as CustomEvent<{ scenario: Doc }>).detail.scenario));
    document.body.append(editor);
    await editor.updateComplete;
  });
  after(async () => {
    editor.remove();
    await switchLocale('en', false);
  });

  const feedField = () =>
    until(() => deepQuery(editor, 'plc-feed-editor', 'plc-number-field[pointer="/feed/tonnesPerDay"]') as PlcNumberField | null, 5_000, 'the scrap field');

  it('names the field and says it must be a number, in English and in Vietnamese', async () => {
    const f = await feedField();
    const count = sent.length;
    await type(f, 'abc');
    await until(() => message(f) !== '', 5_000, 'the message');
    expect(message(f)).to.equal('Scrap bought per day must be a number: “abc” is not one.');
    expect(box(f).value, 'the text stays as typed').to.equal('abc');
    expect(box(f).getAttribute('aria-invalid')).to.equal('true');
    expect(sent.length, 'nothing is sent while the box is not a number').to.equal(count);
    await switchLocale('vi', false);
    await until(() => message(f).startsWith('Nhựa'), 5_000, 'the Vietnamese message');
    expect(message(f)).to.equal('Nhựa phế liệu mua mỗi ngày phải là một số: “abc” không phải là một số.');
    // A number again: the message goes and the draft is sent.
    await switchLocale('en', false);
    await type(f, '2.5');
    await until(() => sent.length > count, 5_000, 'the valid draft');
    expect(message(f)).to.equal('');
    expect(sent.at(-1)!.feed.tonnesPerDay).to.equal(2.5);
  });

  it('sends a money amount typed with its digits grouped as the plain number', async () => {
    const f = await until(
      () => deepQuery(editor, 'plc-prices-editor', 'plc-number-field[pointer="/prices/productPerTonne"]') as PlcNumberField | null,
      5_000,
      'the price',
    );
    expect(box(f).value).to.equal('18,000,000');
    await type(f, '19000000');
    expect(box(f).value).to.equal('19,000,000');
    await until(() => sent.at(-1)?.prices.productPerTonne === 19_000_000, 5_000, 'the new price in the draft');
  });
});

describe('numbers typed in the page’s language (readNumber, plainNumber)', () => {
  afterEach(() => switchLocale('en', false));

  it('reads Vietnamese decimals and groups, and never turns an English-style "0.3" into 3', async () => {
    await switchLocale('vi', false);
    // Vietnamese: "," is the decimal mark, "." separates groups of three digits.
    expect(readNumber('0,3')).to.equal(0.3);
    expect(readNumber('1.500')).to.equal(1500);
    expect(readNumber('1.234.567,5')).to.equal(1234567.5);
    // A "." that cannot separate groups of three is the decimal mark of an English habit.
    expect(readNumber('0.3')).to.equal(0.3);
    expect(readNumber('12.5')).to.equal(12.5);
    expect(readNumber('-0,25')).to.equal(-0.25);
    expect(readNumber('1.5,3')).to.be.NaN;
    expect(readNumber('abc')).to.be.NaN;
    expect(plainNumber(0.3)).to.equal('0,3');
    expect(plainNumber(1500)).to.equal('1500');
  });

  it('reads English decimals and groups, and refuses a comma that separates no groups', async () => {
    await switchLocale('en', false);
    expect(readNumber('0.3')).to.equal(0.3);
    expect(readNumber('1,500')).to.equal(1500);
    expect(readNumber('1,234,567.5')).to.equal(1234567.5);
    expect(readNumber('0,3')).to.be.NaN;
    expect(plainNumber(0.3)).to.equal('0.3');
  });

  it('shows a share with the Vietnamese decimal mark and rewrites it when the language changes', async () => {
    await switchLocale('vi', false);
    const f = document.createElement('plc-number-field');
    Object.assign(f, { pointer: '/feed/composition/PE', label: 'PE', value: 0.35, max: 1, step: 0.01 });
    const seen: FieldEditDetail[] = [];
    f.addEventListener('plc-field-edit', (e) => seen.push((e as CustomEvent<FieldEditDetail>).detail));
    document.body.append(f);
    try {
      await f.updateComplete;
      expect(box(f).value).to.equal('0,35');
      await type(f, '0,4');
      expect(seen.at(-1)).to.deep.equal({ pointer: '/feed/composition/PE', value: 0.4 });
      await switchLocale('en', false);
      f.requestUpdate();
      await f.updateComplete;
      expect(box(f).value).to.equal('0.4');
    } finally {
      f.remove();
    }
  });
});

describe('measureNoteWords: the note a measure leaves on the numbers it sets', () => {
  afterEach(() => switchLocale('en', false));
  const find = (id: string) => (id === 'lpg' ? { name: 'LPG for the dryer', nameVi: 'Dùng ga cho máy sấy' } : undefined);

  it('names the measure in the page’s language and keeps the rest of the note', async () => {
    await switchLocale('vi', false);
    expect(measureNoteWords('set by measure "lpg"; vendor figure', find)).to.equal('đặt theo biện pháp “Dùng ga cho máy sấy”; vendor figure');
    // Unknown to the catalogue: named by its id; a note of another kind goes through as written.
    expect(measureNoteWords('set by measure "other"', find)).to.equal('đặt theo biện pháp “other”');
    expect(measureNoteWords('assumed', find)).to.equal('assumed');
    await switchLocale('en', false);
    expect(measureNoteWords('set by measure "lpg"', find)).to.equal('set by the measure “LPG for the dryer”');
  });
});
