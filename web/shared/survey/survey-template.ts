// The survey templates users fill in (issue 9): the CSV template with its help rows, the help
// as its own sheet, and a survey written back as CSV in the template's column order. No DOM and
// no Node APIs.

import { toCsvText, type CsvCell } from '../io/csv.ts';
import type { MessageLang } from '../model/schema-messages.ts';
import { PLASTIC_PER_DAY, SURVEY_COLUMNS, type ColumnSpec } from './survey-columns.ts';
import type { Survey } from './survey-format.ts';

export const HELP_PREFIX: Record<MessageLang, string> = { en: '# EN: ', vi: '# VI: ' };

function helpCell(spec: ColumnSpec, lang: MessageLang): string {
  const required = spec.required ? (lang === 'en' ? 'required column' : 'cột bắt buộc') : lang === 'en' ? 'optional column' : 'cột không bắt buộc';
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
  rows.splice(4, 0, [
    PLASTIC_PER_DAY,
    'kg/day',
    lang === 'en' ? 'instead of plastic_bought_t_per_yr' : 'thay cho plastic_bought_t_per_yr',
    lang === 'en' ? 'Plastic bought per working day; converted with working_days_per_yr' : 'Nhựa mua vào mỗi ngày làm việc; quy đổi theo working_days_per_yr',
  ]);
  return toCsvText([head, ...rows]);
}

/** Writes a survey back as CSV in the template's column order (null → empty cell). */
export function surveyToCsv(survey: Survey): string {
  const rows: CsvCell[][] = [SURVEY_COLUMNS.map((c) => c.name)];
  for (const note of survey.notes) rows.push(['# ' + note]);
  for (const r of survey.records) {
    rows.push(
      SURVEY_COLUMNS.map((c) => {
        const v = (r as unknown as Record<string, unknown>)[c.field];
        return typeof v === 'number' || typeof v === 'string' ? v : null;
      }),
    );
  }
  return toCsvText(rows);
}
