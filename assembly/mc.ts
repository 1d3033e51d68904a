// Monte Carlo inside the core (MODEL.md section 5): sampling of the uncertain inputs of one or
// two parameter blocks (before/after) and their steady-state evaluation, draw by draw, with
// no allocation in the loops. Offsets of the input blocks and the output buffer: mc-layout.ts.
//
// Random numbers are counter-based, so that draw i of input k is a pure function of
// (seed, key_k, stream_k, i): the same on whichever worker computes it and in whichever
// scenario uses the key. Before and after therefore share the draws of every shared input
// (common random numbers) and any split of the draws into blocks gives identical results.
// The generator is SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number
// generators", OOPSLA; the finaliser constants of Vigna's splitmix64.c), which is itself
// counter-based: output i of a stream is H(state0 + (i + 1)·γ), H the 64-bit finaliser and
// γ = 0x9E3779B97F4A7C15. Each (seed, key, stream) gets its own state0 by hashing:
// state0 = H(H(H(seed) ⊕ key) ⊕ (stream + 1)·γ). Every draw uses exactly one uniform per input
// and inverse-CDF sampling, so the tornado's quantiles and the Saltelli column swaps are exact.
// An input marked MI_QMC takes its uniforms from a scrambled Sobol′ point instead (sobol.ts):
// the quasi-random Saltelli designs of web/shared/analysis/sensitivity.ts.

import {
  P_SIZE, R_SIZE, P_COMPOSITION, P_PLASTIC_ROUTES, P_INERT_DUMPING, N_COMPONENTS, N_PLASTIC_ROUTES,
  R_PCDDF, V_AIR, R_PCDDF_TOTAL, R_DLPCB_TOTAL, R_PM25_KG, R_BC_KG, R_CO2_FOSSIL_T,
  R_CO2_ELECTRICITY_T, R_HCL_KG, R_ELECTRICITY_KWH, R_FRESH_WATER_M3, R_WASTEWATER_M3,
  R_BURNED_PLASTIC_T, R_PRODUCT_T, R_BRICK_COUNT, R_PROFIT,
} from "./layout";
import {
  DIST_FIXED, DIST_LOGNORMAL, DIST_TRIANGULAR, DIST_UNIFORM, DIST_NORMAL, GROUP_NONE, N_GROUPS,
  MI_KEY, MI_TARGET, MI_DIST, MI_P1, MI_P2, MI_P3, MI_P4, MI_GROUP, MI_LO, MI_HI, MI_STREAM,
  MI_QMC, MI_STRIDE, MB_N_INPUTS, MB_INPUTS, MC_MAX_INPUTS, MB_SIZE, MC_MAX_BLOCKS, N_HEADLINE,
  MC_OUT_CAPACITY, MC_OK, MC_ERR_TOO_MANY_DRAWS, MC_ERR_BAD_BLOCKS, MC_ERR_TOO_MANY_INPUTS,
  MC_ERR_BAD_INPUT,
} from "./mc-layout";
import { evaluateAt } from "./balance";
import { evaluateDraw, reuseNote, reuseStart } from "./mc-reuse";
import {
  mix64,
} from "./rng";
import { stdNormalCdf, stdNormalQuantile } from "./normal";
import {
  sobolReset,
} from "./sobol";
import { BATCH, GAMMA, MI_D1, MI_D2, MI_D3, MI_STATE, quantileAt, sampleColumn, uniformAt } from "./mc-sample";

/** Result-block slot of each headline figure, in HEADLINE_FIGURES order (result-types.ts). */
const HEADLINE_SLOTS: StaticArray<i32> = [
  R_PCDDF + V_AIR, R_PCDDF_TOTAL, R_DLPCB_TOTAL, R_PM25_KG, R_BC_KG, R_CO2_FOSSIL_T,
  R_CO2_ELECTRICITY_T, R_HCL_KG, R_ELECTRICITY_KWH, R_FRESH_WATER_M3, R_WASTEWATER_M3,
  R_BURNED_PLASTIC_T, R_PRODUCT_T, R_BRICK_COUNT, R_PROFIT,
];
/** First slot and length of each renormalisation group. */
const GROUP_START: StaticArray<i32> = [0, P_COMPOSITION, P_PLASTIC_ROUTES, P_INERT_DUMPING];
const GROUP_LENGTH: StaticArray<i32> = [0, N_COMPONENTS, N_PLASTIC_ROUTES, 2];
const MAX_GROUP_LENGTH = 8;

