// The units of the line dynamics (des.ts): their preallocated state, their flows per kilogram of
// feed (MODEL.md 3 step 5), what one lot leaves at each unit, heat per lot, processing time,
// failures and buffers, and their time accounts at the end of a run. Unit states are also the
// order of the time accumulators and of DRU_BUSY..DRU_DOWN. Every array is a block of static
// memory indexed by unit (des-mem.ts).

import {
  MAX_UNITS, N_COMPONENTS, N_POLYMERS, SINK_REJECTS, SINK_WASTEWATER, SINK_EVAPORATION,
  P_COMPOSITION, P_UNITS, U_STRIDE, U_CAPACITY_KG_PER_H, U_MTBF_H, U_MTTR_H, U_REMOVAL_FRACTION,
  U_REMOVAL_SINK, U_PROCESS_LOSS, U_HEAT_MJ_PER_T, U_HEAT_FUEL, U_HEAT_EFFICIENCY, U_BACKUP_FUEL,
} from "./layout";
import {
  DR_UNITS, DRU_STRIDE, DRU_FAILURES, DRU_LOTS, DRU_BUFFER_MEAN_KG, DRU_BUFFER_CAP_LOTS, DR_WIP_T,
  DR_WIP_FEED_T,
} from "./des-layout";
import {
  f64At, setF64, addF64, i32At, setI32,
} from "./des-mem";

// @ts-ignore: decorator
@inline function ssAt(ss: usize, i: i32): f64 {
  return load<f64>(ss + (<usize>i << 3));
}

export const ST_BUSY = 0;
export const ST_BLOCKED = 1;
export const ST_STARVED = 2;
export const ST_DOWN = 3;

const F64S = MAX_UNITS * 8;
const I32S = MAX_UNITS * 4;
export const unitState = memory.data(I32S, 8); // i32, ST_*
export const unitSince = memory.data(F64S, 8);
export const unitTime = memory.data(F64S * 4, 8); // 4 per unit, by state
export const unitTtf = memory.data(F64S, 8); // operating hours left until the next failure
export const unitRemWork = memory.data(F64S, 8); // processing left on the lot held while down
export const unitProc = memory.data(F64S, 8); // hours to process one lot
export const unitFails = memory.data(I32S, 8); // i32, 0 or 1
export const unitMtbf = memory.data(F64S, 8);
export const unitMttr = memory.data(F64S, 8);
export const unitFailures = memory.data(F64S, 8);
export const unitLots = memory.data(F64S, 8);
// per kg of feed: mass entering / leaving the unit, and removed to each sink
export const unitIn = memory.data(F64S, 8);
export const unitOut = memory.data(F64S, 8);
const unitRejPolymer = memory.data(F64S * N_POLYMERS, 8);
const unitRejPlastic = memory.data(F64S, 8); // the sum over polymers: 0 for most units
const unitRejInert = memory.data(F64S, 8);
const unitWastewater = memory.data(F64S, 8);
const unitEvaporation = memory.data(F64S, 8);
// per lot (lotKg × the flows above, worked out once a run): kg to each sink, by polymer for the
// plastic rejects, and all removals together, summed in the order each lot once summed them
export const lotPolymerKg = memory.data(F64S * N_POLYMERS, 8);
export const lotPlasticKg = memory.data(F64S, 8);
export const lotInertKg = memory.data(F64S, 8);
export const lotWastewaterKg = memory.data(F64S, 8);
export const lotEvaporatedKg = memory.data(F64S, 8);
export const lotRemovedKg = memory.data(F64S, 8);
export const lotProductKg = memory.data(F64S, 8);
// heat per lot (fuel energy, MJ), its fuel and backup fuel (layout.ts F_*)
export const unitHeatMJ = memory.data(F64S, 8);
export const unitFuel = memory.data(I32S, 8);
export const unitBackup = memory.data(I32S, 8);
// buffer in front of unit u (u ≥ 1), in lots
export const bufCount = memory.data(I32S, 8);
export const bufCap = memory.data(I32S, 8);
const bufIntegral = memory.data(F64S, 8); // lot-hours
const bufSince = memory.data(F64S, 8);
const stream = memory.data(N_COMPONENTS * 8, 8);

