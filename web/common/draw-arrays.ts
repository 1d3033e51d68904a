// The arrays a worker pool's Monte Carlo runs merge and lend draws in, kept from run to run: a
// 100,000-draw paired run is 24 MB of draws, and allocating them anew every run made the page's
// thread collect garbage (≈ 20 ms) in about one run of three, holding up the workers' next blocks.

/** One array a series. */
type Series = Float64Array[];

const fits = (arrays: Series, series: number, length: (v: Float64Array) => boolean) => arrays.length === series && arrays.every(length);

export class DrawArrays {
  /** A released run's merged arrays. */
  private merged: Series | null = null;
  /** Arrays of blocks already merged, to lend to the next blocks. */
  private spare: Series[] = [];

  /** Arrays to merge a run of `draws` draws into: the released run's when it had the same shape. */
  forRun(series: number, draws: number): Series {
    const kept = this.merged;
    this.merged = null;
    if (kept && fits(kept, series, (v) => v.length === draws)) return kept;
    return Array.from({ length: series }, () => new Float64Array(draws));
  }

  /** A run's merged arrays, handed back once nothing reads them any more. */
  release(values: Series): void {
    this.merged = values;
  }

  /** Arrays a block of `count` draws can be written into, from blocks already merged; none at first. */
  lend(series: number, count: number): Series | undefined {
    while (this.spare.length > 0) {
      const arrays = this.spare.pop()!;
      if (fits(arrays, series, (v) => v.length >= count)) return arrays;
    }
    return undefined;
  }

  /** A block's arrays once merged: its series lie one after another on one buffer (the
   *  worker's, or the one lent to it), each as long as the buffer allows, whatever the block's
   *  own draw count (a short last block's are the start of each). */
  returned(values: readonly Float64Array[]): void {
    const buffer = values[0]?.buffer;
    if (!buffer || values.some((v) => v.buffer !== buffer)) return;
    const capacity = buffer.byteLength / Float64Array.BYTES_PER_ELEMENT / values.length;
    this.spare.push(values.map((_, s) => new Float64Array(buffer, s * capacity * Float64Array.BYTES_PER_ELEMENT, capacity)));
  }

  /** What to transfer with a block's lent arrays: their one buffer. */
  static buffers(arrays: readonly Float64Array[] | undefined): ArrayBuffer[] {
    return arrays?.[0] ? [arrays[0].buffer as ArrayBuffer] : [];
  }

  /** Gives the memory back (the pool's workers were ended). */
  clear(): void {
    this.merged = null;
    this.spare = [];
  }
}
