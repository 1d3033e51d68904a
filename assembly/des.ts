// Line dynamics (MODEL.md section 7): a discrete-event simulation of the line in lots.
//
// Time runs in WORKING hours only: day d occupies [d·H, (d+1)·H). Nights take no time because
// every clock (processing, time to failure, repair) stops while the line is idle, so nothing can
// happen at night; feed arrives and burns happen at the day boundaries. Every lot carries the
// same feed mass (`lotKg`) and composition, so removals are deterministic per unit and a lot's
// state is just where it is: buffers are counts of lots.
//
// Unit states (fractions of working time reported): busy (processing, and only then does the
// failure clock run), blocked (holding a finished lot, downstream buffer full), starved (idle,
// nothing upstream), down (under repair, holding its half-processed lot). The future-event list
// is des-heap.ts; the rejects stockpile, fuel draws, burn events and releases are des-stockpile.ts.
// The steps of a completion (handle, complete, begin, pullFrom, schedule) are inlined into the
// event loop: a call each cost about a tenth of the time on the Minh Khai line.

import { MAX_UNITS, N_POLYMERS, P_DAYS, P_HOURS, P_FEED_T_PER_DAY, P_N_UNITS } from "./layout";
import {
  ARRIVALS_POISSON, FAILURES_LOGNORMAL, BURN_EVERY_DAYS, BURN_THRESHOLD_KG, DP_LOT_KG, DP_ARRIVALS,
  DP_FAILURES, DP_FAILURE_CV, DP_BURN_POLICY, DP_BURN_EVERY_DAYS, DP_BURN_THRESHOLD_KG,
  DP_EVENT_LIMIT, DP_YEARS, DP_SEED, DP_SERIES_POINTS, DP_BUFFER_KG, DP_SIZE, DR_EVENTS,
  DR_WORKING_HOURS, DR_DAYS, DR_FEED_ARRIVED_T, DR_PROCESSED_T, DR_PRODUCT_T, DR_REMOVED_T,
  DR_REJECTS_PLASTIC_T, DR_REJECTS_INERT_T, DR_WASTEWATER_T, DR_EVAPORATED_T, DR_BURNED_PLASTIC_T,
  DR_STOCKPILE_PLASTIC_END_KG, DR_STOCKPILE_INERT_END_KG, DR_STOCKPILE_PLASTIC_MAX_KG,
  DR_FEED_STORE_END_T, DR_BURN_COUNT, DR_SERIES_COUNT, DR_N_UNITS, DR_OPEN_BURN_COUNT,
  DR_TRUNCATED, DR_ROUTES, DRR_FUEL, DRR_OPEN_BURNING, DRR_DUMP_FIRE, DR_UNITS, DRU_BUFFER_MEAN_KG,
  DR_BURNS, DR_SERIES, DR_MAX_POINTS, DS_DAY, DS_PROCESSED_T, DS_PRODUCT_T,
  DS_STOCKPILE_PLASTIC_KG, DS_BUFFER_KG, DR_SIZE,
} from "./des-layout";
import { rngSeed, rngExponential, rngLognormal } from "./rng";
import {
  ST_BUSY, ST_BLOCKED, ST_STARVED, ST_DOWN, unitState, unitTtf, unitRemWork, unitProc, unitFails,
  unitMtbf, unitMttr, unitFailures, unitLots, unitIn, lotPolymerKg, lotPlasticKg, lotInertKg,
  lotWastewaterKg, lotEvaporatedKg, lotRemovedKg, lotProductKg, unitHeatMJ, unitFuel, unitBackup,
  bufCount, bufCap, setState, setBuffer, prepareUnits, resetUnits, finishUnits,
} from "./des-units";
import {
  heapReset, heapEmpty, nextTime, nextCode, schedule, popEvent,
} from "./des-heap";
import {
  stockReset, stockPrepareLots, stockAddLot, stockAddInert, stockHeat, stockClear, stockPlasticKg,
  stockInert, stockClears, stockOpenBurns, stockFinish,
} from "./des-stockpile";
import { f64At, setF64, addF64, i32At } from "./des-mem";

