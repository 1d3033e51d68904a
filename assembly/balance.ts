// The steady-state annual balance of MODEL.md section 3 (steps 1–12), releases (3.1) and
// economics (3.2). Reads a parameter block and writes a result block (offsets in layout.ts).
// Nothing here allocates: the scratch vectors are module globals created once.

import {
  N_COMPONENTS, N_POLYMERS, C_DIRT, C_MOISTURE, N_SOURCES, N_VECTORS,
  S_OPEN_BURNING, S_DUMP_FIRE, S_PLASTIC_FUEL, S_COAL, S_WOOD, S_LPG, S_CEMENT_KILN,
  V_LAND, V_RESIDUE,
  F_PLASTIC, F_COAL, F_WOOD, F_LPG, F_ELECTRICITY,
  SINK_REJECTS, SINK_WASTEWATER, SINK_EVAPORATION,
  PR_OPEN_BURNING, PR_DUMPING, PR_LANDFILL, PR_BRICKS, PR_CEMENT_KILN, PR_SALE,
  P_DAYS, P_HOURS, P_FEED_T_PER_DAY, P_FEED_PRICE, P_COMPOSITION, P_N_UNITS, P_PLASTIC_ROUTES,
  P_INERT_DUMPING, P_INERT_LANDFILL, P_DUMP_FIRE_FRACTION, P_BRICK_PLASTIC_FRACTION,
  P_BRICK_MASS_KG, P_BRICK_KWH_PER_T_PLASTIC, P_SAND_PRICE, P_BRICK_PRICE, P_BRICK_WORKERS,
  P_WASTEWATER_CAPTURE, P_PRICE_PRODUCT, P_PRICE_ELECTRICITY, P_PRICE_WATER, P_PRICE_COAL,
  P_PRICE_WOOD, P_PRICE_LPG, P_WAGE, P_LANDFILL_FEE, P_CEMENT_KILN_FEE, P_SCRAP_PRICE,
  P_GRID_CO2_PER_MWH, P_EF, EF_STRIDE, EF_PCDDF, EF_DLPCB, EF_PM25, EF_PM10, EF_BC, EF_CO, EF_CH4,
  EF_CO2_PER_TJ, P_UNITS, U_STRIDE, U_CAPACITY_KG_PER_H, U_MTBF_H, U_MTTR_H, U_REMOVAL_FRACTION,
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
  R_SOURCES, RS_STRIDE, RS_MASS_T, RS_ENERGY_TJ, RS_PCDDF, RS_DLPCB, RS_PM25_KG, RS_PM10_KG,
  RS_BC_KG, RS_CO_KG, RS_CH4_KG, RS_CO2_FOSSIL_T, RS_CO2_BIOGENIC_T,
  R_UNITS, RU_STRIDE, RU_IN_T, RU_OUT_T, RU_REMOVED_T, RU_CAPACITY_T, RU_UTILIZATION, RU_SHARE,
  RU_HEAT_MJ, RU_ELECTRICITY_KWH, R_SIZE,
} from "./layout";
import {
  CARBON_FRACTION, LHV_MJ_PER_KG, LHV_COAL, LHV_WOOD, LHV_LPG, MJ_PER_KWH,
  OXIDATION_OPEN_BURNING, OXIDATION_DUMP_FIRE, OXIDATION_PLASTIC_FUEL, OXIDATION_CEMENT_KILN,
  CO2_PER_C,
} from "./constants";

// Scratch vectors (allocated once at start-up).
const stream = new StaticArray<f64>(N_COMPONENTS);
const rejects = new StaticArray<f64>(N_COMPONENTS);
const wastewater = new StaticArray<f64>(N_COMPONENTS);
const evaporated = new StaticArray<f64>(N_COMPONENTS);
const shares = new StaticArray<f64>(MAX_UNITS);
const fuelMJ = new StaticArray<f64>(4); // energy of plastic, coal, wood, lpg burned for heat
const sourceAmount = new StaticArray<f64>(N_SOURCES); // t (plastic, fuel) burned per source

// Base pointers of the blocks being read and written by the current evaluation.
let pb: usize = 0;
let rb: usize = 0;

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

/** Adds fuel energy `mj` of a purchased or electric fuel; returns nothing. Backup
 *  `plasticRejects` makes no sense once the pool is exhausted and is served by coal. */
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

/** Releases of one source: amount is tonnes burned (plastic sources, co-pollutants) and
 *  `tj` the fuel energy for coal, wood and LPG, whose PCDD/F and dl-PCB factors are per TJ. */