// Blocks, allocated on first use (a core that never runs Monte Carlo does not pay 2.5 MiB).
let inputs: StaticArray<f64> | null = null; // MC_MAX_BLOCKS × MB_SIZE
let bases: StaticArray<f64> | null = null; // MC_MAX_BLOCKS × P_SIZE
let works: StaticArray<f64> | null = null; // MC_MAX_BLOCKS × P_SIZE
let probs: StaticArray<f64> | null = null; // MC_MAX_BLOCKS × MC_MAX_INPUTS
let out: StaticArray<f64> | null = null; // MC_OUT_CAPACITY
// The sampled values of a batch of draws, a column of BATCH per sampled input (mc-sample.ts).
let columns: StaticArray<f64> | null = null; // MC_MAX_BLOCKS × MC_MAX_INPUTS × BATCH
const results = new StaticArray<f64>(R_SIZE);
// Per block and group: which slots are sampled (1) and the base sum of the unsampled ones.
const groupSampled = new StaticArray<u8>(MC_MAX_BLOCKS * N_GROUPS * MAX_GROUP_LENGTH);
const groupActive = new StaticArray<u8>(MC_MAX_BLOCKS * N_GROUPS);
const groupOthersBase = new StaticArray<f64>(MC_MAX_BLOCKS * N_GROUPS);
// Per block, decoded once by prepare() rather than at every draw: the inputs that are sampled
// (not fixed), with each one's distribution, target slot and whether it is quasi-random.
const sampledCount = new StaticArray<i32>(MC_MAX_BLOCKS);
const sampledInput = new StaticArray<i32>(MC_MAX_BLOCKS * MC_MAX_INPUTS);
const sampledDist = new StaticArray<i32>(MC_MAX_BLOCKS * MC_MAX_INPUTS);
const sampledTarget = new StaticArray<i32>(MC_MAX_BLOCKS * MC_MAX_INPUTS);
const sampledQmc = new StaticArray<u8>(MC_MAX_BLOCKS * MC_MAX_INPUTS);
// The column of each sampled input: its own (b × MC_MAX_INPUTS + j), or block 0's where the input
// draws exactly as one of block 0's (shareColumns: before and after share most inputs).
const sampledColumn = new StaticArray<i32>(MC_MAX_BLOCKS * MC_MAX_INPUTS);

function ensure(): void {
  if (inputs === null) {
    inputs = new StaticArray<f64>(MC_MAX_BLOCKS * MB_SIZE);
    bases = new StaticArray<f64>(MC_MAX_BLOCKS * P_SIZE);
    works = new StaticArray<f64>(MC_MAX_BLOCKS * P_SIZE);
    probs = new StaticArray<f64>(MC_MAX_BLOCKS * MC_MAX_INPUTS);
    out = new StaticArray<f64>(MC_OUT_CAPACITY);
    columns = new StaticArray<f64>(MC_MAX_BLOCKS * MC_MAX_INPUTS * BATCH);
  }
}

// @ts-ignore: decorator
@inline function inputBlock(b: i32): usize { return changetype<usize>(inputs) + (<usize>(b * MB_SIZE) << 3); }
// @ts-ignore: decorator
@inline function inputAt(b: i32, k: i32): usize { return inputBlock(b) + (<usize>(MB_INPUTS + k * MI_STRIDE) << 3); }
// @ts-ignore: decorator
@inline function baseBlock(b: i32): usize { return changetype<usize>(bases) + (<usize>(b * P_SIZE) << 3); }
// @ts-ignore: decorator
@inline function workBlock(b: i32): usize { return changetype<usize>(works) + (<usize>(b * P_SIZE) << 3); }
// @ts-ignore: decorator
@inline function slot(block: usize, i: i32): f64 { return load<f64>(block + (<usize>i << 3)); }
// @ts-ignore: decorator
@inline function setSlot(block: usize, i: i32, v: f64): void { store<f64>(block + (<usize>i << 3), v); }
// @ts-ignore: decorator
@inline function outPtr(): usize { return changetype<usize>(out); }