// @ts-ignore: decorator
@inline export function setState(u: i32, s: i32, t: f64): void {
  addF64(unitTime, (u << 2) + i32At(unitState, u), t - f64At(unitSince, u));
  setF64(unitSince, u, t);
  setI32(unitState, u, s);
}

// @ts-ignore: decorator
@inline export function setBuffer(u: i32, count: i32, t: f64): void {
  addF64(bufIntegral, u, <f64>i32At(bufCount, u) * (t - f64At(bufSince, u)));
  setF64(bufSince, u, t);
  setI32(bufCount, u, count);
}

/** MODEL.md 3 step 5 per kg of feed: what each unit takes in, removes and passes on. */
function unitFlows(ss: usize, u: i32): void {
  const b = P_UNITS + u * U_STRIDE;
  const rej = u * N_POLYMERS;
  let mass: f64 = 0;
  for (let c = 0; c < N_COMPONENTS; c++) mass += f64At(stream, c);
  setF64(unitIn, u, mass);
  for (let c = 0; c < N_POLYMERS; c++) setF64(unitRejPolymer, rej + c, 0);
  let inert: f64 = 0;
  let ww: f64 = 0;
  let evap: f64 = 0;
  for (let c = 0; c < N_COMPONENTS; c++) {
    const sink = <i32>ssAt(ss, b + U_REMOVAL_SINK + c);
    if (sink != SINK_REJECTS && sink != SINK_WASTEWATER && sink != SINK_EVAPORATION) continue;
    const removed = f64At(stream, c) * ssAt(ss, b + U_REMOVAL_FRACTION + c);
    setF64(stream, c, f64At(stream, c) - removed);
    if (sink == SINK_REJECTS) {
      if (c < N_POLYMERS) addF64(unitRejPolymer, rej + c, removed);
      else inert += removed;
    } else if (sink == SINK_WASTEWATER) {
      ww += removed;
    } else {
      evap += removed;
    }
  }
  const loss = ssAt(ss, b + U_PROCESS_LOSS);
  for (let c = 0; c < N_POLYMERS; c++) {
    const lost = f64At(stream, c) * loss;
    setF64(stream, c, f64At(stream, c) - lost);
    addF64(unitRejPolymer, rej + c, lost);
  }
  let out: f64 = 0;
  for (let c = 0; c < N_COMPONENTS; c++) out += f64At(stream, c);
  setF64(unitOut, u, out);
  let plastic: f64 = 0;
  for (let c = 0; c < N_POLYMERS; c++) plastic += f64At(unitRejPolymer, rej + c);
  setF64(unitRejPlastic, u, plastic);
  setF64(unitRejInert, u, inert);
  setF64(unitWastewater, u, ww);
  setF64(unitEvaporation, u, evap);
}

/** What one lot of `lotKg` leaves at unit u, each figure computed as a lot once computed it:
 *  the plastic rejects only where the unit has any (else none, and 0 by polymer). */
function lotFlows(u: i32, lotKg: f64): void {
  let plastic = 0.0;
  const any = f64At(unitRejPlastic, u) > 0;
  for (let c = 0; c < N_POLYMERS; c++) {
    const kg = any ? lotKg * f64At(unitRejPolymer, u * N_POLYMERS + c) : 0.0;
    setF64(lotPolymerKg, u * N_POLYMERS + c, kg);
    plastic += kg;
  }
  const inert = lotKg * f64At(unitRejInert, u);
  const ww = lotKg * f64At(unitWastewater, u);
  const evap = lotKg * f64At(unitEvaporation, u);
  setF64(lotPlasticKg, u, plastic);
  setF64(lotInertKg, u, inert);
  setF64(lotWastewaterKg, u, ww);
  setF64(lotEvaporatedKg, u, evap);
  setF64(lotRemovedKg, u, plastic + inert + ww + evap);
  setF64(lotProductKg, u, lotKg * f64At(unitOut, u));
}

