// The only export surface of the Wasm core: numbers in, numbers out. TypeScript writes a
// parameter block (layout.ts) at paramsPtr(), calls evaluate(), and reads the result block
// at resultsPtr(). Both blocks are allocated once here; evaluations never allocate.

import { P_SIZE, R_SIZE } from "./layout";
import { evaluateAt } from "./balance";

const params = new StaticArray<f64>(P_SIZE);
const results = new StaticArray<f64>(R_SIZE);

/** Version of the numeric contract; bump when layout.ts changes meaning. */
export const LAYOUT_VERSION: i32 = 1;

export function paramsPtr(): usize { return changetype<usize>(params); }
export function resultsPtr(): usize { return changetype<usize>(results); }
export function paramsSize(): i32 { return P_SIZE; }
export function resultsSize(): i32 { return R_SIZE; }

/** One steady-state evaluation (MODEL.md section 3) of the parameter block. */
export function evaluate(): void { evaluateAt(changetype<usize>(params), changetype<usize>(results)); }

/** Runs `n` evaluations of the same block (benchmarks: the cost inside the core). */
export function evaluateRepeat(n: i32): void {
  const pp = changetype<usize>(params);
  const rp = changetype<usize>(results);
  for (let i = 0; i < n; i++) evaluateAt(pp, rp);
}
export * from "./des";
export * from "./mc";
export { mcSobolPtr } from "./sobol";
export { mcBalanceReads } from "./mc-reuse";
// Fault injection for tests (faults.ts); the app never calls it.
export { faultForTest } from "./faults";
