// Releases of MODEL.md 3.1 and 3.1a, from the masses and fuels the balance (balance.ts) has just
// written into the result block: PCDD/F and dl-PCB by source and vector under the chosen method
// (and the dioxin totals under both), co-pollutants, HCl and fossil CO2.

import {
  N_POLYMERS, N_VECTORS, S_OPEN_BURNING, S_DUMP_FIRE, S_PLASTIC_FUEL, S_COAL, S_WOOD, S_LPG,
  S_CEMENT_KILN, S_BRICK_MELT, V_AIR, V_LAND, V_RESIDUE, F_COAL, F_WOOD, F_LPG, PR_CEMENT_KILN,
  EF_PCDDF, EF_DLPCB, EF_PM25, EF_PM10, EF_BC, EF_CO, EF_CH4, EF_CO2_PER_TJ, P_RELEASE_METHOD,
  P_CL_REF_FRACTION, P_CL_EXPONENT, P_CL_MAX_MULTIPLIER, P_CL_FRACTION, P_HCL_RELEASE,
  P_SEPARATION_ROUTE, P_GRID_CO2_PER_MWH, METHOD_CHLORINE_ADJUSTED, R_ROUTE_FUEL_T,
  R_ROUTE_OPEN_BURNING_T, R_ROUTE_DUMP_FIRE_T, R_ROUTE_BRICKS_T, R_ROUTE_CEMENT_KILN_T, R_COAL_T,
  R_WOOD_T, R_LPG_KG, R_FUEL_MJ, R_POOL_COMPOSITION, R_POOL_CL_FRACTION, R_SEPARATED_T, R_PCDDF,
  R_PCDDF_TOTAL, R_DLPCB, R_DLPCB_TOTAL, R_PM25_KG, R_PM10_KG, R_BC_KG, R_CO_KG, R_CH4_KG,
  R_CO2_FOSSIL_T, R_CO2_BIOGENIC_T, R_CO2_ELECTRICITY_T, R_ELECTRICITY_KWH, R_HCL_KG,
  R_PCDDF_AIR_TOOLKIT, R_PCDDF_TOTAL_TOOLKIT, R_PCDDF_AIR_ADJUSTED, R_PCDDF_TOTAL_ADJUSTED,
  R_DLPCB_TOTAL_TOOLKIT, R_DLPCB_TOTAL_ADJUSTED, RS_MASS_T, RS_ENERGY_TJ, RS_PCDDF, RS_DLPCB,
  RS_PM25_KG, RS_PM10_KG, RS_BC_KG, RS_CO_KG, RS_CH4_KG, RS_CO2_FOSSIL_T, RS_CO2_BIOGENIC_T,
  RS_HCL_KG, RS_CL_FRACTION, RS_MULTIPLIER, RS_ADJUSTED_MULTIPLIER,
} from "./layout";
import {
  CARBON_FRACTION, OXIDATION_OPEN_BURNING, OXIDATION_DUMP_FIRE, OXIDATION_PLASTIC_FUEL,
  OXIDATION_CEMENT_KILN, CO2_PER_C, HCL_PER_CL,
} from "./constants";
import {
  chlorineMultiplier,
} from "./chlorine";
import {
  p, ef, r, set, add, sourceSlot,
} from "./block";

// PCDD/F to air and in total, and dl-PCB in total, under each method (Toolkit, chlorine-adjusted).
let pcddfAirToolkit: f64 = 0;
let pcddfAirAdjusted: f64 = 0;
let pcddfTotalToolkit: f64 = 0;
let pcddfTotalAdjusted: f64 = 0;
let dlpcbTotalToolkit: f64 = 0;
let dlpcbTotalAdjusted: f64 = 0;
// Polymers kept apart and sent to the cement kiln (extension residues.separation).
let separatedKilnT: f64 = 0;
let separatedKilnCl: f64 = 0;
let separatedKilnCarbon: f64 = 0;

