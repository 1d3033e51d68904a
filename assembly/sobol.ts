// Scrambled Sobol′ points inside the core (quasi-random Saltelli designs, MODEL.md section 5):
// coordinate of point i = (x + ½)·2^−32 with x = shift ⊕ (⊕ of the generator's columns over the
// set bits of the Gray code i ⊕ (i >> 1)). The generators (Joe & Kuo 2008 direction numbers,
// linearly scrambled and shifted per seed and dimension) are written by web/shared/analysis/sobol.ts,
// which documents them and computes the same coordinates for tests. A point depends on its index
// alone, so any split of the draws into blocks gives the same points.
//
// Consecutive points differ in one column (Gray code: g(i) ⊕ g(i − 1) is the lowest set bit of
// i), so a run of draws costs one XOR per coordinate (Antonov & Saleev 1979); the first draw of a
// call, or any jump, is computed from its index.

import { MC_MAX_BLOCKS, MC_MAX_INPUTS, QMC_BITS, QMC_STRIDE } from "./mc-layout";

// MC_MAX_BLOCKS × MC_MAX_INPUTS generators, allocated on first use (264 KiB).
let generators: StaticArray<u32> | null = null;
// Per input, the last point computed (index, x), for the one-XOR step to the next.
const lastIndex = new StaticArray<u64>(MC_MAX_BLOCKS * MC_MAX_INPUTS);
const lastX = new StaticArray<u32>(MC_MAX_BLOCKS * MC_MAX_INPUTS);
const NONE: u64 = u64.MAX_VALUE;

function ensureGenerators(): usize {
  if (generators === null) generators = new StaticArray<u32>(MC_MAX_BLOCKS * MC_MAX_INPUTS * QMC_STRIDE);
  return changetype<usize>(generators);
}

/** Generators of block b: input k's at offset k × QMC_STRIDE (u32 words). */
export function mcSobolPtr(b: i32): usize {
  return ensureGenerators() + (<usize>(b * MC_MAX_INPUTS * QMC_STRIDE) << 2);
}

/** Forgets the last points of block b (its generators may have been rewritten since). */
export function sobolReset(b: i32, n: i32): void {
  for (let k = 0; k < n; k++) unchecked(lastIndex[b * MC_MAX_INPUTS + k] = NONE);
}

/** Coordinate of point i (< 2^32) for input k of block b, in the open interval (0, 1). */
export function sobolUniform(b: i32, k: i32, i: u64): f64 {
  const at = changetype<usize>(generators) + (<usize>((b * MC_MAX_INPUTS + k) * QMC_STRIDE) << 2);
  const s = b * MC_MAX_INPUTS + k;
  let x: u32;
  if (i > 0 && unchecked(lastIndex[s]) == i - 1) {
    x = unchecked(lastX[s]) ^ load<u32>(at + (<usize>ctz(i) << 2));
  } else {
    let g = <u32>(i ^ (i >> 1));
    x = load<u32>(at + (<usize>QMC_BITS << 2));
    while (g != 0) {
      x ^= load<u32>(at + (<usize>ctz(g) << 2));
      g &= g - 1;
    }
  }
  unchecked(lastIndex[s] = i);
  unchecked(lastX[s] = x);
  return (<f64>x + 0.5) * 2.3283064365386963e-10; // 2^-32
}
