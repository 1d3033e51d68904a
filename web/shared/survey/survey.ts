// Measured survey data (issue 9): per household and period (before / after the BAT/BEP
// measures), what a household bought, sold, burned, dumped and used in a year, read from a CSV
// file with papaparse. Pure TypeScript: no DOM and no Node APIs (runs in the worker and in Node).
//
// The CSV file (see surveyCsvTemplate):
// - comma-separated, UTF-8 (a UTF-8 byte-order mark, as Excel's "CSV UTF-8" writes, is removed
//   with a warning; UTF-16 files are refused), "." as decimal point, no thousands separators;
// - rows whose first cell starts with "#" are comments: "# EN: …" and "# VI: …" rows under the
//   header carry the column help of the template, other comment rows are kept as `notes`;
// - the first other row is the header; column names are fixed English snake_case keys (the same
//   in both languages) with the unit in the name, e.g. `plastic_bought_t_per_yr`;
// - one row per household and period; empty cells, NA, N/A, "-" and "?" mean "not measured" and
//   are kept as null, never as 0;
// - the reject columns count PLASTIC rejects (what is burned, dumped, sold or made into bricks),
//   not soil or sand washed out with the water.
// Row numbers in messages are spreadsheet rows: the first line of the file is row 1.

import Papa from 'papaparse';
import { toCsvText, unescapeCsvCell, type CsvCell } from '../io/csv.ts';
import { escapeSegment } from '../io/json-pointer.ts';
import type { MessageLang } from '../model/schema-messages.ts';
import { formatSurveyIssue, type SurveyIssueLike } from './survey-messages.ts';

export const SURVEY_FORMAT = 'plastic-line-survey';
export const SURVEY_VERSION = 1;
export const SURVEY_LIMITS = { maxBytes: 5 * 1024 * 1024, maxErrors: 100 } as const;

export type Period = 'before' | 'after';
export const PERIODS: readonly Period[] = ['before', 'after'];

/** One household in one period. Quantities are per year; null = not measured. */
export interface SurveyRecord {
  householdId: string;
  village: string;
  period: Period;
  plasticBoughtTPerYr: number | null;
  productSoldTPerYr: number | null;
  rejectsOpenBurnedKgPerYr: number | null;
  rejectsBurnedAsFuelKgPerYr: number | null;
  rejectsDumpedKgPerYr: number | null;
  /** Of the dumped rejects, the part that burned in dump fires (optional column). */
  rejectsDumpFireKgPerYr: number | null;
  rejectsSoldKgPerYr: number | null;
  rejectsToBricksKgPerYr: number | null;
  electricityKWhPerYr: number | null;
  coalTPerYr: number | null;
  woodTPerYr: number | null;
  lpgKgPerYr: number | null;
  waterM3PerYr: number | null;
  workers: number | null;
  workingDaysPerYr: number | null;
  priceProductVndPerT: number | null;
  pricePlasticVndPerT: number | null;
  priceElectricityVndPerKWh: number | null;
  priceCoalVndPerT: number | null;
  priceWoodVndPerT: number | null;
  priceLpgVndPerKg: number | null;
  wageVndPerWorkerDay: number | null;
  /** Revenue from anything but the product (bricks, rejects sold), VND per year. */
  otherRevenueVndPerYr: number | null;
  /** Lower heating value of the plastic rejects burned as fuel, if measured. */
  plasticFuelLhvMJPerKg: number | null;
  note: string | null;
  /** Spreadsheet row the record came from (0 when built in code). */
  row: number;
}

export type SurveyNumberField = {
  [K in keyof SurveyRecord]: SurveyRecord[K] extends number | null ? (null extends SurveyRecord[K] ? K : never) : never
}[keyof SurveyRecord];

export interface Survey {
  format: typeof SURVEY_FORMAT;
  version: typeof SURVEY_VERSION;
  records: SurveyRecord[];
  /** Comment rows of the file (e.g. "# ILLUSTRATIVE: made-up numbers"), without the "#". */
  notes: string[];
  /** Header columns in file order. */
  columns: string[];
}

export interface SurveyIssue extends SurveyIssueLike {
  /** Where, as a pointer into the table: "/rows/5/coal_t_per_yr", "/rows/5", "/columns/coal_t_per_yr" or "". */
  path: string;
  /** Plain English sentence naming row, column and problem (formatSurveyIssue gives Vietnamese). */
  message: string;
}

