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
import { unescapeCsvCell } from '../io/csv.ts';
import { escapeSegment } from '../io/json-pointer.ts';
import { formatSurveyIssue } from './survey-messages.ts';
import { readNumber, readPeriod, show, STEMS, UNIT_SUFFIX_WORDS } from './survey-cells.ts';
import { NUMBER_SPECS, PLASTIC_PER_DAY, SPEC_BY_NAME, SURVEY_COLUMNS, type ColumnSpec } from './survey-columns.ts';
import { SURVEY_FORMAT, SURVEY_LIMITS, SURVEY_VERSION, type SurveyIssue, type SurveyParseResult, type SurveyRecord } from './survey-format.ts';
import { HELP_PREFIX } from './survey-template.ts';

export * from './survey-columns.ts';
export * from './survey-format.ts';
export * from './survey-template.ts';

// ---------------------------------------------------------------------------------------------
// Parsing

class Collector {
  errors: SurveyIssue[] = [];
  warnings: SurveyIssue[] = [];
  overflow = false;

  add(kind: 'error' | 'warning', row: number | null, column: string | null, code: string, params: Record<string, string | number> = {}): void {
    const list = kind === 'error' ? this.errors : this.warnings;
    if (list.length >= SURVEY_LIMITS.maxErrors) {
      if (kind === 'error') this.overflow = true;
      return;
    }
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

/** Which delimiter the header line uses, if it is clearly not a comma. */
function foreignDelimiter(line: string): string | null {
  const unquoted = line.replace(/"[^"]*"/g, '');
  const commas = (unquoted.match(/,/g) ?? []).length;
  let best: string | null = null;
  let bestCount = commas;
  for (const d of [';', '\t', '|']) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
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
    if (first !== undefined) {
      out.error(row, original, 'duplicate_column', { column: original, first: first + 1, second: i + 1 });
      continue;
    }
    seen.set(name, i);
    const spec = SPEC_BY_NAME.get(name);
    if (spec) {
      byIndex.set(i, spec);
      continue;
    }
    if (name === PLASTIC_PER_DAY) {
      byIndex.set(i, PLASTIC_PER_DAY);
      continue;
    }
    const stemmed = STEMS.find(({ stem }) => name.startsWith(stem + '_'));
    if (stemmed) {
      const suffix = name.slice(stemmed.stem.length + 1);
      const plasticAlternative = stemmed.spec.name === 'plastic_bought_t_per_yr' ? ` or kg/day (${PLASTIC_PER_DAY})` : '';
      out.error(row, original, 'unit_conflict', {
        what: stemmed.spec.what.en,
        whatVi: stemmed.spec.what.vi,
        gotUnit: UNIT_SUFFIX_WORDS[suffix] ?? suffix,
        expectedUnit: stemmed.spec.unit + plasticAlternative,
        expected: stemmed.spec.name,
      });
      continue;
    }
    out.warn(row, original, 'unknown_column', { column: original });
  }
  if (seen.has('plastic_bought_t_per_yr') && seen.has(PLASTIC_PER_DAY)) {
    out.error(row, PLASTIC_PER_DAY, 'both_units', {
      what: 'plastic bought',
      whatVi: 'nhựa mua vào',
      first: 'plastic_bought_t_per_yr',
      second: PLASTIC_PER_DAY,
    });
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
      (record as unknown as Record<string, unknown>)[spec.field] = spec.required ? text : text === '' ? null : text;
    } else if (spec.kind === 'period') {
      const text = raw.trim();
      if (text === '') {
        out.error(row, spec.name, 'required_value', { what: spec.what.en, whatVi: spec.what.vi });
        continue;
      }
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
  const rejectKg = [
    r.rejectsOpenBurnedKgPerYr,
    r.rejectsBurnedAsFuelKgPerYr,
    r.rejectsDumpedKgPerYr,
    r.rejectsSoldKgPerYr,
    r.rejectsToBricksKgPerYr,
  ].reduce<number>((a, b) => a + (b ?? 0), 0);
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
    if (typeof text !== 'string' || text.length === 0) {
      out.error(null, null, 'empty_file');
      return fail();
    }
    if (text.length > SURVEY_LIMITS.maxBytes) {
      out.error(null, null, 'too_large', { bytes: text.length, maxBytes: SURVEY_LIMITS.maxBytes });
      return fail();
    }
    if (looksMisencoded(text)) {
      out.error(null, null, 'bad_encoding');
      return fail();
    }
    let body = text;
    if (body.charCodeAt(0) === 0xfeff || body.startsWith('\u00EF\u00BB\u00BF')) {
      body = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body.slice(3);
      out.warn(1, null, 'bom_removed');
    }
    if (body.trim() === '') {
      out.error(null, null, 'empty_file');
      return fail();
    }

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
          notes.push(
            cells
              .filter((c) => c.trim() !== '')
              .join(', ')
              .replace(/^#\s*/, ''),
          );
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
    if (header === null) {
      out.error(null, null, rows.some((r) => !isBlank(r)) ? 'no_header' : 'empty_file');
      return fail();
    }
    if (out.errors.length > 0) return fail();
    if (records.length === 0) {
      out.error(null, null, 'no_rows');
      return fail();
    }
    return { ok: true, survey: { format: SURVEY_FORMAT, version: SURVEY_VERSION, records, notes, columns: headerColumns }, warnings: out.warnings };
  } catch (e) {
    out.error(null, null, 'unreadable', { detail: e instanceof Error ? e.message : String(e) });
    return fail();
  }
}

export { formatSurveyIssue };
