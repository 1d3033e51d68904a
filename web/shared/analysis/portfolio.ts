// Measure portfolios: every subset of the chosen measures (up to 12 → 4,096 scenarios) evaluated
// once, the Pareto front of capex against PCDD/F avoided (and profit), and the cheapest
// portfolio that reaches a target reduction. Pure; runs in the worker.

import type { Core } from '../model/core.ts';
import { subsetFigures, type CompareOptions } from './compare.ts';
import type { EmissionFactorLibraryFile, NotQuantifiedItem } from '../model/emission-factors.ts';
import { MAX_PORTFOLIO_MEASURES, paretoFront, paretoFrontWithProfit, type PortfolioPoint, type PortfolioResult } from './portfolio-front.ts';
import type { Measure } from './measures.ts';
import { HEADLINE_FIGURES, type HeadlineFigure } from '../model/result-types.ts';
import type { Scenario } from '../model/scenario-schema.ts';

export { cheapestReaching, MAX_PORTFOLIO_MEASURES, paretoFront, paretoFrontWithProfit, type PortfolioPoint, type PortfolioResult } from './portfolio-front.ts';

export function runPortfolio(
  core: Core,
  library: EmissionFactorLibraryFile,
  baseline: Scenario,
  measures: readonly Measure[],
  opts: CompareOptions & { figure?: HeadlineFigure } = {},
): PortfolioResult {
  if (measures.length > MAX_PORTFOLIO_MEASURES) {
    throw new RangeError(
      `a portfolio search takes at most ${MAX_PORTFOLIO_MEASURES} measures (${(2 ** MAX_PORTFOLIO_MEASURES).toLocaleString('en-US')} combinations); got ${measures.length}`,
    );
  }
  const figure = opts.figure ?? 'pcddf.total';
  const fi = HEADLINE_FIGURES.indexOf(figure);
  const pi = HEADLINE_FIGURES.indexOf('economics.profit');
  const t0 = performance.now();
  const missing = new Map<string, NotQuantifiedItem>();
  const onResult = (_: number, r: { notQuantifiedItems: NotQuantifiedItem[] }) => {
    for (const item of r.notQuantifiedItems) missing.set(`${item.pollutant}/${item.source}/${item.vector ?? ''}`, item);
  };
  const table = subsetFigures(core, library, baseline, measures, { ...opts, onResult });
  const base = table[0][fi];
  const points = table.map((row, mask): PortfolioPoint => {
    const chosen = measures.filter((_, i) => mask & (1 << i));
    const avoided = base - row[fi];
    return {
      mask,
      measureIds: chosen.map((m) => m.id),
      capex: chosen.reduce((sum, m) => sum + m.capex, 0),
      avoided,
      avoidedFraction: base > 0 ? avoided / base : 0,
      profitChange: row[pi] - table[0][pi],
    };
  });
  return {
    figure,
    baseline: base,
    measureIds: measures.map((m) => m.id),
    points,
    front: paretoFront(points),
    frontWithProfit: paretoFrontWithProfit(points),
    evaluations: table.length,
    elapsedMs: performance.now() - t0,
    notQuantifiedItems: [...missing.values()],
  };
}
