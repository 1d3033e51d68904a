// The shares of households adopting the measures at which a village's adoption curve is drawn
// (MODEL.md 8), for the village document (village.ts) and its Monte Carlo band (village-mc.ts).

/** The adoption curve's shares: 0, 0.1, …, 1 (as k/10, so that 0.3 is the double nearest 0.3). */
export const ADOPTION_SHARES: readonly number[] = Array.from({ length: 11 }, (_, k) => k / 10);
