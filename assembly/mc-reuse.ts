// Monte Carlo draws that move none of the balance's parameters (MODEL.md 3, steps 1–12: masses,
// energy, water) reuse the balance of the call's first draw: most uncertain inputs are emission
// factors, release parameters and prices, which only the releases and the economics read. The
// balance is a function of the parameters it reads alone, so the reused block is bit for bit the
// one each draw would compute, and every figure is unchanged.

import {
  P_FEED_PRICE, P_SAND_PRICE, P_BRICK_WORKERS, P_PRICE_PRODUCT, P_GRID_CO2_PER_MWH, P_EF,
  EF_STRIDE, N_SOURCES, P_RELEASE_METHOD, P_HCL_RELEASE, P_OTHER_COST_PER_YEAR,
  P_OTHER_COST_PER_T_PRODUCT, R_UNITS,
} from "./layout";
import { MC_MAX_BLOCKS } from "./mc-layout";
import { afterBalance, balanceAt, evaluateAt } from "./balance";
import { setBlocks } from "./block";

/** Whether the balance (balance.ts, balanceAt) reads parameter slot i. It does not read the
 *  prices but the feed's, the emission factors, the release method, chlorine and HCl parameters
 *  and the other costs (checked against balance.ts's source by test/unit/mc-reuse.test.ts). */
export function balanceReads(i: i32): bool {
  if (i == P_FEED_PRICE || (i >= P_SAND_PRICE && i <= P_BRICK_WORKERS)) return false;
  if (i >= P_PRICE_PRODUCT && i <= P_GRID_CO2_PER_MWH) return false; // prices, grid CO2
  if (i >= P_EF && i < P_EF + N_SOURCES * EF_STRIDE) return false;
  if (i >= P_RELEASE_METHOD && i < P_HCL_RELEASE + N_SOURCES) return false; // method, chlorine, HCl
  return i < P_OTHER_COST_PER_YEAR || i > P_OTHER_COST_PER_T_PRODUCT;
}

// Per block: 1 while no sampled input is one the balance reads (prepare() of mc.ts says which).
const reusable = new StaticArray<u8>(MC_MAX_BLOCKS);
// Per block, the result block below R_UNITS as the balance of the call's first draw left it:
// all the releases and the economics read or write (the units' rows are the balance's own).
const kept = new StaticArray<f64>(MC_MAX_BLOCKS * R_UNITS);

/** Starts a block's inputs: reusable until an input the balance reads is sampled. */
export function reuseStart(b: i32): void { unchecked(reusable[b] = 1); }

/** Notes that input target `target` of block b is sampled. */
export function reuseNote(b: i32, target: i32): void {
  if (balanceReads(target)) unchecked(reusable[b] = 0);
}

/** Evaluates draw `work` of block b into `results`: the whole model, or, for a reusable block,
 *  the balance kept at the call's first draw (`first`) then the releases and the economics. */
export function evaluateDraw(b: i32, work: usize, results: usize, first: bool): void {
  if (unchecked(reusable[b]) == 0) {
    evaluateAt(work, results);
    return;
  }
  const keep = changetype<usize>(kept) + (<usize>(b * R_UNITS) << 3);
  if (first) {
    balanceAt(work, results);
    memory.copy(keep, results, <usize>R_UNITS << 3);
  } else {
    setBlocks(work, results);
    memory.copy(results, keep, <usize>R_UNITS << 3);
  }
  afterBalance();
}

/** balanceReads, exposed for the test that checks it against balance.ts. */
export function mcBalanceReads(i: i32): i32 { return balanceReads(i) ? 1 : 0; }
