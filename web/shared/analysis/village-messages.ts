// Messages for village and province file issues, in English and Vietnamese. A message names the
// group (its id and name), the field in words and its JSON Pointer, then the problem:
//   group "film-lines" (Film lines), number of households [/groups/0/households]: must be more than 0; got -3
// The problem itself is worded by the scenario message tables where the code is the same
// (schema-messages.ts), so the two files speak alike. No DOM and no Node APIs.

import { formatIssueMessage, issueBody, type MessageLang } from '../model/schema-messages.ts';
import type { ValidationIssue } from '../model/scenario-schema.ts';
import { pointerSegments } from '../io/json-pointer.ts';

/** A problem with a village or province file. `path` is a JSON Pointer into the file the
 *  village or province was read from; a problem inside a group's scenario also carries the
 *  scenario's own issue (`inner`) and, for a scenario file, its path as written (`file`). */
export interface VillageIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
  /** The group the problem is in: its index, id and name as far as the file gives them. */
  group?: { index: number; id?: string; name?: string };
  inner?: ValidationIssue;
  file?: string;
  /** The message in English (formatVillageIssue gives it in Vietnamese too). */
  message: string;
}

type Params = Record<string, string | number>;
type Table = Record<string, (p: Params) => string>;

/** Field words, keyed by the path with list indices written as "*". */
const FIELDS: Record<MessageLang, Record<string, string>> = {
  en: {
    format: 'file format',
    version: 'format version',
    id: 'village id',
    name: 'name',
    nameVi: 'Vietnamese name',
    description: 'description',
    site: 'site',
    'site.name': 'site name',
    'site.commune': 'commune',
    'site.district': 'district',
    'site.province': 'province',
    'site.country': 'country',
    groups: 'list of groups',
    'groups.*': 'group',
    'groups.*.id': 'group id',
    'groups.*.name': 'group name',
    'groups.*.nameVi': 'Vietnamese group name',
    'groups.*.description': 'group description',
    'groups.*.households': 'number of households',
    'groups.*.lineType': 'line type',
    'groups.*.scenario': 'scenario (a file path or an inline scenario)',
    'groups.*.adoption': 'adoption',
    'groups.*.adoption.share': 'adoption share',
    'groups.*.adoption.measures': 'adoption measures',
    'groups.*.adoption.measures.*': 'adoption measure',
    catalogue: 'measures catalogue (file path)',
    context: 'national context',
    'context.nationalOpenBurningGTeqPerYear': 'national open-burning PCDD/F figure (g TEQ/yr)',
    'context.source': 'source of the national figure',
    'context.status': 'status of the national figure (R, M, D or E)',
    'context.period': 'period of the national figure',
    'context.note': 'note on the national figure',
    provenance: 'provenance',
    'provenance.*': 'provenance entry',
    'provenance.*.source': 'provenance source',
    'provenance.*.status': 'provenance status',
    'provenance.*.note': 'provenance note',
    villages: 'list of villages',
    'villages.*': 'village',
  },
  vi: {
    format: 'định dạng tệp',
    version: 'phiên bản định dạng',
    id: 'mã làng',
    name: 'tên',
    nameVi: 'tên tiếng Việt',
    description: 'mô tả',
    site: 'địa điểm',
    'site.name': 'tên địa điểm',
    'site.commune': 'xã/thị trấn',
    'site.district': 'huyện',
    'site.province': 'tỉnh',
    'site.country': 'quốc gia',
    groups: 'danh sách nhóm',
    'groups.*': 'nhóm',
    'groups.*.id': 'mã nhóm',
    'groups.*.name': 'tên nhóm',
    'groups.*.nameVi': 'tên nhóm tiếng Việt',
    'groups.*.description': 'mô tả nhóm',
    'groups.*.households': 'số hộ',
    'groups.*.lineType': 'loại dây chuyền',
    'groups.*.scenario': 'kịch bản (đường dẫn tệp hoặc kịch bản viết trực tiếp)',
    'groups.*.adoption': 'việc áp dụng',
    'groups.*.adoption.share': 'tỷ lệ hộ áp dụng',
    'groups.*.adoption.measures': 'các biện pháp áp dụng',
    'groups.*.adoption.measures.*': 'biện pháp áp dụng',
    catalogue: 'danh mục biện pháp (đường dẫn tệp)',
    context: 'bối cảnh quốc gia',
    'context.nationalOpenBurningGTeqPerYear': 'số liệu PCDD/F đốt lộ thiên toàn quốc (g TEQ/năm)',
    'context.source': 'nguồn của số liệu toàn quốc',
    'context.status': 'mức tin cậy của số liệu toàn quốc (R, M, D hoặc E)',
    'context.period': 'giai đoạn của số liệu toàn quốc',
    'context.note': 'ghi chú về số liệu toàn quốc',
    provenance: 'nguồn gốc số liệu',
    'provenance.*': 'mục nguồn gốc',
    'provenance.*.source': 'nguồn',
    'provenance.*.status': 'mức tin cậy',
    'provenance.*.note': 'ghi chú',
    villages: 'danh sách làng',
    'villages.*': 'làng',
  },
};

