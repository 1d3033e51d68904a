import { PROJECT_VILLAGES, type ProjectVillage } from './bundled-villages.ts';
import { textIn } from './local-text.ts';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

/** The project village a scenario belongs to: by its id ("minh-khai-…") or its site's name; none if neither says. */
export function homeVillage(scenario: { id?: unknown; site?: unknown } | null | undefined): ProjectVillage | undefined {
  const id = typeof scenario?.id === 'string' ? scenario.id : '';
  const site = fold(textIn((scenario?.site as { name?: unknown } | undefined)?.name, 'en'));
  return PROJECT_VILLAGES.find((v) => id.startsWith(`${v.id}-`) || id === v.id || (site !== '' && site.includes(fold(v.village))));
}
