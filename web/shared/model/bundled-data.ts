// The data shipped inside the app, read in this one module: the emission-factor library and the
// measures catalogue (the worker's defaults), the example scenario the app opens first, the two
// villages of the UNIDO/GEF project with the measures of their "after" variants, and the
// illustrative survey. Nothing else under web/ imports fixtures/ (the command line reads the
// same files by path, web/cli/bundled-paths.ts, so that a user can name others).

import efLibraryFile from '../../../fixtures/emission-factors.json';
import measuresFile from '../../../fixtures/measures.json';
import minhKhaiBefore from '../../../fixtures/scenarios/minh-khai-before.json';
import minhKhaiAfter from '../../../fixtures/scenarios/minh-khai-after.json';
import phanBoiBefore from '../../../fixtures/scenarios/phan-boi-before.json';
import phanBoiAfter from '../../../fixtures/scenarios/phan-boi-after.json';
import minhKhaiRigidBefore from '../../../fixtures/scenarios/minh-khai-rigid-before.json';
import minhKhaiVillage from '../../../fixtures/villages/minh-khai.json';
import minhKhaiPilotVillage from '../../../fixtures/villages/minh-khai-pilot.json';
import phanBoiVillage from '../../../fixtures/villages/phan-boi.json';
import type { EmissionFactorLibraryFile } from './emission-factors.ts';
import type { LocalText } from './local-text.ts';

/** The emission-factor library file (fixtures/emission-factors.json), as shipped. */
export const EMISSION_FACTOR_LIBRARY = efLibraryFile as unknown as EmissionFactorLibraryFile;

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

/** A village of the UNIDO/GEF project: its before scenario and the measures of its after variant. */
export interface ProjectVillage {
  id: 'minh-khai' | 'phan-boi';
  village: string;
  /** The village's name for readers, in both languages ("Phan Bôi" in Vietnamese). */
  name: { vi: string; en: string };
  baseline: BundledScenario;
  measureIds: readonly string[];
}

// Built by pure calls, so that a bundle that does not use them (the worker's) leaves the variant
// files out.
const villages = (): readonly ProjectVillage[] => [
  { id: 'minh-khai', village: 'Minh Khai', name: { vi: 'Minh Khai', en: 'Minh Khai' }, baseline: minhKhaiBefore, measureIds: minhKhaiAfter.measures },
  { id: 'phan-boi', village: 'Phan Boi', name: { vi: 'Phan Bôi', en: 'Phan Boi' }, baseline: phanBoiBefore, measureIds: phanBoiAfter.measures },
];

export const PROJECT_VILLAGES: readonly ProjectVillage[] = /* @__PURE__ */ villages();

/** The measures of the Minh Khai pilot (UNIDO/GEF), from its after variant. */
export const PILOT_MEASURE_IDS: readonly string[] = /* @__PURE__ */ (() => minhKhaiAfter.measures)();

/** A village file shipped with the app (fixtures/villages/): the document as written and the
 *  scenario files it names, keyed by their path as written in it (MODEL.md 8). */
export interface BundledVillage {
  id: 'minh-khai' | 'minh-khai-pilot' | 'phan-boi';
  village: unknown;
  files: Record<string, unknown>;
}

const bundledVillages = (): readonly BundledVillage[] => {
  const files = {
    '../scenarios/minh-khai-before.json': minhKhaiBefore,
    '../scenarios/minh-khai-rigid-before.json': minhKhaiRigidBefore,
    '../scenarios/phan-boi-before.json': phanBoiBefore,
  };
  return [
    { id: 'minh-khai', village: minhKhaiVillage, files },
    { id: 'minh-khai-pilot', village: minhKhaiPilotVillage, files },
    { id: 'phan-boi', village: phanBoiVillage, files },
  ];
};

/** The villages of the Village view: Minh Khai (opened first), its UNIDO/GEF pilot as adoption, Phan Boi. */
export const BUNDLED_VILLAGES: readonly BundledVillage[] = /* @__PURE__ */ bundledVillages();

/** The illustrative survey (made-up numbers, labelled as such), fetched when the user asks for it. */
export const ILLUSTRATIVE_SURVEY = {
  name: 'illustrative-survey.csv',
  url: new URL('../../../fixtures/survey/illustrative-survey.csv', import.meta.url),
} as const;

/** The Vietnamese of the bundled source notes (fixtures/i18n/source-notes.vi.json: English note →
 *  Vietnamese), loaded only when a page turns Vietnamese, so that English readers never fetch it. */
export async function loadSourceNotesVi(): Promise<Readonly<Record<string, string>>> {
  return (await import('../../../fixtures/i18n/source-notes.vi.json')).default;
}