const desParams = new StaticArray<f64>(DP_SIZE);
const desResults = new StaticArray<f64>(DR_SIZE);
// their addresses, as plain numbers (des-mem.ts)
const dp: usize = changetype<usize>(desParams);
const dr: usize = changetype<usize>(desResults);

export function desParamsPtr(): usize {
  return changetype<usize>(desParams);
}
export function desResultsPtr(): usize {
  return changetype<usize>(desResults);
}
export function desParamsSize(): i32 {
  return DP_SIZE;
}
export function desResultsSize(): i32 {
  return DR_SIZE;
}

// ---- event types ----
const EV_DAY = 0;
const EV_ARRIVAL = 1;
const EV_SAMPLE = 2;
const EV_COMPLETE = 3;
const EV_FAIL = 4;
const EV_REPAIR = 5;

let ssBase: usize = 0;
let nUnits: i32 = 0;
let lotKg: f64 = 25;
let failureLognormal: bool = false;
let failureCv: f64 = 1;
let storeKg: f64 = 0;
let storeLots: f64 = 0;
let storeRemainderKg: f64 = 0;
let storeIntegral: f64 = 0; // kg-hours
let storeSince: f64 = 0;
let arrivedKg: f64 = 0;
let processedKg: f64 = 0;
let productKg: f64 = 0;
let removedKg: f64 = 0;
let rejPlasticKg: f64 = 0;
let rejInertKg: f64 = 0;
let wastewaterKg: f64 = 0;
let evaporatedKg: f64 = 0;
let stockPlasticMaxKg: f64 = 0;
let dayIndex: i32 = 0;
let sampleIndex: i32 = 0;
// run settings
let hours: f64 = 0;
let totalDays: i32 = 0;
let horizon: f64 = 0;
let points: i32 = 0;
let sampleStep: f64 = 0;
let poisson: bool = false;
let arrivalRate: f64 = 0;
let dayKg: f64 = 0;
let burnPolicy: i32 = 0;
let burnEvery: i32 = 1;
let burnThreshold: f64 = 0;

// @ts-ignore: decorator
@inline function sp(i: i32): f64 {
  return load<f64>(ssBase + (<usize>i << 3));
}

// ---- units ----

function setStore(kg: f64, t: f64): void {
  storeIntegral += storeKg * (t - storeSince);
  storeSince = t;
  storeKg = kg;
}

// The feed store counts whole lots plus a remainder below one lot, so that taking lots never
// drives it below zero by rounding.
function addFeed(kg: f64, t: f64): void {
  const total = storeRemainderKg + kg;
  const lots = Math.floor(total / lotKg + 1e-9);
  storeLots += lots;
  storeRemainderKg = Math.max(total - lots * lotKg, 0);
  setStore(storeLots * lotKg + storeRemainderKg, t);
}

function drawTimeToFailure(u: i32): f64 {
  if (!i32At(unitFails, u)) return Infinity;
  const m = f64At(unitMtbf, u);
  return failureLognormal ? rngLognormal(m, failureCv) : rngExponential(m);
}

function drawRepairTime(u: i32): f64 {
  const m = f64At(unitMttr, u);
  return failureLognormal ? rngLognormal(m, failureCv) : rngExponential(m);
}

/** Unit u starts (or resumes) `work` hours of processing at t. */
// @ts-ignore: decorator
@inline function begin(u: i32, t: f64, work: f64): void {
  setState(u, ST_BUSY, t);
  const ttf = f64At(unitTtf, u);
  if (ttf < work) {
    setF64(unitRemWork, u, work - ttf);
    setF64(unitTtf, u, 0);
    schedule(t + ttf, EV_FAIL, u);
  } else {
    setF64(unitTtf, u, ttf - work);
    schedule(t + work, EV_COMPLETE, u);
  }
}

/** Unit u is free at t (pullFrom, inlined where a lot is done). */
function pull(u: i32, t: f64): void {
  pullFrom(u, t);
}

