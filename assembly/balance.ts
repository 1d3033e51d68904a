// The steady-state annual balance of MODEL.md section 3 (steps 1–12), releases (3.1), chlorine,
// HCl and the brick melt (3.1a) and economics (3.2). Reads a parameter block and writes a result
// block (offsets in layout.ts), one small function per model step. Nothing here allocates: the
// scratch vectors are module globals created once, and the figures that pass from one step to
// the next are module globals too (`yr` below), reset at the start of each evaluation.

import {
  N_COMPONENTS, N_POLYMERS, C_DIRT, C_MOISTURE, N_SOURCES, N_VECTORS,
  S_OPEN_BURNING, S_DUMP_FIRE, S_PLASTIC_FUEL, S_COAL, S_WOOD, S_LPG, S_CEMENT_KILN, S_BRICK_MELT,
  V_AIR, V_LAND, V_RESIDUE,
  F_PLASTIC, F_COAL, F_WOOD, F_LPG, F_ELECTRICITY,
  SINK_REJECTS, SINK_WASTEWATER, SINK_EVAPORATION,
  PR_OPEN_BURNING, PR_DUMPING, PR_LANDFILL, PR_BRICKS, PR_CEMENT_KILN, PR_SALE,
  P_DAYS, P_HOURS, P_FEED_T_PER_DAY, P_FEED_PRICE, P_COMPOSITION, P_N_UNITS, P_PLASTIC_ROUTES,
  P_INERT_DUMPING, P_INERT_LANDFILL, P_DUMP_FIRE_FRACTION, P_BRICK_PLASTIC_FRACTION,
  P_BRICK_MASS_KG, P_BRICK_KWH_PER_T_PLASTIC, P_SAND_PRICE, P_BRICK_PRICE, P_BRICK_WORKERS,
  P_WASTEWATER_TREATMENT, P_PRICE_PRODUCT, P_PRICE_ELECTRICITY, P_PRICE_WATER, P_PRICE_COAL,
  P_PRICE_WOOD, P_PRICE_LPG, P_WAGE, P_LANDFILL_FEE, P_CEMENT_KILN_FEE, P_SCRAP_PRICE,
  P_GRID_CO2_PER_MWH, P_EF, EF_STRIDE, EF_PCDDF, EF_DLPCB, EF_PM25, EF_PM10, EF_BC, EF_CO, EF_CH4,
  EF_CO2_PER_TJ, P_RELEASE_METHOD, P_CL_REF_FRACTION, P_CL_EXPONENT, P_CL_MAX_MULTIPLIER,
  P_CL_FRACTION, P_HCL_RELEASE, P_BRICK_HEAT_MJ_PER_T, P_BRICK_HEAT_FUEL, P_BRICK_HEAT_EFFICIENCY,
  P_OTHER_COST_PER_YEAR, P_OTHER_COST_PER_T_FEED, P_OTHER_COST_PER_T_PRODUCT,
  P_SEPARATION_FRACTION, P_SEPARATION_ROUTE, R_SEPARATED_T, N_PLASTIC_ROUTES,
  METHOD_CHLORINE_ADJUSTED, WASTEWATER_SETTLING, WASTEWATER_FULL,
  P_UNITS, U_STRIDE, U_CAPACITY_KG_PER_H, U_MTBF_H, U_MTTR_H, U_REMOVAL_FRACTION,
  U_REMOVAL_SINK, U_PROCESS_LOSS, U_KWH_PER_T, U_WATER_M3_PER_T, U_WATER_RECYCLED,
  U_HEAT_MJ_PER_T, U_HEAT_FUEL, U_HEAT_EFFICIENCY, U_BACKUP_FUEL, U_WORKERS, MAX_UNITS,
  R_FEED_T, R_PROCESSED_T, R_BACKLOG_T, R_PRODUCT_T, R_EVAPORATED_T, R_WASTEWATER_SOLIDS_T,
  R_SLUDGE_T, R_DISCHARGED_SOLIDS_T, R_REJECTS_PLASTIC_T, R_REJECTS_INERT_T, R_ROUTE_FUEL_T,
  R_ROUTE_OPEN_BURNING_T, R_ROUTE_DUMPING_T, R_ROUTE_DUMP_FIRE_T, R_ROUTE_LANDFILL_T,
  R_ROUTE_BRICKS_T, R_ROUTE_CEMENT_KILN_T, R_ROUTE_SALE_T, R_ROUTE_INERT_DUMPING_T,
  R_ROUTE_INERT_LANDFILL_T, R_BURNED_PLASTIC_T, R_CLOSURE_ERROR_T, R_BOTTLENECK,
  R_THROUGHPUT_RATIO, R_BRICK_COUNT, R_BRICK_T, R_SAND_T, R_ELECTRICITY_KWH, R_FUEL_MJ,
  R_FUEL_SHORTFALL_MJ, R_FRESH_WATER_M3, R_WASTEWATER_M3, R_PCDDF, R_PCDDF_TOTAL, R_DLPCB,
  R_DLPCB_TOTAL, R_PM25_KG, R_PM10_KG, R_BC_KG, R_CO_KG, R_CH4_KG, R_CO2_FOSSIL_T,
  R_CO2_BIOGENIC_T, R_CO2_ELECTRICITY_T, R_REVENUE, R_COSTS, R_PROFIT, R_COST_FEED,
  R_COST_ELECTRICITY, R_COST_WATER, R_COST_COAL, R_COST_WOOD, R_COST_LPG, R_COST_LABOUR,
  R_COST_LANDFILL, R_COST_CEMENT_KILN, R_COST_SAND, R_REVENUE_PRODUCT, R_REVENUE_BRICKS,
  R_REVENUE_SALE, R_PRODUCT_COMPOSITION, R_POOL_COMPOSITION, R_LANDFILL_T,
  R_HEAT_ELECTRICITY_KWH, R_COAL_T, R_WOOD_T, R_LPG_KG, R_WORKERS, R_WATER_RECYCLED_M3,
  R_HCL_KG, R_COST_OTHER, R_PCDDF_AIR_TOOLKIT, R_PCDDF_TOTAL_TOOLKIT, R_PCDDF_AIR_ADJUSTED,
  R_PCDDF_TOTAL_ADJUSTED, R_DLPCB_TOTAL_TOOLKIT, R_DLPCB_TOTAL_ADJUSTED, R_POOL_CL_FRACTION,
  R_BRICK_HEAT_FUEL_MJ,
  R_SOURCES, RS_STRIDE, RS_MASS_T, RS_ENERGY_TJ, RS_PCDDF, RS_DLPCB, RS_PM25_KG, RS_PM10_KG,
  RS_BC_KG, RS_CO_KG, RS_CH4_KG, RS_CO2_FOSSIL_T, RS_CO2_BIOGENIC_T, RS_HCL_KG, RS_CL_FRACTION,
  RS_MULTIPLIER, RS_ADJUSTED_MULTIPLIER,
  R_UNITS, RU_STRIDE, RU_IN_T, RU_OUT_T, RU_REMOVED_T, RU_CAPACITY_T, RU_UTILIZATION, RU_SHARE,
  RU_HEAT_MJ, RU_ELECTRICITY_KWH, R_SIZE,
} from "./layout";
import {
  CARBON_FRACTION, LHV_MJ_PER_KG, LHV_COAL, LHV_WOOD, LHV_LPG, MJ_PER_KWH,
  OXIDATION_OPEN_BURNING, OXIDATION_DUMP_FIRE, OXIDATION_PLASTIC_FUEL, OXIDATION_CEMENT_KILN,
  CO2_PER_C, HCL_PER_CL, CAPTURE_NONE, CAPTURE_SETTLING, CAPTURE_FULL,
} from "./constants";
import { chlorineMultiplier } from "./chlorine";

