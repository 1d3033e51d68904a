// Message tables for survey CSV import issues (survey.ts), in English and Vietnamese, built from
// an issue's stable `code` and `params` only, like schema-messages.ts does for scenarios. Every
// message says where (row and column, as a spreadsheet shows them: row 1 is the header) and
// what is wrong in plain words. No DOM and no Node APIs.

import { formatNumber, type MessageLang } from '../model/schema-messages.ts';

export interface SurveyIssueLike {
  /** Spreadsheet row number (1 = header row); null for the whole file. */
  row: number | null;
  /** Column name as written in the header; null for a whole row or the whole file. */
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
  message?: string;
}

type Params = Record<string, string | number>;
type Table = Record<string, (p: Params) => string>;

function num(p: Params, key: string, lang: MessageLang): string {
  const v = p[key];
  return typeof v === 'number' ? formatNumber(v, lang) : String(v ?? '?');
}

const DELIMITER_WORDS: Record<MessageLang, Record<string, string>> = {
  en: { ';': 'semicolons ";"', '\t': 'tabs', '|': 'vertical bars "|"' },
  vi: { ';': 'dấu chấm phẩy ";"', '\t': 'ký tự tab', '|': 'dấu gạch đứng "|"' },
};

const EN: Table = {
  empty_file: () => 'The file is empty; a survey file needs a header row and at least one household row (download the template)',
  too_large: (p) => `The file is too large (${num(p, 'bytes', 'en')} bytes); the limit is ${num(p, 'maxBytes', 'en')} bytes`,
  bad_encoding: () =>
    'The file is not saved as UTF-8 text (it looks like UTF-16 "Unicode text" or a spreadsheet file, with a byte-order mark or zero bytes); in the spreadsheet choose Save As → "CSV UTF-8 (comma delimited)"',
  bom_removed: () => 'starts with a UTF-8 byte-order mark (as Excel writes "CSV UTF-8"); it was removed and the file was read normally',
  wrong_delimiter: (p) =>
    `the columns are separated by ${DELIMITER_WORDS.en[String(p.found)] ?? JSON.stringify(p.found)}, not commas (spreadsheets set to Vietnamese or European number format save CSV this way); save the file as "CSV UTF-8 (comma delimited)" with a point "." as decimal separator`,
  no_header: () => 'The file has no header row: the first row that is not a comment (#) must list the column names of the template',
  no_rows: () => 'The file has a header row but no household rows',
  missing_column: (p) =>
    `the required column "${p.column}" (${p.what}) is missing from the header row${p.alternative ? `; use "${p.column}" or "${p.alternative}"` : ''}`,
  duplicate_column: (p) => `the column "${p.column}" appears twice in the header row (columns ${p.first} and ${p.second})`,
  unit_conflict: (p) =>
    `the column name gives ${p.what} in "${p.gotUnit}", but this quantity must be in ${p.expectedUnit}: convert the values and name the column "${p.expected}"`,
  both_units: (p) => `${p.what} is given twice, in columns "${p.first}" and "${p.second}" (mixed units); keep only one of them`,
  unknown_column: () => 'is not a column of the survey template; it was ignored',
  field_count: (p) =>
    `${p.short ? 'the row ends before this column: it ' : ''}has ${num(p, 'got', 'en')} cells but the header row has ${num(p, 'expected', 'en')} (a missing or extra comma, or a comma inside a value that is not in double quotes)`,
  quote_error: () =>
    'has a double quote " that is never closed or stands in the middle of a value; put values that contain commas or quotes inside double quotes and write a quote inside them as ""',
  required_value: (p) => `must not be empty (${p.what})`,
  not_number: (p) => `must be a number in ${p.unit}; got the text ${p.got} (leave the cell empty or write NA if the value is not known)`,
  decimal_comma: (p) => `must be a plain number with a point "." for decimals and no thousands separators; got ${p.got}`,
  unit_in_value: (p) =>
    p.sameUnit
      ? `must be a number only: the column is already in ${p.unit}; got ${p.got}, write it without "${p.found}"`
      : `mixes units: the column is in ${p.unit}, but the value ${p.got} is in "${p.found}"; convert it to ${p.unit} and write the number only`,
  negative: (p) => `must not be negative; got ${p.got}`,
  too_big: (p) => `must be at most ${num(p, 'limit', 'en')} ${p.unit}; got ${p.got}`,
  unknown_period: (p) => `must be "before" or "after" (or "trước" / "sau"); got ${p.got}`,
  duplicate_row: (p) => `household "${p.household}" already has a "${p.period}" row (row ${p.first}); each household has at most one row per period`,
  per_day_needs_days: () => 'plastic bought is given per day but working_days_per_yr is empty, so the tonnes per year are not known and are kept as missing',
  yield_above_one: (p) =>
    `product sold (${num(p, 'product', 'en')} t/yr) is more than plastic bought (${num(p, 'bought', 'en')} t/yr); check the units or stock changes`,
  rejects_above_bought: (p) =>
    `the rejects add up to ${num(p, 'rejects', 'en')} t/yr, more than the plastic bought (${num(p, 'bought', 'en')} t/yr); check that the reject columns are in kg per year`,
  dump_fire_above_dumped: (p) =>
    `the dumped rejects that burned (${num(p, 'burned', 'en')} kg/yr) are more than all dumped rejects (${num(p, 'dumped', 'en')} kg/yr)`,
  unreadable: (p) => `The file could not be read (${p.detail})`,
  too_many_errors: (p) => `More than ${num(p, 'limit', 'en')} problems were found; only the first ${num(p, 'limit', 'en')} are listed`,
};

