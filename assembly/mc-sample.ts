// Sampling of the Monte Carlo (mc.ts) a column at a time: one input over a batch of consecutive
// draws, its uniforms first (integer work), then its inverse CDF in loops of its own distribution
// with the input's constants held in locals. Φ⁻¹'s central region, the affine maps and the clamps
// run two draws at a time in f64x2 lanes, whose add, sub, mul, div, min and max round exactly as
// the scalar operations do (WebAssembly SIMD), and Φ⁻¹'s tails and exp one draw at a time.
// Every value is computed by the same operations in the same order as one draw at a time
// (quantileAt of mc.ts), so the draws are bit for bit those of the draw-by-draw sampler.

import {
  DIST_LOGNORMAL, DIST_TRIANGULAR, DIST_UNIFORM, DIST_NORMAL, MI_P1, MI_P2, MI_P3, MI_P4, MI_LO, MI_HI,
} from "./mc-layout";
import { mix64 } from "./rng";
import { centralQuantile, quantileTail, stdNormalQuantile } from "./normal";
import { sobolUniform } from "./sobol";

// Derived constants of one input (its scratch slots in the input block, written by mc.ts's prepare()).
export const MI_D1 = 11;
export const MI_D2 = 12;
export const MI_D3 = 13;
export const MI_STATE = 14; // u64 stream state0, stored as raw bits

/** Draws sampled a column at a time (mc.ts runs its draws in batches of this many). */
export const BATCH = 64;
// The draws of a column whose probability is in Φ⁻¹'s tails, computed after the central ones.
const tails = new StaticArray<i32>(BATCH + 1); // one more: the branch-free noting writes ahead

export const GAMMA: u64 = 0x9E3779B97F4A7C15;

// @ts-ignore: decorator
@inline function slot(block: usize, i: i32): f64 { return load<f64>(block + (<usize>i << 3)); }
// @ts-ignore: decorator
@inline function at8(p: usize, t: i32): usize { return p + (<usize>t << 3); }

/** Uniform number i of the stream whose state0 is given, in the open interval (0, 1): the top 53
 *  bits, centred in their cell. (The shifted word is below 2^53, so its signed and unsigned
 *  conversions are the same number; the signed one is a single instruction.) */
// @ts-ignore: decorator
@inline export function uniformAt(state0: u64, i: u64): f64 {
  return (<f64><i64>(mix64(state0 + (i + 1) * GAMMA) >> 11) + 0.5) * 1.1102230246251565e-16; // 2^-53
}

/** dst[t] = the uniform of draw i0 + t of input k of block b (input slots at `at`), t < m. */
function uniforms(at: usize, b: i32, k: i32, qmc: bool, i0: u64, m: i32, dst: usize): void {
  if (qmc) {
    for (let t = 0; t < m; t++) store<f64>(at8(dst, t), sobolUniform(b, k, i0 + <u64>t));
    return;
  }
  // state0 + (i + 1)·γ, stepped by γ: the same 64-bit sums, modulo 2^64.
  let c = load<u64>(at + (<usize>MI_STATE << 3)) + (i0 + 1) * GAMMA;
  for (let t = 0; t < m; t++) {
    store<f64>(at8(dst, t), (<f64><i64>(mix64(c) >> 11) + 0.5) * 1.1102230246251565e-16);
    c += GAMMA;
  }
}

/** dst[t] ← Φ⁻¹(dst[t]) for t < m: the central region two draws at a time (f64x2: each lane
 *  rounds as the scalar operations do), then the tails (≈ 15 %) one by one. */
function quantiles(m: i32, dst: usize): void {
  let n = 0;
  let t = 0;
  for (; t + 1 < m; t += 2) {
    const p = v128.load(at8(dst, t));
    const q = f64x2.sub(p, c2(17));
    const central = f64x2.le(f64x2.abs(q), c2(18));
    v128.store(at8(dst, t), v128.bitselect(centralQuantile2(q), p, central));
    // The tails noted without a branch (which lanes are tails is as random as the draws): each
    // lane's index is written, and kept by counting it only when the lane is a tail.
    unchecked(tails[n] = t);
    n += 1 + <i32>i64x2.extract_lane(central, 0); // the mask is −1 (central) or 0 (tail)
    unchecked(tails[n] = t + 1);
    n += 1 + <i32>i64x2.extract_lane(central, 1);
  }
  if (t < m) {
    const q = load<f64>(at8(dst, t)) - 0.5;
    if (Math.abs(q) <= 0.425) store<f64>(at8(dst, t), centralQuantile(q));
    else unchecked(tails[n++] = t);
  }
  for (let j = 0; j < n; j++) {
    const at = at8(dst, unchecked(tails[j]));
    const p = load<f64>(at);
    store<f64>(at, quantileTail(p, p - 0.5));
  }
}

