// Reading one cell of the survey CSV (issue 9): numbers (and why a cell is not one: a decimal
// comma, a unit written in the value), the words for "not measured", periods, and the unit
// suffixes of column names, by which an unknown header is recognised as a known quantity in
// another unit. survey.ts reads the file. No DOM and no Node APIs.

import { NUMBER_SPECS, type ColumnSpec } from './survey-columns.ts';
import type { Period } from './survey-format.ts';

/** Unit suffixes as written in column names, for reading a unit out of an unknown header. */
export const UNIT_SUFFIX_WORDS: Record<string, string> = {
  t_per_yr: 't/yr',
  kg_per_yr: 'kg/yr',
  kg_per_day: 'kg/day',
  t_per_day: 't/day',
  t_per_month: 't/month',
  kg_per_month: 'kg/month',
  kwh_per_yr: 'kWh/yr',
  mwh_per_yr: 'MWh/yr',
  kwh_per_month: 'kWh/month',
  m3_per_yr: 'm³/yr',
  m3_per_day: 'm³/day',
  m3_per_month: 'm³/month',
  l_per_yr: 'L/yr',
  kg: 'kg',
  t: 't',
  vnd_per_t: 'VND/t',
  vnd_per_kg: 'VND/kg',
  vnd_per_kwh: 'VND/kWh',
  vnd_per_yr: 'VND/yr',
  usd_per_t: 'USD/t',
  usd_per_kg: 'USD/kg',
};

/** The quantity stem of a column, e.g. "plastic_bought" of "plastic_bought_t_per_yr". */
function stemOf(spec: ColumnSpec): string {
  for (const suffix of Object.keys(UNIT_SUFFIX_WORDS).sort((a, b) => b.length - a.length)) {
    if (spec.name.endsWith('_' + suffix)) return spec.name.slice(0, -suffix.length - 1);
  }
  return spec.name;
}
export const STEMS = NUMBER_SPECS.map((spec) => ({ spec, stem: stemOf(spec) })).sort((a, b) => b.stem.length - a.stem.length);

const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'nan', '-', '?', 'null', 'none', 'không có', 'kxd']);
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_WITH_UNIT = /^([+-]?(?:\d[\d.,\s]*|\.\d+)(?:[eE][+-]?\d+)?)\s*([A-Za-zµ³%/][A-Za-z0-9µ³%/.\s-]*)$/;
const SEPARATED_NUMBER = /^[+-]?\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d+)?$|^[+-]?\d+,\d+$/;

export const show = (s: string) => JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);

/** Number in a cell, or the reason it is not one. */
export type CellNumber = { value: number | null } | { code: string; params: Record<string, string | number> };

export function readNumber(raw: string, spec: ColumnSpec): CellNumber {
  const text = raw.trim();
  if (MISSING_TOKENS.has(text.toLowerCase())) return { value: null };
  if (NUMBER_PATTERN.test(text)) {
    const value = Number(text);
    if (!Number.isFinite(value)) return { code: 'not_number', params: { got: show(text), unit: spec.unit } };
    if (value < 0) return { code: 'negative', params: { got: text } };
    if (spec.max !== undefined && value > spec.max) return { code: 'too_big', params: { got: text, limit: spec.max, unit: spec.unit } };
    return { value };
  }
  if (SEPARATED_NUMBER.test(text)) return { code: 'decimal_comma', params: { got: show(text) } };
  const withUnit = NUMBER_WITH_UNIT.exec(text);
  if (withUnit) {
    const found = withUnit[2].trim();
    const sameUnit = unitWordsMatch(found, spec.unit);
    return { code: 'unit_in_value', params: { got: show(text), found, unit: spec.unit, sameUnit: sameUnit ? 1 : 0 } };
  }
  return { code: 'not_number', params: { got: show(text), unit: spec.unit } };
}

/** "kg" vs "kg/yr": the same mass unit? ("t", "tấn", "tonnes" all name tonnes.) */
function unitWordsMatch(found: string, columnUnit: string): boolean {
  const norm = (u: string) => {
    const head = u.toLowerCase().split('/')[0].trim();
    if (['t', 'ton', 'tons', 'tonne', 'tonnes', 'tấn'].includes(head)) return 't';
    if (['kg', 'kgs', 'kilo', 'kilogram', 'kilograms'].includes(head)) return 'kg';
    if (['m3', 'm³', 'khối'].includes(head)) return 'm³';
    if (['đ', 'd', 'vnd', 'đồng', 'dong'].includes(head)) return 'vnd';
    return head;
  };
  return norm(found) === norm(columnUnit);
}

export function readPeriod(raw: string): Period | null {
  const t = raw.trim().toLowerCase();
  if (t === 'before' || t === 'trước' || t === 'truoc') return 'before';
  if (t === 'after' || t === 'sau') return 'after';
  return null;
}
