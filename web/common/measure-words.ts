import { msg, str } from '@lit/localize';
import { messageLang, pickText } from '../app/locale.ts';

// A measure's name, description and source from the catalogue in the current language: the
// catalogue carries Vietnamese wording (nameVi, descriptionVi, sourceVi) beside the English;
// English where it has none.

interface Worded {
  name: string | { vi: string; en: string };
  nameVi?: string;
  description?: string | { vi: string; en: string };
  descriptionVi?: string;
  source?: string;
  sourceVi?: string;
}

export function measureName(m: Worded): string {
  return messageLang() === 'vi' && m.nameVi ? m.nameVi : pickText(m.name);
}

export function measureDescription(m: Worded): string {
  return messageLang() === 'vi' && m.descriptionVi ? m.descriptionVi : pickText(m.description);
}

/** The measure's source in the page's language (the English where no Vietnamese is given). */
export function measureSource(m: Worded): string {
  return messageLang() === 'vi' && m.sourceVi ? m.sourceVi : (m.source ?? '');
}

const SET_BY_MEASURE = /^set by measure "([^"]+)"(?:; ([\s\S]*))?$/;

/** Whether a provenance note is one the measures code wrote when a measure set a value. */
export const isMeasureNote = (note: string): boolean => SET_BY_MEASURE.test(note);

/**
 * A provenance note as the measures code writes it when a measure sets a value
 * ('set by measure "id"; its own note', web/shared/analysis/measures.ts), in the page's language:
 * the measure by its name where `find` knows it (by its id otherwise), the rest through `rest`.
 * Any other note goes through `rest` whole.
 */
export function measureNoteWords(note: string, find: (id: string) => Worded | undefined = () => undefined, rest: (text: string) => string = (t) => t): string {
  const m = SET_BY_MEASURE.exec(note);
  if (!m) return rest(note);
  const measure = find(m[1]);
  const head = msg(str`set by the measure “${measure ? measureName(measure) : m[1]}”`);
  return m[2] ? `${head}; ${rest(m[2])}` : head;
}
