// Survey CSV import (web/shared/survey/survey.ts): the template round-trips, the illustrative fixture
// parses, and every bad file is refused with a message naming row and column (en and vi).

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import {
  findRecord,
  formatSurveyIssue,
  parseSurveyCsv,
  SURVEY_COLUMNS,
  surveyCsvHelpSheet,
  surveyCsvTemplate,
  surveyToCsv,
  type Survey,
  type SurveyIssue,
} from '../../web/shared/survey/survey.ts';
import { SURVEY_MESSAGE_CODES } from '../../web/shared/survey/survey-messages.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/survey/${name}`, import.meta.url), 'utf8');
const ok = (text: string): Survey => {
  const r = parseSurveyCsv(text);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.survey;
};
const refused = (text: string): SurveyIssue[] => {
  const r = parseSurveyCsv(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
};
const header = SURVEY_COLUMNS.map((c) => c.name).join(',');

describe('template', () => {
  for (const lang of ['en', 'vi'] as const) {
    it(`${lang}: parses to its example row, with the help rows skipped`, () => {
      const text = surveyCsvTemplate(lang);
      // The help cells hold commas, so the row is quoted: "# EN: Household code, …"
      expect(text.split('\r\n')[1]).toMatch(lang === 'en' ? /^"?# EN: / : /^"?# VI: /);
      const s = ok(text);
      expect(s.records).toHaveLength(1);
      expect(s.notes).toEqual([]);
      const r = s.records[0];
      expect(r).toMatchObject({
        householdId: 'MK-01',
        village: 'Minh Khai',
        period: 'before',
        plasticBoughtTPerYr: 600,
        productSoldTPerYr: 462,
        plasticFuelLhvMJPerKg: null,
      });
      expect(s.columns).toEqual(SURVEY_COLUMNS.map((c) => c.name));
    });
  }

  it('round-trips through surveyToCsv', () => {
    const s = ok(surveyCsvTemplate('en'));
    const again = ok(surveyToCsv(s));
    expect(again.records.map(({ row: _row, ...r }) => r)).toEqual(s.records.map(({ row: _row, ...r }) => r));
  });

  it('round-trips text that starts like a formula: written with a "\'" in front, read back without', () => {
    const s = ok(surveyCsvTemplate('en'));
    s.records[0].householdId = '=MK-01';
    s.records[0].note = '@note';
    const text = surveyToCsv(s);
    expect(text).toContain('"\'=MK-01"');
    const again = ok(text);
    expect(again.records[0]).toMatchObject({ householdId: '=MK-01', note: '@note' });
  });

  it('has a help sheet in both languages with every column', () => {
    for (const lang of ['en', 'vi'] as const) {
      const sheet = surveyCsvHelpSheet(lang);
      for (const c of SURVEY_COLUMNS) expect(sheet).toContain(c.name);
      expect(sheet).toContain('plastic_bought_kg_per_day');
    }
  });
});

describe('illustrative fixture', () => {
  const s = ok(fixture('illustrative-survey.csv'));

  it('is labelled ILLUSTRATIVE and has at least 10 households before and after', () => {
    expect(s.notes[0]).toMatch(/^ILLUSTRATIVE/);
    const paired = new Set(s.records.filter((r) => r.period === 'after').map((r) => r.householdId));
    const both = s.records.filter((r) => r.period === 'before' && paired.has(r.householdId));
    expect(both.length).toBeGreaterThanOrEqual(10);
  });

  it('keeps missing values as null, never 0', () => {
    expect(findRecord(s, 'MK-03', 'after')?.waterM3PerYr).toBeNull();
    expect(findRecord(s, 'MK-05', 'before')?.rejectsDumpFireKgPerYr).toBeNull();
    expect(findRecord(s, 'PB-02', 'before')?.priceProductVndPerT).toBeNull();
    expect(findRecord(s, 'MK-07', 'after')).toBeUndefined();
  });

  it('is plausible against reference/DATA.md: about 2 t/day, rejects about 10 %, no burning after', () => {
    for (const r of s.records) {
      const tPerDay = r.plasticBoughtTPerYr! / r.workingDaysPerYr!;
      expect(tPerDay).toBeGreaterThan(1);
      expect(tPerDay).toBeLessThan(3.2);
      const rejectsKg =
        r.rejectsOpenBurnedKgPerYr! + r.rejectsBurnedAsFuelKgPerYr! + r.rejectsDumpedKgPerYr! + r.rejectsSoldKgPerYr! + r.rejectsToBricksKgPerYr!;
      expect(rejectsKg / 1000 / r.plasticBoughtTPerYr!).toBeGreaterThan(0.08);
      expect(rejectsKg / 1000 / r.plasticBoughtTPerYr!).toBeLessThan(0.12);
      if (r.period === 'after') expect(r.rejectsOpenBurnedKgPerYr).toBe(0);
    }
  });

  it('matches its JSON twin', () => {
    const json = JSON.parse(fixture('illustrative-survey.json'));
    expect(json.illustrative).toBe(true);
    expect(json.records).toEqual(s.records);
  });
});

/** Each bad file: the code, row and column of the first error. */
const BAD: Record<string, { code: string; row: number | null; column: string | null }> = {
  'empty.csv': { code: 'empty_file', row: null, column: null },
  'whitespace-only.csv': { code: 'empty_file', row: null, column: null },
  'semicolon-delimiter.csv': { code: 'wrong_delimiter', row: 1, column: null },
  'tab-delimiter.csv': { code: 'wrong_delimiter', row: 1, column: null },
  'missing-columns.csv': { code: 'missing_column', row: 1, column: 'product_sold_t_per_yr' },
  'text-in-number.csv': { code: 'not_number', row: 3, column: 'coal_t_per_yr' },
  'negative-number.csv': { code: 'negative', row: 4, column: 'electricity_kwh_per_yr' },
  'unit-in-value.csv': { code: 'unit_in_value', row: 3, column: 'plastic_bought_t_per_yr' },
  'header-unit-conflict.csv': { code: 'unit_conflict', row: 1, column: 'product_sold_kg_per_yr' },
  'both-units.csv': { code: 'both_units', row: 1, column: 'plastic_bought_kg_per_day' },
  'decimal-comma.csv': { code: 'decimal_comma', row: 3, column: 'product_sold_t_per_yr' },
  'duplicate-household.csv': { code: 'duplicate_row', row: 5, column: 'household_id' },
  'unknown-period.csv': { code: 'unknown_period', row: 4, column: 'period' },
  'field-count.csv': { code: 'field_count', row: 3, column: 'rejects_to_bricks_kg_per_yr' },
  'utf16-bom.csv': { code: 'bad_encoding', row: null, column: null },
  'header-only.csv': { code: 'no_rows', row: null, column: null },
};

describe('bad files', () => {
  it('the corpus and this table list the same files', () => {
    const files = readdirSync(new URL('../../fixtures/survey/bad/', import.meta.url))
      .filter((f) => f !== 'utf8-bom.csv')
      .sort();
    expect(files).toEqual(Object.keys(BAD).sort());
  });

  for (const [file, want] of Object.entries(BAD)) {
    it(`${file} is refused: ${want.code} at row ${want.row}, column ${want.column}`, () => {
      const errors = refused(fixture(`bad/${file}`));
      expect(errors[0]).toMatchObject(want);
      const en = formatSurveyIssue(errors[0], 'en');
      const vi = formatSurveyIssue(errors[0], 'vi');
      expect(en).toBe(errors[0].message);
      if (want.row !== null) {
        expect(en).toContain(`Row ${want.row}`);
        expect(vi).toContain(`Dòng ${want.row}`);
      }
      if (want.column !== null) {
        expect(en).toContain(`column "${want.column}"`);
        expect(vi).toContain(`cột "${want.column}"`);
      }
      expect(vi).not.toBe(en);
    });
  }

  it('wording: semicolons, mixed units and text say what is wrong', () => {
    expect(refused(fixture('bad/semicolon-delimiter.csv'))[0].message).toMatch(/separated by semicolons/);
    expect(refused(fixture('bad/unit-in-value.csv'))[0].message).toMatch(/mixes units: the column is in t\/yr, but the value "500 kg" is in "kg"/);
    expect(refused(fixture('bad/text-in-number.csv'))[0].message).toMatch(/must be a number in t\/yr; got the text "about two"/);
    expect(refused(fixture('bad/missing-columns.csv')).map((e) => e.column)).toEqual(['product_sold_t_per_yr', 'water_m3_per_yr']);
  });

  it('a UTF-8 byte-order mark (Excel "CSV UTF-8") is removed with a warning, not refused', () => {
    const r = parseSurveyCsv(fixture('bad/utf8-bom.csv'));
    expect(r.ok).toBe(true);
    expect(r.warnings[0]).toMatchObject({ code: 'bom_removed', row: 1 });
    if (r.ok) expect(r.survey.records[0].householdId).toBe('MK-01');
  });
});

describe('cells', () => {
  const row = (cells: Record<string, string>) => {
    const base = Object.fromEntries(SURVEY_COLUMNS.map((c) => [c.name, c.example]));
    return (
      header +
      '\n' +
      SURVEY_COLUMNS.map((c) => cells[c.name] ?? base[c.name])
        .map((v) => (v.includes(',') ? `"${v}"` : v))
        .join(',') +
      '\n'
    );
  };

  it('empty, NA, N/A, "-" and "?" are missing (null)', () => {
    for (const token of ['', 'NA', 'n/a', '-', '?']) expect(ok(row({ coal_t_per_yr: token })).records[0].coalTPerYr).toBeNull();
    expect(ok(row({ coal_t_per_yr: '0' })).records[0].coalTPerYr).toBe(0);
  });

  it("a value with the column's own unit is still refused, with a plain hint", () => {
    const e = refused(row({ coal_t_per_yr: '5 t' }))[0];
    expect(e.message).toMatch(/must be a number only: the column is already in t\/yr/);
  });

  it('period accepts trước / sau; a required text cell must not be empty', () => {
    expect(ok(row({ period: 'Sau' })).records[0].period).toBe('after');
    expect(ok(row({ period: 'trước' })).records[0].period).toBe('before');
    expect(refused(row({ household_id: ' ' }))[0]).toMatchObject({ code: 'required_value', row: 2, column: 'household_id' });
  });

  it('plastic bought per day is converted with the working days', () => {
    const text = surveyCsvTemplate('en')
      .replace('plastic_bought_t_per_yr', 'plastic_bought_kg_per_day')
      .replace(/\r\nMK-01,Minh Khai,before,600,/, '\r\nMK-01,Minh Khai,before,2000,');
    // 2,000 kg/day × 300 days ÷ 1000 = 600 t/yr
    expect(ok(text).records[0].plasticBoughtTPerYr).toBe(600);
  });

  it('unknown columns are ignored with a warning; comment rows become notes', () => {
    const r = parseSurveyCsv('# hello\n' + row({}).replace(header, header.replace('note', 'note_x')));
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => [w.code, w.column])).toContainEqual(['unknown_column', 'note_x']);
    if (r.ok) expect(r.survey.notes).toEqual(['hello']);
  });

  it('both languages word every code', () => {
    expect([...SURVEY_MESSAGE_CODES.vi].sort()).toEqual([...SURVEY_MESSAGE_CODES.en].sort());
  });
});