// centralQuantile's constants (normal.ts) for both lanes, read from memory rather than built into
// the code at each use: the numerator's 8 coefficients, the denominator's 8, then 0.180625, ½, 0.425.
const CQ2 = memory.data<f64>([
  2.5090809287301226727e+3, 2.5090809287301226727e+3, 3.3430575583588128105e+4, 3.3430575583588128105e+4,
  6.7265770927008700853e+4, 6.7265770927008700853e+4, 4.5921953931549871457e+4, 4.5921953931549871457e+4,
  1.3731693765509461125e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3, 1.9715909503065514427e+3,
  1.3314166789178437745e+2, 1.3314166789178437745e+2, 3.3871328727963666080e+0, 3.3871328727963666080e+0,
  5.2264952788528545610e+3, 5.2264952788528545610e+3, 2.8729085735721942674e+4, 2.8729085735721942674e+4,
  3.9307895800092710610e+4, 3.9307895800092710610e+4, 2.1213794301586595867e+4, 2.1213794301586595867e+4,
  5.3941960214247511077e+3, 5.3941960214247511077e+3, 6.8718700749205790830e+2, 6.8718700749205790830e+2,
  4.2313330701600911252e+1, 4.2313330701600911252e+1, 1.0, 1.0,
  0.180625, 0.180625, 0.5, 0.5,
  0.425, 0.425,
], 16);
// @ts-ignore: decorator
@inline function c2(i: i32): v128 { return v128.load(CQ2 + (<usize>i << 4)); }
// @ts-ignore: decorator
@inline function step(acc: v128, r: v128, i: i32): v128 { return f64x2.add(f64x2.mul(acc, r), c2(i)); }

/** centralQuantile (normal.ts) on two lanes, operation for operation. */
// @ts-ignore: decorator
@inline function centralQuantile2(q: v128): v128 {
  const r = f64x2.sub(c2(16), f64x2.mul(q, q));
  let a = step(c2(0), r, 1);
  a = step(a, r, 2); a = step(a, r, 3); a = step(a, r, 4); a = step(a, r, 5); a = step(a, r, 6); a = step(a, r, 7);
  let b = step(c2(8), r, 9);
  b = step(b, r, 10); b = step(b, r, 11); b = step(b, r, 12); b = step(b, r, 13); b = step(b, r, 14); b = step(b, r, 15);
  return f64x2.div(f64x2.mul(q, a), b);
}

/** dst[t] ← c + dst[t]·w, or c + (1 − dst[t])·w with `flip`, for t < m (two lanes at a time). */
function affine(m: i32, dst: usize, c: f64, w: f64, flip: bool): void {
  const C = f64x2.splat(c), W = f64x2.splat(w), ONE = f64x2.splat(1.0);
  let t = 0;
  for (; t + 1 < m; t += 2) {
    const u = v128.load(at8(dst, t));
    v128.store(at8(dst, t), f64x2.add(C, f64x2.mul(flip ? f64x2.sub(ONE, u) : u, W)));
  }
  if (t < m) {
    const u = load<f64>(at8(dst, t));
    store<f64>(at8(dst, t), c + (flip ? 1.0 - u : u) * w);
  }
}

/** dst[t] ← min(max(dst[t], lo), hi) for t < m (two lanes at a time: the same min and max). */
function clamp(m: i32, dst: usize, lo: f64, hi: f64): void {
  const LO = f64x2.splat(lo), HI = f64x2.splat(hi);
  let t = 0;
  for (; t + 1 < m; t += 2) v128.store(at8(dst, t), f64x2.min(f64x2.max(v128.load(at8(dst, t)), LO), HI));
  if (t < m) store<f64>(at8(dst, t), min(max(load<f64>(at8(dst, t)), lo), hi));
}