function releases(source: i32, massT: f64, tj: f64, perTJ: bool): void {
  const base = R_SOURCES + source * RS_STRIDE;
  set(base + RS_MASS_T, massT);
  set(base + RS_ENERGY_TJ, tj);
  const amount = perTJ ? tj : massT;
  // Open-burning and dump-fire ash counts as land, never residue (Toolkit 2013, group 6).
  const ashToLand = source == S_OPEN_BURNING || source == S_DUMP_FIRE;
  for (let v = 0; v < N_VECTORS; v++) {
    const target = ashToLand && v == V_RESIDUE ? V_LAND : v;
    const pcddf = amount * ef(source, EF_PCDDF + v);
    const dlpcb = amount * ef(source, EF_DLPCB + v);
    add(base + RS_PCDDF + target, pcddf);
    add(base + RS_DLPCB + target, dlpcb);
    add(R_PCDDF + target, pcddf);
    add(R_DLPCB + target, dlpcb);
  }
  const pm25 = massT * ef(source, EF_PM25);
  const pm10 = massT * ef(source, EF_PM10);
  const bc = massT * ef(source, EF_BC);
  const co = massT * ef(source, EF_CO);
  const ch4 = massT * ef(source, EF_CH4);
  set(base + RS_PM25_KG, pm25);
  set(base + RS_PM10_KG, pm10);
  set(base + RS_BC_KG, bc);
  set(base + RS_CO_KG, co);
  set(base + RS_CH4_KG, ch4);
  add(R_PM25_KG, pm25);
  add(R_PM10_KG, pm10);
  add(R_BC_KG, bc);
  add(R_CO_KG, co);
  add(R_CH4_KG, ch4);
}

/** Fossil CO2 of burning `massT` of plastic with the pool's composition and oxidation `ox`. */
function plasticCo2(source: i32, massT: f64, poolCarbon: f64, ox: f64): void {
  const co2 = massT * poolCarbon * ox * CO2_PER_C;
  set(R_SOURCES + source * RS_STRIDE + RS_CO2_FOSSIL_T, co2);
  add(R_CO2_FOSSIL_T, co2);
}

