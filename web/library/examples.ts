import { msg } from '@lit/localize';
import type { ProjectVillage } from '../shared/model/bundled-villages.ts';
import type { Measure } from '../shared/contract/api-types.ts';
import type { Scenario } from '../shared/model/scenario-schema.ts';
import type { ScenarioDocument } from '../app/scenario-draft.ts';

// "New from example" (issue 16): both villages of the UNIDO/GEF project, before and after their
// measures, and an empty line to fill in. An "after" is its village's baseline with the measures
// of its after variant applied (the catalogue's patches, as the command line does with a variant
// file), so it opens as a scenario of its own that the Workbench can edit.

export interface Example {
  id: string;
  label: string;
  /** The document to store as a new scenario; `measures` is the session's catalogue once loaded. */
  make: (measures: readonly Measure[] | null) => ScenarioDocument | Promise<ScenarioDocument>;
  needsCatalogue: boolean;
}

/** A line with one extruder and nothing else: every number still to be given. */
function emptyLine(): ScenarioDocument {
  return {
    format: 'plastic-line-scenario',
    version: 1,
    id: 'new-line',
    name: { vi: 'Dây chuyền mới', en: 'New line' },
    site: { country: 'VN' },
    currency: 'VND',
    calendar: { daysPerYear: 300, hoursPerDay: 8 },
    feed: { tonnesPerDay: 1, composition: { PE: 1, PP: 0, PS: 0, PET: 0, PVC: 0, otherPlastic: 0, dirt: 0, moisture: 0 } },
    units: [{ id: 'extruder', type: 'extrusion', name: { vi: 'Máy đùn', en: 'Extruder' } }],
    residues: {
      plasticRoutes: { openBurning: 0, dumping: 0, landfill: 1, bricks: 0, cementKiln: 0, sale: 0 },
      inertRoutes: { dumping: 0, landfill: 1 },
    },
    prices: {},
    discountRate: 0.1,
  };
}

/** The project's villages (PROJECT_VILLAGES), each with the name of its "after" scenario. */
const AFTER_NAMES: Record<ProjectVillage['id'], { vi: string; en: string }> = {
  'minh-khai': { vi: 'Dây chuyền hộ gia đình Minh Khai, sau các biện pháp của thí điểm', en: 'Minh Khai household line, after the pilot’s measures' },
  'phan-boi': { vi: 'Dây chuyền hộ gia đình Phan Bôi, sau các biện pháp nâng cấp', en: 'Phan Boi household line, after the upgrade’s measures' },
};

/** A project village's baseline, with its files loaded when an example is made (not with the dialog). */
async function village(id: ProjectVillage['id']): Promise<ProjectVillage> {
  const { PROJECT_VILLAGES } = await import('../shared/model/bundled-villages.ts');
  return PROJECT_VILLAGES.find((v) => v.id === id)!;
}

export function examples(): Example[] {
  const list: Example[] = [];
  for (const id of Object.keys(AFTER_NAMES) as ProjectVillage['id'][]) {
    list.push({
      id: `${id}-before`,
      label: id === 'minh-khai' ? msg('Minh Khai, before') : msg('Phan Boi, before'),
      needsCatalogue: false,
      make: async () => structuredClone((await village(id)).baseline as ScenarioDocument),
    });
    list.push({
      id: `${id}-after`,
      label: id === 'minh-khai' ? msg('Minh Khai, after the pilot') : msg('Phan Boi, after the upgrade'),
      needsCatalogue: true,
      make: async (measures) => {
        if (!measures) throw new Error(msg('The measures catalogue is not loaded yet: try again in a moment.'));
        // The village's files and the patching code (with the schema it validates with) load when an "after" is made.
        const [v, { applyMeasures, selectMeasures }] = await Promise.all([village(id), import('../shared/analysis/measures.ts')]);
        const before = v.baseline as unknown as Scenario;
        const after = applyMeasures(before, selectMeasures(measures, v.measureIds)) as unknown as ScenarioDocument;
        return { ...after, id: `${id}-after`, name: AFTER_NAMES[id] };
      },
    });
  }
  list.push({ id: 'new-line', label: msg('An empty line'), needsCatalogue: false, make: emptyLine });
  return list;
}