export type SurveyParseResult =
  | { ok: true; survey: Survey; warnings: SurveyIssue[] }
  | { ok: false; errors: SurveyIssue[]; warnings: SurveyIssue[] };

// ---------------------------------------------------------------------------------------------
// Columns

interface ColumnSpec {
  name: string;
  field: keyof SurveyRecord;
  kind: 'text' | 'period' | 'number';
  /** Unit as shown in messages; '' for text. */
  unit: string;
  required: boolean;
  /** Upper bound that catches typing slips (a household line handles a few t/day). */
  max?: number;
  what: { en: string; vi: string };
  help: { en: string; vi: string };
  example: string;
}

const MASS_MAX_T = 100_000;
const PRICE_MAX = 1e12;

function col(name: string, field: keyof SurveyRecord, unit: string, required: boolean, max: number | undefined,
  what: [string, string], help: [string, string], example: string, kind: ColumnSpec['kind'] = 'number'): ColumnSpec {
  return { name, field, kind, unit, required, max, what: { en: what[0], vi: what[1] }, help: { en: help[0], vi: help[1] }, example };
}

/** The template's columns in order. The header names are the same in every language. */
export const SURVEY_COLUMNS: readonly ColumnSpec[] = [
  col('household_id', 'householdId', '', true, undefined, ['household code', 'mã hộ'],
    ['Household code, the same in its before and after rows (text)', 'Mã hộ, giống nhau ở dòng trước và sau (chữ)'], 'MK-01', 'text'),
  col('village', 'village', '', true, undefined, ['village', 'làng'],
    ['Village, e.g. Minh Khai or Phan Boi (text)', 'Làng, ví dụ Minh Khai hoặc Phan Bồi (chữ)'], 'Minh Khai', 'text'),
  col('period', 'period', '', true, undefined, ['period', 'giai đoạn'],
    ['before or after the measures (trước / sau also accepted)', 'before (trước) hoặc after (sau) khi áp dụng giải pháp'], 'before', 'period'),
  col('plastic_bought_t_per_yr', 'plasticBoughtTPerYr', 't/yr', true, MASS_MAX_T, ['plastic bought', 'nhựa mua vào'],
    ['Plastic scrap bought, tonnes per year (or use plastic_bought_kg_per_day instead)', 'Phế liệu nhựa mua vào, tấn mỗi năm (hoặc dùng cột plastic_bought_kg_per_day)'], '600'),
  col('product_sold_t_per_yr', 'productSoldTPerYr', 't/yr', true, MASS_MAX_T, ['product sold', 'sản phẩm bán ra'],
    ['Product (pellets, flakes) sold, tonnes per year', 'Sản phẩm (hạt nhựa, mảnh) bán ra, tấn mỗi năm'], '462'),
  col('rejects_open_burned_kg_per_yr', 'rejectsOpenBurnedKgPerYr', 'kg/yr', true, MASS_MAX_T * 1000, ['plastic rejects burned in the open', 'phế phẩm nhựa đốt lộ thiên'],
    ['Plastic rejects burned in the open (piles, pits), kg per year', 'Phế phẩm nhựa đốt lộ thiên (đống, hố), kg mỗi năm'], '24300'),
  col('rejects_burned_as_fuel_kg_per_yr', 'rejectsBurnedAsFuelKgPerYr', 'kg/yr', true, MASS_MAX_T * 1000, ['plastic rejects burned as fuel', 'phế phẩm nhựa đốt làm nhiên liệu'],
    ['Plastic rejects burned as fuel (dryer, furnace), kg per year', 'Phế phẩm nhựa đốt làm nhiên liệu (máy sấy, lò), kg mỗi năm'], '14200'),
  col('rejects_dumped_kg_per_yr', 'rejectsDumpedKgPerYr', 'kg/yr', true, MASS_MAX_T * 1000, ['plastic rejects dumped', 'phế phẩm nhựa đổ bỏ'],
    ['Plastic rejects dumped on land or at a dump, kg per year', 'Phế phẩm nhựa đổ ra đất hoặc bãi rác, kg mỗi năm'], '16200'),
  col('rejects_dump_fire_kg_per_yr', 'rejectsDumpFireKgPerYr', 'kg/yr', false, MASS_MAX_T * 1000, ['dumped rejects that burned', 'phế phẩm đổ bỏ bị cháy'],
    ['Optional: of the dumped rejects, kg per year that burned in dump fires', 'Không bắt buộc: trong phế phẩm đổ bỏ, số kg mỗi năm bị cháy ở bãi'], '4900'),
  col('rejects_sold_kg_per_yr', 'rejectsSoldKgPerYr', 'kg/yr', true, MASS_MAX_T * 1000, ['plastic rejects sold', 'phế phẩm nhựa bán'],
    ['Plastic rejects sold to others, kg per year', 'Phế phẩm nhựa bán cho người khác, kg mỗi năm'], '0'),
  col('rejects_to_bricks_kg_per_yr', 'rejectsToBricksKgPerYr', 'kg/yr', true, MASS_MAX_T * 1000, ['plastic rejects made into bricks', 'phế phẩm nhựa làm gạch'],
    ['Plastic rejects made into bricks, tiles or fences, kg per year', 'Phế phẩm nhựa làm gạch, ngói hoặc hàng rào, kg mỗi năm'], '0'),
  col('electricity_kwh_per_yr', 'electricityKWhPerYr', 'kWh/yr', true, 1e9, ['electricity used', 'điện tiêu thụ'],
    ['Electricity used by the line, kWh per year (from the bills)', 'Điện dây chuyền tiêu thụ, kWh mỗi năm (theo hóa đơn)'], '242800'),
  col('coal_t_per_yr', 'coalTPerYr', 't/yr', true, MASS_MAX_T, ['coal burned', 'than đốt'],
    ['Coal burned, tonnes per year (0 if none)', 'Than đốt, tấn mỗi năm (0 nếu không dùng)'], '0'),
  col('wood_t_per_yr', 'woodTPerYr', 't/yr', true, MASS_MAX_T, ['wood burned', 'củi đốt'],
    ['Wood burned, tonnes per year (0 if none)', 'Củi đốt, tấn mỗi năm (0 nếu không dùng)'], '0'),
  col('lpg_kg_per_yr', 'lpgKgPerYr', 'kg/yr', true, MASS_MAX_T * 1000, ['LPG burned', 'khí gas (LPG) đốt'],
    ['LPG (bottled gas) burned, kg per year (0 if none)', 'Khí gas (LPG) đốt, kg mỗi năm (0 nếu không dùng)'], '0'),
  col('water_m3_per_yr', 'waterM3PerYr', 'm³/yr', true, 1e8, ['fresh water used', 'nước sạch sử dụng'],
    ['Fresh water taken (well, tap, river), m³ per year', 'Nước lấy vào (giếng, máy, sông), m³ mỗi năm'], '6050'),
  col('workers', 'workers', 'workers', true, 10_000, ['workers', 'số lao động'],
    ['Workers on the line (full-time equivalents)', 'Số lao động trên dây chuyền (quy đổi toàn thời gian)'], '10'),
  col('working_days_per_yr', 'workingDaysPerYr', 'days/yr', true, 366, ['working days', 'số ngày làm việc'],
    ['Days the line works in a year', 'Số ngày dây chuyền làm việc trong năm'], '300'),
  col('price_product_vnd_per_t', 'priceProductVndPerT', 'VND/t', true, PRICE_MAX, ['product price', 'giá sản phẩm'],
    ['Average selling price of the product, VND per tonne', 'Giá bán trung bình của sản phẩm, đồng mỗi tấn'], '18000000'),
  col('price_plastic_vnd_per_t', 'pricePlasticVndPerT', 'VND/t', true, PRICE_MAX, ['plastic price', 'giá nhựa mua'],
    ['Average price of the plastic bought, VND per tonne', 'Giá trung bình của nhựa mua vào, đồng mỗi tấn'], '2000000'),
  col('price_electricity_vnd_per_kwh', 'priceElectricityVndPerKWh', 'VND/kWh', true, 1e7, ['electricity price', 'giá điện'],
    ['Electricity price, VND per kWh', 'Giá điện, đồng mỗi kWh'], '2204'),
  col('price_coal_vnd_per_t', 'priceCoalVndPerT', 'VND/t', false, PRICE_MAX, ['coal price', 'giá than'],
    ['Optional: coal price, VND per tonne (needed for profit if coal is used)', 'Không bắt buộc: giá than, đồng mỗi tấn (cần để tính lợi nhuận nếu dùng than)'], '3000000'),
  col('price_wood_vnd_per_t', 'priceWoodVndPerT', 'VND/t', false, PRICE_MAX, ['wood price', 'giá củi'],
    ['Optional: wood price, VND per tonne (needed for profit if wood is used)', 'Không bắt buộc: giá củi, đồng mỗi tấn (cần để tính lợi nhuận nếu dùng củi)'], '1500000'),
  col('price_lpg_vnd_per_kg', 'priceLpgVndPerKg', 'VND/kg', false, 1e9, ['LPG price', 'giá gas'],
    ['Optional: LPG price, VND per kg (needed for profit if LPG is used)', 'Không bắt buộc: giá gas, đồng mỗi kg (cần để tính lợi nhuận nếu dùng gas)'], '25000'),
  col('wage_vnd_per_worker_day', 'wageVndPerWorkerDay', 'VND/worker-day', false, 1e9, ['wage', 'tiền công'],
    ['Optional: wage, VND per worker-day (needed for profit)', 'Không bắt buộc: tiền công, đồng mỗi người mỗi ngày (cần để tính lợi nhuận)'], '200000'),
  col('other_revenue_vnd_per_yr', 'otherRevenueVndPerYr', 'VND/yr', false, PRICE_MAX, ['other revenue', 'doanh thu khác'],
    ['Optional: revenue from bricks, rejects sold and other by-products, VND per year', 'Không bắt buộc: doanh thu từ gạch, phế phẩm bán và sản phẩm phụ khác, đồng mỗi năm'], '0'),
  col('plastic_fuel_lhv_mj_per_kg', 'plasticFuelLhvMJPerKg', 'MJ/kg', false, 60, ['heating value of the plastic fuel', 'nhiệt trị của nhựa làm nhiên liệu'],
    ['Optional: measured lower heating value of the plastic rejects burned as fuel, MJ/kg (30 if empty)', 'Không bắt buộc: nhiệt trị thấp đo được của phế phẩm nhựa làm nhiên liệu, MJ/kg (30 nếu để trống)'], ''),
  col('note', 'note', '', false, undefined, ['note', 'ghi chú'],
    ['Optional: free text', 'Không bắt buộc: ghi chú tự do'], 'example row: replace with your data', 'text'),
];

