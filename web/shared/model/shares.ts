// Share groups (feed composition, plastic routes, inert routes) are accepted when they add up to
// 1 within 1e-6 (MODEL.md section 2), but the balance must close to 1e-9 × feed (step 12): a
// composition adding up to 0.9999999 would lose 1e-7 of the feed. So the compiler scales every
// group to add up to 1 before the core sees it, and the schema warns when it scaled by more than
// floating-point rounding (issue 14).

import { shareGroupSlots } from './field-slots.ts';

/** Sums within this distance of 1 are floating-point rounding of shares typed to any precision
 *  (0.1 + 0.2 + 0.7 = 0.9999999999999999); beyond it the user is told the shares were scaled. */
export const ROUNDING_TOLERANCE = 1e-12;

const GROUPS: readonly (readonly number[])[] = (['composition', 'plasticRoutes', 'inertRoutes'] as const).map(shareGroupSlots);

/** Divides each share by the group's sum (nothing to do for a group that adds up to 0). */
export function normaliseShares(values: readonly number[]): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  return sum > 0 ? values.map((v) => v / sum) : [...values];
}

/** Scales the composition and both route groups of a parameter block to add up to 1. */
export function normaliseShareGroups(params: Float64Array): void {
  for (const slots of GROUPS) {
    // normaliseShares in place: the same sum, in the same order, and the same divisions.
    let sum = 0;
    for (let i = 0; i < slots.length; i++) sum += params[slots[i]];
    if (sum > 0) for (let i = 0; i < slots.length; i++) params[slots[i]] = params[slots[i]] / sum;
  }
}