/** Evaluates the block at `params` into the block at `results`. */
export function evaluateAt(params: usize, results: usize): void {
  pb = params;
  rb = results;
  memory.fill(rb, 0, <usize>R_SIZE << 3);
  for (let c = 0; c < N_COMPONENTS; c++) {
    unchecked(rejects[c] = 0);
    unchecked(wastewater[c] = 0);
    unchecked(evaporated[c] = 0);
  }
  for (let f = 0; f < 4; f++) unchecked(fuelMJ[f] = 0);

  const days = p(P_DAYS);
  const hours = p(P_HOURS);
  const n = unitCount();

  // 1. Feed.
  const feedT = p(P_FEED_T_PER_DAY) * days;

  // 2. Shares s_u per tonne of feed.
  for (let c = 0; c < N_COMPONENTS; c++) unchecked(stream[c] = p(P_COMPOSITION + c));
  runUnits(n, false);

  // 3. Capacity, throughput ratio and bottleneck.
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
  const processedT = ratio * feedT;
  const backlogT = feedT - processedT;

  // 4–5. The year's stream through the units.
  for (let c = 0; c < N_COMPONENTS; c++) unchecked(stream[c] = processedT * p(P_COMPOSITION + c));
  runUnits(n, true);

  // 6. Product.
  let productT = 0.0;
  for (let c = 0; c < N_COMPONENTS; c++) productT += unchecked(stream[c]);
  for (let c = 0; c < N_COMPONENTS; c++) {
    set(R_PRODUCT_COMPOSITION + c, productT > 0 ? unchecked(stream[c]) / productT : 0.0);
  }

  // 7. Electricity and water by unit; 8 (first half): useful heat by unit.
  let workers = 0.0;
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

  // 8. Heat: plastic rejects drawn from the pool in line order, the rest purchased.
  let poolT = 0.0;
  let poolMJ = 0.0; // energy content, MJ (t × 1000 kg/t × MJ/kg)
  let poolCarbon = 0.0; // carbon mass per tonne of pool plastic
  for (let c = 0; c < N_POLYMERS; c++) {
    const m = unchecked(rejects[c]);
    poolT += m;
    poolMJ += m * 1000.0 * unchecked(LHV_MJ_PER_KG[c]);
  }
  for (let c = 0; c < N_POLYMERS; c++) {
    const share = poolT > 0 ? unchecked(rejects[c]) / poolT : 0.0;
    set(R_POOL_COMPOSITION + c, share);
    poolCarbon += share * unchecked(CARBON_FRACTION[c]);
  }
  const poolLhvMJPerT = poolT > 0 ? poolMJ / poolT : 0.0;
  let remainingT = poolT;
  let drawnT = 0.0;
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
  for (let f = 0; f < 4; f++) set(R_FUEL_MJ + f, unchecked(fuelMJ[f]));
  set(R_FUEL_SHORTFALL_MJ, shortfallMJ);
  const coalT = unchecked(fuelMJ[F_COAL]) / (LHV_COAL * 1000.0);
  const woodT = unchecked(fuelMJ[F_WOOD]) / (LHV_WOOD * 1000.0);
  const lpgKg = unchecked(fuelMJ[F_LPG]) / LHV_LPG;
  set(R_COAL_T, coalT);
  set(R_WOOD_T, woodT);
  set(R_LPG_KG, lpgKg);

  // 9. Routing of the plastic left after fuel draws, and of inert rejects.
  const routedT = remainingT;
  const openBurningT = routedT * p(P_PLASTIC_ROUTES + PR_OPEN_BURNING);
  const dumpingT = routedT * p(P_PLASTIC_ROUTES + PR_DUMPING);
  const landfillT = routedT * p(P_PLASTIC_ROUTES + PR_LANDFILL);
  const bricksPlasticT = routedT * p(P_PLASTIC_ROUTES + PR_BRICKS);
  const cementKilnT = routedT * p(P_PLASTIC_ROUTES + PR_CEMENT_KILN);
  const saleT = routedT * p(P_PLASTIC_ROUTES + PR_SALE);
  const dumpFireT = dumpingT * p(P_DUMP_FIRE_FRACTION);
  const inertT = unchecked(rejects[C_DIRT]) + unchecked(rejects[C_MOISTURE]);
  const inertDumpingT = inertT * p(P_INERT_DUMPING);
  const inertLandfillT = inertT * p(P_INERT_LANDFILL);
  set(R_REJECTS_PLASTIC_T, poolT);
  set(R_REJECTS_INERT_T, inertT);
  set(R_ROUTE_FUEL_T, drawnT);
  set(R_ROUTE_OPEN_BURNING_T, openBurningT);
  set(R_ROUTE_DUMPING_T, dumpingT);
  set(R_ROUTE_DUMP_FIRE_T, dumpFireT);
  set(R_ROUTE_LANDFILL_T, landfillT);
  set(R_ROUTE_BRICKS_T, bricksPlasticT);
  set(R_ROUTE_CEMENT_KILN_T, cementKilnT);
  set(R_ROUTE_SALE_T, saleT);
  set(R_ROUTE_INERT_DUMPING_T, inertDumpingT);
  set(R_ROUTE_INERT_LANDFILL_T, inertLandfillT);
  set(R_BURNED_PLASTIC_T, drawnT + openBurningT + dumpFireT);

  // 10. Bricks.
  const plasticFraction = p(P_BRICK_PLASTIC_FRACTION);
  const brickT = bricksPlasticT > 0 && plasticFraction > 0 ? bricksPlasticT / plasticFraction : 0.0;
  const sandT = brickT > bricksPlasticT ? brickT - bricksPlasticT : 0.0;
  const brickKg = p(P_BRICK_MASS_KG);
  const brickCount = brickKg > 0 ? brickT * 1000.0 / brickKg : 0.0;
  set(R_BRICK_T, brickT);
  set(R_SAND_T, sandT);
  set(R_BRICK_COUNT, brickCount);
  add(R_ELECTRICITY_KWH, p(P_BRICK_KWH_PER_T_PLASTIC) * bricksPlasticT);

  // 11. Wastewater solids.
  let solidsT = 0.0;
  let evaporatedT = 0.0;
  for (let c = 0; c < N_COMPONENTS; c++) {
    solidsT += unchecked(wastewater[c]);
    evaporatedT += unchecked(evaporated[c]);
  }
  const sludgeT = solidsT * p(P_WASTEWATER_CAPTURE);
  set(R_WASTEWATER_SOLIDS_T, solidsT);
  set(R_SLUDGE_T, sludgeT);
  set(R_DISCHARGED_SOLIDS_T, solidsT - sludgeT);
  set(R_EVAPORATED_T, evaporatedT);

  // 12. Mass balance, summed route by route so that the split itself is checked.
  const accounted = backlogT + productT + drawnT + openBurningT + dumpingT + landfillT +
    bricksPlasticT + cementKilnT + saleT + inertDumpingT + inertLandfillT + solidsT + evaporatedT;
  set(R_FEED_T, feedT);
  set(R_PROCESSED_T, processedT);
  set(R_BACKLOG_T, backlogT);
  set(R_PRODUCT_T, productT);
  set(R_CLOSURE_ERROR_T, Math.abs(feedT - accounted));
  set(R_BOTTLENECK, <f64>bottleneck);
  set(R_THROUGHPUT_RATIO, ratio);

  // 3.1 Releases by source.
  const coalTJ = unchecked(fuelMJ[F_COAL]) / 1e6;
  const woodTJ = unchecked(fuelMJ[F_WOOD]) / 1e6;
  const lpgTJ = unchecked(fuelMJ[F_LPG]) / 1e6;
  releases(S_OPEN_BURNING, openBurningT, 0, false);
  releases(S_DUMP_FIRE, dumpFireT, 0, false);
  releases(S_PLASTIC_FUEL, drawnT, 0, false);
  releases(S_COAL, coalT, coalTJ, true);
  releases(S_WOOD, woodT, woodTJ, true);
  releases(S_LPG, lpgKg / 1000.0, lpgTJ, true);
  releases(S_CEMENT_KILN, cementKilnT, 0, false);
  let pcddfTotal = 0.0;
  let dlpcbTotal = 0.0;
  for (let v = 0; v < N_VECTORS; v++) {
    pcddfTotal += r(R_PCDDF + v);
    dlpcbTotal += r(R_DLPCB + v);
  }
  set(R_PCDDF_TOTAL, pcddfTotal);
  set(R_DLPCB_TOTAL, dlpcbTotal);

  // Fossil CO2: plastic by carbon content; coal and LPG by energy; wood is biogenic.
  plasticCo2(S_OPEN_BURNING, openBurningT, poolCarbon, OXIDATION_OPEN_BURNING);
  plasticCo2(S_DUMP_FIRE, dumpFireT, poolCarbon, OXIDATION_DUMP_FIRE);
  plasticCo2(S_PLASTIC_FUEL, drawnT, poolCarbon, OXIDATION_PLASTIC_FUEL);
  plasticCo2(S_CEMENT_KILN, cementKilnT, poolCarbon, OXIDATION_CEMENT_KILN);
  const coalCo2 = coalTJ * ef(S_COAL, EF_CO2_PER_TJ);
  const lpgCo2 = lpgTJ * ef(S_LPG, EF_CO2_PER_TJ);
  const woodCo2 = woodTJ * ef(S_WOOD, EF_CO2_PER_TJ);
  set(R_SOURCES + S_COAL * RS_STRIDE + RS_CO2_FOSSIL_T, coalCo2);
  set(R_SOURCES + S_LPG * RS_STRIDE + RS_CO2_FOSSIL_T, lpgCo2);
  set(R_SOURCES + S_WOOD * RS_STRIDE + RS_CO2_BIOGENIC_T, woodCo2);
  add(R_CO2_FOSSIL_T, coalCo2 + lpgCo2);
  set(R_CO2_BIOGENIC_T, woodCo2);
  const kwh = r(R_ELECTRICITY_KWH);
  set(R_CO2_ELECTRICITY_T, kwh / 1000.0 * p(P_GRID_CO2_PER_MWH));

  // 3.2 Economics.
  const revenueProduct = productT * p(P_PRICE_PRODUCT);
  const revenueBricks = brickCount * p(P_BRICK_PRICE);
  const revenueSale = saleT * p(P_SCRAP_PRICE);
  const revenue = revenueProduct + revenueBricks + revenueSale;
  if (bricksPlasticT > 0) workers += p(P_BRICK_WORKERS);
  const landfilledT = landfillT + inertLandfillT + sludgeT;
  const costFeed = feedT * p(P_FEED_PRICE);
  const costElectricity = kwh * p(P_PRICE_ELECTRICITY);
  const costWater = r(R_FRESH_WATER_M3) * p(P_PRICE_WATER);
  const costCoal = coalT * p(P_PRICE_COAL);
  const costWood = woodT * p(P_PRICE_WOOD);
  const costLpg = lpgKg * p(P_PRICE_LPG);
  const costLabour = workers * days * p(P_WAGE);
  const costLandfill = landfilledT * p(P_LANDFILL_FEE);
  const costCementKiln = cementKilnT * p(P_CEMENT_KILN_FEE);
  const costSand = sandT * p(P_SAND_PRICE);
  const costs = costFeed + costElectricity + costWater + costCoal + costWood + costLpg +
    costLabour + costLandfill + costCementKiln + costSand;
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
  set(R_REVENUE, revenue);
  set(R_COSTS, costs);
  set(R_PROFIT, revenue - costs);
}
