// A province (extension of MODEL.md 8, `plastic-line-province`): the sum of its villages'
// result documents. Villages are computed one by one (village.ts), so a province of any size
// needs the memory of one village at a time plus the documents. The Monte Carlo of a province
// adds up the villages' per-draw series (village-mc.ts): emission factors keep their keys in
// every village, so they are drawn once per draw for the whole province, as for a village.

import { RELEASE_METHODS, type ReleaseMethod } from '../model/scenario-schema.ts';
import {
  ADOPTION_SHARES,
  VILLAGE_FIGURES,
  type AdoptionPoint,
  type GTeqFigures,
  type MethodTotals,
  type NationalComparison,
  type VillageFigures,
  type VillageResultDocument,
} from './village.ts';
import type { VillageUncertainty } from './village-mc.ts';
import type { NationalContext } from './village-types.ts';

export const PROVINCE_RESULT_FORMAT = 'plastic-line-province-result';

export interface ProvinceResultDocument {
  format: typeof PROVINCE_RESULT_FORMAT;
  version: 1;
  provinceId: string;
  name: string;
  households: number;
  /** Σ over villages, at each village's shares. */
  totals: VillageFigures;
  totalsByMethod: MethodTotals;
  releaseMethods: ReleaseMethod[];
  /** Every group of every village at share s. */
  adoptionCurve: AdoptionPoint[];
  pcddfGTeqPerYear: { before: GTeqFigures; withAdoption: GTeqFigures; allAdopted: GTeqFigures };
  national: NationalComparison | null;
  notQuantified: string[];
  uncertainty?: VillageUncertainty;
  villages: VillageResultDocument[];
}

function sumFigures(list: readonly VillageFigures[]): VillageFigures {
  const out = Object.fromEntries(VILLAGE_FIGURES.map((f) => [f, 0])) as VillageFigures;
  for (const x of list) for (const f of VILLAGE_FIGURES) out[f] += x[f];
  return out;
}

function sumMethods(list: readonly MethodTotals[]): MethodTotals {
  const out = Object.fromEntries(RELEASE_METHODS.map((m) => [m, { pcddfAir: 0, pcddfTotal: 0, dlpcbTotal: 0 }])) as MethodTotals;
  for (const x of list) for (const m of RELEASE_METHODS) for (const k of ['pcddfAir', 'pcddfTotal', 'dlpcbTotal'] as const) out[m][k] += x[m][k];
  return out;
}

function sumGTeq(list: readonly GTeqFigures[]): GTeqFigures {
  return list.reduce((a, x) => ({ air: a.air + x.air, total: a.total + x.total, openBurning: a.openBurning + x.openBurning }), {
    air: 0,
    total: 0,
    openBurning: 0,
  });
}

/** The province document of its villages' documents; `context` (the province file's, else the
 *  first village's) gives the national figure. */
export function combineVillages(id: string, name: string, villages: readonly VillageResultDocument[], context?: NationalContext): ProvinceResultDocument {
  const g = {
    before: sumGTeq(villages.map((v) => v.pcddfGTeqPerYear.before)),
    withAdoption: sumGTeq(villages.map((v) => v.pcddfGTeqPerYear.withAdoption)),
    allAdopted: sumGTeq(villages.map((v) => v.pcddfGTeqPerYear.allAdopted)),
  };
  const national = context ?? (villages[0]?.national ? stripShares(villages[0].national) : undefined);
  const share = (key: 'total' | 'openBurning') => ({
    before: g.before[key] / national!.nationalOpenBurningGTeqPerYear,
    withAdoption: g.withAdoption[key] / national!.nationalOpenBurningGTeqPerYear,
    allAdopted: g.allAdopted[key] / national!.nationalOpenBurningGTeqPerYear,
  });
  const names = new Set<string>();
  for (const v of villages) for (const n of v.notQuantified) names.add(n);
  const methods = new Set(villages.flatMap((v) => v.releaseMethods));
  return {
    format: PROVINCE_RESULT_FORMAT,
    version: 1,
    provinceId: id,
    name,
    households: villages.reduce((s, v) => s + v.households, 0),
    totals: sumFigures(villages.map((v) => v.totals)),
    totalsByMethod: sumMethods(villages.map((v) => v.totalsByMethod)),
    releaseMethods: RELEASE_METHODS.filter((m) => methods.has(m)),
    adoptionCurve: ADOPTION_SHARES.map((s, k) => ({
      share: s,
      totals: sumFigures(villages.map((v) => v.adoptionCurve[k].totals)),
      totalsByMethod: sumMethods(villages.map((v) => v.adoptionCurve[k].totalsByMethod)),
    })),
    pcddfGTeqPerYear: g,
    national: national ? { ...national, shareOfNational: share('total'), openBurningShareOfNational: share('openBurning') } : null,
    notQuantified: [...names],
    villages: [...villages],
  };
}

function stripShares(n: NationalComparison): NationalContext {
  const { shareOfNational: _a, openBurningShareOfNational: _b, ...context } = n;
  void _a;
  void _b;
  return context;
}
