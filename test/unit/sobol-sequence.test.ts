// The scrambled Sobol′ points of web/shared/analysis/sobol.ts and assembly/sobol.ts: Joe & Kuo's points
// exactly without scrambling, the net properties kept with it, and the core computing the same
// coordinates as TypeScript, split into blocks or not.

import { describe, expect, it } from 'vitest';
import * as L from '../../assembly/layout.ts';
import * as M from '../../assembly/mc-layout.ts';
import { directionColumns, plainGenerator, scrambledGenerator, sobolUniform, SOBOL_DIMENSIONS } from '../../web/shared/analysis/sobol.ts';
import { pointerKey, sampleInputs, type McModel, type UncertainInput } from '../../web/shared/analysis/uncertainty.ts';
import { core } from './helpers.ts';

/** x·2^32 of point i (the integer the coordinate is the cell centre of). */
const word = (generator: Uint32Array, i: number) => sobolUniform(generator, i) * 2 ** 32 - 0.5;

describe('unscrambled points are Joe & Kuo’s Sobol′ sequence', () => {
  it('dimension 1 is van der Corput in Gray-code order, dimension 2 follows its recurrence (by hand)', () => {
    // Dimension 1: v_j = 2^−j. Point i = ⊕ v_j over the set bits j of g = i ⊕ (i >> 1):
    // g = 0,1,3,2,6,7,5,4 → 0, ½, ½⊕¼ = ¾, ¼, ¼⊕⅛ = ⅜, ⅞, ⅝, ⅛.
    const d0 = plainGenerator(0);
    expect(Array.from({ length: 8 }, (_, i) => word(d0, i) / 2 ** 32)).toEqual([0, 0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125]);
    // Dimension 2 (s = 1, a = 0, m_1 = 1): v_1 = 0.1₂, v_j = v_{j−1} ⊕ (v_{j−1} >> 1): v_2 = 0.11₂, v_3 = 0.101₂.
    // g = 3 → 0.1 ⊕ 0.11 = 0.01₂ = ¼; g = 6 → v_2 ⊕ v_3 = 0.011₂ = ⅜; g = 4 → v_3 = ⅝.
    const v = directionColumns(1);
    expect([v[0], v[1], v[2]].map((x) => x / 2 ** 32)).toEqual([0.5, 0.75, 0.625]);
    const d1 = plainGenerator(1);
    expect(Array.from({ length: 8 }, (_, i) => word(d1, i) / 2 ** 32)).toEqual([0, 0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625]);
  });

  it('deep points in high dimensions equal SciPy’s (scipy.stats.qmc.Sobol, scramble=False)', () => {
    // Reference: SciPy 1.17.1, qmc.Sobol(d=1024, scramble=False), fast_forward(i), random(1),
    // coordinates × 2^32, dimensions 1, 2, 3, 10, 101 and 1024 (0-based 0, 1, 2, 9, 100, 1023).
    // SciPy carries the same Joe & Kuo (2008) new-joe-kuo-6.21201 direction numbers.
    const dims = [0, 1, 2, 9, 100, 1023];
    const reference: [number, number[]][] = [
      [1000, [943718400, 415236096, 2227175424, 297795584, 3300917248, 3066036224]],
      [4095, [1048576, 4042260480, 1435500544, 1058013184, 1481637888, 1523580928]],
      [65535, [65536, 4294901760, 2421489664, 703922176, 2800418816, 1974403072]],
      [1000003, [1187450880, 2413424640, 334991360, 18903040, 3390533632, 209776640]],
    ];
    for (const [i, words] of reference) expect(dims.map((d) => word(plainGenerator(d), i))).toEqual(words);
    expect(SOBOL_DIMENSIONS).toBe(1024);
    expect(() => directionColumns(1024)).toThrow(RangeError);
  });
});