/** Accepted alternative to a template column, in another unit, converted on import. */
const PLASTIC_PER_DAY = 'plastic_bought_kg_per_day';

const SPEC_BY_NAME = new Map(SURVEY_COLUMNS.map((c) => [c.name, c]));
const NUMBER_SPECS = SURVEY_COLUMNS.filter((c) => c.kind === 'number');

/** Unit suffixes as written in column names, for reading a unit out of an unknown header. */
const UNIT_SUFFIX_WORDS: Record<string, string> = {
  t_per_yr: 't/yr', kg_per_yr: 'kg/yr', kg_per_day: 'kg/day', t_per_day: 't/day', t_per_month: 't/month',
  kg_per_month: 'kg/month', kwh_per_yr: 'kWh/yr', mwh_per_yr: 'MWh/yr', kwh_per_month: 'kWh/month',
  m3_per_yr: 'm³/yr', m3_per_day: 'm³/day', m3_per_month: 'm³/month', l_per_yr: 'L/yr', kg: 'kg', t: 't',
  vnd_per_t: 'VND/t', vnd_per_kg: 'VND/kg', vnd_per_kwh: 'VND/kWh', vnd_per_yr: 'VND/yr', usd_per_t: 'USD/t', usd_per_kg: 'USD/kg',
};

