import { messageLang, pickText } from '../app/locale.ts';

// A measure's name and description from the catalogue in the current language: the catalogue
// carries Vietnamese wording (nameVi, descriptionVi) beside the English; English where it has none.

interface Worded {
  name: string | { vi: string; en: string };
  nameVi?: string;
  description?: string | { vi: string; en: string };
  descriptionVi?: string;
}

export function measureName(m: Worded): string {
  return messageLang() === 'vi' && m.nameVi ? m.nameVi : pickText(m.name);
}

export function measureDescription(m: Worded): string {
  return messageLang() === 'vi' && m.descriptionVi ? m.descriptionVi : pickText(m.description);
}
