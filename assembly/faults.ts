// Fault injection, for tests only. The browser tests and the end-to-end suite use it (through
// the worker's injectFault, reached from the page only with `?faults`) to make the core fail the
// two ways a real core can, and check that the app recovers. Nothing else calls it.

/** Fault kinds: a trap (the `unreachable` instruction, as a bug in the core would hit). */
export const FAULT_TRAP: i32 = 0;
/** Out of memory: memory cannot grow, and the core aborts as its allocator does. */
export const FAULT_OUT_OF_MEMORY: i32 = 1;

/** Makes the core fail on purpose (see the kinds above); any other kind does nothing. */
export function faultForTest(kind: i32): void {
  if (kind == FAULT_TRAP) unreachable();
  if (kind == FAULT_OUT_OF_MEMORY) {
    // wasm32 memory holds at most 65,536 pages of 64 KiB, so growing by that many always fails
    // without touching the host's memory (allocating until the limit would take up to 4 GiB).
    if (memory.grow(65536) < 0) throw new Error("out of memory (fault injection)");
  }
}