/** Unit u is free at t: it takes the next lot from its buffer, or directly from a blocked
 *  upstream unit, which is then free in turn (and so on up the line); or it starves. */
// @ts-ignore: decorator
@inline function pullFrom(first: i32, t: f64): void {
  let u = first;
  while (true) {
    if (u == 0) {
      if (storeLots >= 1) {
        storeLots -= 1;
        setStore(storeLots * lotKg + storeRemainderKg, t);
        begin(0, t, f64At(unitProc, 0));
      } else {
        setState(0, ST_STARVED, t);
      }
      return;
    }
    const v = u - 1;
    const upstreamBlocked = i32At(unitState, v) == ST_BLOCKED;
    const count = i32At(bufCount, u);
    if (count > 0) {
      // the blocked upstream unit puts its lot into the place just freed
      if (!upstreamBlocked) setBuffer(u, count - 1, t);
      begin(u, t, f64At(unitProc, u));
      if (!upstreamBlocked) return;
    } else if (upstreamBlocked) {
      begin(u, t, f64At(unitProc, u)); // hand-over without a buffer place
    } else {
      setState(u, ST_STARVED, t);
      return;
    }
    u = v;
  }
}

/** The lot at unit u is done: its removals leave (rejects to the stockpile), the unit's heat
 *  is drawn, and the lot moves on. What a lot leaves at each unit is worked out once a run
 *  (des-units.ts lotFlows), so each tally adds the same numbers in the same order as summing
 *  them lot by lot would. */
// @ts-ignore: decorator
@inline function complete(u: i32, t: f64): void {
  addF64(unitLots, u, 1);
  stockAddLot(u);
  const inert = f64At(lotInertKg, u);
  removedKg += f64At(lotRemovedKg, u);
  rejPlasticKg += f64At(lotPlasticKg, u);
  rejInertKg += inert;
  wastewaterKg += f64At(lotWastewaterKg, u);
  evaporatedKg += f64At(lotEvaporatedKg, u);
  stockAddInert(inert);
  const heat = f64At(unitHeatMJ, u);
  if (heat > 0) stockHeat(i32At(unitFuel, u), i32At(unitBackup, u), heat);
  const pile = stockPlasticKg();
  if (pile > stockPlasticMaxKg) stockPlasticMaxKg = pile;

  if (u == nUnits - 1) {
    processedKg += lotKg;
    productKg += f64At(lotProductKg, u);
  } else {
    const d = u + 1;
    const count = i32At(bufCount, d);
    if (i32At(unitState, d) == ST_STARVED) {
      begin(d, t, f64At(unitProc, d)); // a starved unit's buffer is empty: straight in
    } else if (count < i32At(bufCap, d)) {
      setBuffer(d, count + 1, t);
    } else {
      setState(u, ST_BLOCKED, t);
      return;
    }
  }
  pullFrom(u, t);
}

// ---- series ----

function sample(k: i32, t: f64): void {
  setF64(dr, DR_SERIES + DS_DAY * DR_MAX_POINTS + k, hours > 0 ? t / hours : 0);
  setF64(dr, DR_SERIES + DS_PROCESSED_T * DR_MAX_POINTS + k, processedKg / 1000);
  setF64(dr, DR_SERIES + DS_PRODUCT_T * DR_MAX_POINTS + k, productKg / 1000);
  setF64(dr, DR_SERIES + DS_STOCKPILE_PLASTIC_KG * DR_MAX_POINTS + k, stockPlasticKg());
  setF64(dr, DR_SERIES + DS_BUFFER_KG * DR_MAX_POINTS + k, storeKg);
  for (let u = 1; u < nUnits; u++) {
    setF64(dr, DR_SERIES + (DS_BUFFER_KG + u) * DR_MAX_POINTS + k, <f64>i32At(bufCount, u) * lotKg * f64At(unitIn, u));
  }
}

// ---- set-up ----

