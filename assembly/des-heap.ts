// The future-event list of the line dynamics: a binary heap keyed by (time, insertion order),
// preallocated, since it never holds more than one event per unit plus the day, arrival and
// sample events. An event's code packs its type (3 bits) and its unit (7 bits).

import { MAX_UNITS } from "./layout";

const HEAP_CAP = MAX_UNITS + 8;
const heapTime = memory.data(HEAP_CAP * 8, 8); // f64
const heapKey = memory.data(HEAP_CAP * 8, 8); // i64: seq << 10 | code
let heapSize: i32 = 0;
let seq: i64 = 0;

// @ts-ignore: decorator
@inline function timeAt(i: i32): f64 {
  return load<f64>(heapTime + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline function keyAt(i: i32): i64 {
  return load<i64>(heapKey + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline function put(i: i32, t: f64, key: i64): void {
  store<f64>(heapTime + (<usize>i << 3), t);
  store<i64>(heapKey + (<usize>i << 3), key);
}

export function heapReset(): void {
  heapSize = 0;
  seq = 0;
}

// @ts-ignore: decorator
@inline export function heapEmpty(): bool {
  return heapSize == 0;
}

/** The earliest event's time (the heap must not be empty). */
// @ts-ignore: decorator
@inline export function nextTime(): f64 {
  return timeAt(0);
}

/** The earliest event's code: type | unit << 3. */
// @ts-ignore: decorator
@inline export function nextCode(): i32 {
  return <i32>(keyAt(0) & 1023);
}

// @ts-ignore: decorator
@inline export function schedule(t: f64, type: i32, unit: i32): void {
  const key: i64 = (seq << 10) | <i64>(type | (unit << 3));
  seq++;
  let i = heapSize++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pt = timeAt(parent);
    const pk = keyAt(parent);
    if (pt < t || (pt == t && pk < key)) break;
    put(i, pt, pk);
    i = parent;
  }
  put(i, t, key);
}

/** Removes the earliest event (read nextTime() and nextCode() first). */
export function popEvent(): void {
  const n = --heapSize;
  const t = timeAt(n);
  const key = keyAt(n);
  let i = 0;
  while (true) {
    let c = 2 * i + 1;
    if (c >= n) break;
    let ct = timeAt(c);
    let ck = keyAt(c);
    const r = c + 1;
    if (r < n) {
      const rt = timeAt(r);
      const rk = keyAt(r);
      if (rt < ct || (rt == ct && rk < ck)) {
        c = r;
        ct = rt;
        ck = rk;
      }
    }
    if (t < ct || (t == ct && key < ck)) break;
    put(i, ct, ck);
    i = c;
  }
  put(i, t, key);
}
