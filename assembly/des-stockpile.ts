// The rejects stockpile of the line dynamics (MODEL.md section 7) and the releases of everything
// that burns, with the steady state's numbers (its parameter block, layout.ts): plastic rejects
// pile up polymer by polymer (a share of each may be kept apart at once, extension
// `residues.separation`); units that burn plastic rejects draw their heat from the pile; a burn
// event clears the pile along `residues.plasticRoutes` exactly as step 9 does; and every tonne
// that burns or melts gets the releases of MODEL.md 3.1 and 3.1a, its chlorine multiplier taken
// from the pile's chlorine at that moment. So with no failures, ample buffers and a long horizon
// the masses per route and the releases per year are those of the steady state.

import {
  MAX_UNITS, N_POLYMERS, N_VECTORS, N_SOURCES, V_AIR, V_LAND, V_RESIDUE, S_OPEN_BURNING, S_DUMP_FIRE,
  S_PLASTIC_FUEL, S_COAL, S_WOOD, S_LPG, S_CEMENT_KILN, S_BRICK_MELT, F_PLASTIC, F_COAL, F_WOOD,
  F_LPG, F_ELECTRICITY, PR_OPEN_BURNING, PR_DUMPING, PR_LANDFILL, PR_BRICKS, PR_CEMENT_KILN,
  PR_SALE, P_PLASTIC_ROUTES, P_DUMP_FIRE_FRACTION, P_EF, EF_STRIDE, EF_PCDDF, EF_DLPCB, EF_PM25,
  EF_PM10, EF_BC, EF_CO, EF_CH4, EF_CO2_PER_TJ, P_RELEASE_METHOD, P_CL_REF_FRACTION, P_CL_EXPONENT,
  P_CL_MAX_MULTIPLIER, P_CL_FRACTION, P_HCL_RELEASE, P_BRICK_HEAT_MJ_PER_T, P_BRICK_HEAT_FUEL,
  P_BRICK_HEAT_EFFICIENCY, P_SEPARATION_FRACTION, P_SEPARATION_ROUTE, METHOD_CHLORINE_ADJUSTED,
} from "./layout";
import {
  DR_PCDDF, DR_DLPCB, DR_PM25_KG, DR_PM10_KG, DR_BC_KG, DR_CO_KG, DR_CH4_KG, DR_CO2_FOSSIL_T,
  DR_HCL_KG, DR_FUEL_SHORTFALL_MJ, DR_HEAT_ELECTRICITY_KWH, DR_ROUTES, DRR_FUEL, DRR_OPEN_BURNING,
  DRR_DUMPING, DRR_DUMP_FIRE, DRR_LANDFILL, DRR_BRICKS, DRR_CEMENT_KILN, DRR_SALE, DR_SOURCES,
  DRS_STRIDE, DRS_MASS_T, DRS_PCDDF_AIR, DRS_PCDDF_TOTAL, DRS_HCL_KG, DR_SEPARATED_T, DR_BURNS,
  DR_MAX_BURNS, DRB_STRIDE, DRB_DAY, DRB_CLEARED_KG, DRB_BURNED_KG, DRB_PCDDF_AIR_UG, N_DES_ROUTES,
} from "./des-layout";
import {
  CARBON_FRACTION, LHV_MJ_PER_KG, LHV_COAL, LHV_WOOD, LHV_LPG, MJ_PER_KWH, CO2_PER_C, HCL_PER_CL,
  OXIDATION_OPEN_BURNING, OXIDATION_DUMP_FIRE, OXIDATION_PLASTIC_FUEL, OXIDATION_CEMENT_KILN,
} from "./constants";
import {
  chlorineMultiplier,
} from "./chlorine";
import {
  f64At, setF64, addF64, i32At, setI32,
} from "./des-mem";

let ss: usize = 0; // the steady-state parameter block