/** The quantity stem of a column, e.g. "plastic_bought" of "plastic_bought_t_per_yr". */
function stemOf(spec: ColumnSpec): string {
  for (const suffix of Object.keys(UNIT_SUFFIX_WORDS).sort((a, b) => b.length - a.length)) {
    if (spec.name.endsWith('_' + suffix)) return spec.name.slice(0, -suffix.length - 1);
  }
  return spec.name;
}
const STEMS = NUMBER_SPECS.map((spec) => ({ spec, stem: stemOf(spec) })).sort((a, b) => b.stem.length - a.stem.length);

const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'nan', '-', '?', 'null', 'none', 'không có', 'kxd']);
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_WITH_UNIT = /^([+-]?(?:\d[\d.,\s]*|\.\d+)(?:[eE][+-]?\d+)?)\s*([A-Za-zµ³%/][A-Za-z0-9µ³%/.\s-]*)$/;
const SEPARATED_NUMBER = /^[+-]?\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d+)?$|^[+-]?\d+,\d+$/;

// ---------------------------------------------------------------------------------------------
// Template

const HELP_PREFIX: Record<MessageLang, string> = { en: '# EN: ', vi: '# VI: ' };


function helpCell(spec: ColumnSpec, lang: MessageLang): string {
  const required = spec.required ? (lang === 'en' ? 'required column' : 'cột bắt buộc') : (lang === 'en' ? 'optional column' : 'cột không bắt buộc');
  return `${spec.help[lang]} [${spec.unit || (lang === 'en' ? 'text' : 'chữ')}; ${required}]`;
}

