// The steady-state annual balance of MODEL.md section 3 (steps 1–12), one small function per
// step, then the releases (3.1, 3.1a: releases.ts) and the economics (3.2: economics.ts). Reads a
// parameter block and writes a result block (offsets in layout.ts; accessors in block.ts).
// Nothing here allocates: the scratch vectors are module globals created once, and the figures
// that pass from one step to the next are module globals too, reset at each evaluation.

import {
  N_COMPONENTS, N_POLYMERS, C_DIRT, C_MOISTURE, F_PLASTIC, F_COAL, F_WOOD, F_LPG, F_ELECTRICITY,
  SINK_REJECTS, SINK_WASTEWATER, SINK_EVAPORATION, PR_OPEN_BURNING, PR_DUMPING, PR_LANDFILL,
  PR_BRICKS, PR_CEMENT_KILN, PR_SALE, P_DAYS, P_HOURS, P_FEED_T_PER_DAY, P_COMPOSITION, P_N_UNITS,
  P_PLASTIC_ROUTES, P_INERT_DUMPING, P_INERT_LANDFILL, P_DUMP_FIRE_FRACTION,
  P_BRICK_PLASTIC_FRACTION, P_BRICK_MASS_KG, P_BRICK_KWH_PER_T_PLASTIC, P_WASTEWATER_TREATMENT,
  P_BRICK_HEAT_MJ_PER_T, P_BRICK_HEAT_FUEL, P_BRICK_HEAT_EFFICIENCY,
  P_SEPARATION_FRACTION, P_SEPARATION_ROUTE, R_SEPARATED_T, N_PLASTIC_ROUTES, WASTEWATER_SETTLING,
  WASTEWATER_FULL, U_CAPACITY_KG_PER_H, U_MTBF_H, U_MTTR_H, U_REMOVAL_FRACTION, U_REMOVAL_SINK,
  U_PROCESS_LOSS, U_KWH_PER_T, U_WATER_M3_PER_T, U_WATER_RECYCLED, U_HEAT_MJ_PER_T, U_HEAT_FUEL,
  U_HEAT_EFFICIENCY, U_BACKUP_FUEL, U_WORKERS, MAX_UNITS, R_FEED_T, R_PROCESSED_T, R_BACKLOG_T,
  R_PRODUCT_T, R_EVAPORATED_T, R_WASTEWATER_SOLIDS_T, R_SLUDGE_T, R_DISCHARGED_SOLIDS_T,
  R_REJECTS_PLASTIC_T, R_REJECTS_INERT_T, R_ROUTE_FUEL_T, R_ROUTE_OPEN_BURNING_T,
  R_ROUTE_DUMPING_T, R_ROUTE_DUMP_FIRE_T, R_ROUTE_LANDFILL_T, R_ROUTE_BRICKS_T,
  R_ROUTE_CEMENT_KILN_T, R_ROUTE_SALE_T, R_ROUTE_INERT_DUMPING_T, R_ROUTE_INERT_LANDFILL_T,
  R_BURNED_PLASTIC_T, R_CLOSURE_ERROR_T, R_BOTTLENECK, R_THROUGHPUT_RATIO, R_BRICK_COUNT,
  R_BRICK_T, R_SAND_T, R_ELECTRICITY_KWH, R_FUEL_MJ, R_FUEL_SHORTFALL_MJ, R_FRESH_WATER_M3,
  R_WASTEWATER_M3, R_PRODUCT_COMPOSITION, R_POOL_COMPOSITION, R_HEAT_ELECTRICITY_KWH, R_COAL_T,
  R_WOOD_T, R_LPG_KG, R_WORKERS, R_WATER_RECYCLED_M3, R_BRICK_HEAT_FUEL_MJ,
  R_UNITS, RU_STRIDE, RU_IN_T, RU_OUT_T, RU_REMOVED_T, RU_CAPACITY_T, RU_UTILIZATION, RU_SHARE,
  RU_HEAT_MJ, RU_ELECTRICITY_KWH, R_SIZE,
} from "./layout";
import {
  LHV_MJ_PER_KG, LHV_COAL, LHV_WOOD, LHV_LPG, MJ_PER_KWH, CAPTURE_NONE, CAPTURE_SETTLING,
  CAPTURE_FULL,
} from "./constants";
import {
  setBlocks, rb, p, u, r, set, add,
} from "./block";
import {
  releases,
} from "./releases";
import {
  economics,
} from "./economics";

// Scratch vectors (allocated once at start-up).
const stream = new StaticArray<f64>(N_COMPONENTS);
const rejects = new StaticArray<f64>(N_COMPONENTS);
const wastewater = new StaticArray<f64>(N_COMPONENTS);
const evaporated = new StaticArray<f64>(N_COMPONENTS);
const shares = new StaticArray<f64>(MAX_UNITS);
const fuelMJ = new StaticArray<f64>(4); // energy of plastic, coal, wood, lpg burned for heat
const separatedByRoute = new StaticArray<f64>(N_PLASTIC_ROUTES); // plastic kept apart, by route


// Figures of the year that pass from one step to the next (tonnes unless named otherwise).
let days: f64 = 0;
let feedT: f64 = 0;
let processedT: f64 = 0;
let backlogT: f64 = 0;
let productT: f64 = 0;
let poolT: f64 = 0; // plastic rejects pool before fuel draws
let separatedT: f64 = 0; // plastic rejects kept apart before any burns (extension)
let drawnT: f64 = 0; // plastic drawn as fuel
let remainingT: f64 = 0; // plastic left for the routes


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
  set(R_WORKERS, workers); // the bricks' workers are added with the economics
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
  }
}

/** The pool of plastic rejects (after step 5 and the separation): its mass, composition and
 *  energy (its chlorine: releases.ts). Everything that burns or melts has this composition. */
function rejectsPool(): f64 {
  poolT = 0.0;
  let poolMJ = 0.0; // energy content, MJ (t × 1000 kg/t × MJ/kg)
  for (let c = 0; c < N_POLYMERS; c++) {
    const m = unchecked(rejects[c]);
    poolT += m;
    poolMJ += m * 1000.0 * unchecked(LHV_MJ_PER_KG[c]);
  }
  for (let c = 0; c < N_POLYMERS; c++) set(R_POOL_COMPOSITION + c, poolT > 0 ? unchecked(rejects[c]) / poolT : 0.0);
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
  set(R_COAL_T, unchecked(fuelMJ[F_COAL]) / (LHV_COAL * 1000.0));
  set(R_WOOD_T, unchecked(fuelMJ[F_WOOD]) / (LHV_WOOD * 1000.0));
  set(R_LPG_KG, unchecked(fuelMJ[F_LPG]) / LHV_LPG);
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

/** Steps 1–12 of the block at `params` into the block at `results`: everything the releases and
 *  the economics read of the result block, which the balance writes below R_UNITS and in the
 *  units' rows. The balance reads only the parameters that mc-reuse.ts's balanceReads names. */
export function balanceAt(params: usize, results: usize): void {
  setBlocks(params, results);
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
}

/** What follows the balance, on the blocks of the last setBlocks: the releases (3.1, 3.1a:
 *  releases.ts) and the economics (3.2: economics.ts). They read the parameters and the result
 *  block only. */
export function afterBalance(): void {
  releases();
  economics();
}

/** Evaluates the block at `params` into the block at `results` (MODEL.md section 3, in order). */
export function evaluateAt(params: usize, results: usize): void {
  balanceAt(params, results);
  afterBalance();
}
