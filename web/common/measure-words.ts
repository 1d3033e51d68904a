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
