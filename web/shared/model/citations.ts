import { isBilingual, type TextLang } from './local-text.ts';
import { noteKey } from './note-key.ts';

// Source notes read as citations in words (issue 16): the notes of the fixtures cite the
// project's own files ("reference/DATA.md §2", "MODEL.md 3.1a", "reference/vncpc-news.txt"),
// which mean nothing to a reader of the app. Each is said in words instead; the section that
// follows stays. Pure, so that the app, the report and the command line say the same.

const WORDS: { file: RegExp; en: string; vi: string }[] = [
  { file: /(?:\.\.\/shared\/)?(?:reference\/)?DATA\.md/g, en: 'the project’s data notes', vi: 'ghi chép số liệu của dự án' },
  { file: /(?:\.\.\/shared\/)?MODEL\.md/g, en: 'the model description', vi: 'bản mô tả mô hình' },
  { file: /(?:docs\/)?VALIDATION\.md/g, en: 'the validation notes', vi: 'ghi chú kiểm chứng mô hình' },
  { file: /(?:reference\/)?vncpc-news\.txt/g, en: 'VNCPC news reports', vi: 'tin bài của VNCPC' },
  { file: /(?:\.\.\/shared\/)?reference\/[\w.-]+\.(?:md|txt|pdf|html)/g, en: 'the project’s reference notes', vi: 'tài liệu tham khảo của dự án' },
  {
    file: /(?<![\w/])(?:fixtures|web|assembly|test)\/[\w./-]+|(?<![\w/])[\w-]+\.(?:json|mts|ts|csv)\b/g,
    en: 'the app’s bundled data',
    vi: 'dữ liệu kèm theo ứng dụng',
  },
];

/** `text` with every repository file it cites named in words, in `lang`. */
export function citationText(text: string, lang: TextLang): string {
  let out = text;
  for (const w of WORDS) out = out.replace(w.file, w[lang]);
  return out;
}

/** Letters that Vietnamese writes and English does not: a note a user wrote in Vietnamese has many. */
const VI_WORD = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/**
 * Digit groups in a Vietnamese text written as Vietnamese writes them: "15,000–25,000 VND/kg"
 * becomes "15.000–25.000 VND/kg", which a Vietnamese reader would otherwise take for 15 to 25. Only
 * a comma between a digit and exactly three digits is a group separator; decimals are left alone.
 */
export function vietnameseDigitGroups(text: string): string {
  return text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1.');
}

/** The language a plain note is written in: Vietnamese when at least two words in five are (an
 *  English note may quote a Vietnamese title). */
export function noteLang(text: string): TextLang {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.filter((w) => VI_WORD.test(w)).length * 5 >= words.length * 2 ? 'vi' : 'en';
}

/** A source note for a reader of `lang`: a bilingual note in that language, a bundled English note
 *  in Vietnamese where `table` (noteKey of the English → Vietnamese: keyedNotes) has it, any other note as written; with the
 *  language the text is in, so that a page can mark what stays English. */
export function translatedNote(value: unknown, lang: TextLang, table: Readonly<Record<string, string>> | null): { text: string; lang: TextLang } {
  if (isBilingual(value)) return { text: value[lang], lang };
  const text = typeof value === 'string' ? value : '';
  const vi = lang === 'vi' ? viNote(text, table ?? {}) : undefined;
  return vi ? { text: vi, lang: 'vi' } : { text, lang: noteLang(text) };
}

/** Sources the app writes itself (web/shared/survey/household-scenario.ts), said in Vietnamese; a
 *  measure's note ('set by measure "id"') is said by measureNoteWords
 *  (web/common/measure-words.ts), which knows the measures by name. */
const WRITTEN: { pattern: RegExp; vi: (m: RegExpMatchArray) => string }[] = [
  { pattern: /^survey household (.+), (.+) \(measured\)$/, vi: (m) => `hộ khảo sát ${m[1]}, ${m[2]} (đo được)` },
];

function viNote(text: string, table: Readonly<Record<string, string>>): string | undefined {
  const key = noteKey(text);
  const own = Object.hasOwn(table, key) ? table[key] : undefined;
  if (own) return own;
  for (const w of WRITTEN) {
    const m = text.match(w.pattern);
    if (m) return w.vi(m);
  }
  return undefined;
}

/** `text` cut at its quotations ('…', "…", “…”), each part with the language it is written in: a
 *  Vietnamese note keeps an English title or quotation as the source writes it, and the page marks
 *  that part English (and an English note a Vietnamese one). Unquoted parts are in `lang`. */
export function quotedParts(text: string, lang: TextLang): { text: string; lang: TextLang }[] {
  const parts: { text: string; lang: TextLang }[] = [];
  let at = 0;
  for (const m of text.matchAll(/(?<![\p{L}\d])(['"“])(.+?)(['"”])(?![\p{L}\d])/gu)) {
    const quoted = m[2] ?? '';
    const own = noteLang(quoted);
    if (own === lang) continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index), lang });
    parts.push({ text: m[0], lang: own });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), lang });
  return parts;
}
