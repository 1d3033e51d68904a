// The villages shipped with the app (bundled-data.ts has the rest of the bundled data): the two
// villages of the UNIDO/GEF project with the measures of their "after" variants, and the
// villages of the Village view with the scenario files they name. Apart from bundled-data.ts so
// that these files load with the views that show them, not with the first screen.

import minhKhaiBefore from '../../../fixtures/scenarios/minh-khai-before.json';
import minhKhaiAfter from '../../../fixtures/scenarios/minh-khai-after.json';
import phanBoiBefore from '../../../fixtures/scenarios/phan-boi-before.json';
import phanBoiAfter from '../../../fixtures/scenarios/phan-boi-after.json';
import minhKhaiRigidBefore from '../../../fixtures/scenarios/minh-khai-rigid-before.json';
import minhKhaiVillage from '../../../fixtures/villages/minh-khai.json';
import minhKhaiPilotVillage from '../../../fixtures/villages/minh-khai-pilot.json';
import phanBoiVillage from '../../../fixtures/villages/phan-boi.json';
import type { BundledScenario } from './bundled-data.ts';

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