// Scratch vectors (allocated once at start-up).
const stream = new StaticArray<f64>(N_COMPONENTS);
const rejects = new StaticArray<f64>(N_COMPONENTS);
const wastewater = new StaticArray<f64>(N_COMPONENTS);
const evaporated = new StaticArray<f64>(N_COMPONENTS);
const shares = new StaticArray<f64>(MAX_UNITS);
const fuelMJ = new StaticArray<f64>(4); // energy of plastic, coal, wood, lpg burned for heat
const separatedByRoute = new StaticArray<f64>(N_PLASTIC_ROUTES); // plastic kept apart, by route

// Base pointers of the blocks being read and written by the current evaluation.
let pb: usize = 0;
let rb: usize = 0;

// Figures of the year that pass from one step to the next (tonnes unless named otherwise).
let days: f64 = 0;
let feedT: f64 = 0;
let processedT: f64 = 0;
let backlogT: f64 = 0;
let productT: f64 = 0;
let poolT: f64 = 0; // plastic rejects pool before fuel draws
let poolCarbon: f64 = 0; // carbon mass per tonne of pool plastic
let poolChlorine: f64 = 0; // chlorine mass per tonne of pool plastic
let separatedT: f64 = 0; // plastic rejects kept apart before any burns (extension)
let separatedKilnT: f64 = 0; // of which to the cement kiln, with its own chlorine and carbon
let separatedKilnCl: f64 = 0;
let separatedKilnCarbon: f64 = 0;
let drawnT: f64 = 0; // plastic drawn as fuel
let remainingT: f64 = 0; // plastic left for the routes
let workers: f64 = 0;
let coalT: f64 = 0;
let woodT: f64 = 0;
let lpgKg: f64 = 0;
// pcddf air and total, dl-PCB total under each method: [toolkit, chlorine-adjusted]
let pcddfAirToolkit: f64 = 0;
let pcddfAirAdjusted: f64 = 0;
let pcddfTotalToolkit: f64 = 0;
let pcddfTotalAdjusted: f64 = 0;
let dlpcbTotalToolkit: f64 = 0;
let dlpcbTotalAdjusted: f64 = 0;

