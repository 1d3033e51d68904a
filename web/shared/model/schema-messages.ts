// Message tables for scenario validation issues, in English and Vietnamese. A message is built
// from the issue's stable `code` and `params` only, so the same issue can be shown in either
// language. No DOM and no Node APIs: used on the main thread, in the worker and in Node.

import { boundLabel, boundOf } from './bounds.ts';

export type MessageLang = 'en' | 'vi';

/** The fields of a ValidationIssue that a message is built from. */
export interface IssueLike {
  path: string;
  code: string;
  params?: Record<string, string | number>;
  message?: string;
}

type Params = Record<string, string | number>;
type Table = Record<string, (p: Params) => string>;

const GROUPING: Record<MessageLang, string> = { en: ',', vi: '.' };
const DECIMAL: Record<MessageLang, string> = { en: '.', vi: ',' };

/** 1000000 -> "1,000,000" (en) or "1.000.000" (vi); very large or tiny numbers keep JS notation. */
export function formatNumber(x: number, lang: MessageLang): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-6)) return String(x);
  const [intPart, frac] = String(Math.round(x * 1e9) / 1e9).split('.');
  const sign = intPart.startsWith('-') ? '-' : '';
  const digits = sign ? intPart.slice(1) : intPart;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUPING[lang]);
  return sign + grouped + (frac ? DECIMAL[lang] + frac : '');
}

const TYPE_WORDS: Record<MessageLang, Record<string, string>> = {
  en: {
    number: 'a number',
    string: 'text in quotes',
    object: 'an object { … }',
    array: 'a list [ … ]',
    boolean: 'true or false',
    null: 'null',
    undefined: 'nothing',
    int: 'a whole number',
    efvalue: 'a number ≥ 0, the text "ND" or an object { "value": … }',
    localtext: 'text in quotes or { "vi": "…", "en": "…" }',
  },
  vi: {
    number: 'một số',
    string: 'một chuỗi chữ trong dấu nháy',
    object: 'một đối tượng { … }',
    array: 'một danh sách [ … ]',
    boolean: 'true hoặc false',
    null: 'null',
    undefined: 'không có gì',
    int: 'một số nguyên',
    efvalue: 'một số ≥ 0, chữ "ND" hoặc một đối tượng { "value": … }',
    localtext: 'một chuỗi chữ trong dấu nháy hoặc { "vi": "…", "en": "…" }',
  },
};

const MEASURE_WORDS: Record<MessageLang, Record<string, string>> = {
  en: { day: 'days', 'h/day': 'h/day', worker: 'workers', item: 'items', char: 'characters' },
  vi: {
    day: 'ngày',
    h: 'giờ',
    'h/day': 'giờ/ngày',
    worker: 'người',
    item: 'mục',
    char: 'ký tự',
    't/day': 'tấn/ngày',
    'kg/h': 'kg/giờ',
    'kg/t': 'kg/tấn',
    'MJ/t': 'MJ/tấn',
    'kWh/t': 'kWh/tấn',
    'm³/t': 'm³/tấn',
    't/MWh': 'tấn/MWh',
    't/TJ': 'tấn/TJ',
    'µg TEQ/t': 'µg TEQ/tấn',
  },
};

/** A unit of the table of numbers (web/shared/model/field-table.ts) as a reader of `lang` writes it. */
export function unitWord(unit: string, lang: MessageLang): string {
  return MEASURE_WORDS[lang][unit] ?? unit;
}

function typeWord(t: string | number | undefined, lang: MessageLang): string {
  const key = String(t ?? '');
  return TYPE_WORDS[lang][key] ?? key;
}

function num(p: Params, key: string, lang: MessageLang): string {
  const v = p[key];
  return typeof v === 'number' ? formatNumber(v, lang) : String(v ?? '?');
}

function measure(p: Params, lang: MessageLang): string {
  const m = p.measure;
  if (m === undefined || m === '') return '';
  return ' ' + unitWord(String(m), lang);
}

function gotPart(p: Params, lang: MessageLang): string {
  if (p.got === undefined) return '';
  return lang === 'en' ? `; got ${p.got}` : `; giá trị hiện tại: ${p.got}`;
}

