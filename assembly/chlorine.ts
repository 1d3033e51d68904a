// The chlorine multiplier of MODEL.md 3.1a: how much more PCDD/F and dl-PCB a burn gives when
// what burns is rich in chlorine. Below the threshold `ref` nothing changes (Lemieux et al.
// 2003, JAWMA 53:523: no significant chlorine effect except at high chlorine levels); above it
// the factor grows as (Cl/ref)^b, capped at `maxMultiplier` (outer bound from Gullett et al.
// 2001, Chemosphere 43:721). The threshold, exponent and cap are estimates (status E) and carry
// distributions in the library, so Monte Carlo and Sobol see this model-form uncertainty.

/** m = 1 if clFraction ≤ ref, else min((clFraction / ref)^exponent, maxMultiplier). */
export function chlorineMultiplier(clFraction: f64, ref: f64, exponent: f64, maxMultiplier: f64): f64 {
  if (!(clFraction > ref)) return 1.0;
  const m = Math.pow(clFraction / ref, exponent);
  return m < maxMultiplier ? m : maxMultiplier;
}