const REF_WORDS: Record<MessageLang, Record<string, string>> = {
  en: {
    scenario_ref: 'a scenario file path in quotes or an inline scenario object { … }',
    village_ref: 'a village file path in quotes or an inline village object { … }',
  },
  vi: {
    scenario_ref: 'đường dẫn tệp kịch bản trong dấu nháy hoặc một đối tượng kịch bản { … }',
    village_ref: 'đường dẫn tệp làng trong dấu nháy hoặc một đối tượng làng { … }',
  },
};
const KIND_WORDS: Record<MessageLang, Record<string, string>> = {
  en: { number: 'a number', string: 'text', object: 'an object', array: 'a list', boolean: 'true or false', null: 'null' },
  vi: { number: 'một số', string: 'chữ', object: 'một đối tượng', array: 'một danh sách', boolean: 'true hoặc false', null: 'null' },
};

const EN: Table = {
  wrong_format: (p) => `must be exactly "${p.expected}"; got ${p.got}`,
  unknown_version: (p) => `version ${p.got} is not supported; this app reads version ${p.supported} files`,
  not_object: (p) =>
    `The file must contain one JSON object { … } with "format": "${p.format}"; it contains ${KIND_WORDS.en[String(p.received)] ?? p.received} instead`,
  invalid_json: (p) => `The file is not valid JSON (${p.detail})`,
  empty_file: () => 'The file is empty',
  too_large: (p) => `The file is too large (${p.bytes} characters; the limit is ${p.maxBytes})`,
  not_text: () => 'The input must be text',
  empty_path: () => 'must name a file; got an empty text',
  forbidden_key: (p) => `the key "${p.key}" is not allowed anywhere in a village or province file (it could corrupt the program)`,
  invalid_file_path: (p) => `must be a file path relative to this file (not a URL); got ${p.got}`,
  duplicate_group_id: (p) => `the id "${p.id}" is already used by groups/${p.first}; each group needs its own id`,
  duplicate_measure: (p) => `lists the measure "${p.id}" twice`,
  file_not_found: (p) => `the file ${p.file} was not found (paths are relative to the file that names them)`,
  file_not_json: (p) => `the file ${p.file} is not valid JSON (${p.detail})`,
  not_a_scenario: (p) => `the file ${p.file} is not a scenario or a scenario variant (its format is ${p.got})`,
  variant_invalid: (p) => `the scenario variant ${p.file} cannot be resolved: ${p.detail}`,
  unknown_measure: (p) => `the measures catalogue has no measure "${p.id}"; it has ${p.known}`,
  measure_failed: (p) => `the measures cannot be applied to the group's scenario: ${p.detail}`,
  catalogue_invalid: (p) => `the measures catalogue ${p.file} is invalid: ${p.detail}`,
  uncertainty_error: (p) => `the scenario's uncertain inputs cannot be sampled: ${p.detail}`,
};

const VI: Table = {
  wrong_format: (p) => `phải đúng là "${p.expected}"; giá trị hiện tại: ${p.got}`,
  unknown_version: (p) => `phiên bản ${p.got} không được hỗ trợ; ứng dụng này đọc tệp phiên bản ${p.supported}`,
  not_object: (p) => `Tệp phải chứa một đối tượng JSON { … } với "format": "${p.format}"; nhưng lại chứa ${KIND_WORDS.vi[String(p.received)] ?? p.received}`,
  invalid_json: (p) => `Tệp không phải JSON hợp lệ (${p.detail})`,
  empty_file: () => 'Tệp trống',
  too_large: (p) => `Tệp quá lớn (${p.bytes} ký tự; giới hạn là ${p.maxBytes})`,
  not_text: () => 'Dữ liệu vào phải là văn bản',
  empty_path: () => 'phải ghi tên một tệp; hiện là chuỗi rỗng',
  forbidden_key: (p) => `khóa "${p.key}" không được phép xuất hiện trong tệp làng hay tệp tỉnh (có thể làm hỏng chương trình)`,
  invalid_file_path: (p) => `phải là đường dẫn tệp tương đối so với tệp này (không phải URL); giá trị hiện tại: ${p.got}`,
  duplicate_group_id: (p) => `mã "${p.id}" đã được dùng ở groups/${p.first}; mỗi nhóm cần một mã riêng`,
  duplicate_measure: (p) => `biện pháp "${p.id}" được liệt kê hai lần`,
  file_not_found: (p) => `không tìm thấy tệp ${p.file} (đường dẫn tính từ tệp ghi tên nó)`,
  file_not_json: (p) => `tệp ${p.file} không phải JSON hợp lệ (${p.detail})`,
  not_a_scenario: (p) => `tệp ${p.file} không phải tệp kịch bản hay biến thể kịch bản (định dạng của nó là ${p.got})`,
  variant_invalid: (p) => `không giải được biến thể kịch bản ${p.file}: ${p.detail}`,
  unknown_measure: (p) => `danh mục biện pháp không có biện pháp "${p.id}"; danh mục gồm ${p.known}`,
  measure_failed: (p) => `không áp dụng được các biện pháp cho kịch bản của nhóm: ${p.detail}`,
  catalogue_invalid: (p) => `danh mục biện pháp ${p.file} không hợp lệ: ${p.detail}`,
  uncertainty_error: (p) => `không lấy mẫu được các đại lượng bất định của kịch bản: ${p.detail}`,
};