const JSON_REASONS: Record<MessageLang, Record<string, string>> = {
  en: {
    end: 'the text ends too early (something is not closed)',
    expected_value: 'expected a value (a number, "text", true, false, null, { or [), found {found}',
    expected_key: 'expected a field name in double quotes, found {found}',
    expected_colon: 'expected ":" after a field name, found {found}',
    expected_comma_or_brace: 'expected "," or "}", found {found}',
    expected_comma_or_bracket: 'expected "," or "]", found {found}',
    unclosed_string: 'a text in quotes is not closed',
    control_in_string: 'a line break or control character inside a text in quotes',
    bad_escape: 'a backslash starts an unknown escape',
    trailing_text: 'unexpected text after the end of the JSON value: {found}',
    unknown: 'a syntax error',
  },
  vi: {
    end: 'văn bản kết thúc quá sớm (có phần chưa được đóng)',
    expected_value: 'cần một giá trị (số, "chuỗi", true, false, null, { hoặc [), nhưng gặp {found}',
    expected_key: 'cần tên trường trong dấu nháy kép, nhưng gặp {found}',
    expected_colon: 'cần dấu ":" sau tên trường, nhưng gặp {found}',
    expected_comma_or_brace: 'cần dấu "," hoặc "}", nhưng gặp {found}',
    expected_comma_or_bracket: 'cần dấu "," hoặc "]", nhưng gặp {found}',
    unclosed_string: 'một chuỗi trong dấu nháy chưa được đóng',
    control_in_string: 'có ký tự xuống dòng hoặc ký tự điều khiển trong chuỗi',
    bad_escape: 'dấu gạch chéo ngược mở đầu một ký tự thoát không hợp lệ',
    trailing_text: 'có văn bản thừa sau khi giá trị JSON đã kết thúc: {found}',
    unknown: 'lỗi cú pháp',
  },
};

function jsonReason(p: Params, lang: MessageLang): string {
  const template = JSON_REASONS[lang][String(p.reason)] ?? JSON_REASONS[lang].unknown;
  return template.replace('{found}', String(p.found ?? '?'));
}