// Blocks of static memory (des-mem.ts), f64 unless marked.
const stock = memory.data(N_POLYMERS * 8, 8); // kg of each polymer on the pile
let stockInertKg: f64 = 0;
let stockTotalKg: f64 = 0; // the sum of `stock`, kept as it changes
const separation = memory.data(N_POLYMERS * 8, 8); // share kept apart, by polymer
const separationRoute = memory.data(N_POLYMERS * 4, 8); // i32: DRR_* of the kept-apart polymers
const routeKg = memory.data(N_DES_ROUTES * 8, 8);
let separatedKg: f64 = 0;
// what one lot leaves at unit u, by polymer: kept apart, and onto the pile (worked out once a
// run by stockPrepareLots)
const lotKept = memory.data(MAX_UNITS * N_POLYMERS * 8, 8);
const lotPiled = memory.data(MAX_UNITS * N_POLYMERS * 8, 8);
const lotKind = memory.data(MAX_UNITS * 4, 8); // i32
// every tonne burned or melted, by source (layout.ts S_*)
const sourceKg = memory.data(N_SOURCES * 8, 8);
const sourcePcddfAir = memory.data(N_SOURCES * 8, 8);
const sourcePcddfTotal = memory.data(N_SOURCES * 8, 8);
const sourceHclKg = memory.data(N_SOURCES * 8, 8);
const pcddf = memory.data(N_VECTORS * 8, 8);
const dlpcb = memory.data(N_VECTORS * 8, 8);
let co2FossilT: f64 = 0;
const purchasedMJ = memory.data(4 * 8, 8); // by F_*: coal, wood and LPG used
let heatElectricityKWh: f64 = 0;
let shortfallMJ: f64 = 0;
let clears: i32 = 0;
let openBurns: i32 = 0;
// the emission factors of the block, a non-finite one as 0, and the constants by polymer
const efTable = memory.data(N_SOURCES * EF_STRIDE * 8, 8);
const lhv = memory.data(N_POLYMERS * 8, 8);
const carbon = memory.data(N_POLYMERS * 8, 8);
const clFraction = memory.data(N_POLYMERS * 8, 8);
let chlorineAdjusted: bool = false;

// @ts-ignore: decorator
@inline function p(i: i32): f64 { return load<f64>(ss + (<usize>i << 3)); }
// "ND" and absent factors are 0 in the block; a non-finite one contributes nothing either.
// @ts-ignore: decorator
@inline function ef(source: i32, field: i32): f64 {
  return f64At(efTable, source * EF_STRIDE + field);
}

/** Empties the pile and the tallies and reads the numbers of the steady-state block at `ssBase`. */
export function stockReset(ssBase: usize): void {
  ss = ssBase;
  for (let c = 0; c < N_POLYMERS; c++) {
    setF64(stock, c, 0);
    const fraction = p(P_SEPARATION_FRACTION + c);
    setF64(separation, c, fraction > 0 ? min(fraction, 1.0) : 0.0);
    const route = <i32>p(P_SEPARATION_ROUTE + c);
    setI32(separationRoute, c, route == PR_CEMENT_KILN ? DRR_CEMENT_KILN : route == PR_SALE ? DRR_SALE : DRR_LANDFILL);
    setF64(lhv, c, unchecked(LHV_MJ_PER_KG[c]));
    setF64(carbon, c, unchecked(CARBON_FRACTION[c]));
    setF64(clFraction, c, p(P_CL_FRACTION + c));
  }
  for (let i = 0; i < N_SOURCES * EF_STRIDE; i++) {
    const x = p(P_EF + i);
    setF64(efTable, i, isFinite(x) ? x : 0);
  }
  chlorineAdjusted = <i32>p(P_RELEASE_METHOD) == METHOD_CHLORINE_ADJUSTED;
  memory.fill(routeKg, 0, N_DES_ROUTES * 8);
  memory.fill(sourceKg, 0, N_SOURCES * 8);
  memory.fill(sourcePcddfAir, 0, N_SOURCES * 8);
  memory.fill(sourcePcddfTotal, 0, N_SOURCES * 8);
  memory.fill(sourceHclKg, 0, N_SOURCES * 8);
  memory.fill(pcddf, 0, N_VECTORS * 8);
  memory.fill(dlpcb, 0, N_VECTORS * 8);
  memory.fill(purchasedMJ, 0, 4 * 8);
  stockInertKg = 0;
  stockTotalKg = 0;
  separatedKg = 0;
  co2FossilT = 0;
  heatElectricityKWh = 0;
  shortfallMJ = 0;
  clears = 0;
  openBurns = 0;
}

/** Splits what a lot leaves at each unit (`lotPolymerKg`, kg by unit and polymer) into the
 *  kept-apart share and the rest for the pile, once a run (after stockReset). A polymer the lot
 *  does not leave gets 0 for the pile, which adding leaves every tally as it was (none is ever
 *  −0). lotKind: 0 nothing to add, 1 the pile only, 2 some kept apart as well. */
