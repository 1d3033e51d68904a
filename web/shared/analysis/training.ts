// Training mode (issue 8): the big levers a household trainer moves, applied to a copy of one
// household's scenario, and the result document put into everyday units (per week, per month,
// bricks, people's tolerable intake). Pure functions, no DOM: tested in Node.

import type { ResultDocument } from '../model/result-types.ts';
import { DEFAULT_BRICKS } from '../model/brick-defaults.ts';

/** Fuels offered for the dryer; a scenario may use another (wood), which is then kept as it is. */
export const DRYING_FUELS = ['plasticRejects', 'coal', 'lpg', 'electricity'] as const;
export type DryingFuel = 'plasticRejects' | 'coal' | 'wood' | 'lpg' | 'electricity';

export interface TrainingLevers {
  /** Share of the plastic rejects that is burned or dumped (open burning + dumping), of the
   *  plastic that goes to burning, dumping or bricks; the rest is made into bricks. */
  burnedShare: number;
  /** waterRecycledFraction of every washing unit. */
  waterReusedFraction: number;
  /** heat.fuel of every heated drying unit. */
  dryingFuel: DryingFuel;
  /** Fraction of the PVC reaching each sorting unit that is picked out to the rejects. */
  pvcSortedOutFraction: number;
}

/** Which levers this line has at all (a line without a washing unit has no water lever). */
export interface LeverAvailability {
  burnedShare: boolean;
  waterReusedFraction: boolean;
  dryingFuel: boolean;
  pvcSortedOutFraction: boolean;
}

/** Upper ends of the sliders. Water: "wash-water recirculation with clarifier, up to ~80 % reused"
 *  (vendor, reference/DATA.md §3, R). PVC: 0.95, the float-sink separation efficiency the
 *  measures catalogue uses (fixtures/measures.json, E); hand sorting will not do better. */
export const WATER_REUSED_MAX = 0.8;
export const PVC_SORTED_OUT_MAX = 0.95;

/** Furnace efficiency when the dryer changes fuel: LPG burner 0.7 and electric heater 0.9 as in
 *  the catalogue measures no-plastic-fuel-lpg / no-plastic-fuel-electric (fixtures/measures.json,
 *  E); plastic and coal in the open household furnace 0.3, as the Minh Khai baseline (E). A unit
 *  keeps its own efficiency when the lever gives back its own fuel. */
export const DRYER_EFFICIENCY: Record<DryingFuel, number> = {
  plasticRejects: 0.3,
  coal: 0.3,
  wood: 0.3,
  lpg: 0.7,
  electricity: 0.9,
};

interface Heat {
  fuel: string;
  efficiency?: number;
  backupFuel?: string;
  [k: string]: unknown;
}
interface TrainingUnit {
  type: string;
  waterRecycledFraction?: number;
  removal?: Record<string, { fraction: number; to: string }>;
  heat?: Heat;
  [k: string]: unknown;
}
/** The parts of a scenario document (MODEL.md §2) the levers read and write. */
export interface TrainingScenario {
  calendar: { daysPerYear: number; hoursPerDay?: number };
  units: TrainingUnit[];
  residues: { plasticRoutes: Record<string, number | undefined>; [k: string]: unknown };
  bricks?: { plasticMassFraction: number; brickMassKg: number; [k: string]: unknown };
  [k: string]: unknown;
}

const washing = (s: TrainingScenario) => s.units.filter((u) => u.type === 'washing');
const heatedDryers = (s: TrainingScenario) => s.units.filter((u) => u.type === 'drying' && u.heat);
const sorting = (s: TrainingScenario) => s.units.filter((u) => u.type === 'sorting');
const route = (s: TrainingScenario, key: string) => s.residues.plasticRoutes[key] ?? 0;

/** Shares of the plastic routes that the burn lever moves between: open burning, dumping, bricks. */
function burnPool(s: TrainingScenario): number {
  return route(s, 'openBurning') + route(s, 'dumping') + route(s, 'bricks');
}

export function leverAvailability(s: TrainingScenario): LeverAvailability {
  return {
    burnedShare: burnPool(s) > 0,
    waterReusedFraction: washing(s).length > 0,
    dryingFuel: heatedDryers(s).length > 0,
    pvcSortedOutFraction: sorting(s).length > 0,
  };
}

/** The levers as the scenario has them now (the first unit of a kind speaks for the others). */
export function leversOf(s: TrainingScenario): TrainingLevers {
  const pool = burnPool(s);
  return {
    burnedShare: pool > 0 ? (route(s, 'openBurning') + route(s, 'dumping')) / pool : 0,
    waterReusedFraction: washing(s)[0]?.waterRecycledFraction ?? 0,
    dryingFuel: (heatedDryers(s)[0]?.heat?.fuel as DryingFuel | undefined) ?? 'plasticRejects',
    pvcSortedOutFraction: sorting(s)[0]?.removal?.PVC?.fraction ?? 0,
  };
}

