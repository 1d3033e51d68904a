// Scrambled Sobol′ points for the Saltelli designs of sensitivity.ts (quasi-random sampling, so
// that Sobol indices do not depend on the luck of a seed). No DOM and no Node APIs.
//
// - Direction numbers: Joe & Kuo (2008), new-joe-kuo-6.21201 (sobol-directions.json), 32 bits.
//   Column j of dimension d's generator matrix is v_j = m_j·2^(32−j) for j ≤ s and
//   v_j = v_{j−s} ⊕ (v_{j−s} >> s) ⊕ ⊕_{k=1}^{s−1} a_k·v_{j−k} beyond (Bratley & Fox 1988, ACM TOMS
//   14:88, algorithm 659; Joe & Kuo's sobol.cc).
// - Point i (i from 0) in Gray-code order, as Joe & Kuo and SciPy generate it: x_i = ⊕ v_j over
//   the set bits j of g = i ⊕ (i >> 1). It depends on i alone, so any split of the points into
//   blocks gives the same points.
// - The seed scrambles: a random linear matrix scramble (a lower-triangular binary matrix with
//   unit diagonal multiplies every column) followed by a random digital shift, drawn per
//   (seed, dimension) by a counter-based hash (Matoušek 1998, J. Complexity 14:527; the "LMS +
//   shift" of SciPy's qmc.Sobol). Both keep every (t, m, s)-net property of the points, so the
//   first 2^m points of one coordinate still fall one in each interval [k/2^m, (k+1)/2^m).
// - Uniform = (x + ½)/2^32, the centre of the point's 2^−32 cell: never 0 or 1.
//
// The core (assembly/sobol.ts) evaluates points from the scrambled columns this module writes
// into its memory; sobolUniform() below is the same computation in TypeScript, for tests.

import joeKuo2008 from './sobol-directions.json';

/** Number of dimensions with direction numbers (dimension 1 included). */
export const SOBOL_DIMENSIONS: number = joeKuo2008.dimensions;
export const SOBOL_BITS = 32;
/** Points of one design are indexed 0 ≤ i < 2^32 (the 32 columns). */
export const SOBOL_MAX_POINTS = 2 ** SOBOL_BITS;
/** Slots of one scrambled generator: 32 columns, then the digital shift (assembly/mc-layout.ts QMC_STRIDE). */
export const GENERATOR_LENGTH = SOBOL_BITS + 1;

let parsed: { s: number; a: number; m: number[] }[] | null = null;
/** Dimensions 2…SOBOL_DIMENSIONS: degree s, coefficients a and initial direction numbers m. */
function joeKuo(): { s: number; a: number; m: number[] }[] {
  parsed ??= joeKuo2008.directions.map(([s, a, ...m]) => ({ s, a, m }));
  return parsed;
}

const columnsCache = new Map<number, Uint32Array>();

/** The 32 columns v_1…v_32 (index 0…31, most significant bit first) of dimension d (0-based). */
export function directionColumns(d: number): Uint32Array {
  if (!Number.isInteger(d) || d < 0 || d >= SOBOL_DIMENSIONS) throw new RangeError(`Sobol′ dimension ${d} is outside 0…${SOBOL_DIMENSIONS - 1}`);
  const cached = columnsCache.get(d);
  if (cached) return cached;
  const v = new Uint32Array(SOBOL_BITS);
  if (d === 0) {
    for (let j = 0; j < SOBOL_BITS; j++) v[j] = 2 ** (31 - j); // van der Corput: every m_j = 1
  } else {
    const { s, a, m } = joeKuo()[d - 1];
    for (let j = 1; j <= SOBOL_BITS; j++) {
      if (j <= s) {
        v[j - 1] = m[j - 1] * 2 ** (32 - j);
        continue;
      }
      let x = v[j - s - 1] ^ (v[j - s - 1] >>> s);
      for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) x ^= v[j - k - 1];
      v[j - 1] = x >>> 0;
    }
  }
  columnsCache.set(d, v);
  return v;
}

/** lowbias32 (C. Wellons): a 32-bit integer hash. */
export function hash32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Parity of the set bits of a 32-bit number. */
function parity(x: number): number {
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
}

/** The scrambled generator of dimension d under seed (0 ≤ seed < 2^53): 32 columns, then the
 *  shift. Counter-based: word w of (seed, d) = hash(hash(seed) ⊕ hash(d·33 + w + 1)), so every
 *  worker builds the same generator. */
export function scrambledGenerator(seed: number, d: number): Uint32Array {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`the seed must be an integer between 0 and 2^53 − 1, got ${seed}`);
  const v = directionColumns(d);
  const seedHash = hash32(hash32(seed % 4294967296) ^ hash32(Math.floor(seed / 4294967296) + 0x632be5ab));
  const word = (w: number) => hash32(seedHash ^ hash32(d * GENERATOR_LENGTH + w + 1));
  // Row r of the lower-triangular matrix L (digit r + 1 from the most significant end, bit 31 − r):
  // 1 on the diagonal, random bits strictly above bit 31 − r (the digits before it).
  const rows = new Uint32Array(SOBOL_BITS);
  for (let r = 0; r < SOBOL_BITS; r++) {
    const above = r === 0 ? 0 : ~(2 ** (32 - r) - 1) >>> 0;
    rows[r] = ((word(r) & above) | (2 ** (31 - r))) >>> 0;
  }
  const out = new Uint32Array(GENERATOR_LENGTH);
  for (let j = 0; j < SOBOL_BITS; j++) {
    let y = 0;
    for (let r = 0; r < SOBOL_BITS; r++) if (parity(rows[r] & v[j])) y |= 2 ** (31 - r);
    out[j] = y >>> 0;
  }
  out[SOBOL_BITS] = word(SOBOL_BITS); // the digital shift
  return out;
}

/** The unscrambled generator (columns, shift 0): Joe & Kuo's points exactly. */
export function plainGenerator(d: number): Uint32Array {
  const out = new Uint32Array(GENERATOR_LENGTH);
  out.set(directionColumns(d));
  return out;
}

/** Coordinate of point i (0 ≤ i < 2^32) for a generator: (x + ½)/2^32, x = shift ⊕ ⊕ columns of
 *  the set bits of the Gray code of i. The core computes the same (assembly/sobol.ts). */
export function sobolUniform(generator: Uint32Array, i: number): number {
  if (!Number.isInteger(i) || i < 0 || i >= SOBOL_MAX_POINTS) throw new RangeError(`Sobol′ point ${i} is outside 0…2^32 − 1`);
  let g = (i ^ Math.floor(i / 2)) >>> 0;
  let x = generator[SOBOL_BITS];
  for (let j = 0; g !== 0; j++, g >>>= 1) if (g & 1) x ^= generator[j];
  return ((x >>> 0) + 0.5) / SOBOL_MAX_POINTS;
}