/** The chlorine of the rejects pool (what burns), from its composition (balance.ts's
 *  rejectsPool): the balance itself never reads the polymers' chlorine, so Monte Carlo draws of
 *  chlorine reuse it (mc-reuse.ts). */
function poolChlorine(): void {
  let chlorine = 0.0;
  for (let c = 0; c < N_POLYMERS; c++) chlorine += r(R_POOL_COMPOSITION + c) * p(P_CL_FRACTION + c);
  set(R_POOL_CL_FRACTION, chlorine);
}

/** Carbon mass per tonne of the rejects pool (what burns), from its composition. */
function poolCarbon(): f64 {
  let carbon = 0.0;
  for (let c = 0; c < N_POLYMERS; c++) carbon += r(R_POOL_COMPOSITION + c) * unchecked(CARBON_FRACTION[c]);
  return carbon;
}

/** What the kiln takes of the polymers kept apart, with their own chlorine and carbon. */
function separatedToKiln(): void {
  separatedKilnT = 0;
  separatedKilnCl = 0;
  separatedKilnCarbon = 0;
  for (let c = 0; c < N_POLYMERS; c++) {
    const kept = r(R_SEPARATED_T + c);
    if (!(kept > 0) || <i32>p(P_SEPARATION_ROUTE + c) != PR_CEMENT_KILN) continue;
    separatedKilnT += kept;
    separatedKilnCl += kept * p(P_CL_FRACTION + c);
    separatedKilnCarbon += kept * unchecked(CARBON_FRACTION[c]);
  }
}

/** PCDD/F and dl-PCB of one source (MODEL.md 3.1): `amount` is tonnes burned, or TJ for the
 *  fuels whose factors are per TJ; `m` the chlorine multiplier under the chosen method and
 *  `mAdjusted` the one the chlorine-adjusted method would apply (3.1a). */
function teq(source: i32, amount: f64, m: f64, mAdjusted: f64): void {
  // Open-burning and dump-fire ash counts as land, never residue (Toolkit 2013, group 6).
  const ashToLand = source == S_OPEN_BURNING || source == S_DUMP_FIRE;
  for (let v = 0; v < N_VECTORS; v++) {
    const target = ashToLand && v == V_RESIDUE ? V_LAND : v;
    const pcddfPlain = amount * ef(source, EF_PCDDF + v);
    const dlpcbPlain = amount * ef(source, EF_DLPCB + v);
    const pcddf = pcddfPlain * m;
    const dlpcb = dlpcbPlain * m;
    add(sourceSlot(source, RS_PCDDF + target), pcddf);
    add(sourceSlot(source, RS_DLPCB + target), dlpcb);
    add(R_PCDDF + target, pcddf);
    add(R_DLPCB + target, dlpcb);
    pcddfTotalToolkit += pcddfPlain;
    pcddfTotalAdjusted += pcddfPlain * mAdjusted;
    dlpcbTotalToolkit += dlpcbPlain;
    dlpcbTotalAdjusted += dlpcbPlain * mAdjusted;
    if (target == V_AIR) {
      pcddfAirToolkit += pcddfPlain;
      pcddfAirAdjusted += pcddfPlain * mAdjusted;
    }
  }
}

/** Co-pollutants of one source (kg per tonne burned). */
function coPollutants(source: i32, massT: f64): void {
  const pm25 = massT * ef(source, EF_PM25);
  const pm10 = massT * ef(source, EF_PM10);
  const bc = massT * ef(source, EF_BC);
  const co = massT * ef(source, EF_CO);
  const ch4 = massT * ef(source, EF_CH4);
  set(sourceSlot(source, RS_PM25_KG), pm25);
  set(sourceSlot(source, RS_PM10_KG), pm10);
  set(sourceSlot(source, RS_BC_KG), bc);
  set(sourceSlot(source, RS_CO_KG), co);
  set(sourceSlot(source, RS_CH4_KG), ch4);
  add(R_PM25_KG, pm25);
  add(R_PM10_KG, pm10);
  add(R_BC_KG, bc);
  add(R_CO_KG, co);
  add(R_CH4_KG, ch4);
}

