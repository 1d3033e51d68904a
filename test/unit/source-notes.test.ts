// The Vietnamese of the bundled source notes (issue 16): every `source` / `note` text of the
// fixtures has a translation, the table holds nothing else, and a translation keeps the source's
// numbers; the lookup the app uses (citations.ts) reads it as the Workbench and the annex need.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bundledSourceNotes, KEYED_TABLE_PATH, keyedTableText, sourceNotesVi } from '../../scripts/source-notes.ts';
import { keyedNotes, noteKey } from '../../web/shared/model/note-key.ts';
import { noteLang, quotedParts, translatedNote, vietnameseDigitGroups } from '../../web/shared/model/citations.ts';

const notes = bundledSourceNotes();
const table = sourceNotesVi();

describe('fixtures/i18n/source-notes.vi.json', () => {
  it('finds the notes of the scenarios, the catalogue, the library, the villages and the survey', () => {
    const files = new Set([...notes.values()].flat());
    for (const f of [
      'fixtures/emission-factors.json',
      'fixtures/measures.json',
      'fixtures/scenarios/minh-khai-before.json',
      'fixtures/villages/minh-khai.json',
      'fixtures/survey/illustrative-survey.json',
    ])
      expect(files, f).toContain(f);
    // Read in the file by hand: the first factor note of the library.
    expect(
      notes.get('Akagi et al. 2011, Atmos. Chem. Phys. 11:4039, open burning of garbage; reference/DATA.md §1; kg CO per t burned, 38 ± 19'),
    ).toBeDefined();
  });

  it('gives every bundled note a non-empty Vietnamese translation', () => {
    const missing = [...notes.keys()].filter((n) => !(typeof table[n] === 'string' && table[n].trim() !== ''));
    expect(missing, 'run `npx tsx scripts/source-notes.ts` to list them').toEqual([]);
  });

  it('holds no translation of a note that no fixture uses any more', () => {
    expect(Object.keys(table).filter((k) => !notes.has(k))).toEqual([]);
  });

  it('keeps every number of the English note in its translation (a JSON path is said in words)', () => {
    const numbers = (s: string): string[] => s.replace(/(?<![\w/])(?:\/\w+)+/g, '').match(/\d[\d.,]*\d|\d/g) ?? [];
    const lost = Object.entries(table).flatMap(([en, vi]) =>
      numbers(en)
        .filter((n) => !numbers(vi).includes(n))
        .map((n) => `${n} in: ${en}`),
    );
    expect(lost).toEqual([]);
  });
});

describe('the keyed table the app ships (fixtures/i18n/source-notes.vi.keyed.json)', () => {
  it('keys a note by its cyrb53 hash in base 36 (values from an independent Python implementation)', () => {
    expect(noteKey('engineering estimate (no source)')).toBe('26aej1g1zg0');
    expect(noteKey('')).toBe('wvjl67o803');
    expect(noteKey('ước tính')).toBe('j5tl6f78j8');
  });

  it('is source-notes.vi.json keyed by noteKey, with no two notes on one key', () => {
    expect(readFileSync(KEYED_TABLE_PATH, 'utf8'), 'run `npx tsx scripts/source-notes.ts --write`').toBe(keyedTableText());
    expect(Object.keys(JSON.parse(readFileSync(KEYED_TABLE_PATH, 'utf8')) as object)).toHaveLength(Object.keys(table).length);
  });
});