/**
 * A modified deep copy of `base` with the levers applied; `base` is never changed. Only the levers
 * that differ from the base's own values are written, so the base's levers give back the base.
 * - burnedShare b: of the pool P = openBurning + dumping + bricks, b × P is burned or dumped (split
 *   between the two as in the base; all to open burning if the base had neither) and (1 − b) × P
 *   goes to bricks. Landfill, cement kiln and sale keep their shares.
 * - waterReusedFraction: every washing unit's waterRecycledFraction.
 * - dryingFuel: every heated drying unit's heat.fuel, with DRYER_EFFICIENCY and, for a bought fuel,
 *   that fuel as its backup (as the catalogue's fuel measures do).
 * - pvcSortedOutFraction: every sorting unit removes this fraction of its PVC to the rejects.
 */
export function applyLevers<T extends TrainingScenario>(base: T, levers: TrainingLevers): T {
  const s = structuredClone(base);
  const now = leversOf(base);
  if (levers.burnedShare !== now.burnedShare && burnPool(s) > 0) {
    const pool = burnPool(s);
    const ob = route(s, 'openBurning');
    const dump = route(s, 'dumping');
    const burned = Math.min(1, Math.max(0, levers.burnedShare)) * pool;
    const obShare = ob + dump > 0 ? ob / (ob + dump) : 1;
    s.residues.plasticRoutes.openBurning = burned * obShare;
    s.residues.plasticRoutes.dumping = burned - burned * obShare;
    s.residues.plasticRoutes.bricks = pool - burned;
    if (pool - burned > 0 && !s.bricks) s.bricks = { ...DEFAULT_BRICKS };
  }
  if (levers.waterReusedFraction !== now.waterReusedFraction) {
    for (const u of washing(s)) u.waterRecycledFraction = levers.waterReusedFraction;
  }
  if (levers.dryingFuel !== now.dryingFuel) {
    const original = heatedDryers(base);
    heatedDryers(s).forEach((u, i) => {
      const was = original[i].heat!;
      const fuel = levers.dryingFuel;
      const own = was.fuel === fuel;
      u.heat = {
        ...was,
        fuel,
        efficiency: own ? was.efficiency : DRYER_EFFICIENCY[fuel],
        backupFuel: fuel === 'plasticRejects' ? (own ? was.backupFuel : 'coal') : fuel,
      };
      if (u.heat.efficiency === undefined) delete u.heat.efficiency;
      if (u.heat.backupFuel === undefined) delete u.heat.backupFuel;
    });
  }
  if (levers.pvcSortedOutFraction !== now.pvcSortedOutFraction) {
    for (const u of sorting(s)) u.removal = { ...u.removal, PVC: { fraction: levers.pvcSortedOutFraction, to: 'rejects' } };
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Everyday units

/** Reference figures for PCDD/F, with their sources (shown in the UI with them). */
export const PCDDF_REFERENCES = {
  /** WHO 1998 tolerable daily intake 1–4 pg TEQ per kg body weight; the upper end is used. */
  tolerableIntakePgPerKgDay: 4,
  /** Body weight of the illustrative adult (an assumption of this illustration). */
  bodyWeightKg: 50,
  /** Viet Nam's inventory, open burning, mean 2007–2012: 22.6 g TEQ/yr (reference/DATA.md §2, R). */
  vietNamOpenBurningUgPerYear: 22.6e6,
};

/** A sack of scrap as bought; no source gives its mass, so this is an estimate (E). */
export const BAG_KG = 50;
const WEEKS_PER_YEAR = 52;
const MONTHS_PER_YEAR = 12;
const DAYS_PER_YEAR = 365;

export interface EverydayFigures {
  workingDaysPerWeek: number;
  feedKgPerDay: number;
  feedKgPerWeek: number;
  feedBagsPerWeek: number;
  pelletsKgPerWeek: number;
  pelletSalesPerMonth: number;
  profitPerMonth: number;
  burnedKgPerWeek: { openBurning: number; dumpFire: number; furnace: number; total: number };
  /** Plastic rejects left after the furnace, per week, and the bricks they could make. */
  plasticRejectsKgPerWeek: number;
  plasticPerBrickKg: number;
  bricksPossiblePerWeek: number;
  bricksMadePerWeek: number;
  pm25KgPerWeek: number;
  blackCarbonGPerWeek: number;
  /** Hydrogen chloride, the acid smell of burning PVC (MODEL.md 3.1a), kg a week. */
  hclKgPerWeek: number;
  pcddfAirUgPerYear: number;
  /** People who could take in this much PCDD/F over a year at the tolerable intake. */
  pcddfAirPersonYears: number;
  /** pcddf.air as a fraction of Viet Nam's yearly PCDD/F from open burning. */
  pcddfAirShareOfVietNamOpenBurning: number;
  pvcInPelletsKgPerWeek: number;
  pvcBurnedKgPerWeek: number;
  waterFreshM3PerWeek: number;
}

/**
 * The result in everyday units. Per week = per year ÷ 52 (= per working day × daysPerYear/52
 * working days a week); per month = per year ÷ 12.
 */
export function everydayFigures(result: ResultDocument, scenario: TrainingScenario, bagKg = BAG_KG): EverydayFigures {
  const days = scenario.calendar.daysPerYear;
  const perWeekKg = (tonnesPerYear: number) => (tonnesPerYear * 1000) / WEEKS_PER_YEAR;
  const m = result.mass;
  const bricks = scenario.bricks ?? DEFAULT_BRICKS;
  const plasticPerBrickKg = bricks.brickMassKg * bricks.plasticMassFraction;
  const plasticRejectsKgPerWeek = perWeekKg(m.rejectsT.plastic - m.routesT.fuel);
  const feedKgPerWeek = perWeekKg(m.feedT);
  const ref = PCDDF_REFERENCES;
  const personYearUg = (ref.tolerableIntakePgPerKgDay * ref.bodyWeightKg * DAYS_PER_YEAR) / 1e6;
  return {
    workingDaysPerWeek: days / WEEKS_PER_YEAR,
    feedKgPerDay: (m.feedT * 1000) / days,
    feedKgPerWeek,
    feedBagsPerWeek: feedKgPerWeek / bagKg,
    pelletsKgPerWeek: perWeekKg(m.productT),
    pelletSalesPerMonth: result.economics.revenueBreakdown.product / MONTHS_PER_YEAR,
    profitPerMonth: result.economics.profit / MONTHS_PER_YEAR,
    burnedKgPerWeek: {
      openBurning: perWeekKg(m.routesT.openBurning),
      dumpFire: perWeekKg(m.routesT.dumpFire),
      furnace: perWeekKg(m.routesT.fuel),
      total: perWeekKg(m.burnedPlasticT),
    },
    plasticRejectsKgPerWeek,
    plasticPerBrickKg,
    bricksPossiblePerWeek: plasticPerBrickKg > 0 ? plasticRejectsKgPerWeek / plasticPerBrickKg : 0,
    bricksMadePerWeek: result.bricks.count / WEEKS_PER_YEAR,
    pm25KgPerWeek: result.air.pm25Kg / WEEKS_PER_YEAR,
    blackCarbonGPerWeek: (result.air.bcKg * 1000) / WEEKS_PER_YEAR,
    hclKgPerWeek: result.air.hclKg / WEEKS_PER_YEAR,
    pcddfAirUgPerYear: result.pcddf.air,
    pcddfAirPersonYears: result.pcddf.air / personYearUg,
    pcddfAirShareOfVietNamOpenBurning: result.pcddf.air / ref.vietNamOpenBurningUgPerYear,
    pvcInPelletsKgPerWeek: perWeekKg(m.productT * (m.productComposition.PVC ?? 0)),
    pvcBurnedKgPerWeek: perWeekKg(m.burnedPlasticT * (m.rejectsPoolComposition.PVC ?? 0)),
    waterFreshM3PerWeek: result.water.freshM3 / WEEKS_PER_YEAR,
  };
}

export type Recommendation = 'bricks' | 'clean-fuel' | 'sort-pvc' | 'reuse-water' | 'never-burn-near-homes' | 'keep-records';

/**
 * Three plain recommendations for the take-away, most important first: stop burning the rejects
 * (the largest source of PCDD/F and smoke), stop firing the dryer with plastic, keep PVC out of
 * fires and pellets, reuse wash water; filled up with two that always hold.
 */
export function recommendations(levers: TrainingLevers): Recommendation[] {
  const list: Recommendation[] = [];
  if (levers.burnedShare > 0) list.push('bricks');
  if (levers.dryingFuel === 'plasticRejects' || levers.dryingFuel === 'coal') list.push('clean-fuel');
  if (levers.pvcSortedOutFraction < 0.9) list.push('sort-pvc');
  if (levers.waterReusedFraction < 0.4) list.push('reuse-water');
  list.push('never-burn-near-homes', 'keep-records');
  return list.slice(0, 3);
}