/** A fuel burned for heat (coal, wood, LPG): factors per TJ of fuel energy. */
function fuelSource(source: i32, massT: f64, tj: f64): void {
  set(sourceSlot(source, RS_MASS_T), massT);
  set(sourceSlot(source, RS_ENERGY_TJ), tj);
  teq(source, tj, 1.0, 1.0);
  coPollutants(source, massT);
}

/** A source that burns or melts plastic (MODEL.md 3.1 and 3.1a): chlorine, the multiplier of
 *  the chosen method, PCDD/F, dl-PCB, co-pollutants and HCl. */
function plasticSource(source: i32, massT: f64, adjustable: bool, clOfMass: f64): void {
  const clFraction = massT > 0 ? clOfMass : 0.0;
  const mAdjusted = adjustable
    ? chlorineMultiplier(clFraction, p(P_CL_REF_FRACTION), p(P_CL_EXPONENT), p(P_CL_MAX_MULTIPLIER))
    : 1.0;
  const m = <i32>p(P_RELEASE_METHOD) == METHOD_CHLORINE_ADJUSTED ? mAdjusted : 1.0;
  set(sourceSlot(source, RS_MASS_T), massT);
  set(sourceSlot(source, RS_CL_FRACTION), clFraction);
  set(sourceSlot(source, RS_MULTIPLIER), m);
  set(sourceSlot(source, RS_ADJUSTED_MULTIPLIER), mAdjusted);
  teq(source, massT, m, mAdjusted);
  coPollutants(source, massT);
  // HCl (kg): t × 1000 kg/t × kg Cl per kg × kg HCl per kg Cl × share released as HCl.
  const hcl = massT * 1000.0 * clFraction * HCL_PER_CL * p(P_HCL_RELEASE + source);
  set(sourceSlot(source, RS_HCL_KG), hcl);
  add(R_HCL_KG, hcl);
}

/** MODEL.md 3.1 and 3.1a: releases by source, then the totals under both methods. */
function dioxinsAndCoPollutants(): void {
  pcddfAirToolkit = 0;
  pcddfAirAdjusted = 0;
  pcddfTotalToolkit = 0;
  pcddfTotalAdjusted = 0;
  dlpcbTotalToolkit = 0;
  dlpcbTotalAdjusted = 0;
  const poolChlorine = r(R_POOL_CL_FRACTION);
  plasticSource(S_OPEN_BURNING, r(R_ROUTE_OPEN_BURNING_T), true, poolChlorine);
  plasticSource(S_DUMP_FIRE, r(R_ROUTE_DUMP_FIRE_T), true, poolChlorine);
  plasticSource(S_PLASTIC_FUEL, r(R_ROUTE_FUEL_T), true, poolChlorine);
  fuelSource(S_COAL, r(R_COAL_T), r(R_FUEL_MJ + F_COAL) / 1e6);
  fuelSource(S_WOOD, r(R_WOOD_T), r(R_FUEL_MJ + F_WOOD) / 1e6);
  fuelSource(S_LPG, r(R_LPG_KG) / 1000.0, r(R_FUEL_MJ + F_LPG) / 1e6);
  // The kiln may also take polymers kept apart, with their own chlorine (extension).
  const kilnT = r(R_ROUTE_CEMENT_KILN_T);
  const kilnCl = separatedKilnT > 0 ? ((kilnT - separatedKilnT) * poolChlorine + separatedKilnCl) / kilnT : poolChlorine;
  plasticSource(S_CEMENT_KILN, kilnT, false, kilnCl);
  plasticSource(S_BRICK_MELT, r(R_ROUTE_BRICKS_T), false, poolChlorine);
  let pcddfTotal = 0.0;
  let dlpcbTotal = 0.0;
  for (let v = 0; v < N_VECTORS; v++) {
    pcddfTotal += r(R_PCDDF + v);
    dlpcbTotal += r(R_DLPCB + v);
  }
  set(R_PCDDF_TOTAL, pcddfTotal);
  set(R_DLPCB_TOTAL, dlpcbTotal);
  set(R_PCDDF_AIR_TOOLKIT, pcddfAirToolkit);
  set(R_PCDDF_TOTAL_TOOLKIT, pcddfTotalToolkit);
  set(R_PCDDF_AIR_ADJUSTED, pcddfAirAdjusted);
  set(R_PCDDF_TOTAL_ADJUSTED, pcddfTotalAdjusted);
  set(R_DLPCB_TOTAL_TOOLKIT, dlpcbTotalToolkit);
  set(R_DLPCB_TOTAL_ADJUSTED, dlpcbTotalAdjusted);
}

