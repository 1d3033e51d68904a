// The whole export surface of the Wasm core: the steady state (steady.ts, also built alone),
// line dynamics (des.ts), Monte Carlo (mc.ts, mc-reuse.ts) and the Sobol points (sobol.ts).

export * from "./steady";
export * from "./des";
export * from "./mc";
export { mcSobolPtr } from "./sobol";
export { mcBalanceReads } from "./mc-reuse";