/** Reads the run settings and clears every tally of the previous replication. */
function setUp(replication: i32): void {
  // Only the block's head (totals, sources, units) is cleared: burns and series are written
  // before they are read, up to the counts the head reports.
  memory.fill(dr, 0, <usize>DR_BURNS << 3);
  hours = Math.max(sp(P_HOURS), 0);
  totalDays = <i32>Math.max(Math.round(sp(P_DAYS) * f64At(dp, DP_YEARS)), 0);
  horizon = hours * <f64>totalDays;
  nUnits = min(max(<i32>sp(P_N_UNITS), 0), MAX_UNITS);
  lotKg = f64At(dp, DP_LOT_KG) > 0 ? f64At(dp, DP_LOT_KG) : 25;
  failureLognormal = <i32>f64At(dp, DP_FAILURES) == FAILURES_LOGNORMAL;
  failureCv = f64At(dp, DP_FAILURE_CV) > 0 ? f64At(dp, DP_FAILURE_CV) : 1;
  poisson = <i32>f64At(dp, DP_ARRIVALS) == ARRIVALS_POISSON;
  burnPolicy = <i32>f64At(dp, DP_BURN_POLICY);
  burnEvery = max(<i32>f64At(dp, DP_BURN_EVERY_DAYS), 1);
  burnThreshold = f64At(dp, DP_BURN_THRESHOLD_KG);
  dayKg = Math.max(sp(P_FEED_T_PER_DAY), 0) * 1000;
  points = min(max(<i32>f64At(dp, DP_SERIES_POINTS), 2), DR_MAX_POINTS);
  if (horizon <= 0) points = 1;
  sampleStep = points > 1 ? horizon / <f64>(points - 1) : 0;
  // Poisson feed: full lots per working hour, the day's tonnes on average
  arrivalRate = hours > 0 ? dayKg / lotKg / hours : 0;

  heapReset();
  storeKg = 0; storeLots = 0; storeRemainderKg = 0; storeIntegral = 0; storeSince = 0;
  arrivedKg = 0; processedKg = 0; productKg = 0; removedKg = 0;
  rejPlasticKg = 0; rejInertKg = 0; wastewaterKg = 0; evaporatedKg = 0;
  stockPlasticMaxKg = 0; dayIndex = 0; sampleIndex = 0;
  stockReset(ssBase);
  prepareUnits(ssBase, nUnits, lotKg, dp + (<usize>DP_BUFFER_KG << 3));
  stockPrepareLots(nUnits, lotPolymerKg);
  resetUnits(nUnits, ST_STARVED);
  rngSeed(<u64>f64At(dp, DP_SEED), replication);
  for (let u = 0; u < nUnits; u++) setF64(unitTtf, u, drawTimeToFailure(u));
}

// ---- events ----

/** The boundary between working days: the burn policy looks at the stockpile at the end of the
 *  day just finished, then the new day's feed arrives. */
function newDay(t: f64): void {
  const day = dayIndex++;
  if (day > 0) {
    if (burnPolicy == BURN_EVERY_DAYS) {
      if (day % burnEvery == 0) stockClear(<f64>day, dr);
    } else if (burnPolicy == BURN_THRESHOLD_KG) {
      if (stockPlasticKg() >= burnThreshold) stockClear(<f64>day, dr);
    }
  }
  if (day < totalDays) {
    if (!poisson && nUnits > 0 && dayKg > 0) {
      arrivedKg += dayKg;
      addFeed(dayKg, t);
      if (i32At(unitState, 0) == ST_STARVED) pull(0, t);
    }
    schedule(<f64>(day + 1) * hours, EV_DAY, 0);
  }
}

function arrival(t: f64): void {
  arrivedKg += lotKg;
  addFeed(lotKg, t);
  if (i32At(unitState, 0) == ST_STARVED) pull(0, t);
  const next = t + rngExponential(1 / arrivalRate);
  if (next < horizon) schedule(next, EV_ARRIVAL, 0);
}

// @ts-ignore: decorator
@inline function handle(code: i32, t: f64): void {
  if ((code & 7) == EV_COMPLETE) complete(code >> 3, t);
  else handleOther(code, t);
}

