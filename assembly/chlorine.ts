// The chlorine multiplier of MODEL.md 3.1a: how much more PCDD/F and dl-PCB a burn gives when
// what burns is rich in chlorine. Below the threshold `ref` nothing changes (Lemieux et al.
// 2003, JAWMA 53:523: no significant chlorine effect except at high chlorine levels); above it
// the factor grows as (Cl/ref)^b, capped at `maxMultiplier` (outer bound from Gullett et al.
// 2001, Chemosphere 43:721). The threshold, exponent and cap are estimates (status E) and carry
// distributions in the library, so Monte Carlo and Sobol see this model-form uncertainty.

// The last multiplier computed and its arguments, as bits: the sources that burn the pool's
// plastic ask for the same one within an evaluation. The multiplier is a function of its
// arguments alone, so the kept value is bit for bit the one it would compute again.
let lastCl: u64 = 0;
let lastRef: u64 = 0;
let lastExponent: u64 = 0;
let lastMax: u64 = 0;
let lastMultiplier: f64 = NaN; // NaN: nothing kept yet

/** m = 1 if clFraction ≤ ref, else min((clFraction / ref)^exponent, maxMultiplier). */
export function chlorineMultiplier(clFraction: f64, ref: f64, exponent: f64, maxMultiplier: f64): f64 {
  if (!(clFraction > ref)) return 1.0;
  const cl = reinterpret<u64>(clFraction), r = reinterpret<u64>(ref), e = reinterpret<u64>(exponent), x = reinterpret<u64>(maxMultiplier);
  if (cl == lastCl && r == lastRef && e == lastExponent && x == lastMax && !isNaN(lastMultiplier)) return lastMultiplier;
  const m = Math.pow(clFraction / ref, exponent);
  const multiplier = m < maxMultiplier ? m : maxMultiplier;
  lastCl = cl;
  lastRef = r;
  lastExponent = e;
  lastMax = x;
  lastMultiplier = multiplier;
  return multiplier;
}