export function stockPrepareLots(nUnits: i32, lotPolymerKg: usize): void {
  for (let u = 0; u < nUnits; u++) {
    let kind = 0;
    for (let c = 0; c < N_POLYMERS; c++) {
      const i = u * N_POLYMERS + c;
      const kg = f64At(lotPolymerKg, i);
      const kept = kg > 0 ? kg * f64At(separation, c) : 0.0;
      setF64(lotKept, i, kept);
      setF64(lotPiled, i, kg > 0 ? kg - kept : 0.0);
      if (kg > 0) kind = max(kind, 1);
      if (kept > 0) kind = 2;
    }
    setI32(lotKind, u, kind);
  }
}

// @ts-ignore: decorator
@inline export function stockPlasticKg(): f64 {
  return stockTotalKg;
}

export function stockInert(): f64 { return stockInertKg; }
export function stockClears(): i32 { return clears; }
export function stockOpenBurns(): i32 { return openBurns; }

/** The plastic rejects of one lot at unit u arrive, polymer by polymer: the kept-apart share of
 *  each goes to its route at once, the rest onto the pile. */
// @ts-ignore: decorator
@inline export function stockAddLot(u: i32): void {
  const kind = i32At(lotKind, u);
  if (kind != 0) {
    if (kind == 2) keepLot(u);
    const piled = lotPiled + (<usize>(u * N_POLYMERS) << 3);
    let total = stockTotalKg;
    for (let c = 0; c < N_POLYMERS; c++) {
      const kg = f64At(piled, c);
      addF64(stock, c, kg);
      total += kg;
    }
    stockTotalKg = total;
  }
}

/** The kept-apart shares of one lot at unit u go to their routes, polymer by polymer. */
function keepLot(u: i32): void {
  for (let c = 0; c < N_POLYMERS; c++) {
    const kept = f64At(lotKept, u * N_POLYMERS + c);
    if (kept > 0) keep(c, kept);
  }
}

/** `kept` kg of polymer c kept apart go to their route. */
function keep(c: i32, kept: f64): void {
  separatedKg += kept;
  const route = i32At(separationRoute, c);
  addF64(routeKg, route, kept);
  if (route == DRR_CEMENT_KILN) release(S_CEMENT_KILN, kept, kept * f64At(clFraction, c), kept * f64At(carbon, c), OXIDATION_CEMENT_KILN, false);
}

// @ts-ignore: decorator
@inline export function stockAddInert(kg: f64): void { stockInertKg += kg; }

function release(source: i32, kg: f64, clKg: f64, carbonKg: f64, oxidation: f64, adjustable: bool): f64 {
  return releaseInline(source, kg, clKg, carbonKg, oxidation, adjustable);
}

/** The releases of `kg` of plastic with `clKg` of chlorine and `carbonKg` of carbon burned or
 *  melted by `source` (MODEL.md 3.1 and 3.1a). Returns its PCDD/F to air. Inlined where the
 *  dryer burns rejects lot by lot (stockHeat); called elsewhere. */
// @ts-ignore: decorator
@inline function releaseInline(source: i32, kg: f64, clKg: f64, carbonKg: f64, oxidation: f64, adjustable: bool): f64 {
  if (!(kg > 0)) return 0;
  const t = kg / 1000.0;
  let m = 1.0;
  if (adjustable && chlorineAdjusted) {
    m = chlorineMultiplier(clKg / kg, p(P_CL_REF_FRACTION), p(P_CL_EXPONENT), p(P_CL_MAX_MULTIPLIER));
  }
  const ashToLand = source == S_OPEN_BURNING || source == S_DUMP_FIRE; // Toolkit rule
  let air = 0.0;
  let total = 0.0;
  for (let v = 0; v < N_VECTORS; v++) {
    const target = ashToLand && v == V_RESIDUE ? V_LAND : v;
    const x = t * ef(source, EF_PCDDF + v) * m;
    addF64(pcddf, target, x);
    addF64(dlpcb, target, t * ef(source, EF_DLPCB + v) * m);
    if (target == V_AIR) air += x;
    total += x;
  }
  const hcl = clKg * HCL_PER_CL * p(P_HCL_RELEASE + source);
  addF64(sourceKg, source, kg);
  addF64(sourcePcddfAir, source, air);
  addF64(sourcePcddfTotal, source, total);
  addF64(sourceHclKg, source, hcl);
  co2FossilT += carbonKg / 1000.0 * oxidation * CO2_PER_C;
  return air;
}

