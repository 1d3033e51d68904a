// The future-event list of the line dynamics: a binary heap keyed by (time, insertion order),
// preallocated, since it never holds more than one event per unit plus the day, arrival and
// sample events. An event's code packs its type (3 bits) and its unit (7 bits).

import { MAX_UNITS } from "./layout";

const HEAP_CAP = MAX_UNITS + 8;
export const heapTime = new StaticArray<f64>(HEAP_CAP);
export const heapKey = new StaticArray<i64>(HEAP_CAP);
let heapSize: i32 = 0;
let seq: i64 = 0;

export function heapReset(): void {
  heapSize = 0;
  seq = 0;
}

export function heapEmpty(): bool {
  return heapSize == 0;
}

/** The earliest event's time (the heap must not be empty). */
// @ts-ignore: decorator
@inline export function nextTime(): f64 {
  return unchecked(heapTime[0]);
}

/** The earliest event's code: type | unit << 3. */
// @ts-ignore: decorator
@inline export function nextCode(): i32 {
  return <i32>(unchecked(heapKey[0]) & 1023);
}

export function schedule(t: f64, type: i32, unit: i32): void {
  const key: i64 = (seq << 10) | <i64>(type | (unit << 3));
  seq++;
  let i = heapSize++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pt = unchecked(heapTime[parent]);
    if (pt < t || (pt == t && unchecked(heapKey[parent]) < key)) break;
    unchecked((heapTime[i] = pt));
    unchecked((heapKey[i] = heapKey[parent]));
    i = parent;
  }
  unchecked((heapTime[i] = t));
  unchecked((heapKey[i] = key));
}

/** Removes the earliest event (read nextTime() and nextCode() first). */
export function popEvent(): void {
  const n = --heapSize;
  const t = unchecked(heapTime[n]);
  const key = unchecked(heapKey[n]);
  let i = 0;
  while (true) {
    let c = 2 * i + 1;
    if (c >= n) break;
    let ct = unchecked(heapTime[c]);
    let ck = unchecked(heapKey[c]);
    const r = c + 1;
    if (r < n) {
      const rt = unchecked(heapTime[r]);
      const rk = unchecked(heapKey[r]);
      if (rt < ct || (rt == ct && rk < ck)) {
        c = r;
        ct = rt;
        ck = rk;
      }
    }
    if (t < ct || (t == ct && key < ck)) break;
    unchecked((heapTime[i] = ct));
    unchecked((heapKey[i] = ck));
    i = c;
  }
  unchecked((heapTime[i] = t));
  unchecked((heapKey[i] = key));
}
