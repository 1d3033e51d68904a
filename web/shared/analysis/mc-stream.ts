// Monte Carlo summaries with memory flat in the number of draws (issue 17), for the command line.
// The draws are run block by block and never all kept: the mean is summed in draw order, as
// meanInOrder sums the kept draws, and P5, P50 and P95 are exact order statistics found by
// running the same draws again (a draw depends only on the seed and its index): the first pass
// counts the draws of each series by the top 16 bits of a key that orders doubles as the sort
// does; each further pass looks only inside the buckets that hold the ranks wanted, and keeps
// their draws once a bucket holds at most KEEP_AT_MOST of them (else it counts the next 16
// bits). The answers are those of summarizeBlock and summarizePaired bit for bit; the memory is
// the bucket counts (256 KB a series) and the kept candidates, whatever the number of draws.

import * as M from '../../../assembly/mc-layout.ts';
import { HEADLINE_FIGURES, HIGHER_IS_BETTER, type HeadlineFigure } from '../model/result-types.ts';
import type { Summary } from './statistics.ts';
import type { McBlock, PairedSummary, FigureSummaries } from './uncertainty.ts';

/** Draws of one pass that a bucket may hold for its draws to be kept (8 bytes each). */
export const KEEP_AT_MOST = 20_000;
/** Draws of one call of the core while streaming. */
export const STREAM_BLOCK = 10_000;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: the high word is [1]

/** The 16 bits of the order key of x at `level` (0: the top 16 bits … 3: the lowest 16): the key
 *  is the double's bits with the sign bit flipped for x ≥ +0 and all bits flipped below it, so that
 *  keys order as Float64Array.prototype.sort orders numbers (−0 before +0). */
function key16(x: number, level: number): number {
  f64[0] = x;
  let hi = u32[HI];
  let lo = u32[1 - HI];
  if (hi & 0x80000000) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
  } else hi = (hi | 0x80000000) >>> 0;
  const word = level < 2 ? hi : lo;
  return level % 2 === 0 ? word >>> 16 : word & 0xffff;
}

/** The double whose order key has these four 16-bit parts (the inverse of key16). */
function fromKey(path: readonly number[]): number {
  let hi = ((path[0] << 16) | path[1]) >>> 0;
  let lo = ((path[2] << 16) | path[3]) >>> 0;
  if (hi & 0x80000000) hi = (hi ^ 0x80000000) >>> 0;
  else {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
  }
  u32[HI] = hi;
  u32[1 - HI] = lo;
  return f64[0];
}

/** One rank wanted of a series: where the search is (the bucket path so far) and what it found. */
interface Target {
  rank: number;
  path: number[]; // the 16-bit buckets chosen at levels 0 … path.length − 1
  below: number; // draws of the series whose key is below the path's prefix
  value?: number;
}

/** The draws of one series inside one bucket path: kept, or counted by their next 16 bits. */
interface Bucket {
  path: number[];
  targets: Target[];
  kept?: number[];
  hist?: Int32Array;
}

function matches(x: number, path: readonly number[]): boolean {
  for (let l = 0; l < path.length; l++) if (key16(x, l) !== path[l]) return false;
  return true;
}

const RANK_PS = [0.05, 0.5, 0.95] as const;

function ranksOf(n: number): number[] {
  const out = new Set<number>();
  for (const p of RANK_PS) {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    out.add(lo);
    out.add(Math.min(lo + 1, n - 1));
  }
  return [...out];
}

/** P5, P50, P95 as quantileSorted gives them on the sorted draws, from the order statistics found. */
function summaryOf(n: number, at: ReadonlyMap<number, number>, mean: number): Summary {
  const q = (p: number) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    const a = at.get(lo)!;
    return a + (h - lo) * (at.get(hi)! - a);
  };
  return { p5: q(0.05), p50: q(0.5), p95: q(0.95), mean };
}

/** Summaries of `nSeries` series over `draws` (≥ 1) draws; `run(start, count)` gives each series
 *  of a block of draws, the same each time it is asked. `bad(s, x)` says whether a draw of series
 *  s fails the result guard: the first series with one (and its first such draw) is returned instead. */