/** Every event but a completion (a call: they are rare). */
function handleOther(code: i32, t: f64): void {
  const type = code & 7;
  const u = code >> 3;
  if (type == EV_FAIL) {
    addF64(unitFailures, u, 1);
    setState(u, ST_DOWN, t);
    schedule(t + drawRepairTime(u), EV_REPAIR, u);
  } else if (type == EV_REPAIR) {
    setF64(unitTtf, u, drawTimeToFailure(u));
    begin(u, t, f64At(unitRemWork, u));
  } else if (type == EV_ARRIVAL) {
    arrival(t);
  } else if (type == EV_DAY) {
    newDay(t);
  } else {
    const k = sampleIndex++;
    sample(k, t);
    if (k + 1 < points) schedule(k + 1 == points - 1 ? horizon : <f64>(k + 1) * sampleStep, EV_SAMPLE, 0);
  }
}

/** Runs replication `replication` of the DES block against the steady-state parameter block
 *  at `ssParams` (pass the core's paramsPtr()) and writes the DES result block. */
export function runDes(ssParams: usize, replication: i32): void {
  ssBase = ssParams;
  setUp(replication);
  schedule(0, EV_DAY, 0);
  schedule(0, EV_SAMPLE, 0);
  if (poisson && arrivalRate > 0 && nUnits > 0) {
    const first = rngExponential(1 / arrivalRate);
    if (first < horizon) schedule(first, EV_ARRIVAL, 0);
  }
  const limit = f64At(dp, DP_EVENT_LIMIT) > 0 ? f64At(dp, DP_EVENT_LIMIT) : Infinity;
  let events: f64 = 0;
  let end = horizon;
  while (!heapEmpty()) {
    const t = nextTime();
    if (t > horizon) break;
    if (events >= limit) {
      setF64(dr, DR_TRUNCATED, 1);
      end = t;
      break;
    }
    const code = nextCode();
    popEvent();
    events += 1;
    handle(code, t);
  }
  finish(end, events);
}

function finish(end: f64, events: f64): void {
  const r = dr;
  finishUnits(r, end, nUnits, lotKg);
  setStore(storeKg, end);
  if (nUnits > 0) setF64(r, DR_UNITS + DRU_BUFFER_MEAN_KG, end > 0 ? storeIntegral / end : storeKg);
  stockFinish(r);
  setF64(r, DR_EVENTS, events);
  setF64(r, DR_WORKING_HOURS, end);
  setF64(r, DR_DAYS, hours > 0 ? end / hours : 0);
  setF64(r, DR_FEED_ARRIVED_T, arrivedKg / 1000);
  setF64(r, DR_PROCESSED_T, processedKg / 1000);
  setF64(r, DR_PRODUCT_T, productKg / 1000);
  setF64(r, DR_REMOVED_T, removedKg / 1000);
  setF64(r, DR_REJECTS_PLASTIC_T, rejPlasticKg / 1000);
  setF64(r, DR_REJECTS_INERT_T, rejInertKg / 1000);
  setF64(r, DR_WASTEWATER_T, wastewaterKg / 1000);
  setF64(r, DR_EVAPORATED_T, evaporatedKg / 1000);
  const burned = f64At(r, DR_ROUTES + DRR_FUEL) + f64At(r, DR_ROUTES + DRR_OPEN_BURNING) + f64At(r, DR_ROUTES + DRR_DUMP_FIRE);
  setF64(r, DR_BURNED_PLASTIC_T, burned);
  setF64(r, DR_STOCKPILE_PLASTIC_END_KG, stockPlasticKg());
  setF64(r, DR_STOCKPILE_INERT_END_KG, stockInert());
  setF64(r, DR_STOCKPILE_PLASTIC_MAX_KG, stockPlasticMaxKg);
  setF64(r, DR_FEED_STORE_END_T, storeKg / 1000);
  setF64(r, DR_BURN_COUNT, <f64>stockClears());
  setF64(r, DR_OPEN_BURN_COUNT, <f64>stockOpenBurns());
  setF64(r, DR_SERIES_COUNT, <f64>min(sampleIndex, points));
  setF64(r, DR_N_UNITS, <f64>nUnits);
}
