// The parameter and result blocks of the evaluation running now, and their accessors: shared by
// the steps of the steady state (balance.ts), the releases (releases.ts) and the economics
// (economics.ts). Offsets are in layout.ts.

import { P_UNITS, U_STRIDE, P_EF, EF_STRIDE, R_SOURCES, RS_STRIDE } from "./layout";

export let pb: usize = 0; // parameter block
export let rb: usize = 0; // result block

export function setBlocks(params: usize, results: usize): void {
  pb = params;
  rb = results;
}

// @ts-ignore: decorator
@inline export function p(i: i32): f64 { return load<f64>(pb + (<usize>i << 3)); }
// @ts-ignore: decorator
@inline export function u(unit: i32, field: i32): f64 { return load<f64>(pb + (<usize>(P_UNITS + unit * U_STRIDE + field) << 3)); }
// @ts-ignore: decorator
@inline export function ef(source: i32, field: i32): f64 { return load<f64>(pb + (<usize>(P_EF + source * EF_STRIDE + field) << 3)); }
// @ts-ignore: decorator
@inline export function r(i: i32): f64 { return load<f64>(rb + (<usize>i << 3)); }
// @ts-ignore: decorator
@inline export function set(i: i32, v: f64): void { store<f64>(rb + (<usize>i << 3), v); }
// @ts-ignore: decorator
@inline export function add(i: i32, v: f64): void { store<f64>(rb + (<usize>i << 3), load<f64>(rb + (<usize>i << 3)) + v); }
// @ts-ignore: decorator
@inline export function sourceSlot(source: i32, field: i32): i32 { return R_SOURCES + source * RS_STRIDE + field; }