/** Per unit: flows, what a lot leaves, heat per lot, processing time, failures and the buffer in front. */
export function prepareUnits(ss: usize, nUnits: i32, lotKg: f64, bufferKgSlots: usize): void {
  for (let c = 0; c < N_COMPONENTS; c++) setF64(stream, c, ssAt(ss, P_COMPOSITION + c));
  for (let u = 0; u < nUnits; u++) {
    unitFlows(ss, u);
    lotFlows(u, lotKg);
    const b = P_UNITS + u * U_STRIDE;
    const lotMass = lotKg * f64At(unitIn, u);
    // MODEL.md 3 step 8: heat per tonne entering, divided by the efficiency (default 1)
    const efficiency = ssAt(ss, b + U_HEAT_EFFICIENCY) > 0 ? ssAt(ss, b + U_HEAT_EFFICIENCY) : 1.0;
    setF64(unitHeatMJ, u, ssAt(ss, b + U_HEAT_MJ_PER_T) * lotMass / 1000.0 / efficiency);
    setI32(unitFuel, u, <i32>ssAt(ss, b + U_HEAT_FUEL));
    setI32(unitBackup, u, <i32>ssAt(ss, b + U_BACKUP_FUEL));
    const capacity = ssAt(ss, b + U_CAPACITY_KG_PER_H);
    setF64(unitProc, u, lotMass <= 0 ? 0 : capacity > 0 ? lotMass / capacity : Infinity);
    const mtbf = ssAt(ss, b + U_MTBF_H);
    const mttr = ssAt(ss, b + U_MTTR_H);
    // "a unit without both MTBF and MTTR is always available"
    setI32(unitFails, u, mtbf >= 0 && mttr >= 0 && mtbf + mttr > 0 ? 1 : 0);
    setF64(unitMtbf, u, mtbf);
    setF64(unitMttr, u, mttr);
    const bufferKg = load<f64>(bufferKgSlots + (<usize>u << 3));
    let cap: i32 = i32.MAX_VALUE; // the feed store in front of the first unit has no limit
    if (u > 0 && lotMass > 0 && bufferKg < 1e15) cap = <i32>Math.floor(Math.max(bufferKg, 0) / lotMass + 1e-9);
    setI32(bufCap, u, cap);
  }
}

/** Clears the state and tallies of the units for a new replication (the time to failure apart). */
export function resetUnits(nUnits: i32, state: i32): void {
  for (let u = 0; u < nUnits; u++) {
    setI32(unitState, u, state);
    setF64(unitSince, u, 0);
    for (let s = 0; s < 4; s++) setF64(unitTime, (u << 2) + s, 0);
    setF64(unitRemWork, u, 0);
    setF64(unitFailures, u, 0);
    setF64(unitLots, u, 0);
    setI32(bufCount, u, 0);
    setF64(bufIntegral, u, 0);
    setF64(bufSince, u, 0);
  }
}

/** Closes the time accounts of the units and buffers at `end` and reports them, with the lots
 *  still inside the line. The feed store is the engine's (des.ts). */
export function finishUnits(r: usize, end: f64, nUnits: i32, lotKg: f64): void {
  let wipLots: f64 = 0;
  let wipKg: f64 = 0;
  for (let u = 0; u < nUnits; u++) {
    setState(u, i32At(unitState, u), end);
    if (u > 0) setBuffer(u, i32At(bufCount, u), end);
    const s = i32At(unitState, u);
    if (s == ST_BUSY || s == ST_DOWN) {
      wipLots += 1;
      wipKg += lotKg * f64At(unitIn, u);
    } else if (s == ST_BLOCKED) {
      wipLots += 1;
      wipKg += lotKg * f64At(unitOut, u);
    }
    const count = <f64>i32At(bufCount, u);
    if (u > 0) {
      wipLots += count;
      wipKg += count * lotKg * f64At(unitIn, u);
    }
    const b = DR_UNITS + u * DRU_STRIDE;
    for (let k = 0; k < 4; k++) setF64(r, b + k, end > 0 ? f64At(unitTime, (u << 2) + k) / end : 0);
    setF64(r, b + DRU_FAILURES, f64At(unitFailures, u));
    setF64(r, b + DRU_LOTS, f64At(unitLots, u));
    const cap = i32At(bufCap, u);
    setF64(r, b + DRU_BUFFER_CAP_LOTS, cap == i32.MAX_VALUE ? -1 : <f64>cap);
  }
  for (let u = 1; u < nUnits; u++) {
    const mean = end > 0 ? f64At(bufIntegral, u) * lotKg * f64At(unitIn, u) / end : 0;
    setF64(r, DR_UNITS + u * DRU_STRIDE + DRU_BUFFER_MEAN_KG, mean);
  }
  setF64(r, DR_WIP_T, wipKg / 1000);
  setF64(r, DR_WIP_FEED_T, wipLots * lotKg / 1000);
}