// @ts-ignore: decorator
@inline function p(i: i32): f64 { return load<f64>(pb + (<usize>i << 3)); }
// @ts-ignore: decorator
@inline function u(unit: i32, field: i32): f64 { return load<f64>(pb + (<usize>(P_UNITS + unit * U_STRIDE + field) << 3)); }
// @ts-ignore: decorator
@inline function ef(source: i32, field: i32): f64 { return load<f64>(pb + (<usize>(P_EF + source * EF_STRIDE + field) << 3)); }
// @ts-ignore: decorator
@inline function r(i: i32): f64 { return load<f64>(rb + (<usize>i << 3)); }
// @ts-ignore: decorator
@inline function set(i: i32, v: f64): void { store<f64>(rb + (<usize>i << 3), v); }
// @ts-ignore: decorator
@inline function add(i: i32, v: f64): void { store<f64>(rb + (<usize>i << 3), load<f64>(rb + (<usize>i << 3)) + v); }
// @ts-ignore: decorator
@inline function sourceSlot(source: i32, field: i32): i32 { return R_SOURCES + source * RS_STRIDE + field; }

function unitCount(): i32 {
  let n = <i32>p(P_N_UNITS);
  if (n < 0) n = 0;
  if (n > MAX_UNITS) n = MAX_UNITS;
  return n;
}

/** Availability A_u = mtbf/(mtbf+mttr) when both are given (>= 0), else 1. */
export function availability(unit: i32): f64 {
  const mtbf = u(unit, U_MTBF_H);
  const mttr = u(unit, U_MTTR_H);
  if (mtbf < 0 || mttr < 0) return 1.0;
  const sum = mtbf + mttr;
  return sum > 0 ? mtbf / sum : 1.0;
}

function reset(): void {
  memory.fill(rb, 0, <usize>R_SIZE << 3);
  for (let c = 0; c < N_COMPONENTS; c++) {
    unchecked(rejects[c] = 0);
    unchecked(wastewater[c] = 0);
    unchecked(evaporated[c] = 0);
  }
  for (let f = 0; f < 4; f++) unchecked(fuelMJ[f] = 0);
  for (let k = 0; k < N_PLASTIC_ROUTES; k++) unchecked(separatedByRoute[k] = 0);
  separatedT = 0;
  separatedKilnT = 0;
  separatedKilnCl = 0;
  separatedKilnCarbon = 0;
  pcddfAirToolkit = 0;
  pcddfAirAdjusted = 0;
  pcddfTotalToolkit = 0;
  pcddfTotalAdjusted = 0;
  dlpcbTotalToolkit = 0;
  dlpcbTotalAdjusted = 0;
}

/** Steps 4–5 over the current `stream`: removals to sinks, then process loss of polymers.
 *  With `track` false only the entering masses are recorded (step 2's shares). */
