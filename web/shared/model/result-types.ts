// The result document of MODEL.md section 4 (`format: "plastic-line-result"`, version 1).
// All figures are per year. Extensions beyond MODEL.md are optional fields marked as such.

import type { NotQuantifiedItem } from './emission-factors.ts';
import type { PlasticSourceKey, ReleaseMethod } from './scenario-schema.ts';

/** PCDD/F and dl-PCB headline figures under one method (µg TEQ per year). */
export interface MethodFigures {
  pcddfAir: number;
  pcddfTotal: number;
  dlpcbTotal: number;
}

/** MODEL.md 3.1a: the chlorine of what burns and the multiplier of each plastic source. */
export interface ChlorineResult {
  method: ReleaseMethod;
  bySource: Record<PlasticSourceKey, { clFraction: number; multiplier: number }>;
  adjustedMultiplier: Record<PlasticSourceKey, number>;
  /** extension: chlorine mass fraction of the plastic rejects pool */
  poolClFraction: number;
  /** extension: the headline dioxin figures under both methods, whichever was chosen */
  byMethod: Record<ReleaseMethod, MethodFigures>;
}

export type VectorFigures = { air: number; water: number; land: number; product: number; residue: number; total: number };

export interface UnitResult {
  id: string;
  name: string; // extension
  inT: number;
  outT: number;
  removedT: number;
  /** null when the unit has no capacity limit */
  capacityT: number | null;
  /** in ÷ capacity; null when the unit has no capacity limit */
  utilization: number | null;
  sharePerTonneFeed: number; // extension: s_u of MODEL.md step 2
}

/** The air releases besides PCDD/F and dl-PCB, of one source and of the whole line. */
export interface AirReleases {
  pm25Kg: number;
  pm10Kg: number;
  bcKg: number;
  coKg: number;
  ch4Kg: number;
  co2FossilT: number;
  co2BiogenicT: number;
}

export interface SourceResult extends VectorFigures, AirReleases {
  massT: number; // extension: tonnes burned (plastic or fuel)
  energyTJ: number; // extension: fuel energy for coal, wood and LPG
  dlpcb: VectorFigures; // extension
}

export interface ResultDocument {
  format: 'plastic-line-result';
  version: 1;
  scenarioId: string;
  mass: {
    feedT: number;
    processedT: number;
    backlogT: number;
    productT: number;
    evaporatedT: number;
    wastewaterSolidsT: number;
    sludgeT: number;
    dischargedSolidsT: number;
    rejectsT: { plastic: number; inert: number };
    routesT: {
      fuel: number;
      openBurning: number;
      dumping: number;
      dumpFire: number;
      landfill: number;
      bricks: number;
      cementKiln: number;
      sale: number;
      inertDumping: number;
      inertLandfill: number;
    };
    burnedPlasticT: number;
    closureErrorT: number;
    bottleneckUnitId: string | null;
    throughputRatio: number;
    units: UnitResult[];
    productComposition: Record<string, number>; // extension
    rejectsPoolComposition: Record<string, number>; // extension: polymer shares of the plastic that burns or is routed
    separatedT: Record<string, number>; // extension: plastic rejects kept apart (residues.separation), by polymer
    landfilledT: number; // extension: plastic + inert + sludge
  };
  bricks: {
    count: number;
    tonnes: number;
    sandT: number;
    heatFuelMJ: number; // extension: fuel energy (or electricity, in MJ) of the brick melt, MODEL.md 3.1a
  };
  energy: {
    electricityKWh: number;
    heatElectricityKWh: number; // extension: part of electricityKWh used for heat
    fuelMJ: { plasticRejects: number; coal: number; wood: number; lpg: number };
    fuelShortfallMJ: number;
    purchasedFuel: { coalT: number; woodT: number; lpgKg: number }; // extension
  };
  water: { freshM3: number; wastewaterM3: number; recycledM3: number };
  pcddf: VectorFigures & { bySource: Record<string, SourceResult> };
  dlpcb: VectorFigures;
  air: AirReleases & {
    co2ElectricityT: number;
    /** MODEL.md 3.1a: HCl released by every source, kg */
    hclKg: number;
    /** HCl per source that burns or melts plastic, kg */
    hclKgBySource: Record<PlasticSourceKey, number>;
  };
  chlorine: ChlorineResult;
  notQuantified: string[];
  /** extension: the same list, structured, for pages that translate it */
  notQuantifiedItems: NotQuantifiedItem[];
  economics: {
    currency: string;
    revenue: number;
    costs: number;
    profit: number;
    revenueBreakdown: { product: number; bricks: number; scrapSale: number };
    costBreakdown: {
      feed: number;
      electricity: number;
      water: number;
      coal: number;
      wood: number;
      lpg: number;
      labour: number;
      landfill: number;
      cementKiln: number;
      sand: number;
      /** MODEL.md 3.2: the sum of `otherCosts` */
      other: number;
      /** MODEL.md 3.2: each of `otherCosts`, by id */
      otherById: Record<string, number>;
    };
    workersPaid: number;
  };
}

/** Headline figures of MODEL.md section 6, as key paths into the result document. */
export const HEADLINE_FIGURES = [
  'pcddf.air',
  'pcddf.total',
  'dlpcb.total',
  'air.pm25Kg',
  'air.bcKg',
  'air.co2FossilT',
  'air.co2ElectricityT',
  'air.hclKg',
  'energy.electricityKWh',
  'water.freshM3',
  'water.wastewaterM3',
  'mass.burnedPlasticT',
  'mass.productT',
  'bricks.count',
  'economics.profit',
] as const;
export type HeadlineFigure = (typeof HEADLINE_FIGURES)[number];

/** Figures where more is better (product, bricks, profit); for all others less is better. */
export const HIGHER_IS_BETTER: ReadonlySet<HeadlineFigure> = new Set(['mass.productT', 'bricks.count', 'economics.profit']);

/** Reads a headline figure (or any dotted path) from a result document. */
export function figure(result: ResultDocument, path: string): number {
  let x: unknown = result;
  for (const key of path.split('.')) x = (x as Record<string, unknown>)[key];
  return typeof x === 'number' ? x : NaN;
}