/** Energy of a purchased fuel (or electricity) for heat; backup "plasticRejects" is coal. */
function purchase(fuel: i32, mj: f64): void {
  if (!(mj > 0)) return;
  if (fuel == F_ELECTRICITY) heatElectricityKWh += mj / MJ_PER_KWH;
  else if (fuel == F_WOOD || fuel == F_LPG) addF64(purchasedMJ, fuel, mj);
  else addF64(purchasedMJ, F_COAL, mj);
}

/** A unit needs `neededMJ` of fuel energy: from the pile if its fuel is the plastic rejects (what
 *  the pile cannot supply comes from the backup fuel), else purchased. */
export function stockHeat(fuel: i32, backup: i32, neededMJ: f64): void {
  if (fuel != F_PLASTIC) {
    purchase(fuel, neededMJ);
    return;
  }
  let availableMJ = 0.0;
  for (let c = 0; c < N_POLYMERS; c++) availableMJ += f64At(stock, c) * f64At(lhv, c);
  if (!(availableMJ > 0)) {
    shortfallMJ += neededMJ;
    purchase(backup, neededMJ);
    return;
  }
  // The same share of every polymer burns: the fuel has the pile's composition.
  const share = neededMJ < availableMJ ? neededMJ / availableMJ : 1.0;
  let kg = 0.0;
  let clKg = 0.0;
  let carbonKg = 0.0;
  for (let c = 0; c < N_POLYMERS; c++) {
    const x = f64At(stock, c) * share;
    setF64(stock, c, f64At(stock, c) - x);
    kg += x;
    clKg += x * f64At(clFraction, c);
    carbonKg += x * f64At(carbon, c);
  }
  addF64(routeKg, DRR_FUEL, kg);
  stockTotalKg = share >= 1.0 ? 0.0 : stockTotalKg - kg;
  releaseInline(S_PLASTIC_FUEL, kg, clKg, carbonKg, OXIDATION_PLASTIC_FUEL, true);
  if (share >= 1.0) {
    shortfallMJ += neededMJ - availableMJ;
    purchase(backup, neededMJ - availableMJ);
  }
}

/** A burn event at the end of working day `day`: the whole plastic pile leaves along the
 *  plastic routes (MODEL.md 3 step 9). Listed in the result block `r` while there is room. */
export function stockClear(day: f64, r: usize): void {
  let kg = 0.0;
  let clKg = 0.0;
  let carbonKg = 0.0;
  for (let c = 0; c < N_POLYMERS; c++) {
    const x = f64At(stock, c);
    kg += x;
    clKg += x * f64At(clFraction, c);
    carbonKg += x * f64At(carbon, c);
    setF64(stock, c, 0);
  }
  stockTotalKg = 0;
  if (!(kg > 0)) return;
  const open = p(P_PLASTIC_ROUTES + PR_OPEN_BURNING);
  const dumping = p(P_PLASTIC_ROUTES + PR_DUMPING);
  const dumpFire = dumping * p(P_DUMP_FIRE_FRACTION);
  const bricks = p(P_PLASTIC_ROUTES + PR_BRICKS);
  const kiln = p(P_PLASTIC_ROUTES + PR_CEMENT_KILN);
  addF64(routeKg, DRR_OPEN_BURNING, kg * open);
  addF64(routeKg, DRR_DUMPING, kg * dumping);
  addF64(routeKg, DRR_DUMP_FIRE, kg * dumpFire);
  addF64(routeKg, DRR_LANDFILL, kg * p(P_PLASTIC_ROUTES + PR_LANDFILL));
  addF64(routeKg, DRR_BRICKS, kg * bricks);
  addF64(routeKg, DRR_CEMENT_KILN, kg * kiln);
  addF64(routeKg, DRR_SALE, kg * p(P_PLASTIC_ROUTES + PR_SALE));
  let air = release(S_OPEN_BURNING, kg * open, clKg * open, carbonKg * open, OXIDATION_OPEN_BURNING, true);
  air += release(S_DUMP_FIRE, kg * dumpFire, clKg * dumpFire, carbonKg * dumpFire, OXIDATION_DUMP_FIRE, true);
  release(S_BRICK_MELT, kg * bricks, clKg * bricks, 0.0, 0.0, false); // melting does not oxidise the carbon
  release(S_CEMENT_KILN, kg * kiln, clKg * kiln, carbonKg * kiln, OXIDATION_CEMENT_KILN, false);
  const burnedKg = kg * (open + dumpFire);
  if (clears < DR_MAX_BURNS) {
    const b = DR_BURNS + clears * DRB_STRIDE;
    setF64(r, b + DRB_DAY, day);
    setF64(r, b + DRB_CLEARED_KG, kg);
    setF64(r, b + DRB_BURNED_KG, burnedKg);
    setF64(r, b + DRB_PCDDF_AIR_UG, air);
  }
  clears++;
  if (burnedKg > 0) openBurns++;
}