/** Fossil CO2 of burning `massT` of pool plastic with oxidation `ox` (MODEL.md 3.1). */
function plasticCo2(source: i32, massT: f64, carbon: f64, ox: f64): void {
  const co2 = massT * carbon * ox * CO2_PER_C;
  set(sourceSlot(source, RS_CO2_FOSSIL_T), co2);
  add(R_CO2_FOSSIL_T, co2);
}

/** Fossil CO2: plastic by carbon content; coal and LPG by energy; wood is biogenic. The brick
 *  melt does not oxidise the plastic. */
function carbonDioxide(): void {
  const carbon = poolCarbon();
  plasticCo2(S_OPEN_BURNING, r(R_ROUTE_OPEN_BURNING_T), carbon, OXIDATION_OPEN_BURNING);
  plasticCo2(S_DUMP_FIRE, r(R_ROUTE_DUMP_FIRE_T), carbon, OXIDATION_DUMP_FIRE);
  plasticCo2(S_PLASTIC_FUEL, r(R_ROUTE_FUEL_T), carbon, OXIDATION_PLASTIC_FUEL);
  const kilnT = r(R_ROUTE_CEMENT_KILN_T);
  if (separatedKilnT > 0) {
    const co2 = ((kilnT - separatedKilnT) * carbon + separatedKilnCarbon) * OXIDATION_CEMENT_KILN * CO2_PER_C;
    set(sourceSlot(S_CEMENT_KILN, RS_CO2_FOSSIL_T), co2);
    add(R_CO2_FOSSIL_T, co2);
  } else {
    plasticCo2(S_CEMENT_KILN, kilnT, carbon, OXIDATION_CEMENT_KILN);
  }
  const coalCo2 = r(R_FUEL_MJ + F_COAL) / 1e6 * ef(S_COAL, EF_CO2_PER_TJ);
  const lpgCo2 = r(R_FUEL_MJ + F_LPG) / 1e6 * ef(S_LPG, EF_CO2_PER_TJ);
  const woodCo2 = r(R_FUEL_MJ + F_WOOD) / 1e6 * ef(S_WOOD, EF_CO2_PER_TJ);
  set(sourceSlot(S_COAL, RS_CO2_FOSSIL_T), coalCo2);
  set(sourceSlot(S_LPG, RS_CO2_FOSSIL_T), lpgCo2);
  set(sourceSlot(S_WOOD, RS_CO2_BIOGENIC_T), woodCo2);
  add(R_CO2_FOSSIL_T, coalCo2 + lpgCo2);
  set(R_CO2_BIOGENIC_T, woodCo2);
  set(R_CO2_ELECTRICITY_T, r(R_ELECTRICITY_KWH) / 1000.0 * p(P_GRID_CO2_PER_MWH));
}

/** MODEL.md 3.1 and 3.1a, once the balance is written. */
export function releases(): void {
  poolChlorine();
  separatedToKiln();
  dioxinsAndCoPollutants();
  carbonDioxide();
}