/** The downloadable template: the header row, a "# EN:" / "# VI:" help row for each language
 *  (the chosen language first; both are comment rows that the importer skips) and one example
 *  row. Opened in a spreadsheet, the help sits right under each column name. */
export function surveyCsvTemplate(lang: MessageLang): string {
  const langs: MessageLang[] = lang === 'vi' ? ['vi', 'en'] : ['en', 'vi'];
  const rows: CsvCell[][] = [SURVEY_COLUMNS.map((c) => c.name)];
  for (const l of langs) {
    const cells = SURVEY_COLUMNS.map((c) => helpCell(c, l));
    cells[0] = HELP_PREFIX[l] + cells[0];
    rows.push(cells);
  }
  rows.push(SURVEY_COLUMNS.map((c) => c.example));
  return toCsvText(rows);
}

/** The column help as its own sheet (column, unit, required, meaning), for a second tab. */
export function surveyCsvHelpSheet(lang: MessageLang): string {
  const head = lang === 'en' ? ['column', 'unit', 'required', 'meaning'] : ['cột', 'đơn vị', 'bắt buộc', 'ý nghĩa'];
  const yes = lang === 'en' ? 'yes' : 'có';
  const no = lang === 'en' ? 'no' : 'không';
  const rows = SURVEY_COLUMNS.map((c) => [c.name, c.unit, c.required ? yes : no, c.help[lang]]);
  rows.splice(4, 0, [PLASTIC_PER_DAY, 'kg/day', lang === 'en' ? 'instead of plastic_bought_t_per_yr' : 'thay cho plastic_bought_t_per_yr',
    lang === 'en' ? 'Plastic bought per working day; converted with working_days_per_yr' : 'Nhựa mua vào mỗi ngày làm việc; quy đổi theo working_days_per_yr']);
  return toCsvText([head, ...rows]);
}

// ---------------------------------------------------------------------------------------------
// Parsing

class Collector {
  errors: SurveyIssue[] = [];
  warnings: SurveyIssue[] = [];
  overflow = false;

  add(kind: 'error' | 'warning', row: number | null, column: string | null, code: string, params: Record<string, string | number> = {}): void {
    const list = kind === 'error' ? this.errors : this.warnings;
    if (list.length >= SURVEY_LIMITS.maxErrors) { if (kind === 'error') this.overflow = true; return; }
    list.push(makeIssue(row, column, code, params));
  }
  error(row: number | null, column: string | null, code: string, params: Record<string, string | number> = {}): void {
    this.add('error', row, column, code, params);
  }
  warn(row: number | null, column: string | null, code: string, params: Record<string, string | number> = {}): void {
    this.add('warning', row, column, code, params);
  }
}

function pathOf(row: number | null, column: string | null): string {
  if (row === null) return column === null ? '' : `/columns/${escapeSegment(column)}`;
  return column === null ? `/rows/${row}` : `/rows/${row}/${escapeSegment(column)}`;
}

function makeIssue(row: number | null, column: string | null, code: string, params: Record<string, string | number>): SurveyIssue {
  const issue: SurveyIssue = { row, column, code, path: pathOf(row, column), message: '' };
  if (Object.keys(params).length > 0) issue.params = params;
  issue.message = formatSurveyIssue(issue, 'en');
  return issue;
}

const show = (s: string) => JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);

