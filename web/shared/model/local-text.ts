// Text a user reads that a file may give in both languages (issue 16): scenario, unit, measure and
// group names and descriptions, and source notes are either plain text (one language for all) or
// `{ "vi": "…", "en": "…" }`. Pure: used by the schema, the app, the command line and the worker.

export type TextLang = 'vi' | 'en';

/** Plain text, or the same text in Vietnamese and English. */
export type LocalText = string | { vi: string; en: string };

/** True for `{ vi, en }` with both texts. */
export function isBilingual(value: unknown): value is { vi: string; en: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { vi?: unknown }).vi === 'string' && typeof (value as { en?: unknown }).en === 'string'
  );
}

/** The text for `lang`: plain text as it is, a bilingual one in that language; '' for anything else. */
export function textIn(value: unknown, lang: TextLang): string {
  if (typeof value === 'string') return value;
  if (isBilingual(value)) return value[lang];
  return '';
}

/** `value` with `text` as its `lang` version: plain text is replaced, a bilingual one keeps the other language. */
export function withText(value: unknown, lang: TextLang, text: string): LocalText {
  return isBilingual(value) ? { ...value, [lang]: text } : text;
}