describe('translatedNote', () => {
  const tiny = keyedNotes({ 'engineering estimate (no source)': 'ước tính kỹ thuật (không có nguồn)' });

  it('reads a bundled note in Vietnamese for a Vietnamese reader, as written for an English one', () => {
    expect(translatedNote('engineering estimate (no source)', 'vi', tiny)).toEqual({ text: 'ước tính kỹ thuật (không có nguồn)', lang: 'vi' });
    expect(translatedNote('engineering estimate (no source)', 'en', tiny)).toEqual({ text: 'engineering estimate (no source)', lang: 'en' });
  });

  it('leaves a note the user wrote as written, in the language it is written in', () => {
    expect(translatedNote('measured on my line, March', 'vi', tiny)).toEqual({ text: 'measured on my line, March', lang: 'en' });
    expect(translatedNote('đo trên dây chuyền nhà tôi', 'en', tiny)).toEqual({ text: 'đo trên dây chuyền nhà tôi', lang: 'vi' });
  });

  it('keeps { vi, en } notes working, and the table not yet loaded is no table', () => {
    expect(translatedNote({ vi: 'theo khảo sát', en: 'per survey' }, 'vi', tiny)).toEqual({ text: 'theo khảo sát', lang: 'vi' });
    expect(translatedNote({ vi: 'theo khảo sát', en: 'per survey' }, 'en', null)).toEqual({ text: 'per survey', lang: 'en' });
    expect(translatedNote('engineering estimate (no source)', 'vi', null)).toEqual({ text: 'engineering estimate (no source)', lang: 'en' });
    expect(translatedNote('constructor', 'vi', tiny)).toEqual({ text: 'constructor', lang: 'en' });
  });

  it('says the source the app writes for a surveyed household in Vietnamese', () => {
    expect(translatedNote('survey household H03, before (measured)', 'vi', tiny)).toEqual({ text: 'hộ khảo sát H03, before (đo được)', lang: 'vi' });
    expect(translatedNote('survey household H03, before (measured)', 'en', tiny).text).toBe('survey household H03, before (measured)');
  });

  it('calls a note with a Vietnamese word or two in an English sentence English', () => {
    expect(noteLang("washing with soap (scrap 'tẩy sạch bằng xà phòng', ARIT news; R) is common practice in the craft villages of the delta")).toBe('en');
  });
});

describe('quotedParts', () => {
  it('marks an English quotation kept in a Vietnamese note, and a Vietnamese one kept in an English note', () => {
    expect(quotedParts("dân làng 'travel all over the country buying scrap' (đi khắp cả nước mua phế liệu)", 'vi')).toEqual([
      { text: 'dân làng ', lang: 'vi' },
      { text: "'travel all over the country buying scrap'", lang: 'en' },
      { text: ' (đi khắp cả nước mua phế liệu)', lang: 'vi' },
    ]);
    expect(quotedParts("scrap 'tẩy sạch bằng xà phòng', ARIT news", 'en')).toEqual([
      { text: 'scrap ', lang: 'en' },
      { text: "'tẩy sạch bằng xà phòng'", lang: 'vi' },
      { text: ', ARIT news', lang: 'en' },
    ]);
  });

  it('leaves a note whose quotations are in its own language whole, and reads an apostrophe as no quotation', () => {
    expect(quotedParts("Kiến Thức, 'Lò tái chế phế liệu giữa Hà Nội thu nửa tỷ đồng/ngày'", 'vi')).toHaveLength(1);
    expect(quotedParts("Minh Khai's bags, the authors' summary", 'en')).toHaveLength(1);
  });
});

describe('vietnameseDigitGroups', () => {
  it('writes digit groups with dots and leaves decimals, dates and sections alone', () => {
    // 15,000–25,000 VND/kg would read as 15 to 25 in Vietnamese.
    expect(vietnameseDigitGroups('giá hạt nhựa 15,000–25,000 VND/kg')).toBe('giá hạt nhựa 15.000–25.000 VND/kg');
    expect(vietnameseDigitGroups('1,234,567 và 0.5 kWh/kg, ngày 4/7/2021, §3.1a')).toBe('1.234.567 và 0.5 kWh/kg, ngày 4/7/2021, §3.1a');
    // Not a group of three: a list or a decimal comma stays.
    expect(vietnameseDigitGroups('(1,2) và 0,35')).toBe('(1,2) và 0,35');
    expect(vietnameseDigitGroups('12,3456')).toBe('12,3456');
  });
});