/** Which delimiter the header line uses, if it is clearly not a comma. */
function foreignDelimiter(line: string): string | null {
  const unquoted = line.replace(/"[^"]*"/g, '');
  const commas = (unquoted.match(/,/g) ?? []).length;
  let best: string | null = null;
  let bestCount = commas;
  for (const d of [';', '\t', '|']) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) { best = d; bestCount = count; }
  }
  return best;
}

/** Number in a cell, or the reason it is not one. */
type CellNumber = { value: number | null } | { code: string; params: Record<string, string | number> };

function readNumber(raw: string, spec: ColumnSpec): CellNumber {
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

function readPeriod(raw: string): Period | null {
  const t = raw.trim().toLowerCase();
  if (t === 'before' || t === 'trước' || t === 'truoc') return 'before';
  if (t === 'after' || t === 'sau') return 'after';
  return null;
}

function emptyRecord(row: number): SurveyRecord {
  const record = { householdId: '', village: '', period: 'before', note: null, row } as Record<string, unknown>;
  for (const spec of NUMBER_SPECS) record[spec.field] = null;
  return record as unknown as SurveyRecord;
}

interface HeaderMap {
  /** Column index → spec (template columns), or the per-day plastic column. */
  byIndex: Map<number, ColumnSpec | typeof PLASTIC_PER_DAY>;
  width: number;
  /** Header cells as written, trimmed. */
  columns: string[];
}

function readHeader(cells: string[], row: number, out: Collector): HeaderMap | null {
  const byIndex: HeaderMap['byIndex'] = new Map();
  const seen = new Map<string, number>();
  const names = cells.map((c) => c.trim().toLowerCase());
  let width = names.length;
  while (width > 0 && names[width - 1] === '') width--; // trailing empty cells some spreadsheets add
  for (let i = 0; i < width; i++) {
    const name = names[i];
    const original = cells[i].trim();
    if (name === '') continue;
    const first = seen.get(name);
    if (first !== undefined) { out.error(row, original, 'duplicate_column', { column: original, first: first + 1, second: i + 1 }); continue; }
    seen.set(name, i);
    const spec = SPEC_BY_NAME.get(name);
    if (spec) { byIndex.set(i, spec); continue; }
    if (name === PLASTIC_PER_DAY) { byIndex.set(i, PLASTIC_PER_DAY); continue; }
    const stemmed = STEMS.find(({ stem }) => name.startsWith(stem + '_'));
    if (stemmed) {
      const suffix = name.slice(stemmed.stem.length + 1);
      const plasticAlternative = stemmed.spec.name === 'plastic_bought_t_per_yr' ? ` or kg/day (${PLASTIC_PER_DAY})` : '';
      out.error(row, original, 'unit_conflict', {
        what: stemmed.spec.what.en, whatVi: stemmed.spec.what.vi, gotUnit: UNIT_SUFFIX_WORDS[suffix] ?? suffix,
        expectedUnit: stemmed.spec.unit + plasticAlternative, expected: stemmed.spec.name,
      });
      continue;
    }
    out.warn(row, original, 'unknown_column', { column: original });
  }
  if (seen.has('plastic_bought_t_per_yr') && seen.has(PLASTIC_PER_DAY)) {
    out.error(row, PLASTIC_PER_DAY, 'both_units', { what: 'plastic bought', whatVi: 'nhựa mua vào', first: 'plastic_bought_t_per_yr', second: PLASTIC_PER_DAY });
  }
  for (const spec of SURVEY_COLUMNS) {
    if (!spec.required || seen.has(spec.name)) continue;
    if (spec.name === 'plastic_bought_t_per_yr' && seen.has(PLASTIC_PER_DAY)) continue;
    // A unit conflict on the same quantity was reported already; say it once.
    if (out.errors.some((e) => e.code === 'unit_conflict' && e.params?.expected === spec.name)) continue;
    const alternative = spec.name === 'plastic_bought_t_per_yr' ? PLASTIC_PER_DAY : undefined;
    out.error(row, spec.name, 'missing_column', { column: spec.name, what: spec.what.en, whatVi: spec.what.vi, ...(alternative ? { alternative } : {}) });
  }
  return out.errors.length > 0 ? null : { byIndex, width, columns: cells.slice(0, width).map((c) => c.trim()) };
}

function readRow(cells: string[], row: number, header: HeaderMap, out: Collector): SurveyRecord | null {
  const before = out.errors.length;
  let width = cells.length;
  while (width > header.width && cells[width - 1].trim() === '') width--;
  if (width !== header.width) {
    // Too few cells: name the first column the row does not reach.
    const firstMissing = width < header.width ? (header.columns[width] ?? null) : null;
    out.error(row, firstMissing, 'field_count', { got: width, expected: header.width, short: firstMissing === null ? 0 : 1 });
    return null;
  }
  const record = emptyRecord(row);
  let plasticKgPerDay: number | null = null;
  let plasticPerDayColumn = false;
  for (const [i, spec] of header.byIndex) {
    const raw = cells[i] ?? '';
    if (spec === PLASTIC_PER_DAY) {
      plasticPerDayColumn = true;
      const n = readNumber(raw, { ...SPEC_BY_NAME.get('plastic_bought_t_per_yr')!, unit: 'kg/day', max: 1e8 });
      if ('code' in n) out.error(row, PLASTIC_PER_DAY, n.code, n.params);
      else plasticKgPerDay = n.value;
      continue;
    }
    if (spec.kind === 'text') {
      const text = raw.trim();
      if (text === '' && spec.required) out.error(row, spec.name, 'required_value', { what: spec.what.en, whatVi: spec.what.vi });
      (record as unknown as Record<string, unknown>)[spec.field] = spec.required ? text : (text === '' ? null : text);
    } else if (spec.kind === 'period') {
      const text = raw.trim();
      if (text === '') { out.error(row, spec.name, 'required_value', { what: spec.what.en, whatVi: spec.what.vi }); continue; }
      const period = readPeriod(text);
      if (period === null) out.error(row, spec.name, 'unknown_period', { got: show(text) });
      else record.period = period;
    } else {
      const n = readNumber(raw, spec);
      if ('code' in n) out.error(row, spec.name, n.code, n.params);
      else (record as unknown as Record<string, unknown>)[spec.field] = n.value;
    }
  }
  if (plasticPerDayColumn && plasticKgPerDay !== null) {
    if (record.workingDaysPerYr === null) out.warn(row, PLASTIC_PER_DAY, 'per_day_needs_days');
    else record.plasticBoughtTPerYr = (plasticKgPerDay * record.workingDaysPerYr) / 1000;
  }
  return out.errors.length === before ? record : null;
}

/** Plausibility checks that do not refuse the file. */
function checkPlausible(r: SurveyRecord, out: Collector): void {
  const bought = r.plasticBoughtTPerYr;
  if (bought !== null && r.productSoldTPerYr !== null && r.productSoldTPerYr > bought) {
    out.warn(r.row, 'product_sold_t_per_yr', 'yield_above_one', { product: r.productSoldTPerYr, bought });
  }
  const rejectKg = [r.rejectsOpenBurnedKgPerYr, r.rejectsBurnedAsFuelKgPerYr, r.rejectsDumpedKgPerYr, r.rejectsSoldKgPerYr, r.rejectsToBricksKgPerYr]
    .reduce<number>((a, b) => a + (b ?? 0), 0);
  if (bought !== null && rejectKg / 1000 > bought) {
    out.warn(r.row, 'rejects_open_burned_kg_per_yr', 'rejects_above_bought', { rejects: rejectKg / 1000, bought });
  }
  if (r.rejectsDumpFireKgPerYr !== null && r.rejectsDumpedKgPerYr !== null && r.rejectsDumpFireKgPerYr > r.rejectsDumpedKgPerYr) {
    out.warn(r.row, 'rejects_dump_fire_kg_per_yr', 'dump_fire_above_dumped', { burned: r.rejectsDumpFireKgPerYr, dumped: r.rejectsDumpedKgPerYr });
  }
}

/** True when text that should be UTF-8 CSV is really UTF-16 or binary read as UTF-8/Latin-1. */
function looksMisencoded(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return true;
  if (head.startsWith('\uFFFD\uFFFD') || head.startsWith('\u00FF\u00FE') || head.startsWith('\u00FE\u00FF')) return true;
  if (head.startsWith('\u00EF\u00BB\u00BF')) return false; // UTF-8 BOM read as Latin-1: handled as a BOM
  return head.startsWith('\uFFFE');
}

/** Reads survey CSV text. Never throws; every problem comes back with its row and column. */
export function parseSurveyCsv(text: string): SurveyParseResult {
  const out = new Collector();
  const fail = (): SurveyParseResult => {
    if (out.overflow) out.errors.push(makeIssue(null, null, 'too_many_errors', { limit: SURVEY_LIMITS.maxErrors }));
    return { ok: false, errors: out.errors, warnings: out.warnings };
  };
  try {
    if (typeof text !== 'string' || text.length === 0) { out.error(null, null, 'empty_file'); return fail(); }
    if (text.length > SURVEY_LIMITS.maxBytes) { out.error(null, null, 'too_large', { bytes: text.length, maxBytes: SURVEY_LIMITS.maxBytes }); return fail(); }
    if (looksMisencoded(text)) { out.error(null, null, 'bad_encoding'); return fail(); }
    let body = text;
    if (body.charCodeAt(0) === 0xfeff || body.startsWith('\u00EF\u00BB\u00BF')) {
      body = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body.slice(3);
      out.warn(1, null, 'bom_removed');
    }
    if (body.trim() === '') { out.error(null, null, 'empty_file'); return fail(); }

    const parsed = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: false, header: false });
    // A text cell this app wrote with a "'" in front of a formula character reads back as written.
    const rows = parsed.data.map((cells) => cells.map(unescapeCsvCell));
    for (const e of parsed.errors) {
      if (e.type === 'Quotes') out.error(typeof e.row === 'number' ? e.row + 1 : null, null, 'quote_error', { detail: e.message });
    }
    if (out.errors.length > 0) return fail();

    const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
    const isComment = (cells: string[]) => (cells[0] ?? '').trimStart().startsWith('#');
    const notes: string[] = [];
    let header: HeaderMap | null = null;
    let headerColumns: string[] = [];
    const records: SurveyRecord[] = [];
    const firstRowOf = new Map<string, number>();
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i];
      const row = i + 1;
      if (isBlank(cells)) continue;
      if (isComment(cells)) {
        const first = cells[0].trimStart();
        if (!first.startsWith(HELP_PREFIX.en.trim()) && !first.startsWith(HELP_PREFIX.vi.trim())) {
          notes.push(cells.filter((c) => c.trim() !== '').join(', ').replace(/^#\s*/, ''));
        }
        continue;
      }
      if (header === null) {
        // papaparse split the line at commas only: rejoined, it is the header line without quotes.
        const delimiter = foreignDelimiter(cells.join(','));
        if (delimiter !== null) {
          out.error(row, null, 'wrong_delimiter', { found: delimiter });
          return fail();
        }
        header = readHeader(cells, row, out);
        if (header === null) return fail();
        headerColumns = header.columns;
        continue;
      }
      const record = readRow(cells, row, header, out);
      if (record === null) continue;
      const key = `${record.householdId}\u0000${record.period}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        out.error(row, 'household_id', 'duplicate_row', { household: record.householdId, period: record.period, first });
        continue;
      }
      firstRowOf.set(key, row);
      checkPlausible(record, out);
      records.push(record);
    }
    if (header === null) { out.error(null, null, rows.some((r) => !isBlank(r)) ? 'no_header' : 'empty_file'); return fail(); }
    if (out.errors.length > 0) return fail();
    if (records.length === 0) { out.error(null, null, 'no_rows'); return fail(); }
    return { ok: true, survey: { format: SURVEY_FORMAT, version: SURVEY_VERSION, records, notes, columns: headerColumns }, warnings: out.warnings };
  } catch (e) {
    out.error(null, null, 'unreadable', { detail: e instanceof Error ? e.message : String(e) });
    return fail();
  }
}

/** Writes a survey back as CSV in the template's column order (null → empty cell). */
export function surveyToCsv(survey: Survey): string {
  const rows: CsvCell[][] = [SURVEY_COLUMNS.map((c) => c.name)];
  for (const note of survey.notes) rows.push(['# ' + note]);
  for (const r of survey.records) {
    rows.push(SURVEY_COLUMNS.map((c) => {
      const v = (r as unknown as Record<string, unknown>)[c.field];
      return typeof v === 'number' || typeof v === 'string' ? v : null;
    }));
  }
  return toCsvText(rows);
}

/** The record of a household in a period, if any. */
export function findRecord(survey: Survey, householdId: string, period: Period): SurveyRecord | undefined {
  return survey.records.find((r) => r.householdId === householdId && r.period === period);
}

export { formatSurveyIssue };