function inputCount(b: i32): i32 { return <i32>slot(inputBlock(b), MB_N_INPUTS); }

// ---------------------------------------------------------------------------------------------
// Counter-based uniforms (uniformAt: mc-sample.ts)

function streamState(seed: u64, key: u64, stream: u64): u64 {
  return mix64(mix64(mix64(seed) ^ key) ^ ((stream + 1) * GAMMA));
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** Adds input k of block b to the inputs sampleDraw draws, in input order. */
function noteSampled(b: i32, k: i32, dist: i32, target: i32, qmc: bool): void {
  const s = b * MC_MAX_INPUTS + unchecked(sampledCount[b]);
  unchecked(sampledInput[s] = k);
  unchecked(sampledDist[s] = dist);
  unchecked(sampledTarget[s] = target);
  unchecked(sampledQmc[s] = qmc ? 1 : 0);
  unchecked(sampledColumn[s] = s);
  unchecked(sampledCount[b] = sampledCount[b] + 1);
}

/** Checks the inputs of block b and computes their derived constants and stream states. */
function prepare(b: i32, seed: u64): i32 {
  const n = inputCount(b);
  if (n < 0 || n > MC_MAX_INPUTS) return MC_ERR_TOO_MANY_INPUTS;
  sobolReset(b, n);
  reuseStart(b);
  unchecked(sampledCount[b] = 0);
  const base = baseBlock(b);
  for (let g = 0; g < N_GROUPS; g++) {
    unchecked(groupActive[b * N_GROUPS + g] = 0);
    for (let j = 0; j < MAX_GROUP_LENGTH; j++) unchecked(groupSampled[(b * N_GROUPS + g) * MAX_GROUP_LENGTH + j] = 0);
  }
  for (let k = 0; k < n; k++) {
    const at = inputAt(b, k);
    const target = <i32>slot(at, MI_TARGET);
    const dist = <i32>slot(at, MI_DIST);
    const group = <i32>slot(at, MI_GROUP);
    if (target < 0 || target >= P_SIZE || dist < DIST_FIXED || dist > DIST_NORMAL || group < GROUP_NONE || group >= N_GROUPS) return MC_ERR_BAD_INPUT;
    const p1 = slot(at, MI_P1), p2 = slot(at, MI_P2), p3 = slot(at, MI_P3), p4 = slot(at, MI_P4);
    let d1 = 0.0, d2 = 0.0, d3 = 0.0;
    if (dist == DIST_LOGNORMAL) {
      d1 = Math.log(p2);
    } else if (dist == DIST_TRIANGULAR) {
      const width = p3 - p1;
      d1 = width > 0 ? (p2 - p1) / width : 0.0;
      d2 = width * (p2 - p1);
      d3 = width * (p3 - p2);
    } else if (dist == DIST_NORMAL && p2 > 0) {
      // Truncation by inverse CDF on [Φ(α), Φ(β)]; above the mean, on the reflected lower tail
      // so that probabilities near 1 keep their precision.
      const alpha = (p3 - p1) / p2, beta = (p4 - p1) / p2;
      const reflect = alpha > 0;
      d1 = reflect ? stdNormalCdf(-beta) : stdNormalCdf(alpha);
      d2 = reflect ? stdNormalCdf(-alpha) : stdNormalCdf(beta);
      d3 = reflect ? 1.0 : 0.0;
    }
    setSlot(at, MI_D1, d1);
    setSlot(at, MI_D2, d2);
    setSlot(at, MI_D3, d3);
    const state = streamState(seed, <u64>slot(at, MI_KEY), <u64>slot(at, MI_STREAM));
    store<u64>(at + (<usize>MI_STATE << 3), state);
    if (dist != DIST_FIXED) {
      noteSampled(b, k, dist, target, slot(at, MI_QMC) != 0);
      reuseNote(b, target);
    }
    if (group != GROUP_NONE && dist != DIST_FIXED) {
      const j = target - unchecked(GROUP_START[group]);
      if (j < 0 || j >= unchecked(GROUP_LENGTH[group])) return MC_ERR_BAD_INPUT;
      unchecked(groupActive[b * N_GROUPS + group] = 1);
      unchecked(groupSampled[(b * N_GROUPS + group) * MAX_GROUP_LENGTH + j] = 1);
    }
  }
  for (let g = 1; g < N_GROUPS; g++) {
    let others = 0.0;
    const start = unchecked(GROUP_START[g]);
    for (let j = 0; j < unchecked(GROUP_LENGTH[g]); j++) {
      if (unchecked(groupSampled[(b * N_GROUPS + g) * MAX_GROUP_LENGTH + j]) == 0) others += slot(base, start + j);
    }
    unchecked(groupOthersBase[b * N_GROUPS + g] = others);
  }
  return MC_OK;
}

/** Rescales the unsampled members of each active group of block b so that the group sums to 1;
 *  sampled members keep their values (MODEL.md 5) unless they alone exceed 1 (then all scale). */
function renormalise(b: i32, base: usize, work: usize): void {
  for (let g = 1; g < N_GROUPS; g++) {
    if (unchecked(groupActive[b * N_GROUPS + g]) == 0) continue;
    const start = unchecked(GROUP_START[g]);
    const len = unchecked(GROUP_LENGTH[g]);
    const flags = (b * N_GROUPS + g) * MAX_GROUP_LENGTH;
    let sampled = 0.0;
    for (let j = 0; j < len; j++) if (unchecked(groupSampled[flags + j]) != 0) sampled += slot(work, start + j);
    const others = unchecked(groupOthersBase[b * N_GROUPS + g]);
    if (sampled <= 1.0 && others > 0) {
      const scale = (1.0 - sampled) / others;
      for (let j = 0; j < len; j++) {
        if (unchecked(groupSampled[flags + j]) == 0) setSlot(work, start + j, slot(base, start + j) * scale);
      }
    } else if (sampled > 0) {
      const scale = 1.0 / sampled;
      for (let j = 0; j < len; j++) {
        setSlot(work, start + j, unchecked(groupSampled[flags + j]) != 0 ? slot(work, start + j) * scale : 0.0);
      }
    }
  }
}

/** Samples draws [i0, i0 + m), m ≤ BATCH, of every sampled input of block b with a column of its
 *  own: the value of input j at draw i0 + t (quantileAt, then clamped) at columns[c × BATCH + t],
 *  c = b × MC_MAX_INPUTS + j. (Block 0's batch is sampled before block 1 reads a shared column.) */
function sampleBatch(b: i32, i0: u64, m: i32): void {
  const cols = changetype<usize>(columns);
  const count = unchecked(sampledCount[b]);
  for (let j = 0; j < count; j++) {
    const s = b * MC_MAX_INPUTS + j;
    if (unchecked(sampledColumn[s]) != s) continue;
    const k = unchecked(sampledInput[s]);
    sampleColumn(inputAt(b, k), unchecked(sampledDist[s]), b, k, unchecked(sampledQmc[s]) != 0, i0, m, cols + (<usize>(s * BATCH) << 3));
  }
}

/** Writes draw t of the batch into the work block of block b, in input order, and renormalises. */
function setDraw(b: i32, t: i32): void {
  const work = workBlock(b);
  const cols = changetype<usize>(columns) + (<usize>t << 3);
  const count = unchecked(sampledCount[b]);
  for (let j = 0; j < count; j++) {
    const s = b * MC_MAX_INPUTS + j;
    setSlot(work, unchecked(sampledTarget[s]), load<f64>(cols + (<usize>(unchecked(sampledColumn[s]) * BATCH) << 3)));
  }
  renormalise(b, baseBlock(b), work);
}

// Slots that decide an input's draws: its stream state, distribution, parameters and range.
const DRAW_SLOTS: StaticArray<i32> = [MI_STATE, MI_DIST, MI_P1, MI_P2, MI_P3, MI_P4, MI_D1, MI_D2, MI_D3, MI_LO, MI_HI];

/** Block 1's pseudo-random sampled inputs whose draws are bit for bit those of one of block 0's
 *  (the same slots, compared as bits) read block 0's column instead of sampling their own. */
function shareColumns(): void {
  for (let j1 = 0; j1 < unchecked(sampledCount[1]); j1++) {
    const s1 = MC_MAX_INPUTS + j1;
    if (unchecked(sampledQmc[s1]) != 0) continue;
    const a1 = inputAt(1, unchecked(sampledInput[s1]));
    for (let j0 = 0; j0 < unchecked(sampledCount[0]); j0++) {
      if (unchecked(sampledQmc[j0]) != 0) continue;
      const a0 = inputAt(0, unchecked(sampledInput[j0]));
      let same = true;
      for (let i = 0; i < DRAW_SLOTS.length && same; i++) {
        const o = <usize>unchecked(DRAW_SLOTS[i]) << 3;
        same = load<u64>(a0 + o) == load<u64>(a1 + o);
      }
      if (same) {
        unchecked(sampledColumn[s1] = j0);
        break;
      }
    }
  }
}

function startBlocks(nBlocks: i32, seed: u64): i32 {
  for (let b = 0; b < nBlocks; b++) {
    const code = prepare(b, seed);
    if (code != MC_OK) return code;
    memory.copy(workBlock(b), baseBlock(b), <usize>P_SIZE << 3);
  }
  return MC_OK;
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** Input block b (0 before, 1 after): MB_N_INPUTS then MC_MAX_INPUTS inputs of MI_STRIDE. */
export function mcInputsPtr(b: i32): usize { ensure(); return inputBlock(b); }
/** Base parameter block b (layout.ts), the values of every input that is not sampled. */
export function mcBasePtr(b: i32): usize { ensure(); return baseBlock(b); }
/** Work block b: after mcSample(…, n = 1) it holds the full parameter block of that draw. */
export function mcWorkPtr(b: i32): usize { ensure(); return workBlock(b); }
/** Probabilities for mcEvalAt: MC_MAX_INPUTS per block; NaN keeps the base value. */
export function mcProbsPtr(b: i32): usize { ensure(); return changetype<usize>(probs) + (<usize>(b * MC_MAX_INPUTS) << 3); }
/** The output buffer (MC_OUT_CAPACITY f64). */
export function mcOutPtr(): usize { ensure(); return outPtr(); }

/** Evaluates draws [i0, i0 + n) of blocks 0..nBlocks-1 (paired: shared keys share draws) and
 *  writes the headline figures to out[(b × N_HEADLINE + f) × n + d]. Returns MC_OK or an error. */
export function mcRun(seed: f64, nBlocks: i32, i0: f64, n: i32): i32 {
  ensure();
  if (nBlocks < 1 || nBlocks > MC_MAX_BLOCKS) return MC_ERR_BAD_BLOCKS;
  if (n < 0 || n * nBlocks * N_HEADLINE > MC_OUT_CAPACITY) return MC_ERR_TOO_MANY_DRAWS;
  const code = startBlocks(nBlocks, <u64>seed);
  if (code != MC_OK) return code;
  if (nBlocks == 2) shareColumns();
  const first = <u64>i0;
  const o = outPtr();
  const rp = changetype<usize>(results);
  for (let d0 = 0; d0 < n; d0 += BATCH) {
    const m = min(BATCH, n - d0);
    for (let b = 0; b < nBlocks; b++) sampleBatch(b, first + <u64>d0, m);
    for (let b = 0; b < nBlocks; b++) {
      const work = workBlock(b);
      const row = o + (<usize>(b * N_HEADLINE * n + d0) << 3);
      for (let t = 0; t < m; t++) {
        setDraw(b, t);
        evaluateDraw(b, work, rp, d0 == 0 && t == 0);
        for (let f = 0; f < N_HEADLINE; f++) {
          store<f64>(row + (<usize>(f * n + t) << 3), load<f64>(rp + (<usize>unchecked(HEADLINE_SLOTS[f]) << 3)));
        }
      }
    }
  }
  return MC_OK;
}

/** Samples draws [i0, i0 + n) of block b without evaluating: out[k × n + d] is the value that
 *  input k takes in the parameter block (after clamping and renormalisation). */
export function mcSample(seed: f64, b: i32, i0: f64, n: i32): i32 {
  ensure();
  if (b < 0 || b >= MC_MAX_BLOCKS) return MC_ERR_BAD_BLOCKS;
  const count = inputCount(b);
  if (n < 0 || n * count > MC_OUT_CAPACITY) return MC_ERR_TOO_MANY_DRAWS;
  const code = prepare(b, <u64>seed);
  if (code != MC_OK) return code;
  const work = workBlock(b);
  memory.copy(work, baseBlock(b), <usize>P_SIZE << 3);
  const o = outPtr();
  const first = <u64>i0;
  for (let d0 = 0; d0 < n; d0 += BATCH) {
    const m = min(BATCH, n - d0);
    sampleBatch(b, first + <u64>d0, m);
    for (let t = 0; t < m; t++) {
      setDraw(b, t);
      for (let k = 0; k < count; k++) {
        store<f64>(o + (<usize>(k * n + d0 + t) << 3), slot(work, <i32>slot(inputAt(b, k), MI_TARGET)));
      }
    }
  }
  return MC_OK;
}

/** One evaluation of blocks 0..nBlocks-1 with each input at the probability given in
 *  mcProbsPtr(b) (the tornado's P5/P50/P95); writes out[b × N_HEADLINE + f]. */
export function mcEvalAt(nBlocks: i32): i32 {
  ensure();
  if (nBlocks < 1 || nBlocks > MC_MAX_BLOCKS) return MC_ERR_BAD_BLOCKS;
  const code = startBlocks(nBlocks, 0);
  if (code != MC_OK) return code;
  const o = outPtr();
  const rp = changetype<usize>(results);
  for (let b = 0; b < nBlocks; b++) {
    const base = baseBlock(b);
    const work = workBlock(b);
    const pp = changetype<usize>(probs) + (<usize>(b * MC_MAX_INPUTS) << 3);
    const count = inputCount(b);
    for (let k = 0; k < count; k++) {
      const at = inputAt(b, k);
      const u = load<f64>(pp + (<usize>k << 3));
      if (isNaN(u) || <i32>slot(at, MI_DIST) == DIST_FIXED) continue;
      const target = <i32>slot(at, MI_TARGET);
      const x = quantileAt(at, <i32>slot(at, MI_DIST), min(max(u, 1e-300), 1.0 - 1.1102230246251565e-16), slot(base, target));
      setSlot(work, target, min(max(x, slot(at, MI_LO)), slot(at, MI_HI)));
    }
    renormalise(b, base, work);
    evaluateAt(work, rp);
    for (let f = 0; f < N_HEADLINE; f++) {
      store<f64>(o + (<usize>(b * N_HEADLINE + f) << 3), load<f64>(rp + (<usize>unchecked(HEADLINE_SLOTS[f]) << 3)));
    }
  }
  return MC_OK;
}

/** The inverse CDF of input k of block b at probability u (before clamping); NaN on error. */
export function mcQuantile(b: i32, k: i32, u: f64): f64 {
  ensure();
  if (b < 0 || b >= MC_MAX_BLOCKS || k < 0 || k >= inputCount(b)) return NaN;
  if (prepare(b, 0) != MC_OK) return NaN;
  const at = inputAt(b, k);
  return quantileAt(at, <i32>slot(at, MI_DIST), u, slot(baseBlock(b), <i32>slot(at, MI_TARGET)));
}

/** Uniform number i of the stream (seed, key, stream): exposed for tests of the generator. */
export function mcUniform(seed: f64, key: f64, stream: f64, i: f64): f64 {
  return uniformAt(streamState(<u64>seed, <u64>key, <u64>stream), <u64>i);
}

/** Φ and Φ⁻¹ of the standard normal, exposed for tests. */
export function mcNormalCdf(x: f64): f64 { return stdNormalCdf(x); }
export function mcNormalQuantile(p: f64): f64 { return stdNormalQuantile(p); }