const VI: Table = {
  empty_file: () => 'Tệp trống; tệp khảo sát cần một dòng tiêu đề và ít nhất một dòng hộ gia đình (hãy tải tệp mẫu)',
  too_large: (p) => `Tệp quá lớn (${num(p, 'bytes', 'vi')} byte); giới hạn là ${num(p, 'maxBytes', 'vi')} byte`,
  bad_encoding: () =>
    'Tệp không được lưu dưới dạng văn bản UTF-8 (có vẻ là "Unicode text" UTF-16 hoặc tệp bảng tính, có dấu thứ tự byte hoặc byte 0); trong bảng tính hãy chọn Lưu thành → "CSV UTF-8 (phân cách bằng dấu phẩy)"',
  bom_removed: () => 'bắt đầu bằng dấu thứ tự byte UTF-8 (Excel ghi như vậy khi lưu "CSV UTF-8"); dấu này đã được bỏ và tệp được đọc bình thường',
  wrong_delimiter: (p) =>
    `các cột được phân cách bằng ${DELIMITER_WORDS.vi[String(p.found)] ?? JSON.stringify(p.found)} chứ không phải dấu phẩy (bảng tính đặt định dạng số kiểu Việt Nam hoặc châu Âu lưu CSV như vậy); hãy lưu tệp dạng "CSV UTF-8 (phân cách bằng dấu phẩy)" với dấu chấm "." làm dấu thập phân`,
  no_header: () => 'Tệp không có dòng tiêu đề: dòng đầu tiên không phải chú thích (#) phải liệt kê tên các cột của tệp mẫu',
  no_rows: () => 'Tệp có dòng tiêu đề nhưng không có dòng hộ gia đình nào',
  missing_column: (p) =>
    `thiếu cột bắt buộc "${p.column}" (${p.whatVi ?? p.what}) trong dòng tiêu đề${p.alternative ? `; hãy dùng "${p.column}" hoặc "${p.alternative}"` : ''}`,
  duplicate_column: (p) => `cột "${p.column}" xuất hiện hai lần trong dòng tiêu đề (cột ${p.first} và ${p.second})`,
  unit_conflict: (p) =>
    `tên cột ghi ${p.whatVi ?? p.what} theo đơn vị "${p.gotUnit}", nhưng đại lượng này phải tính bằng ${p.expectedUnit}: hãy đổi giá trị và đặt tên cột là "${p.expected}"`,
  both_units: (p) => `${p.whatVi ?? p.what} được ghi hai lần, ở cột "${p.first}" và "${p.second}" (lẫn đơn vị); chỉ giữ một cột`,
  unknown_column: () => 'không phải là cột của mẫu khảo sát; cột này bị bỏ qua',
  field_count: (p) =>
    `${p.short ? 'dòng kết thúc trước cột này: dòng ' : ''}có ${num(p, 'got', 'vi')} ô nhưng dòng tiêu đề có ${num(p, 'expected', 'vi')} (thiếu hoặc thừa dấu phẩy, hoặc có dấu phẩy trong một giá trị không đặt trong dấu nháy kép)`,
  quote_error: () =>
    'có dấu nháy kép " không được đóng hoặc nằm giữa một giá trị; hãy đặt giá trị có dấu phẩy hoặc dấu nháy trong dấu nháy kép và viết dấu nháy bên trong thành ""',
  required_value: (p) => `không được để trống (${p.whatVi ?? p.what})`,
  not_number: (p) => `phải là một số theo đơn vị ${p.unit}; giá trị hiện tại là chữ ${p.got} (để trống ô hoặc ghi NA nếu không biết giá trị)`,
  decimal_comma: (p) => `phải là số viết thường, dùng dấu chấm "." cho phần thập phân và không có dấu phân cách hàng nghìn; giá trị hiện tại: ${p.got}`,
  unit_in_value: (p) =>
    p.sameUnit
      ? `chỉ được ghi số: cột đã tính bằng ${p.unit}; giá trị hiện tại ${p.got}, hãy bỏ "${p.found}"`
      : `lẫn đơn vị: cột tính bằng ${p.unit}, nhưng giá trị ${p.got} lại theo "${p.found}"; hãy đổi sang ${p.unit} và chỉ ghi số`,
  negative: (p) => `không được là số âm; giá trị hiện tại: ${p.got}`,
  too_big: (p) => `phải nhỏ hơn hoặc bằng ${num(p, 'limit', 'vi')} ${p.unit}; giá trị hiện tại: ${p.got}`,
  unknown_period: (p) => `phải là "before" hoặc "after" (hoặc "trước" / "sau"); giá trị hiện tại: ${p.got}`,
  duplicate_row: (p) => `hộ "${p.household}" đã có một dòng "${p.period}" (dòng ${p.first}); mỗi hộ chỉ có tối đa một dòng cho mỗi giai đoạn`,
  per_day_needs_days: () => 'lượng nhựa mua được ghi theo ngày nhưng working_days_per_yr để trống, nên không biết số tấn mỗi năm và giá trị được coi là thiếu',
  yield_above_one: (p) =>
    `sản phẩm bán (${num(p, 'product', 'vi')} t/năm) nhiều hơn nhựa mua vào (${num(p, 'bought', 'vi')} t/năm); hãy kiểm tra đơn vị hoặc thay đổi tồn kho`,
  rejects_above_bought: (p) =>
    `tổng phế phẩm là ${num(p, 'rejects', 'vi')} t/năm, nhiều hơn nhựa mua vào (${num(p, 'bought', 'vi')} t/năm); hãy kiểm tra các cột phế phẩm có tính bằng kg mỗi năm không`,
  dump_fire_above_dumped: (p) =>
    `phế phẩm đổ bỏ bị cháy (${num(p, 'burned', 'vi')} kg/năm) nhiều hơn toàn bộ phế phẩm đổ bỏ (${num(p, 'dumped', 'vi')} kg/năm)`,
  unreadable: (p) => `Không đọc được tệp (${p.detail})`,
  too_many_errors: (p) => `Tìm thấy hơn ${num(p, 'limit', 'vi')} lỗi; chỉ liệt kê ${num(p, 'limit', 'vi')} lỗi đầu tiên`,
};