const EN: Table = {
  required: () => 'is required but missing',
  invalid_type: (p) => `must be ${typeWord(p.expected, 'en')}; got ${typeWord(p.received, 'en')}${p.got !== undefined ? ` (${p.got})` : ''}`,
  // NaN is what a box holds when what was typed is not a number ("abc"): said so, not "got NaN".
  not_finite: (p) => (p.got === 'NaN' ? 'must be a number; what was typed is not one' : `must be an ordinary finite number; got ${p.got}`),
  too_small: (p) =>
    p.inclusive
      ? `must be at least ${num(p, 'limit', 'en')}${measure(p, 'en')}${gotPart(p, 'en')}`
      : `must be more than ${num(p, 'limit', 'en')}${measure(p, 'en')}${gotPart(p, 'en')}`,
  too_big: (p) =>
    p.inclusive
      ? `must be at most ${num(p, 'limit', 'en')}${measure(p, 'en')}${gotPart(p, 'en')}`
      : `must be less than ${num(p, 'limit', 'en')}${measure(p, 'en')}${gotPart(p, 'en')}`,
  too_short: (p) => (Number(p.limit) <= 1 ? 'must not be empty' : `must have at least ${num(p, 'limit', 'en')} characters; got ${num(p, 'got', 'en')}`),
  too_long: (p) => `must have at most ${num(p, 'limit', 'en')} characters; got ${num(p, 'got', 'en')}`,
  too_few_items: (p) => `must list at least ${num(p, 'limit', 'en')} item(s); got ${num(p, 'got', 'en')}`,
  too_many_items: (p) => `must list at most ${num(p, 'limit', 'en')} items; got ${num(p, 'got', 'en')}`,
  invalid_value: (p) => `must be one of ${p.allowed}; got ${p.got}`,
  wrong_format: (p) => `must be exactly "${p.expected}" (this app reads scenario files only); got ${p.got}`,
  unknown_version: (p) => `version ${p.got} is not supported; this app reads version ${p.supported} files`,
  unknown_key: (p) => `"${p.key}" is not allowed here; allowed keys are ${p.allowed}`,
  unknown_field: (p) => `unknown field "${p.key}" (ignored)`,
  forbidden_key: (p) => `the key "${p.key}" is not allowed anywhere in a scenario file (it could corrupt the program)`,
  sum_not_one: (p) => `the shares must add up to 1; they add up to ${p.sum}`,
  shares_rescaled: (p) => `the shares add up to ${p.sum}, not exactly 1; each was divided by ${p.sum} so that they do (and the mass balance closes)`,
  duplicate_id: (p) => `the id "${p.id}" is used twice, by units/${p.first} and units/${p.second}; each unit needs its own id`,
  invalid_id: (p) => `must use only letters A–Z, a–z, digits and . _ - ; got ${p.got}`,
  invalid_pointer: (p) =>
    `must be a JSON Pointer such as "/feed/tonnesPerDay" (starting with "/", with "~" written as "~0" and "/" inside a name as "~1"); got ${p.got}`,
  invalid_currency: (p) => `must be a three-letter currency code such as "VND" or "USD"; got ${p.got}`,
  bricks_required: (p) =>
    `is required because residues/plasticRoutes/bricks sends a share of ${p.share} of the plastic rejects to bricks; add a "bricks" object with plasticMassFraction, brickMassKg, …`,
  availability_partial: (p) =>
    `only ${p.given} is given, without ${p.missing}; both are needed to compute availability, so this unit is treated as always available`,
  backup_is_plastic: () => 'backupFuel "plasticRejects" cannot cover a shortage of plastic rejects; use coal, wood, lpg or electricity',
  zero_capacity: () => 'capacity is 0 (or missing), so this unit processes nothing and the whole line stands still',
  dynamics_budget: (p) =>
    `this run would take about ${countInWords(Number(p.events), 'en')} events (lots × units × years × replications), more than the ${countInWords(Number(p.budget), 'en')} one run may take; use fewer years or replications, or larger lots`,
  dynamics_truncated: () => 'the run took far more events than estimated and was stopped; use fewer years or larger lots',
  lot_too_small: (p) => `the lot size is ${p.got} kg; the smallest lot is ${p.limit} kg`,
  burn_share_unused: () =>
    'burnShare is no longer used: at each burn event the stockpile now follows residues.plasticRoutes (open burning, dumping, bricks…), as in the steady state',
  zero_or_at_least: (p) => `must be 0 or at least ${p.limit} ${p.unit}; got ${p.got}`,
  dist_order: (p) => `the distribution needs ${p.rule}; got ${p.got}`,
  not_object: (p) => `The file must contain one JSON object { … } describing a scenario; it contains ${typeWord(p.received, 'en')} instead`,
  invalid_json: (p) => `The file is not valid JSON: ${jsonReason(p, 'en')} at line ${p.line}, column ${p.column}`,
  empty_file: () => 'The file is empty; a scenario file must contain one JSON object { … }',
  too_large: (p) => `The file is too large (${num(p, 'bytes', 'en')} bytes); the limit is ${num(p, 'maxBytes', 'en')} bytes, so it was not read`,
  not_text: (p) => `The input must be text; got ${typeWord(p.received, 'en')}`,
  too_deep: (p) =>
    `The file nests objects or lists more than ${p.limit} levels deep${p.line !== undefined ? ` (at line ${p.line}, column ${p.column})` : ''}; no file of this app needs more than a few, so it was not read`,
  duplicate_key: (p) => `the field "${p.key}" is written twice in the same object; JSON would keep only the last one silently, so write it once`,
  invalid: (p) => `is not valid${p.detail ? ` (${p.detail})` : ''}`,
  result_not_finite: (p) =>
    `the results cannot be shown: ${p.figure} would be ${p.value}, and this number is the likeliest cause${gotPart(p, 'en')}; check it against its accepted range`,
};

