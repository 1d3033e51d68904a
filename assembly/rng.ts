// Seeded random numbers for the line dynamics: xoshiro256** 1.0 (Blackman & Vigna 2018,
// https://prng.di.unimi.it/xoshiro256starstar.c), its state filled from the seed with splitmix64
// as its authors recommend. Replication r uses the stream reached after r calls of jump()
// (each jump advances 2^128 draws), so streams never overlap and stream r depends only on
// (seed, r), not on how many replications or workers run. Replications asked for in order reach
// their stream with one jump from the previous one, so n replications cost n jumps, not n²/2.

let s0: u64 = 0;
let s1: u64 = 0;
let s2: u64 = 0;
let s3: u64 = 0;
let spareNormal: f64 = 0;
let hasSpareNormal: bool = false;

let splitmixState: u64 = 0;

/** The SplitMix64 finaliser (Steele, Lea & Flood 2014; Vigna's splitmix64.c constants), also the
 *  hash of the counter-based generator of the Monte Carlo (mc.ts). */
// @ts-ignore: decorator
@inline export function mix64(x: u64): u64 {
  let z = x;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  return z ^ (z >> 31);
}

function splitmix64(): u64 {
  splitmixState += 0x9e3779b97f4a7c15;
  return mix64(splitmixState);
}

export function rngNext(): u64 {
  const result = rotl<u64>(s1 * 5, 7) * 9;
  const t = s1 << 17;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = rotl<u64>(s3, 45);
  return result;
}

const JUMP0: u64 = 0x180ec6d33cfd0aba;
const JUMP1: u64 = 0xd5a61266f0c9392c;
const JUMP2: u64 = 0xa9582618e03fc9aa;
const JUMP3: u64 = 0x39abdc4529b1661c;

function jumpWord(word: u64, acc: StaticArray<u64>): void {
  for (let b = 0; b < 64; b++) {
    if ((word >> <u64>b) & 1) {
      acc[0] ^= s0;
      acc[1] ^= s1;
      acc[2] ^= s2;
      acc[3] ^= s3;
    }
    rngNext();
  }
}

const jumpAcc = new StaticArray<u64>(4);

/** Advances the generator by 2^128 draws. */
export function rngJump(): void {
  jumpAcc[0] = 0;
  jumpAcc[1] = 0;
  jumpAcc[2] = 0;
  jumpAcc[3] = 0;
  jumpWord(JUMP0, jumpAcc);
  jumpWord(JUMP1, jumpAcc);
  jumpWord(JUMP2, jumpAcc);
  jumpWord(JUMP3, jumpAcc);
  s0 = jumpAcc[0];
  s1 = jumpAcc[1];
  s2 = jumpAcc[2];
  s3 = jumpAcc[3];
}

// The stream last seeded, to reach the next one with as few jumps as possible.
let lastSeed: u64 = 0;
let lastStream: i32 = -1;
let b0: u64 = 0;
let b1: u64 = 0;
let b2: u64 = 0;
let b3: u64 = 0;

/** Seeds stream `stream` (≥ 0) of `seed`: the state after `stream` jumps from the seeded state. */
export function rngSeed(seed: u64, stream: i32): void {
  let from = 0;
  if (lastStream >= 0 && seed == lastSeed && stream >= lastStream) {
    s0 = b0; s1 = b1; s2 = b2; s3 = b3;
    from = lastStream;
  } else {
    splitmixState = seed;
    s0 = splitmix64();
    s1 = splitmix64();
    s2 = splitmix64();
    s3 = splitmix64();
  }
  for (let r = from; r < stream; r++) rngJump();
  lastSeed = seed;
  lastStream = stream;
  b0 = s0; b1 = s1; b2 = s2; b3 = s3;
  hasSpareNormal = false;
}

/** Uniform in [0, 1) with 53 random bits. */
export function rngUniform(): f64 {
  return <f64>(rngNext() >> 11) * 1.1102230246251565e-16; // 2^-53
}

/** Exponential with the given mean. */
export function rngExponential(mean: f64): f64 {
  return -Math.log(1.0 - rngUniform()) * mean;
}

/** Standard normal (Marsaglia's polar method; the second value is kept for the next call). */
export function rngNormal(): f64 {
  if (hasSpareNormal) {
    hasSpareNormal = false;
    return spareNormal;
  }
  let u: f64 = 0;
  let v: f64 = 0;
  let q: f64 = 0;
  do {
    u = 2.0 * rngUniform() - 1.0;
    v = 2.0 * rngUniform() - 1.0;
    q = u * u + v * v;
  } while (q >= 1.0 || q == 0.0);
  const f = Math.sqrt(-2.0 * Math.log(q) / q);
  spareNormal = v * f;
  hasSpareNormal = true;
  return u * f;
}

/** Lognormal with the given mean and coefficient of variation. */
export function rngLognormal(mean: f64, cv: f64): f64 {
  if (mean <= 0) return 0;
  const sigma2 = Math.log(1.0 + cv * cv);
  return Math.exp(Math.log(mean) - 0.5 * sigma2 + Math.sqrt(sigma2) * rngNormal());
}
