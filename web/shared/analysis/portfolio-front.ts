// The portfolios' points and fronts (portfolio.ts evaluates them in the worker): the page picks
// the cheapest portfolio reaching a target here without loading the evaluation code.

import type { NotQuantifiedItem } from '../model/emission-factors.ts';
import type { HeadlineFigure } from '../model/result-types.ts';
import { MAX_SHAPLEY_MEASURES } from './subset-limit.ts';

/** A count, never a timing: 12 measures = 4,096 subsets, whatever the machine's load. */
export const MAX_PORTFOLIO_MEASURES = MAX_SHAPLEY_MEASURES;

export interface PortfolioPoint {
  /** Bit i set = measures[i] (catalogue order) is in the portfolio. */
  mask: number;
  measureIds: string[];
  capex: number;
  /** Release avoided against the baseline (baseline − portfolio), in the figure's unit. */
  avoided: number;
  /** avoided ÷ baseline (0 when the baseline releases nothing). */
  avoidedFraction: number;
  /** Change of yearly profit against the baseline. */
  profitChange: number;
}

export interface PortfolioResult {
  figure: HeadlineFigure;
  baseline: number;
  measureIds: string[];
  points: PortfolioPoint[];
  /** Masks on the front of capex (less is better) against release avoided (more is better),
   *  by rising capex. */
  front: number[];
  /** Masks not dominated on capex, release avoided and profit change together. */
  frontWithProfit: number[];
  evaluations: number;
  elapsedMs: number;
  /** Releases not quantified in any of the portfolios (each once), for the words beside a percentage. */
  notQuantifiedItems: NotQuantifiedItem[];
}

/** True when a is at least as good as b on every objective and better on one. */
function dominates(a: PortfolioPoint, b: PortfolioPoint, withProfit: boolean): boolean {
  const noWorse = a.capex <= b.capex && a.avoided >= b.avoided && (!withProfit || a.profitChange >= b.profitChange);
  const better = a.capex < b.capex || a.avoided > b.avoided || (withProfit && a.profitChange > b.profitChange);
  return noWorse && better;
}

/** Pareto front of capex against release avoided: sweep by rising capex, keep strict gains. */
export function paretoFront(points: readonly PortfolioPoint[]): number[] {
  const sorted = [...points].sort((a, b) => a.capex - b.capex || b.avoided - a.avoided || a.mask - b.mask);
  const front: number[] = [];
  let best = -Infinity;
  for (const p of sorted) {
    if (p.avoided > best) {
      front.push(p.mask);
      best = p.avoided;
    }
  }
  return front;
}

/** Non-dominated set on three objectives (O(n²); 4,096 points take a few milliseconds). */
export function paretoFrontWithProfit(points: readonly PortfolioPoint[]): number[] {
  return points
    .filter((p) => !points.some((q) => q !== p && dominates(q, p, true)))
    .sort((a, b) => a.capex - b.capex || a.mask - b.mask)
    .map((p) => p.mask);
}

/** The cheapest portfolio avoiding at least `fraction` of the baseline (ties: more avoided,
 *  then fewer measures); null when no portfolio reaches it. */
export function cheapestReaching(result: PortfolioResult, fraction: number): PortfolioPoint | null {
  let best: PortfolioPoint | null = null;
  for (const p of result.points) {
    if (p.avoidedFraction + 1e-12 < fraction) continue;
    if (
      !best ||
      p.capex < best.capex ||
      (p.capex === best.capex && (p.avoided > best.avoided || (p.avoided === best.avoided && p.measureIds.length < best.measureIds.length)))
    )
      best = p;
  }
  return best;
}