const TABLES: Record<MessageLang, Table> = { en: EN, vi: VI };

/** The codes each language can word (tests check both languages know the same codes). */
export const SURVEY_MESSAGE_CODES: Record<MessageLang, readonly string[]> = { en: Object.keys(EN), vi: Object.keys(VI) };

/** "Row 5, column "coal_t_per_yr"" / "Dòng 5, cột "coal_t_per_yr"". */
export function describeSurveyWhere(issue: SurveyIssueLike, lang: MessageLang): string {
  const rowWord = lang === 'en' ? 'Row' : 'Dòng';
  const columnWord = lang === 'en' ? 'column' : 'cột';
  if (issue.row === null && issue.column === null) return lang === 'en' ? 'The file' : 'Tệp';
  if (issue.row === null) return `${lang === 'en' ? 'Column' : 'Cột'} "${issue.column}"`;
  if (issue.column === null) return `${rowWord} ${issue.row}`;
  return `${rowWord} ${issue.row}, ${columnWord} "${issue.column}"`;
}

/** Whole-file sentences that carry no "where" prefix. */
const FILE_CODES = new Set(['empty_file', 'too_large', 'bad_encoding', 'no_header', 'no_rows', 'too_many_errors', 'unreadable']);

export function formatSurveyIssue(issue: SurveyIssueLike, lang: MessageLang): string {
  const render = TABLES[lang][issue.code];
  if (!render) return `${describeSurveyWhere(issue, lang)}: ${issue.message ?? issue.code}`;
  const body = render(issue.params ?? {});
  if (FILE_CODES.has(issue.code) && issue.row === null && issue.column === null) return body + '.';
  return `${describeSurveyWhere(issue, lang)}: ${body}.`;
}