function runUnits(n: i32, track: bool): void {
  for (let k = 0; k < n; k++) {
    let inT = 0.0;
    for (let c = 0; c < N_COMPONENTS; c++) inT += unchecked(stream[c]);
    if (!track) {
      unchecked(shares[k] = inT);
    }
    for (let c = 0; c < N_COMPONENTS; c++) {
      const fraction = u(k, U_REMOVAL_FRACTION + c);
      if (fraction <= 0) continue;
      const x = unchecked(stream[c]);
      const removed = x * fraction;
      unchecked(stream[c] = x - removed);
      if (!track) continue;
      const sink = <i32>u(k, U_REMOVAL_SINK + c);
      if (sink == SINK_REJECTS) unchecked(rejects[c] += removed);
      else if (sink == SINK_WASTEWATER) unchecked(wastewater[c] += removed);
      else if (sink == SINK_EVAPORATION) unchecked(evaporated[c] += removed);
      else unchecked(rejects[c] += removed); // the compiler never emits SINK_NONE with a fraction
    }
    const loss = u(k, U_PROCESS_LOSS);
    if (loss > 0) {
      for (let c = 0; c < N_POLYMERS; c++) {
        const x = unchecked(stream[c]);
        const lost = x * loss;
        unchecked(stream[c] = x - lost);
        if (track) unchecked(rejects[c] += lost);
      }
    }
    if (track) {
      let outT = 0.0;
      for (let c = 0; c < N_COMPONENTS; c++) outT += unchecked(stream[c]);
      const base = R_UNITS + k * RU_STRIDE;
      set(base + RU_IN_T, inT);
      set(base + RU_OUT_T, outT);
      set(base + RU_REMOVED_T, inT - outT);
    }
  }
}

/** Steps 2–3: shares per tonne of feed, capacities, the throughput ratio and the bottleneck. */
function throughput(n: i32, hours: f64): void {
  for (let c = 0; c < N_COMPONENTS; c++) unchecked(stream[c] = p(P_COMPOSITION + c));
  runUnits(n, false);
  let minRatio = Infinity;
  let bottleneck = -1;
  for (let k = 0; k < n; k++) {
    const capT = u(k, U_CAPACITY_KG_PER_H) / 1000.0 * hours * days * availability(k);
    const base = R_UNITS + k * RU_STRIDE;
    set(base + RU_CAPACITY_T, capT);
    set(base + RU_SHARE, unchecked(shares[k]));
    const demand = feedT * unchecked(shares[k]);
    if (demand > 0) {
      const ratio = capT / demand;
      if (ratio < minRatio) { minRatio = ratio; bottleneck = k; }
    }
  }
  const ratio = minRatio < 1.0 ? minRatio : 1.0;
  processedT = ratio * feedT;
  backlogT = feedT - processedT;
  set(R_BOTTLENECK, <f64>bottleneck);
  set(R_THROUGHPUT_RATIO, ratio);
}

/** Steps 4–6: the year's stream through the units, and the product. */
function flowAndProduct(n: i32): void {
  for (let c = 0; c < N_COMPONENTS; c++) unchecked(stream[c] = processedT * p(P_COMPOSITION + c));
  runUnits(n, true);
  productT = 0.0;
  for (let c = 0; c < N_COMPONENTS; c++) productT += unchecked(stream[c]);
  for (let c = 0; c < N_COMPONENTS; c++) {
    set(R_PRODUCT_COMPOSITION + c, productT > 0 ? unchecked(stream[c]) / productT : 0.0);
  }
}

/** Step 7 (electricity and water by unit) and the first half of step 8 (useful heat by unit). */
function electricityAndWater(n: i32): void {
  workers = 0.0;
  for (let k = 0; k < n; k++) {
    const base = R_UNITS + k * RU_STRIDE;
    const inT = r(base + RU_IN_T);
    const kwh = u(k, U_KWH_PER_T) * inT;
    set(base + RU_ELECTRICITY_KWH, kwh);
    add(R_ELECTRICITY_KWH, kwh);
    const waterUse = u(k, U_WATER_M3_PER_T) * inT;
    const recycled = u(k, U_WATER_RECYCLED);
    add(R_FRESH_WATER_M3, waterUse * (1.0 - recycled));
    add(R_WATER_RECYCLED_M3, waterUse * recycled);
    set(base + RU_HEAT_MJ, u(k, U_HEAT_MJ_PER_T) * inT);
    set(base + RU_UTILIZATION, r(base + RU_CAPACITY_T) > 0 ? inT / r(base + RU_CAPACITY_T) : (inT > 0 ? Infinity : 0.0));
    workers += u(k, U_WORKERS);
  }
  set(R_WASTEWATER_M3, r(R_FRESH_WATER_M3));
}

