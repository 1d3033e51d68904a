// Small villages whose totals can be worked out by hand (test/unit/village*.test.ts).
//
// Line "one": 1 t/day × 100 days = 100 t/yr of 90 % PE and 10 % PVC; one sorting unit sends all
// the PVC to the rejects, which are burned in the open. So 10 t/yr of PVC burns, 90 t/yr of PE is
// product, and with TEST_LIBRARY (open burning: air 40, land 1, water ND µg TEQ/t):
//   pcddf.air = 10 × 40 = 400 µg TEQ/yr, pcddf.total = 10 × (40 + 1) = 410, burned plastic 10 t.
//   Chlorine-adjusted: the burned plastic is pure PVC, Cl = 0.5673 > 0.01, multiplier
//   min((0.5673 / 0.01)^1, 100) = 56.73, so pcddf.air = 400 × 56.73 = 22,692.
// Line "two" is the same at 2 t/day: every figure doubles (800, 820, 20 t, 180 t, 45,384).
// Measure "landfill-instead" sends the rejects to landfill: nothing burns, PCDD/F 0; "half-dumped"
// moves half of the open-burning share to dumping.

import { loadCatalogue, type Measure } from '../../web/shared/analysis/measures.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';
import { resolveVillage, mapReader, type ResolvedVillage } from '../../web/shared/analysis/village-load.ts';
import { scenario } from './helpers.ts';

export function line(id: string, tonnesPerDay: number, extra: Record<string, unknown> = {}): Scenario {
  return scenario({
    id,
    feed: { tonnesPerDay, composition: { PE: 0.9, PVC: 0.1 } },
    units: [{ id: 'sort', type: 'sorting', removal: { PVC: { fraction: 1, to: 'rejects' } } }],
    residues: { plasticRoutes: { openBurning: 1 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0 },
    ...extra,
  } as never);
}

export const CATALOGUE: Measure[] = loadCatalogue({
  format: 'plastic-line-measures',
  version: 1,
  measures: [
    {
      id: 'landfill-instead',
      kind: 'BEP',
      name: 'Landfill instead of burning',
      description: 'test',
      source: 'test',
      capex: 0,
      lifetimeYears: 1,
      patch: [
        { op: 'transfer', from: '/residues/plasticRoutes/openBurning', path: '/residues/plasticRoutes/landfill' },
        { op: 'transfer', from: '/residues/plasticRoutes/dumping', path: '/residues/plasticRoutes/landfill' },
      ],
    },
    {
      id: 'half-dumped',
      kind: 'BEP',
      name: 'Half of the rejects dumped',
      description: 'test',
      source: 'test',
      capex: 0,
      lifetimeYears: 1,
      patch: [{ op: 'transfer', from: '/residues/plasticRoutes/openBurning', path: '/residues/plasticRoutes/dumping', fraction: 0.5 }],
    },
  ],
});

export function village(groups: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'plastic-line-village', version: 1, id: 'test-village', name: 'Test village', groups, ...extra };
}

export async function resolved(doc: unknown, files: Record<string, unknown> = {}): Promise<ResolvedVillage> {
  const r = await resolveVillage(doc, { reader: mapReader(files), catalogue: CATALOGUE });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.village;
}