describe('scrambling (linear matrix scramble + digital shift) keeps the nets and follows the seed', () => {
  it('the first 2^10 points of one coordinate fall one in each of the 1,024 intervals of width 2^−10', () => {
    for (const [seed, d] of [
      [1, 0],
      [6, 1],
      [42, 17],
      [0, 1023],
    ]) {
      const g = scrambledGenerator(seed, d);
      const cells = new Set(Array.from({ length: 1024 }, (_, i) => Math.floor(sobolUniform(g, i) * 1024)));
      expect(cells.size).toBe(1024);
    }
  });

  it('dimensions 1 and 2 stay a (0, 8, 2)-net: every elementary box of area 2^−8 holds exactly one of the first 256 points', () => {
    const gx = scrambledGenerator(9, 0),
      gy = scrambledGenerator(9, 1);
    for (let p = 0; p <= 8; p++) {
      const cells = new Set<number>();
      for (let i = 0; i < 256; i++) {
        cells.add(Math.floor(sobolUniform(gx, i) * 2 ** p) * 256 + Math.floor(sobolUniform(gy, i) * 2 ** (8 - p)));
      }
      expect(cells.size, `boxes 2^−${p} × 2^−${8 - p}`).toBe(256);
    }
  });

  it('is counter-based: the same seed gives the same generator, another seed or dimension another', () => {
    expect(scrambledGenerator(5, 3)).toEqual(scrambledGenerator(5, 3));
    expect(scrambledGenerator(5, 3)).not.toEqual(scrambledGenerator(6, 3));
    expect(scrambledGenerator(5, 3)).not.toEqual(scrambledGenerator(5, 4));
    // Seeds above 2^32 matter too (their high word enters the hash).
    expect(scrambledGenerator(2 ** 40, 3)).not.toEqual(scrambledGenerator(0, 3));
    // Coordinates lie strictly inside (0, 1).
    const g = scrambledGenerator(5, 3);
    for (let i = 0; i < 2000; i++) {
      const u = sobolUniform(g, i);
      expect(u > 0 && u < 1).toBe(true);
    }
  });
});

describe('the core samples the same points', () => {
  // Two U(0, 1) inputs: the sampled value is the uniform itself (min + u·(max − min)).
  const model: McModel = {
    compiled: { params: new Float64Array(L.P_SIZE) },
    inputs: [0, 1].map((k): UncertainInput => ({
      pointer: `/u${k}`,
      key: pointerKey(`/u${k}`),
      target: L.P_PRICE_PRODUCT + k,
      dist: { type: 'uniform', min: 0, max: 1 },
      group: M.GROUP_NONE,
      lo: -Infinity,
      hi: Infinity,
      nominal: 0,
      origin: 'scenario',
    })),
  };
  const dimOf = (input: UncertainInput) => (input.pointer === '/u0' ? 7 : 300);

  it('bit for bit as TypeScript computes them, whole or in blocks', async () => {
    const c = await core();
    const whole = sampleInputs(c, model, { draws: 5000, seed: 11, dimOf });
    const g7 = scrambledGenerator(11, 7),
      g300 = scrambledGenerator(11, 300);
    for (let i = 0; i < 5000; i++) {
      expect(whole.values[0][i]).toBe(sobolUniform(g7, i));
      expect(whole.values[1][i]).toBe(sobolUniform(g300, i));
    }
    const tail = sampleInputs(c, model, { draws: 5000, seed: 11, start: 1234, count: 3766, dimOf });
    expect(Array.from(tail.values[1])).toEqual(Array.from(whole.values[1].subarray(1234)));
  });

  it('an input without a dimension keeps its pseudo-random stream', async () => {
    const c = await core();
    const mixed = sampleInputs(c, model, { draws: 100, seed: 11, dimOf: (i) => (i.pointer === '/u0' ? 7 : null) });
    const pseudo = sampleInputs(c, model, { draws: 100, seed: 11 });
    expect(Array.from(mixed.values[1])).toEqual(Array.from(pseudo.values[1]));
    expect(Array.from(mixed.values[0])).not.toEqual(Array.from(pseudo.values[0]));
  });
});
