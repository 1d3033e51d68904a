// The units of the line dynamics (des.ts): their preallocated state, their flows per kilogram of
// feed (MODEL.md 3 step 5), heat per lot, processing time, failures and buffers, and their time
// accounts at the end of a run. Unit states are also the order of the time accumulators and of
// DRU_BUSY..DRU_DOWN.

import {
  MAX_UNITS, N_COMPONENTS, N_POLYMERS, SINK_REJECTS, SINK_WASTEWATER, SINK_EVAPORATION,
  P_COMPOSITION, P_UNITS, U_STRIDE, U_CAPACITY_KG_PER_H, U_MTBF_H, U_MTTR_H, U_REMOVAL_FRACTION,
  U_REMOVAL_SINK, U_PROCESS_LOSS, U_HEAT_MJ_PER_T, U_HEAT_FUEL, U_HEAT_EFFICIENCY, U_BACKUP_FUEL,
} from "./layout";
import {
  DR_UNITS, DRU_STRIDE, DRU_FAILURES, DRU_LOTS, DRU_BUFFER_MEAN_KG, DRU_BUFFER_CAP_LOTS, DR_WIP_T,
  DR_WIP_FEED_T,
} from "./des-layout";

// @ts-ignore: decorator
@inline function ssAt(ss: usize, i: i32): f64 {
  return load<f64>(ss + (<usize>i << 3));
}

export const ST_BUSY = 0;
export const ST_BLOCKED = 1;
export const ST_STARVED = 2;
export const ST_DOWN = 3;


export const unitState = new StaticArray<i32>(MAX_UNITS);
export const unitSince = new StaticArray<f64>(MAX_UNITS);
export const unitTime = new StaticArray<f64>(MAX_UNITS * 4);
export const unitTtf = new StaticArray<f64>(MAX_UNITS); // operating hours left until the next failure
export const unitRemWork = new StaticArray<f64>(MAX_UNITS); // processing left on the lot held while down
export const unitProc = new StaticArray<f64>(MAX_UNITS); // hours to process one lot
export const unitFails = new StaticArray<bool>(MAX_UNITS);
export const unitMtbf = new StaticArray<f64>(MAX_UNITS);
export const unitMttr = new StaticArray<f64>(MAX_UNITS);
export const unitFailures = new StaticArray<f64>(MAX_UNITS);
export const unitLots = new StaticArray<f64>(MAX_UNITS);
// per kg of feed: mass entering / leaving the unit, and removed to each sink
export const unitIn = new StaticArray<f64>(MAX_UNITS);
export const unitOut = new StaticArray<f64>(MAX_UNITS);
export const unitRejPolymer = new StaticArray<f64>(MAX_UNITS * N_POLYMERS);
export const unitRejPlastic = new StaticArray<f64>(MAX_UNITS); // the sum over polymers: 0 for most units
export const unitRejInert = new StaticArray<f64>(MAX_UNITS);
export const unitWastewater = new StaticArray<f64>(MAX_UNITS);
export const unitEvaporation = new StaticArray<f64>(MAX_UNITS);
// heat per lot (fuel energy, MJ), its fuel and backup fuel (layout.ts F_*)
export const unitHeatMJ = new StaticArray<f64>(MAX_UNITS);
export const unitFuel = new StaticArray<i32>(MAX_UNITS);
export const unitBackup = new StaticArray<i32>(MAX_UNITS);
// buffer in front of unit u (u ≥ 1), in lots
export const bufCount = new StaticArray<i32>(MAX_UNITS);
export const bufCap = new StaticArray<i32>(MAX_UNITS);
export const bufIntegral = new StaticArray<f64>(MAX_UNITS); // lot-hours
export const bufSince = new StaticArray<f64>(MAX_UNITS);
export const stream = new StaticArray<f64>(N_COMPONENTS);


// @ts-ignore: decorator
@inline export function setState(u: i32, s: i32, t: f64): void {
  const k = (u << 2) + unchecked(unitState[u]);
  unchecked((unitTime[k] += t - unitSince[u]));
  unchecked((unitSince[u] = t));
  unchecked((unitState[u] = s));
}

// @ts-ignore: decorator
@inline export function setBuffer(u: i32, count: i32, t: f64): void {
  unchecked((bufIntegral[u] += <f64>bufCount[u] * (t - bufSince[u])));
  unchecked((bufSince[u] = t));
  unchecked((bufCount[u] = count));
}