export function streamSeries(
  draws: number,
  nSeries: number,
  run: (start: number, count: number) => Float64Array[],
  bad: (s: number, x: number) => boolean,
  { keepAtMost = KEEP_AT_MOST, block = STREAM_BLOCK } = {},
): { summaries: Summary[]; firstBad: { series: number; value: number } | null } {
  const sums = new Float64Array(nSeries);
  const firstBad: (number | undefined)[] = new Array<number | undefined>(nSeries);
  const min = new Float64Array(nSeries).fill(Infinity);
  const max = new Float64Array(nSeries).fill(-Infinity);
  const each = (visit: (s: number, v: Float64Array) => void) => {
    for (let at = 0; at < draws; at += block) {
      const values = run(at, Math.min(block, draws - at));
      for (let s = 0; s < nSeries; s++) visit(s, values[s]);
    }
  };
  // Pass 1: the mean in draw order, the guard, the range and the counts of the top 16 bits.
  const top = Array.from({ length: nSeries }, () => new Int32Array(65536));
  each((s, v) => {
    const hist = top[s];
    let sum = sums[s];
    for (let d = 0; d < v.length; d++) {
      const x = v[d];
      sum += x;
      if (firstBad[s] === undefined && bad(s, x)) firstBad[s] = x;
      if (x < min[s]) min[s] = x;
      if (x > max[s]) max[s] = x;
      hist[key16(x, 0)]++;
    }
    sums[s] = sum;
  });
  const worst = firstBad.findIndex((x) => x !== undefined);
  if (worst >= 0) return { summaries: [], firstBad: { series: worst, value: firstBad[worst]! } };

  const ranks = ranksOf(draws);
  const found = Array.from({ length: nSeries }, () => new Map<number, number>());
  // Open buckets of each series, with the counts that choose their next part.
  let open: { s: number; bucket: Bucket; hist: Int32Array }[] = [];
  for (let s = 0; s < nSeries; s++) {
    // A series whose draws all have the same bits (a figure no uncertain input moves) needs no search.
    // (Zeros are searched: −0 and +0 compare equal but sort apart.)
    if (Object.is(min[s], max[s]) && min[s] !== 0) for (const r of ranks) found[s].set(r, min[s]);
    else open.push({ s, bucket: { path: [], targets: ranks.map((rank) => ({ rank, path: [], below: 0 })) }, hist: top[s] });
  }
  for (let level = 0; open.length > 0; level++) {
    // Each target's bucket at this level; targets of a series that fall in one bucket share it.
    const next: Bucket[][] = Array.from({ length: nSeries }, () => []);
    for (const o of open) {
      for (const t of o.bucket.targets) {
        let below = t.below;
        let b = 0;
        while (below + o.hist[b] <= t.rank) below += o.hist[b++];
        t.path = [...o.bucket.path, b];
        t.below = below;
        if (level === 3) {
          found[o.s].set(t.rank, fromKey(t.path)); // 64 bits: the key is the draw
          continue;
        }
        const same = next[o.s].find((x) => x.path.length === t.path.length && x.path.every((p, i) => p === t.path[i]));
        if (same) same.targets.push(t);
        else next[o.s].push(o.hist[b] <= keepAtMost ? { path: t.path, targets: [t], kept: [] } : { path: t.path, targets: [t], hist: new Int32Array(65536) });
      }
    }
    if (next.every((x) => x.length === 0)) break;
    each((s, v) => {
      const buckets = next[s];
      if (buckets.length === 0) return;
      for (let d = 0; d < v.length; d++) {
        const x = v[d];
        for (const bk of buckets) {
          if (!matches(x, bk.path)) continue;
          if (bk.kept) bk.kept.push(x);
          else bk.hist![key16(x, level + 1)]++;
        }
      }
    });
    open = [];
    next.forEach((buckets, s) => {
      for (const bk of buckets) {
        if (bk.kept) {
          const sorted = Float64Array.from(bk.kept).sort();
          for (const t of bk.targets) found[s].set(t.rank, sorted[t.rank - t.below]);
        } else open.push({ s, bucket: bk, hist: bk.hist! });
      }
    });
  }
  return { summaries: found.map((at, s) => summaryOf(draws, at, sums[s] / draws)), firstBad: null };
}

/** The command line's Monte Carlo summaries (summarizeBlock, or summarizePaired with two models)
 *  without keeping the draws; `runBlock` runs draws [start, start + count) of the models. */
export function streamSummaries(
  draws: number,
  nBlocks: 1 | 2,
  runBlock: (start: number, count: number) => McBlock,
  bad: (s: number, x: number) => boolean,
  options: { keepAtMost?: number; block?: number } = {},
): { single?: FigureSummaries; paired?: PairedSummary; firstBad: { series: number; value: number } | null } {
  const n = M.N_HEADLINE;
  const better = new Float64Array(n);
  // Series: before (0 … n − 1), after (n … 2n − 1), then the differences after − before.
  // The differences of each block, in arrays allocated once (a block is never longer than the first).
  const differences: Float64Array[] = [];
  const run = (start: number, count: number): Float64Array[] => {
    const block = runBlock(start, count);
    if (nBlocks === 1) return block.values;
    const out = [...block.values];
    for (let f = 0; f < n; f++) {
      const before = block.values[f];
      const after = block.values[n + f];
      if (!differences[f] || differences[f].length < count) differences[f] = new Float64Array(count);
      const d = differences[f].subarray(0, count);
      for (let i = 0; i < count; i++) d[i] = after[i] - before[i];
      out.push(d);
    }
    return out;
  };
  let counted = false;
  const stream = streamSeries(
    draws,
    nBlocks === 1 ? n : 3 * n,
    (start, count) => {
      const values = run(start, count);
      if (nBlocks === 2 && !counted) {
        for (let f = 0; f < n; f++) {
          const higher = HIGHER_IS_BETTER.has(HEADLINE_FIGURES[f]);
          const before = values[f];
          const after = values[n + f];
          for (let i = 0; i < count; i++) if (higher ? after[i] > before[i] : after[i] < before[i]) better[f]++;
        }
        if (start + count >= draws) counted = true;
      }
      return values;
    },
    (s, x) => s < nBlocks * n && bad(s, x),
    options,
  );
  if (stream.firstBad) return { firstBad: stream.firstBad };
  const byFigure = <T>(fn: (f: number) => T) => Object.fromEntries(HEADLINE_FIGURES.map((name, f) => [name, fn(f)])) as Record<HeadlineFigure, T>;
  const s = stream.summaries;
  if (nBlocks === 1) return { single: byFigure((f) => s[f]), firstBad: null };
  return {
    paired: {
      before: byFigure((f) => s[f]),
      after: byFigure((f) => s[n + f]),
      difference: byFigure((f) => s[2 * n + f]),
      probabilityAfterBetter: byFigure((f) => better[f] / draws),
    },
    firstBad: null,
  };
}