/** Adds fuel energy `mj` of a purchased or electric fuel. Backup `plasticRejects` makes no
 *  sense once the pool is exhausted and is served by coal. */
function addPurchasedHeat(fuel: i32, mj: f64): void {
  if (mj <= 0) return;
  if (fuel == F_ELECTRICITY) {
    const kwh = mj / MJ_PER_KWH;
    add(R_ELECTRICITY_KWH, kwh);
    add(R_HEAT_ELECTRICITY_KWH, kwh);
  } else if (fuel == F_WOOD) {
    unchecked(fuelMJ[F_WOOD] += mj);
  } else if (fuel == F_LPG) {
    unchecked(fuelMJ[F_LPG] += mj);
  } else {
    unchecked(fuelMJ[F_COAL] += mj);
  }
}

/** Extension `residues.separation`, between steps 5 and 8: a share of each polymer in the
 *  rejects is kept apart (PVC sorted out, say) and goes straight to its own route, so it is
 *  neither burned as fuel nor routed with the pool. */
function separate(): void {
  for (let c = 0; c < N_POLYMERS; c++) {
    const fraction = p(P_SEPARATION_FRACTION + c);
    if (!(fraction > 0)) continue;
    const kept = unchecked(rejects[c]) * fraction;
    unchecked(rejects[c] -= kept);
    set(R_SEPARATED_T + c, kept);
    separatedT += kept;
    const route = <i32>p(P_SEPARATION_ROUTE + c);
    unchecked(separatedByRoute[route == PR_CEMENT_KILN || route == PR_SALE ? route : PR_LANDFILL] += kept);
    if (route == PR_CEMENT_KILN) {
      separatedKilnT += kept;
      separatedKilnCl += kept * p(P_CL_FRACTION + c);
      separatedKilnCarbon += kept * unchecked(CARBON_FRACTION[c]);
    }
  }
}

/** The pool of plastic rejects (after step 5 and the separation): its mass, composition,
 *  carbon and chlorine. Everything that burns or melts has this composition. */
function rejectsPool(): f64 {
  poolT = 0.0;
  let poolMJ = 0.0; // energy content, MJ (t × 1000 kg/t × MJ/kg)
  for (let c = 0; c < N_POLYMERS; c++) {
    const m = unchecked(rejects[c]);
    poolT += m;
    poolMJ += m * 1000.0 * unchecked(LHV_MJ_PER_KG[c]);
  }
  poolCarbon = 0.0;
  poolChlorine = 0.0;
  for (let c = 0; c < N_POLYMERS; c++) {
    const share = poolT > 0 ? unchecked(rejects[c]) / poolT : 0.0;
    set(R_POOL_COMPOSITION + c, share);
    poolCarbon += share * unchecked(CARBON_FRACTION[c]);
    poolChlorine += share * p(P_CL_FRACTION + c);
  }
  set(R_POOL_CL_FRACTION, poolChlorine);
  return poolT > 0 ? poolMJ / poolT : 0.0;
}

/** Step 8: heat. Plastic rejects are drawn from the pool in line order; the rest is purchased. */
function heat(n: i32): void {
  const poolLhvMJPerT = rejectsPool();
  remainingT = poolT;
  drawnT = 0.0;
  let shortfallMJ = 0.0;
  for (let k = 0; k < n; k++) {
    const heatMJ = r(R_UNITS + k * RU_STRIDE + RU_HEAT_MJ);
    if (heatMJ <= 0) continue;
    let efficiency = u(k, U_HEAT_EFFICIENCY);
    if (!(efficiency > 0)) efficiency = 1.0;
    const neededMJ = heatMJ / efficiency;
    const fuel = <i32>u(k, U_HEAT_FUEL);
    if (fuel == F_PLASTIC) {
      const availableMJ = remainingT * poolLhvMJPerT;
      let drawMJ = neededMJ;
      if (drawMJ > availableMJ) drawMJ = availableMJ;
      const draw = drawMJ >= availableMJ ? remainingT : drawMJ / poolLhvMJPerT;
      remainingT -= draw;
      drawnT += draw;
      unchecked(fuelMJ[F_PLASTIC] += drawMJ);
      const shortMJ = neededMJ - drawMJ;
      if (shortMJ > 0) {
        shortfallMJ += shortMJ;
        addPurchasedHeat(<i32>u(k, U_BACKUP_FUEL), shortMJ);
      }
    } else {
      addPurchasedHeat(fuel, neededMJ);
    }
  }
  set(R_FUEL_SHORTFALL_MJ, shortfallMJ);
}