/** Releases of a purchased fuel: PCDD/F and dl-PCB per TJ, co-pollutants per tonne (MODEL.md 3.1). */
function fuelRelease(source: i32, mj: f64, lhvMJPerKg: f64): void {
  if (!(mj > 0)) return;
  const tj = mj / 1e6;
  let air = 0.0;
  let total = 0.0;
  for (let v = 0; v < N_VECTORS; v++) {
    const x = tj * ef(source, EF_PCDDF + v);
    addF64(pcddf, v, x);
    addF64(dlpcb, v, tj * ef(source, EF_DLPCB + v));
    if (v == V_AIR) air += x;
    total += x;
  }
  addF64(sourceKg, source, mj / lhvMJPerKg);
  addF64(sourcePcddfAir, source, air);
  addF64(sourcePcddfTotal, source, total);
  if (source != S_WOOD) co2FossilT += tj * ef(source, EF_CO2_PER_TJ); // wood is biogenic
}

/** Writes the tallies into the DES result block `r` (totals over the run). */
export function stockFinish(r: usize): void {
  // The heat of the brick melt (MODEL.md 3.1a), now that the plastic to bricks is known.
  const brickHeatMJ = p(P_BRICK_HEAT_MJ_PER_T) * f64At(routeKg, DRR_BRICKS) / 1000.0;
  if (brickHeatMJ > 0) {
    const efficiency = p(P_BRICK_HEAT_EFFICIENCY) > 0 ? p(P_BRICK_HEAT_EFFICIENCY) : 1.0;
    purchase(<i32>p(P_BRICK_HEAT_FUEL), brickHeatMJ / efficiency);
  }
  fuelRelease(S_COAL, f64At(purchasedMJ, F_COAL), LHV_COAL);
  fuelRelease(S_WOOD, f64At(purchasedMJ, F_WOOD), LHV_WOOD);
  fuelRelease(S_LPG, f64At(purchasedMJ, F_LPG), LHV_LPG);
  let pm25 = 0.0, pm10 = 0.0, bc = 0.0, co = 0.0, ch4 = 0.0, hcl = 0.0;
  for (let s = 0; s < N_SOURCES; s++) {
    const t = f64At(sourceKg, s) / 1000.0;
    pm25 += t * ef(s, EF_PM25);
    pm10 += t * ef(s, EF_PM10);
    bc += t * ef(s, EF_BC);
    co += t * ef(s, EF_CO);
    ch4 += t * ef(s, EF_CH4);
    hcl += f64At(sourceHclKg, s);
    const b = DR_SOURCES + s * DRS_STRIDE;
    setF64(r, b + DRS_MASS_T, t);
    setF64(r, b + DRS_PCDDF_AIR, f64At(sourcePcddfAir, s));
    setF64(r, b + DRS_PCDDF_TOTAL, f64At(sourcePcddfTotal, s));
    setF64(r, b + DRS_HCL_KG, f64At(sourceHclKg, s));
  }
  for (let v = 0; v < N_VECTORS; v++) {
    setF64(r, DR_PCDDF + v, f64At(pcddf, v));
    setF64(r, DR_DLPCB + v, f64At(dlpcb, v));
  }
  for (let k = 0; k < N_DES_ROUTES; k++) setF64(r, DR_ROUTES + k, f64At(routeKg, k) / 1000.0);
  setF64(r, DR_PM25_KG, pm25);
  setF64(r, DR_PM10_KG, pm10);
  setF64(r, DR_BC_KG, bc);
  setF64(r, DR_CO_KG, co);
  setF64(r, DR_CH4_KG, ch4);
  setF64(r, DR_CO2_FOSSIL_T, co2FossilT);
  setF64(r, DR_HCL_KG, hcl);
  setF64(r, DR_FUEL_SHORTFALL_MJ, shortfallMJ);
  setF64(r, DR_HEAT_ELECTRICITY_KWH, heatElectricityKWh);
  setF64(r, DR_SEPARATED_T, separatedKg / 1000.0);
}