const TABLES: Record<MessageLang, Table> = { en: EN, vi: VI };
const DOCUMENT_CODES = new Set(['not_object', 'invalid_json', 'empty_file', 'too_large', 'not_text']);

/** The codes each language can word (tests check both know the same). */
export const VILLAGE_MESSAGE_CODES: Record<MessageLang, readonly string[]> = { en: Object.keys(EN), vi: Object.keys(VI) };

/** The field in words: "number of households"; an unknown field keeps its path. */
function fieldWords(pointer: string, lang: MessageLang, afterGroup: boolean): string | undefined {
  const segs = pointerSegments(pointer);
  const pattern = segs.map((s) => (/^\d+$/.test(s) ? '*' : s)).join('.');
  if (afterGroup && pattern === 'groups.*') return undefined; // the group itself is named already
  const words = FIELDS[lang][pattern];
  if (words === undefined) return segs.slice(afterGroup ? 2 : 0).join('/') || undefined;
  const last = segs[segs.length - 1];
  // "adoption measure 2": list items are counted from 1 for people.
  return pattern.endsWith('.*') && /^\d+$/.test(last) ? `${words} ${Number(last) + 1}` : words;
}

function groupWords(group: NonNullable<VillageIssue['group']>, lang: MessageLang): string {
  const noun = lang === 'en' ? 'group' : 'nhóm';
  if (group.id === undefined) return lang === 'en' ? `group ${group.index + 1}` : `nhóm thứ ${group.index + 1}`;
  const name = group.name !== undefined && group.name !== group.id ? ` (${group.name})` : '';
  return `${noun} "${group.id}"${name}`;
}

function renderBody(issue: VillageIssue, lang: MessageLang): string {
  const p = issue.params ?? {};
  if (issue.code === 'invalid_type' && (p.expected === 'scenario_ref' || p.expected === 'village_ref')) {
    const got = KIND_WORDS[lang][String(p.received)] ?? String(p.received);
    return lang === 'en' ? `must be ${REF_WORDS.en[p.expected]}; got ${got}` : `phải là ${REF_WORDS.vi[p.expected]}; hiện là ${got}`;
  }
  const own = TABLES[lang][issue.code];
  if (own) return own(p);
  return issueBody({ path: issue.path, code: issue.code, params: p }, lang) ?? issue.message ?? issue.code;
}

/** The whole message of an issue in one language. */
export function formatVillageIssue(issue: VillageIssue, lang: MessageLang): string {
  const body = renderBody(issue, lang);
  if (DOCUMENT_CODES.has(issue.code) && issue.path === '') return body.endsWith('.') ? body : `${body}.`;
  const parts: string[] = [];
  if (issue.group) parts.push(groupWords(issue.group, lang));
  if (issue.inner) {
    // A problem inside the group's scenario: the scenario's own message, after where it is.
    const where =
      issue.file !== undefined
        ? lang === 'en'
          ? `scenario file ${issue.file}`
          : `tệp kịch bản ${issue.file}`
        : lang === 'en'
          ? `inline scenario [${issue.path}]`
          : `kịch bản viết trực tiếp [${issue.path}]`;
    parts.push(where);
    return `${parts.join(', ')}: ${formatIssueMessage(issue.inner, lang)}`;
  }
  const field = fieldWords(issue.path, lang, issue.group !== undefined);
  if (field !== undefined) parts.push(field);
  const where = parts.length > 0 ? parts.join(', ') : lang === 'en' ? 'The file' : 'Tệp';
  return issue.path === '' ? `${where}: ${body}` : `${where} [${issue.path}]: ${body}`;
}