/** Step 9: the plastic left after fuel draws along plasticRoutes, inert rejects along inertRoutes. */
function route(): void {
  const routedT = remainingT;
  const openBurningT = routedT * p(P_PLASTIC_ROUTES + PR_OPEN_BURNING);
  const dumpingT = routedT * p(P_PLASTIC_ROUTES + PR_DUMPING);
  const dumpFireT = dumpingT * p(P_DUMP_FIRE_FRACTION);
  const inertT = unchecked(rejects[C_DIRT]) + unchecked(rejects[C_MOISTURE]);
  set(R_REJECTS_PLASTIC_T, poolT + separatedT);
  set(R_REJECTS_INERT_T, inertT);
  set(R_ROUTE_FUEL_T, drawnT);
  set(R_ROUTE_OPEN_BURNING_T, openBurningT);
  set(R_ROUTE_DUMPING_T, dumpingT);
  set(R_ROUTE_DUMP_FIRE_T, dumpFireT);
  set(R_ROUTE_LANDFILL_T, routedT * p(P_PLASTIC_ROUTES + PR_LANDFILL) + unchecked(separatedByRoute[PR_LANDFILL]));
  set(R_ROUTE_BRICKS_T, routedT * p(P_PLASTIC_ROUTES + PR_BRICKS));
  set(R_ROUTE_CEMENT_KILN_T, routedT * p(P_PLASTIC_ROUTES + PR_CEMENT_KILN) + unchecked(separatedByRoute[PR_CEMENT_KILN]));
  set(R_ROUTE_SALE_T, routedT * p(P_PLASTIC_ROUTES + PR_SALE) + unchecked(separatedByRoute[PR_SALE]));
  set(R_ROUTE_INERT_DUMPING_T, inertT * p(P_INERT_DUMPING));
  set(R_ROUTE_INERT_LANDFILL_T, inertT * p(P_INERT_LANDFILL));
  set(R_BURNED_PLASTIC_T, drawnT + openBurningT + dumpFireT);
}

/** Step 10: bricks, their electricity and (MODEL.md 3.1a) the heat of the brick melt. */
function bricks(): void {
  const bricksPlasticT = r(R_ROUTE_BRICKS_T);
  const plasticFraction = p(P_BRICK_PLASTIC_FRACTION);
  const brickT = bricksPlasticT > 0 && plasticFraction > 0 ? bricksPlasticT / plasticFraction : 0.0;
  const sandT = brickT > bricksPlasticT ? brickT - bricksPlasticT : 0.0;
  const brickKg = p(P_BRICK_MASS_KG);
  set(R_BRICK_T, brickT);
  set(R_SAND_T, sandT);
  set(R_BRICK_COUNT, brickKg > 0 ? brickT * 1000.0 / brickKg : 0.0);
  add(R_ELECTRICITY_KWH, p(P_BRICK_KWH_PER_T_PLASTIC) * bricksPlasticT);
  const heatMJ = p(P_BRICK_HEAT_MJ_PER_T) * bricksPlasticT;
  if (heatMJ > 0) {
    let efficiency = p(P_BRICK_HEAT_EFFICIENCY);
    if (!(efficiency > 0)) efficiency = 1.0;
    const neededMJ = heatMJ / efficiency;
    set(R_BRICK_HEAT_FUEL_MJ, neededMJ);
    const fuel = <i32>p(P_BRICK_HEAT_FUEL);
    addPurchasedHeat(fuel == F_PLASTIC ? F_COAL : fuel, neededMJ);
  }
}

/** End of step 8, once every heat demand (units and brick melt) is known: fuel masses. */
function purchasedFuels(): void {
  for (let f = 0; f < 4; f++) set(R_FUEL_MJ + f, unchecked(fuelMJ[f]));
  coalT = unchecked(fuelMJ[F_COAL]) / (LHV_COAL * 1000.0);
  woodT = unchecked(fuelMJ[F_WOOD]) / (LHV_WOOD * 1000.0);
  lpgKg = unchecked(fuelMJ[F_LPG]) / LHV_LPG;
  set(R_COAL_T, coalT);
  set(R_WOOD_T, woodT);
  set(R_LPG_KG, lpgKg);
}

