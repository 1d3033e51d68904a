import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales, allLocales } from '../locales/locale-codes.ts';
import type { MessageLang } from '../shared/model/schema-messages.ts';
import { textIn } from '../shared/model/local-text.ts';
import { citationText, translatedNote, vietnameseDigitGroups } from '../shared/model/citations.ts';
import { loadSourceNotesVi } from '../shared/model/bundled-data.ts';

// The one place the app's language is configured (@lit/localize, runtime mode). The translations
// are generated modules (`npm run i18n:build` from web/locales/xliff/); the static map of loaders
// lets Vite see every import and split each language into its own chunk.

export type AppLocale = (typeof allLocales)[number];

/** A catalogue as the build serves it: the first screen's messages, and a loader of each view's
 *  own (scripts/vi-by-view.mjs). Outside the build the catalogue is whole and has no parts. */
type SplitCatalogue = LocaleModule & { parts?: Record<string, (() => Promise<LocaleModule>) | undefined> };

/** The views (and dialogs) whose messages are wanted: those shown so far. */
const wantedWords = new Set<string>();
/** Whether the Vietnamese catalogue has been asked for (a view's part then loads with the view). */
let viAsked = false;

/** Each view's messages being merged or merged, so that a view waits for the one merge. */
const merging = new Map<string, Promise<void>>();

/** Merges a view's own messages into the catalogue (once; nothing to do when it is whole). */
function mergeWords(catalogue: SplitCatalogue, view: string): Promise<void> {
  const part = catalogue.parts?.[view];
  if (!part) return Promise.resolve();
  let merged = merging.get(view);
  if (!merged) {
    merged = part().then((words) => void Object.assign(catalogue.templates, words.templates));
    merging.set(view, merged);
  }
  return merged;
}

const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  vi: async () => {
    viAsked = true;
    const catalogue: SplitCatalogue = await import('../locales/vi.ts');
    await Promise.all([...wantedWords].map((view) => mergeWords(catalogue, view)));
    return catalogue;
  },
};

/** Loads a view's own messages in the page's language before the view is shown (the build splits
 *  the Vietnamese catalogue by view); in English, or once loaded, it resolves at once. */
export async function loadViewWords(view: string): Promise<void> {
  wantedWords.add(view);
  // A view that shows source notes at once (the measures, the report's annex) gets them with its
  // words in Vietnamese (or while the page is being switched to it), and with any later switch.
  if (VIEWS_WITH_NOTES.has(view)) notesWanted = true;
  const notes = VIEWS_WITH_NOTES.has(view) && viAsked ? loadSourceNotes() : undefined;
  if (viAsked) await mergeWords(await import('../locales/vi.ts'), view).catch(() => undefined); // offline before the first visit: English words
  await notes;
}

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

const STORAGE_KEY = 'plc-locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return (allLocales as readonly unknown[]).includes(value);
}

/** The language the user chose earlier in this browser, if any. */
export function rememberedLocale(): AppLocale | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isAppLocale(stored) ? stored : null;
  } catch {
    return null; // storage turned off: no memory, not an error
  }
}

/** Vietnamese for a scenario in Viet Nam, else English; a remembered choice wins. */
export function defaultLocale(country: string | undefined): AppLocale {
  return rememberedLocale() ?? (country === 'VN' ? 'vi' : 'en');
}

/** Switches every localized element, `<html lang>` and (when the user chose it) remembers it. */
export async function switchLocale(locale: AppLocale, remember: boolean): Promise<void> {
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // storage turned off: the choice lasts for this page only
    }
  }
  // Once a note has been shown, its Vietnamese arrives before the switch re-renders the page.
  if (locale === 'vi' && notesWanted) await loadSourceNotes();
  if (getLocale() !== locale) await setLocale(locale);
  // Only once the words are there: `<html lang>` names the language the page is in, and while the
  // catalogue (and a view's part of it) loads, the page is still in the other one.
  document.documentElement.lang = locale;
}

/** The language of the validation and survey message tables. */
export function messageLang(): MessageLang {
  return getLocale() === 'vi' ? 'vi' : 'en';
}

/** The BCP 47 tag for Intl number and date formats ("1.234.567 ₫" in vi-VN). */
export function intlLocale(): string {
  return getLocale() === 'vi' ? 'vi-VN' : 'en';
}

/** Text a user reads from a file (a name, a description, a source note), in the page's language:
 *  plain text as it is, `{ "vi", "en" }` in the current language (web/shared/model/local-text.ts). */
export function pickText(value: unknown): string {
  return textIn(value, messageLang());
}

/** The views that show source notes as soon as they are open (the measures, the report's annex). */
const VIEWS_WITH_NOTES = new Set(['compare', 'evaluation']);
let notesVi: Readonly<Record<string, string>> | null = null;
/** Whether a note has been about to be shown: the table then loads with a switch to Vietnamese. */
let notesWanted = false;
/** The table being loaded, or loaded (settled), or failed (offline before the first visit: notes in English). */
let notesLoad: Promise<void> | null = null;
let notesSettled = false;

/** Whether a source note reads in the page's language now: always in English; in Vietnamese once
 *  the table of the bundled notes is there (loadSourceNotes), which the first screen does not load. */
export function sourceNotesReady(): boolean {
  return messageLang() !== 'vi' || notesSettled;
}

/** Loads the Vietnamese of the bundled source notes (fixtures/i18n/source-notes.vi.keyed.json), once: when
 *  a note is about to be shown in Vietnamese (a provenance tip, the emission factors' sources), not
 *  with the first screen. Resolves once it is there, or could not be (the notes then read as written). */
export function loadSourceNotes(): Promise<void> {
  notesWanted = true;
  notesLoad ??= loadSourceNotesVi()
    .then(
      (table) => void (notesVi = table),
      () => void (notesLoad = null), // offline before the first visit: the notes read as written; asked again next time
    )
    .then(() => void (notesSettled = true));
  return notesLoad;
}

/** A source note in the page's language (a bundled English note in Vietnamese from its table, a
 *  note the user wrote as written), citing in words rather than by file name (citations.ts), with
 *  the language the text is in. */
export function sourceNoteIn(value: unknown): { text: string; lang: 'vi' | 'en' } {
  const note = translatedNote(value, messageLang(), notesVi);
  const text = citationText(note.text, messageLang());
  return { text: note.lang === 'vi' ? vietnameseDigitGroups(text) : text, lang: note.lang };
}

/** A source note in the page's language, as text (sourceNoteIn). */
export function sourceNote(value: unknown): string {
  return sourceNoteIn(value).text;
}
