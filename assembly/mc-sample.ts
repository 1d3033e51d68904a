// Sampling of the Monte Carlo (mc.ts) a column at a time: one input over a batch of consecutive
// draws, its uniforms first (integer work) and then its inverse CDF in a loop of its own
// distribution, with the input's constants held in locals and Φ⁻¹'s central region inlined.
// Every value is computed by the same operations in the same order as one draw at a time
// (quantileAt of mc.ts), so the draws are bit for bit those of the draw-by-draw sampler.

import {
  DIST_LOGNORMAL, DIST_TRIANGULAR, DIST_UNIFORM, DIST_NORMAL, MI_P1, MI_P2, MI_P3, MI_P4, MI_LO, MI_HI,
} from "./mc-layout";
import { mix64 } from "./rng";
import { normalQuantile } from "./normal";
import { sobolUniform } from "./sobol";

// Derived constants of one input (its scratch slots in the input block, written by mc.ts's prepare()).
export const MI_D1 = 11;
export const MI_D2 = 12;
export const MI_D3 = 13;
export const MI_STATE = 14; // u64 stream state0, stored as raw bits

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
  const w = pb - pa;
  if (slot(at, MI_D3) != 0) {
    for (let t = 0; t < m; t++) {
      const x = p1 - p2 * normalQuantile(pa + (1.0 - load<f64>(at8(dst, t))) * w);
      store<f64>(at8(dst, t), min(max(min(max(x, a), z), lo), hi));
    }
  } else {
    for (let t = 0; t < m; t++) {
      const x = p1 + p2 * normalQuantile(pa + load<f64>(at8(dst, t)) * w);
      store<f64>(at8(dst, t), min(max(min(max(x, a), z), lo), hi));
    }
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
    for (let t = 0; t < m; t++) {
      const x = p1 * Math.exp(s * normalQuantile(load<f64>(at8(dst, t))));
      store<f64>(at8(dst, t), min(max(x, lo), hi));
    }
  } else if (dist == DIST_UNIFORM) {
    const w = p2 - p1;
    for (let t = 0; t < m; t++) store<f64>(at8(dst, t), min(max(p1 + load<f64>(at8(dst, t)) * w, lo), hi));
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