/** MODEL.md 3 step 5 per kg of feed: what each unit takes in, removes and passes on. */
function unitFlows(ss: usize, u: i32): void {
  const b = P_UNITS + u * U_STRIDE;
  let mass: f64 = 0;
  for (let c = 0; c < N_COMPONENTS; c++) mass += stream[c];
  unitIn[u] = mass;
  for (let c = 0; c < N_POLYMERS; c++) unitRejPolymer[u * N_POLYMERS + c] = 0;
  let inert: f64 = 0;
  let ww: f64 = 0;
  let evap: f64 = 0;
  for (let c = 0; c < N_COMPONENTS; c++) {
    const sink = <i32>ssAt(ss, b + U_REMOVAL_SINK + c);
    if (sink != SINK_REJECTS && sink != SINK_WASTEWATER && sink != SINK_EVAPORATION) continue;
    const removed = stream[c] * ssAt(ss, b + U_REMOVAL_FRACTION + c);
    stream[c] -= removed;
    if (sink == SINK_REJECTS) {
      if (c < N_POLYMERS) unitRejPolymer[u * N_POLYMERS + c] += removed;
      else inert += removed;
    } else if (sink == SINK_WASTEWATER) {
      ww += removed;
    } else {
      evap += removed;
    }
  }
  const loss = ssAt(ss, b + U_PROCESS_LOSS);
  for (let c = 0; c < N_POLYMERS; c++) {
    const lost = stream[c] * loss;
    stream[c] -= lost;
    unitRejPolymer[u * N_POLYMERS + c] += lost;
  }
  let out: f64 = 0;
  for (let c = 0; c < N_COMPONENTS; c++) out += stream[c];
  unitOut[u] = out;
  let plastic: f64 = 0;
  for (let c = 0; c < N_POLYMERS; c++) plastic += unitRejPolymer[u * N_POLYMERS + c];
  unitRejPlastic[u] = plastic;
  unitRejInert[u] = inert;
  unitWastewater[u] = ww;
  unitEvaporation[u] = evap;
}

/** Per unit: flows, heat per lot, processing time, failures and the buffer in front. */
export function prepareUnits(ss: usize, nUnits: i32, lotKg: f64, bufferKgSlots: usize): void {
  for (let c = 0; c < N_COMPONENTS; c++) stream[c] = ssAt(ss, P_COMPOSITION + c);
  for (let u = 0; u < nUnits; u++) {
    unitFlows(ss, u);
    const b = P_UNITS + u * U_STRIDE;
    const lotMass = lotKg * unitIn[u];
    // MODEL.md 3 step 8: heat per tonne entering, divided by the efficiency (default 1)
    const efficiency = ssAt(ss, b + U_HEAT_EFFICIENCY) > 0 ? ssAt(ss, b + U_HEAT_EFFICIENCY) : 1.0;
    unitHeatMJ[u] = ssAt(ss, b + U_HEAT_MJ_PER_T) * lotMass / 1000.0 / efficiency;
    unitFuel[u] = <i32>ssAt(ss, b + U_HEAT_FUEL);
    unitBackup[u] = <i32>ssAt(ss, b + U_BACKUP_FUEL);
    const capacity = ssAt(ss, b + U_CAPACITY_KG_PER_H);
    unitProc[u] = lotMass <= 0 ? 0 : capacity > 0 ? lotMass / capacity : Infinity;
    const mtbf = ssAt(ss, b + U_MTBF_H);
    const mttr = ssAt(ss, b + U_MTTR_H);
    // "a unit without both MTBF and MTTR is always available"
    unitFails[u] = mtbf >= 0 && mttr >= 0 && mtbf + mttr > 0;
    unitMtbf[u] = mtbf;
    unitMttr[u] = mttr;
    const bufferKg = load<f64>(bufferKgSlots + (<usize>u << 3));
    let cap: i32 = i32.MAX_VALUE; // the feed store in front of the first unit has no limit
    if (u > 0 && lotMass > 0 && bufferKg < 1e15) cap = <i32>Math.floor(Math.max(bufferKg, 0) / lotMass + 1e-9);
    bufCap[u] = cap;
  }
}

/** Closes the time accounts of the units and buffers at `end` and reports them, with the lots
 *  still inside the line. The feed store is the engine's (des.ts). */
export function finishUnits(r: StaticArray<f64>, end: f64, nUnits: i32, lotKg: f64): void {
  let wipLots: f64 = 0;
  let wipKg: f64 = 0;
  for (let u = 0; u < nUnits; u++) {
    setState(u, unitState[u], end);
    if (u > 0) setBuffer(u, bufCount[u], end);
    const s = unitState[u];
    if (s == ST_BUSY || s == ST_DOWN) {
      wipLots += 1;
      wipKg += lotKg * unitIn[u];
    } else if (s == ST_BLOCKED) {
      wipLots += 1;
      wipKg += lotKg * unitOut[u];
    }
    if (u > 0) {
      wipLots += <f64>bufCount[u];
      wipKg += <f64>bufCount[u] * lotKg * unitIn[u];
    }
    const b = DR_UNITS + u * DRU_STRIDE;
    for (let k = 0; k < 4; k++) r[b + k] = end > 0 ? unitTime[(u << 2) + k] / end : 0;
    r[b + DRU_FAILURES] = unitFailures[u];
    r[b + DRU_LOTS] = unitLots[u];
    r[b + DRU_BUFFER_CAP_LOTS] = bufCap[u] == i32.MAX_VALUE ? -1 : <f64>bufCap[u];
  }
  for (let u = 1; u < nUnits; u++) {
    r[DR_UNITS + u * DRU_STRIDE + DRU_BUFFER_MEAN_KG] = end > 0 ? bufIntegral[u] * lotKg * unitIn[u] / end : 0;
  }
  r[DR_WIP_T] = wipKg / 1000;
  r[DR_WIP_FEED_T] = wipLots * lotKg / 1000;
}

