// Measure portfolios: Pareto fronts worked out by hand, and the real search over the catalogue.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, selectMeasures } from '../../web/shared/analysis/measures.ts';
import {
  cheapestReaching,
  paretoFront,
  paretoFrontWithProfit,
  runPortfolio,
  type PortfolioPoint,
  type PortfolioResult,
} from '../../web/shared/analysis/portfolio.ts';
import { validateScenario, type Scenario } from '../../web/shared/model/scenario-schema.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { core } from './helpers.ts';

const point = (mask: number, capex: number, avoided: number, profitChange = 0): PortfolioPoint => ({
  mask,
  capex,
  avoided,
  avoidedFraction: avoided / 100,
  profitChange,
  measureIds: [1, 2, 4].filter((b) => mask & b).map(String),
});

describe('Pareto fronts', () => {
  // Baseline releases 100. Portfolios: {} (0, 0), {a} (capex 100, avoids 50), {b} (50, 60), {a,b} (150, 80).
  // By rising capex: (0,0) kept; (50,60) kept; (100,50) avoids less than 60 → dominated; (150,80) kept.
  const points = [point(0, 0, 0), point(1, 100, 50), point(2, 50, 60), point(3, 150, 80)];

  it('keeps only portfolios that avoid more than every cheaper one', () => {
    expect(paretoFront(points)).toEqual([0, 2, 3]);
  });

  it('keeps a dearer portfolio on the three-objective front when it earns more', () => {
    // {a} avoids less than {b} for more capex, but raises profit by 10 where {b} loses 5: not dominated.
    const withProfit = [point(0, 0, 0, 0), point(1, 100, 50, 10), point(2, 50, 60, -5), point(3, 150, 80, 5)];
    expect(paretoFrontWithProfit(withProfit)).toEqual([0, 2, 1, 3]);
  });

  it('names the cheapest portfolio reaching a target', () => {
    const result = { points } as PortfolioResult;
    // ≥ 50 %: {b} (60 %, capex 50) beats {a} (50 %, capex 100) and {a,b} (80 %, capex 150).
    expect(cheapestReaching(result, 0.5)?.mask).toBe(2);
    // ≥ 70 %: only {a,b}.
    expect(cheapestReaching(result, 0.7)?.mask).toBe(3);
    expect(cheapestReaching(result, 0.9)).toBeNull();
  });
});

describe('portfolio search on the Minh Khai line', () => {
  const checked = validateScenario(JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8')));
  const baseline = (checked.ok ? checked.scenario : undefined) as Scenario;
  const catalogue = loadCatalogue(JSON.parse(readFileSync('fixtures/measures.json', 'utf8')));

  it('evaluates every subset once and finds a front that starts at doing nothing', async () => {
    const measures = selectMeasures(catalogue, ['bricks-instead-of-burning', 'sanitary-landfill', 'no-plastic-fuel-lpg', 'cement-kiln-coprocessing']);
    const r = runPortfolio(await core(), loadEfLibrary(), baseline, measures);
    expect(r.evaluations).toBe(16);
    expect(r.points[0].capex).toBe(0);
    expect(r.points[0].avoided).toBe(0);
    expect(r.front[0]).toBe(0);
    // Capex of the full set is the sum of the measures' capex.
    expect(r.points[15].capex).toBe(measures.reduce((s, m) => s + m.capex, 0));
    // Along the front, capex rises and the release avoided rises strictly.
    for (let i = 1; i < r.front.length; i++) {
      expect(r.points[r.front[i]].capex).toBeGreaterThanOrEqual(r.points[r.front[i - 1]].capex);
      expect(r.points[r.front[i]].avoided).toBeGreaterThan(r.points[r.front[i - 1]].avoided);
    }
    // No point off the front avoids more for the same or less capex than a front point.
    for (const m of r.front) {
      const f = r.points[m];
      expect(r.points.some((p) => p.capex <= f.capex && p.avoided > f.avoided)).toBe(false);
    }
    const best = cheapestReaching(r, 0.9);
    expect(best).not.toBeNull();
    expect(best!.avoidedFraction).toBeGreaterThanOrEqual(0.9);
    // Checked by brute force: no portfolio reaching 90 % costs less.
    const reaching = r.points.filter((p) => p.avoided >= 0.9 * r.baseline);
    expect(Math.min(...reaching.map((p) => p.capex))).toBe(best!.capex);
  });
});