const VI: Table = {
  required: () => 'là bắt buộc nhưng đang thiếu',
  invalid_type: (p) => `phải là ${typeWord(p.expected, 'vi')}; hiện là ${typeWord(p.received, 'vi')}${p.got !== undefined ? ` (${p.got})` : ''}`,
  not_finite: (p) => (p.got === 'NaN' ? 'phải là một số; nội dung đã nhập không phải là số' : `phải là một số hữu hạn bình thường; giá trị hiện tại: ${p.got}`),
  too_small: (p) =>
    p.inclusive
      ? `phải lớn hơn hoặc bằng ${num(p, 'limit', 'vi')}${measure(p, 'vi')}${gotPart(p, 'vi')}`
      : `phải lớn hơn ${num(p, 'limit', 'vi')}${measure(p, 'vi')}${gotPart(p, 'vi')}`,
  too_big: (p) =>
    p.inclusive
      ? `phải nhỏ hơn hoặc bằng ${num(p, 'limit', 'vi')}${measure(p, 'vi')}${gotPart(p, 'vi')}`
      : `phải nhỏ hơn ${num(p, 'limit', 'vi')}${measure(p, 'vi')}${gotPart(p, 'vi')}`,
  too_short: (p) => (Number(p.limit) <= 1 ? 'không được để trống' : `phải có ít nhất ${num(p, 'limit', 'vi')} ký tự; hiện có ${num(p, 'got', 'vi')}`),
  too_long: (p) => `chỉ được có tối đa ${num(p, 'limit', 'vi')} ký tự; hiện có ${num(p, 'got', 'vi')}`,
  too_few_items: (p) => `phải có ít nhất ${num(p, 'limit', 'vi')} mục; hiện có ${num(p, 'got', 'vi')}`,
  too_many_items: (p) => `chỉ được có tối đa ${num(p, 'limit', 'vi')} mục; hiện có ${num(p, 'got', 'vi')}`,
  invalid_value: (p) => `phải là một trong các giá trị ${p.allowed}; giá trị hiện tại: ${p.got}`,
  wrong_format: (p) => `phải đúng là "${p.expected}" (ứng dụng chỉ đọc tệp kịch bản); giá trị hiện tại: ${p.got}`,
  unknown_version: (p) => `phiên bản ${p.got} không được hỗ trợ; ứng dụng này đọc tệp phiên bản ${p.supported}`,
  unknown_key: (p) => `không được dùng "${p.key}" ở đây; các khóa hợp lệ là ${p.allowed}`,
  unknown_field: (p) => `trường không xác định "${p.key}" (bị bỏ qua)`,
  forbidden_key: (p) => `khóa "${p.key}" không được phép xuất hiện trong tệp kịch bản (có thể làm hỏng chương trình)`,
  sum_not_one: (p) => `tổng các tỷ lệ phải bằng 1; hiện tổng là ${p.sum}`,
  shares_rescaled: (p) => `tổng các tỷ lệ là ${p.sum}, không đúng bằng 1; mỗi tỷ lệ đã được chia cho ${p.sum} để tổng bằng 1 (và cân bằng khối lượng khép kín)`,
  duplicate_id: (p) => `mã "${p.id}" bị dùng hai lần, ở units/${p.first} và units/${p.second}; mỗi thiết bị cần một mã riêng`,
  invalid_id: (p) => `chỉ được dùng chữ cái A–Z, a–z, chữ số và . _ - ; giá trị hiện tại: ${p.got}`,
  invalid_pointer: (p) =>
    `phải là một JSON Pointer như "/feed/tonnesPerDay" (bắt đầu bằng "/", viết "~" thành "~0" và "/" trong tên thành "~1"); giá trị hiện tại: ${p.got}`,
  invalid_currency: (p) => `phải là mã tiền tệ ba chữ cái như "VND" hoặc "USD"; giá trị hiện tại: ${p.got}`,
  bricks_required: (p) =>
    `là bắt buộc vì residues/plasticRoutes/bricks đưa tỷ lệ ${p.share} nhựa thải đi làm gạch; hãy thêm đối tượng "bricks" với plasticMassFraction, brickMassKg, …`,
  availability_partial: (p) => `chỉ có ${p.given} mà thiếu ${p.missing}; cần cả hai để tính độ sẵn sàng, nên thiết bị này được coi là luôn hoạt động`,
  backup_is_plastic: () => 'backupFuel "plasticRejects" không thể bù khi thiếu nhựa thải; hãy dùng coal, wood, lpg hoặc electricity',
  zero_capacity: () => 'công suất bằng 0 (hoặc bị thiếu), nên thiết bị này không xử lý gì và cả dây chuyền dừng lại',
  dynamics_budget: (p) =>
    `lượt chạy này cần khoảng ${countInWords(Number(p.events), 'vi')} sự kiện (số lô × thiết bị × năm × lần lặp), nhiều hơn mức ${countInWords(Number(p.budget), 'vi')} cho phép; hãy giảm số năm hoặc số lần lặp, hoặc tăng cỡ lô`,
  dynamics_truncated: () => 'lượt chạy cần nhiều sự kiện hơn ước tính rất nhiều nên đã dừng; hãy giảm số năm hoặc tăng cỡ lô',
  lot_too_small: (p) => `cỡ lô là ${p.got} kg; lô nhỏ nhất là ${p.limit} kg`,
  burn_share_unused: () =>
    'burnShare không còn được dùng: mỗi lần dọn đống phế phẩm, nhựa đi theo các đường xử lý trong residues.plasticRoutes (đốt lộ thiên, đổ bãi, làm gạch…), như ở trạng thái ổn định',
  zero_or_at_least: (p) => `phải bằng 0 hoặc ít nhất ${p.limit} ${p.unit}; giá trị hiện tại: ${p.got}`,
  dist_order: (p) => `phân phối cần thỏa ${p.rule}; giá trị hiện tại: ${p.got}`,
  not_object: (p) => `Tệp phải chứa một đối tượng JSON { … } mô tả kịch bản; nhưng lại chứa ${typeWord(p.received, 'vi')}`,
  invalid_json: (p) => `Tệp không phải JSON hợp lệ: ${jsonReason(p, 'vi')} ở dòng ${p.line}, cột ${p.column}`,
  empty_file: () => 'Tệp trống; tệp kịch bản phải chứa một đối tượng JSON { … }',
  too_large: (p) => `Tệp quá lớn (${num(p, 'bytes', 'vi')} byte); giới hạn là ${num(p, 'maxBytes', 'vi')} byte nên tệp không được đọc`,
  not_text: (p) => `Dữ liệu vào phải là văn bản; hiện là ${typeWord(p.received, 'vi')}`,
  too_deep: (p) =>
    `Tệp lồng các đối tượng hoặc danh sách sâu hơn ${p.limit} cấp${p.line !== undefined ? ` (ở dòng ${p.line}, cột ${p.column})` : ''}; không tệp nào của ứng dụng cần nhiều hơn vài cấp, nên tệp không được đọc`,
  duplicate_key: (p) => `trường "${p.key}" được viết hai lần trong cùng một đối tượng; JSON sẽ lặng lẽ chỉ giữ lần cuối, nên hãy chỉ viết một lần`,
  invalid: (p) => `không hợp lệ${p.detail ? ` (${p.detail})` : ''}`,
  result_not_finite: (p) =>
    `không thể hiển thị kết quả: ${p.figure} sẽ là ${p.value}, và con số này là nguyên nhân khả dĩ nhất${gotPart(p, 'vi')}; hãy kiểm tra nó với khoảng giá trị được chấp nhận`,
};

