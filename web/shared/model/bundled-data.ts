// The data shipped inside the app, read in this module, bundled-factors.ts and bundled-villages.ts: the
// emission-factor library and the measures catalogue (the worker's defaults), the example
// scenario the app opens first and the illustrative survey here; the two villages of the
// UNIDO/GEF project with the measures of their "after" variants and the Village view's villages
// there, loaded with the views that show them rather than with the first screen. Nothing else
// under web/ imports fixtures/ (the command line reads the same files by path,
// web/cli/bundled-paths.ts, so that a user can name others).

import measuresFile from '../../../fixtures/measures.json';
import minhKhaiBefore from '../../../fixtures/scenarios/minh-khai-before.json';
import minhKhaiAfter from '../../../fixtures/scenarios/minh-khai-after.json';
import type { LocalText } from './local-text.ts';

/** The emission-factor library file (fixtures/emission-factors.json), as shipped (bundled-factors.ts). */
export { EMISSION_FACTOR_LIBRARY } from './bundled-factors.ts';

/** The measures catalogue file (fixtures/measures.json), unchecked: loadCatalogue validates it. */
export const MEASURES_CATALOGUE_FILE: unknown = measuresFile;

/** A scenario as the app needs to know it before the core validates it. */
export interface BundledScenario {
  id: string;
  name: LocalText;
  [key: string]: unknown;
}

/** The Minh Khai household line before the measures: the scenario the app opens first. */
export const EXAMPLE_SCENARIO: BundledScenario = minhKhaiBefore;

/** The measures of the Minh Khai pilot (UNIDO/GEF), from its after variant. */
export const PILOT_MEASURE_IDS: readonly string[] = /* @__PURE__ */ (() => minhKhaiAfter.measures)();

/** The illustrative survey (made-up numbers, labelled as such), fetched when the user asks for it. */
export const ILLUSTRATIVE_SURVEY = {
  name: 'illustrative-survey.csv',
  url: new URL('../../../fixtures/survey/illustrative-survey.csv', import.meta.url),
} as const;

/** The Vietnamese of the bundled source notes, keyed by noteKey of the English (note-key.ts;
 *  fixtures/i18n/source-notes.vi.keyed.json, written from source-notes.vi.json), loaded only when a
 *  page turns Vietnamese, so that English readers never fetch it. */
export async function loadSourceNotesVi(): Promise<Readonly<Record<string, string>>> {
  return (await import('../../../fixtures/i18n/source-notes.vi.keyed.json')).default;
}