/** Steps 11–12: wastewater solids, and the mass balance summed route by route. */
function wastewaterAndBalance(): void {
  let solidsT = 0.0;
  let evaporatedT = 0.0;
  for (let c = 0; c < N_COMPONENTS; c++) {
    solidsT += unchecked(wastewater[c]);
    evaporatedT += unchecked(evaporated[c]);
  }
  const treatment = <i32>p(P_WASTEWATER_TREATMENT);
  const capture = treatment == WASTEWATER_FULL ? CAPTURE_FULL : treatment == WASTEWATER_SETTLING ? CAPTURE_SETTLING : CAPTURE_NONE;
  const sludgeT = solidsT * capture;
  set(R_WASTEWATER_SOLIDS_T, solidsT);
  set(R_SLUDGE_T, sludgeT);
  set(R_DISCHARGED_SOLIDS_T, solidsT - sludgeT);
  set(R_EVAPORATED_T, evaporatedT);
  const accounted = backlogT + productT + drawnT + r(R_ROUTE_OPEN_BURNING_T) + r(R_ROUTE_DUMPING_T) +
    r(R_ROUTE_LANDFILL_T) + r(R_ROUTE_BRICKS_T) + r(R_ROUTE_CEMENT_KILN_T) + r(R_ROUTE_SALE_T) +
    r(R_ROUTE_INERT_DUMPING_T) + r(R_ROUTE_INERT_LANDFILL_T) + solidsT + evaporatedT;
  set(R_FEED_T, feedT);
  set(R_PROCESSED_T, processedT);
  set(R_BACKLOG_T, backlogT);
  set(R_PRODUCT_T, productT);
  set(R_CLOSURE_ERROR_T, Math.abs(feedT - accounted));
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

/** A source that burns or melts plastic of the pool's composition (MODEL.md 3.1 and 3.1a):
 *  chlorine, the multiplier of the chosen method, PCDD/F, dl-PCB, co-pollutants and HCl. */
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
function releases(): void {
  plasticSource(S_OPEN_BURNING, r(R_ROUTE_OPEN_BURNING_T), true, poolChlorine);
  plasticSource(S_DUMP_FIRE, r(R_ROUTE_DUMP_FIRE_T), true, poolChlorine);
  plasticSource(S_PLASTIC_FUEL, drawnT, true, poolChlorine);
  fuelSource(S_COAL, coalT, unchecked(fuelMJ[F_COAL]) / 1e6);
  fuelSource(S_WOOD, woodT, unchecked(fuelMJ[F_WOOD]) / 1e6);
  fuelSource(S_LPG, lpgKg / 1000.0, unchecked(fuelMJ[F_LPG]) / 1e6);
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
function plasticCo2(source: i32, massT: f64, ox: f64): void {
  const co2 = massT * poolCarbon * ox * CO2_PER_C;
  set(sourceSlot(source, RS_CO2_FOSSIL_T), co2);
  add(R_CO2_FOSSIL_T, co2);
}

/** Fossil CO2: plastic by carbon content; coal and LPG by energy; wood is biogenic. The brick
 *  melt does not oxidise the plastic. */
function carbonDioxide(): void {
  plasticCo2(S_OPEN_BURNING, r(R_ROUTE_OPEN_BURNING_T), OXIDATION_OPEN_BURNING);
  plasticCo2(S_DUMP_FIRE, r(R_ROUTE_DUMP_FIRE_T), OXIDATION_DUMP_FIRE);
  plasticCo2(S_PLASTIC_FUEL, drawnT, OXIDATION_PLASTIC_FUEL);
  const kilnT = r(R_ROUTE_CEMENT_KILN_T);
  if (separatedKilnT > 0) {
    const co2 = ((kilnT - separatedKilnT) * poolCarbon + separatedKilnCarbon) * OXIDATION_CEMENT_KILN * CO2_PER_C;
    set(sourceSlot(S_CEMENT_KILN, RS_CO2_FOSSIL_T), co2);
    add(R_CO2_FOSSIL_T, co2);
  } else {
    plasticCo2(S_CEMENT_KILN, kilnT, OXIDATION_CEMENT_KILN);
  }
  const coalCo2 = unchecked(fuelMJ[F_COAL]) / 1e6 * ef(S_COAL, EF_CO2_PER_TJ);
  const lpgCo2 = unchecked(fuelMJ[F_LPG]) / 1e6 * ef(S_LPG, EF_CO2_PER_TJ);
  const woodCo2 = unchecked(fuelMJ[F_WOOD]) / 1e6 * ef(S_WOOD, EF_CO2_PER_TJ);
  set(sourceSlot(S_COAL, RS_CO2_FOSSIL_T), coalCo2);
  set(sourceSlot(S_LPG, RS_CO2_FOSSIL_T), lpgCo2);
  set(sourceSlot(S_WOOD, RS_CO2_BIOGENIC_T), woodCo2);
  add(R_CO2_FOSSIL_T, coalCo2 + lpgCo2);
  set(R_CO2_BIOGENIC_T, woodCo2);
  set(R_CO2_ELECTRICITY_T, r(R_ELECTRICITY_KWH) / 1000.0 * p(P_GRID_CO2_PER_MWH));
}

/** MODEL.md 3.2: revenue, costs (including `otherCosts`) and profit. */
function economics(): void {
  const revenueProduct = productT * p(P_PRICE_PRODUCT);
  const revenueBricks = r(R_BRICK_COUNT) * p(P_BRICK_PRICE);
  const revenueSale = r(R_ROUTE_SALE_T) * p(P_SCRAP_PRICE);
  const revenue = revenueProduct + revenueBricks + revenueSale;
  if (r(R_ROUTE_BRICKS_T) > 0) workers += p(P_BRICK_WORKERS);
  const landfilledT = r(R_ROUTE_LANDFILL_T) + r(R_ROUTE_INERT_LANDFILL_T) + r(R_SLUDGE_T);
  const costFeed = feedT * p(P_FEED_PRICE);
  const costElectricity = r(R_ELECTRICITY_KWH) * p(P_PRICE_ELECTRICITY);
  const costWater = r(R_FRESH_WATER_M3) * p(P_PRICE_WATER);
  const costCoal = coalT * p(P_PRICE_COAL);
  const costWood = woodT * p(P_PRICE_WOOD);
  const costLpg = lpgKg * p(P_PRICE_LPG);
  const costLabour = workers * days * p(P_WAGE);
  const costLandfill = landfilledT * p(P_LANDFILL_FEE);
  const costCementKiln = r(R_ROUTE_CEMENT_KILN_T) * p(P_CEMENT_KILN_FEE);
  const costSand = r(R_SAND_T) * p(P_SAND_PRICE);
  const costOther = p(P_OTHER_COST_PER_YEAR) + p(P_OTHER_COST_PER_T_FEED) * feedT + p(P_OTHER_COST_PER_T_PRODUCT) * productT;
  const costs = costFeed + costElectricity + costWater + costCoal + costWood + costLpg +
    costLabour + costLandfill + costCementKiln + costSand + costOther;
  set(R_WORKERS, workers);
  set(R_LANDFILL_T, landfilledT);
  set(R_REVENUE_PRODUCT, revenueProduct);
  set(R_REVENUE_BRICKS, revenueBricks);
  set(R_REVENUE_SALE, revenueSale);
  set(R_COST_FEED, costFeed);
  set(R_COST_ELECTRICITY, costElectricity);
  set(R_COST_WATER, costWater);
  set(R_COST_COAL, costCoal);
  set(R_COST_WOOD, costWood);
  set(R_COST_LPG, costLpg);
  set(R_COST_LABOUR, costLabour);
  set(R_COST_LANDFILL, costLandfill);
  set(R_COST_CEMENT_KILN, costCementKiln);
  set(R_COST_SAND, costSand);
  set(R_COST_OTHER, costOther);
  set(R_REVENUE, revenue);
  set(R_COSTS, costs);
  set(R_PROFIT, revenue - costs);
}

/** Evaluates the block at `params` into the block at `results` (MODEL.md section 3, in order). */
export function evaluateAt(params: usize, results: usize): void {
  pb = params;
  rb = results;
  reset();
  const n = unitCount();
  days = p(P_DAYS);
  feedT = p(P_FEED_T_PER_DAY) * days; // step 1
  throughput(n, p(P_HOURS)); // steps 2–3
  flowAndProduct(n); // steps 4–6
  electricityAndWater(n); // step 7
  separate(); // extension: polymers kept apart
  heat(n); // step 8
  route(); // step 9
  bricks(); // step 10
  purchasedFuels(); // step 8, fuel masses
  wastewaterAndBalance(); // steps 11–12
  releases(); // 3.1, 3.1a
  carbonDioxide(); // 3.1
  economics(); // 3.2
}