/** The truncated normal of quantileAt (mc.ts) on the uniforms in dst, then clamped to [lo, hi]. */
function normalColumn(at: usize, m: i32, dst: usize, lo: f64, hi: f64): void {
  const p1 = slot(at, MI_P1), p2 = slot(at, MI_P2), a = slot(at, MI_P3), z = slot(at, MI_P4);
  if (!(p2 > 0)) {
    const x = min(max(p1, a), z);
    for (let t = 0; t < m; t++) store<f64>(at8(dst, t), min(max(x, lo), hi));
    return;
  }
  const pa = slot(at, MI_D1), pb = slot(at, MI_D2);
  if (pb - pa <= 0) {
    const x = min(max(Math.abs(a - p1) < Math.abs(z - p1) ? a : z, a), z);
    for (let t = 0; t < m; t++) store<f64>(at8(dst, t), min(max(x, lo), hi));
    return;
  }
  const reflect = slot(at, MI_D3) != 0;
  affine(m, dst, pa, pb - pa, reflect);
  quantiles(m, dst);
  // x = p1 ± p2·Φ⁻¹, clamped to the truncation [a, z], then to [lo, hi]
  const P1 = f64x2.splat(p1), P2 = f64x2.splat(p2), A = f64x2.splat(a), Z = f64x2.splat(z), LO = f64x2.splat(lo), HI = f64x2.splat(hi);
  let t = 0;
  for (; t + 1 < m; t += 2) {
    const y = f64x2.mul(P2, v128.load(at8(dst, t)));
    const x = reflect ? f64x2.sub(P1, y) : f64x2.add(P1, y);
    v128.store(at8(dst, t), f64x2.min(f64x2.max(f64x2.min(f64x2.max(x, A), Z), LO), HI));
  }
  if (t < m) {
    const y = p2 * load<f64>(at8(dst, t));
    store<f64>(at8(dst, t), min(max(min(max(reflect ? p1 - y : p1 + y, a), z), lo), hi));
  }
}

/** dst[t], t < m: the value input k of block b (slots at `at`, distribution `dist`, not fixed)
 *  takes at draw i0 + t, clamped to its valid range, as quantileAt and the clamp of mc.ts give it. */
export function sampleColumn(at: usize, dist: i32, b: i32, k: i32, qmc: bool, i0: u64, m: i32, dst: usize): void {
  uniforms(at, b, k, qmc, i0, m, dst);
  const lo = slot(at, MI_LO), hi = slot(at, MI_HI);
  const p1 = slot(at, MI_P1), p2 = slot(at, MI_P2);
  if (dist == DIST_LOGNORMAL) {
    const s = slot(at, MI_D1);
    quantiles(m, dst);
    for (let t = 0; t < m; t++) store<f64>(at8(dst, t), p1 * Math.exp(s * load<f64>(at8(dst, t))));
    clamp(m, dst, lo, hi);
  } else if (dist == DIST_UNIFORM) {
    affine(m, dst, p1, p2 - p1, false);
    clamp(m, dst, lo, hi);
  } else if (dist == DIST_TRIANGULAR) {
    const c = slot(at, MI_D1), d2 = slot(at, MI_D2), d3 = slot(at, MI_D3), p3 = slot(at, MI_P3);
    for (let t = 0; t < m; t++) {
      const u = load<f64>(at8(dst, t));
      const x = u < c ? p1 + Math.sqrt(u * d2) : p3 - Math.sqrt((1.0 - u) * d3);
      store<f64>(at8(dst, t), min(max(x, lo), hi));
    }
  } else if (dist == DIST_NORMAL) {
    normalColumn(at, m, dst, lo, hi);
  }
}

/** The value of input `at` (of distribution `dist`) at probability u (inverse CDF), before clamping. */
export function quantileAt(at: usize, dist: i32, u: f64, baseValue: f64): f64 {
  const p1 = slot(at, MI_P1), p2 = slot(at, MI_P2);
  if (dist == DIST_LOGNORMAL) return p1 * Math.exp(slot(at, MI_D1) * stdNormalQuantile(u));
  if (dist == DIST_UNIFORM) return p1 + u * (p2 - p1);
  if (dist == DIST_TRIANGULAR) {
    return u < slot(at, MI_D1)
      ? p1 + Math.sqrt(u * slot(at, MI_D2))
      : slot(at, MI_P3) - Math.sqrt((1.0 - u) * slot(at, MI_D3));
  }
  if (dist == DIST_NORMAL) {
    const lo = slot(at, MI_P3), hi = slot(at, MI_P4);
    if (!(p2 > 0)) return min(max(p1, lo), hi);
    const pa = slot(at, MI_D1), pb = slot(at, MI_D2);
    let x: f64;
    if (pb - pa <= 0) {
      // No representable probability mass between the bounds (beyond ~37 sd): the nearer bound.
      x = Math.abs(lo - p1) < Math.abs(hi - p1) ? lo : hi;
    } else if (slot(at, MI_D3) != 0) {
      x = p1 - p2 * stdNormalQuantile(pa + (1.0 - u) * (pb - pa));
    } else {
      x = p1 + p2 * stdNormalQuantile(pa + u * (pb - pa));
    }
    return min(max(x, lo), hi);
  }
  return baseValue;
}
