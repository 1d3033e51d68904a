// An independent TypeScript statement of MODEL.md 3.1a's multiplier, for tests that check the
// core against it: m = 1 if Cl ≤ ref, else min((Cl / ref)^b, maxMultiplier).
export function chlorineMultiplierOf(cl: number, ref: number, exponent: number, maxMultiplier: number): number {
  return cl <= ref ? 1 : Math.min((cl / ref) ** exponent, maxMultiplier);
}
