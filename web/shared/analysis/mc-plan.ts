// Splitting Monte Carlo work between workers and merging the parts back (MODEL.md section 5:
// the same seed gives bit-identical results whatever the number of workers). Draw i depends
// only on (seed, key, i), so any partition of [0, draws) into blocks gives the same values, and
// merging is concatenation in draw order.

/** A contiguous range of draws [start, start + count). */
export interface DrawBlock {
  start: number;
  count: number;
}

/** Anything computed per draw over a block: one array of `count` values per series. */
export interface SplitResult extends DrawBlock {
  values: Float64Array[];
}

/** Blocks of at most `blockSize` draws covering [0, draws) in order; blocks are made small enough
 *  that every one of `workers` gets some work (and progress can be reported per block). */
export function planBlocks(draws: number, workers: number, blockSize = 2048): DrawBlock[] {
  if (!Number.isInteger(draws) || draws < 0) throw new RangeError(`draws must be a non-negative integer, got ${draws}`);
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  if (!Number.isInteger(blockSize) || blockSize < 1) throw new RangeError(`blockSize must be a positive integer, got ${blockSize}`);
  const size = Math.max(1, Math.min(blockSize, Math.ceil(draws / workers)));
  const blocks: DrawBlock[] = [];
  for (let start = 0; start < draws; start += size) blocks.push({ start, count: Math.min(size, draws - start) });
  return blocks;
}

/** Blocks that shrink as the run goes: each about a (4 × workers)th of the draws left, between
 *  `min` and `max` draws (fewer only for a run too small to give every worker `min`). A run then
 *  sends few messages while the workers are busy (each costs the page's thread, which shares the
 *  cores with them), and ends on small blocks, so that the workers finish together. */
export function planShrinkingBlocks(draws: number, workers: number, min = 2048, max = 8192): DrawBlock[] {
  planBlocks(draws, workers, min); // the same checks
  if (!Number.isInteger(max) || max < min) throw new RangeError(`max must be a whole number at least min (${min}), got ${max}`);
  const floor = Math.max(1, Math.min(min, Math.ceil(draws / workers)));
  const blocks: DrawBlock[] = [];
  for (let start = 0; start < draws;) {
    const left = draws - start;
    const count = Math.min(left, Math.max(floor, Math.min(max, Math.ceil(left / (4 * workers)))));
    blocks.push({ start, count });
    start += count;
  }
  return blocks;
}

/** Concatenates the parts (in any order) into one result over their union, which must be
 *  contiguous; every other field is taken from the part that starts first. */
export function mergeBlocks<T extends SplitResult>(parts: readonly T[]): T {
  if (parts.length === 0) throw new RangeError('nothing to merge');
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  const series = sorted[0].values.length;
  let end = sorted[0].start;
  for (const p of sorted) {
    if (p.start !== end) throw new RangeError(`blocks are not contiguous: expected a block starting at ${end}, got ${p.start}`);
    if (p.values.length !== series) throw new RangeError('blocks have different numbers of series');
    end += p.count;
  }
  const count = end - sorted[0].start;
  const values = Array.from({ length: series }, (_, s) => {
    const merged = new Float64Array(count);
    let at = 0;
    for (const p of sorted) {
      merged.set(p.values[s].subarray(0, p.count), at);
      at += p.count;
    }
    return merged;
  });
  return { ...sorted[0], start: sorted[0].start, count, values };
}