const TABLES: Record<MessageLang, Table> = { en: EN, vi: VI };

/** The codes each language can word (tests check that both languages know the same codes). */
export const MESSAGE_CODES: Record<MessageLang, readonly string[]> = { en: Object.keys(EN), vi: Object.keys(VI) };
export const JSON_REASON_CODES: Record<MessageLang, readonly string[]> = { en: Object.keys(JSON_REASONS.en), vi: Object.keys(JSON_REASONS.vi) };

/** Codes whose message is a whole sentence about the document, not about one field. */
/** A large count in words, three significant digits: "3.60 billion", "3,6 tỉ". */
function countInWords(n: number, lang: MessageLang): string {
  const [scale, en, vi] = n >= 1e9 ? [1e9, 'billion', 'tỉ'] : n >= 1e6 ? [1e6, 'million', 'triệu'] : [1, '', ''];
  const x = Number((n / scale).toPrecision(3));
  const digits = lang === 'vi' ? x.toLocaleString('vi-VN') : x.toLocaleString('en-US');
  const word = lang === 'vi' ? vi : en;
  return word ? `${digits} ${word}` : digits;
}

const DOCUMENT_CODES = new Set([
  'not_object',
  'invalid_json',
  'empty_file',
  'too_large',
  'not_text',
  'too_deep',
  'dynamics_budget',
  'dynamics_truncated',
  'lot_too_small',
]);

/** "units/2/capacityKgPerHour (capacity, Extruder)": the path, the field in words (for every
 *  number of field-table.ts) and the unit's name (params.unitName). */
export function describeWhere(issue: IssueLike, lang: MessageLang): string {
  const where = issue.path === '' ? (lang === 'en' ? 'The file' : 'Tệp') : issue.path.slice(1);
  const match = issue.path === '' ? null : boundOf(issue.path);
  const unitName = (lang === 'vi' ? issue.params?.unitNameVi : undefined) ?? issue.params?.unitName;
  const words = [match ? boundLabel(match, lang) : '', unitName !== undefined ? String(unitName) : ''].filter((w) => w !== '');
  return words.length > 0 ? `${where} (${words.join(', ')})` : where;
}

/** The message of an issue without the field it names ("must be at least 0; got -2"), or
 *  undefined for a code the tables do not know; other files' messages (the village file) name
 *  the field their own way. */
export function issueBody(issue: IssueLike, lang: MessageLang): string | undefined {
  return TABLES[lang][issue.code]?.(issue.params ?? {});
}

export function formatIssueMessage(issue: IssueLike, lang: MessageLang): string {
  const params = issue.params ?? {};
  const render = TABLES[lang][issue.code];
  if (!render) {
    // An unknown code (should not happen): fall back on the stored English message.
    return `${describeWhere(issue, lang)}: ${issue.message ?? issue.code}`;
  }
  const body = render(params);
  if (DOCUMENT_CODES.has(issue.code) && issue.path === '') return body.endsWith('.') ? body : body + '.';
  return `${describeWhere(issue, lang)}: ${body}`;
}
