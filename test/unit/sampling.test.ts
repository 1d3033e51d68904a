// Sampling in the Monte Carlo core (assembly/mc.ts) through the compiled Wasm: each distribution
// against its theory, truncation, composition renormalisation, paired (common random numbers)
// against independent sampling, and bit-identical results for any split of the draws.
//
// Tolerances are 5 standard errors of the estimator at the sample size N used (a false alarm
// has probability < 1e-6 per check, and the seed is fixed, so the tests are deterministic):
//   mean:      SE = σ/√N
//   variance:  SE(s²) ≈ σ²·√((κ − 1)/N), κ the kurtosis (normal 3, uniform 1.8, triangular 2.4)
//   quantile:  SE(x̂_p) ≈ √(p(1 − p)/N) / f(x_p), f the density at the quantile.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as L from '../../assembly/layout.ts';
import * as M from '../../assembly/mc-layout.ts';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { decodeResult } from '../../web/shared/model/decode.ts';
import { mergeBlocks, planBlocks, planShrinkingBlocks } from '../../web/shared/analysis/mc-plan.ts';
import { figure, HEADLINE_FIGURES } from '../../web/shared/model/result-types.ts';
import { validateScenario, type Dist } from '../../web/shared/model/scenario-schema.ts';
import {
  buildUncertainInputs,
  mcExports,
  pointerKey,
  runModels,
  runMonteCarlo,
  runPaired,
  sampleInputs,
  summarizeBlock,
  summarizePaired,
  UncertaintyError,
  type McBlock,
  type McModel,
  type UncertainInput,
} from '../../web/shared/analysis/uncertainty.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { core, scenario, TEST_LIBRARY } from './helpers.ts';

const N = 100_000;
const Z95 = 1.6448536269514722; // Φ⁻¹(0.95)

function input(dist: Dist, target = L.P_PRICE_PRODUCT, pointer = `/test/${target}`): UncertainInput {
  return { pointer, key: pointerKey(pointer), target, dist, group: M.GROUP_NONE, lo: -Infinity, hi: Infinity, nominal: 0, origin: 'scenario' };
}

async function draws(dist: Dist, n = N, seed = 7): Promise<Float64Array> {
  const model: McModel = { compiled: { params: new Float64Array(L.P_SIZE) }, inputs: [input(dist)] };
  return sampleInputs(await core(), model, { draws: n, seed }).values[0];
}

function stats(x: Float64Array) {
  const n = x.length;
  let sum = 0;
  for (const v of x) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of x) ss += (v - mean) ** 2;
  const sorted = Float64Array.from(x).sort();
  const q = (p: number) => sorted[Math.round(p * (n - 1))];
  return { mean, variance: ss / (n - 1), min: sorted[0], max: sorted[n - 1], q };
}

/** Checks mean, variance and P5/P50/P95 against theory within 5 standard errors. */
function checkMoments(x: Float64Array, theory: { mean: number; variance: number; kurtosis: number; quantiles: [number, number, number][] }) {
  const s = stats(x);
  const n = x.length;
  expect(Math.abs(s.mean - theory.mean)).toBeLessThan(5 * Math.sqrt(theory.variance / n));
  expect(Math.abs(s.variance - theory.variance)).toBeLessThan(5 * theory.variance * Math.sqrt((theory.kurtosis - 1) / n));
  for (const [p, xp, density] of theory.quantiles) {
    expect(Math.abs(s.q(p) - xp)).toBeLessThan((5 * Math.sqrt((p * (1 - p)) / n)) / density);
  }
}

const normalPdf = (x: number, mu: number, sd: number) => Math.exp(-0.5 * ((x - mu) / sd) ** 2) / (sd * Math.sqrt(2 * Math.PI));

describe('the counter-based generator and the normal functions', () => {
  it('gives draw i of a key independently of the block that computes it and of other keys', async () => {
    const mc = mcExports(await core());
    const u = mc.mcUniform(1, 12345, 0, 42);
    expect(u).toBeGreaterThan(0);
    expect(u).toBeLessThan(1);
    expect(mc.mcUniform(1, 12345, 0, 42)).toBe(u);
    expect(mc.mcUniform(2, 12345, 0, 42)).not.toBe(u); // another seed
    expect(mc.mcUniform(1, 12346, 0, 42)).not.toBe(u); // another key
    expect(mc.mcUniform(1, 12345, 1, 42)).not.toBe(u); // the Saltelli B stream
    // Two keys' streams are uncorrelated: |r| < 5/√N (SE of a correlation of independent series).
    const n = 20_000;
    const a = new Float64Array(n),
      b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      a[i] = mc.mcUniform(1, 1, 0, i) - 0.5;
      b[i] = mc.mcUniform(1, 2, 0, i) - 0.5;
    }
    let ab = 0,
      aa = 0,
      bb = 0;
    for (let i = 0; i < n; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    expect(Math.abs(ab / Math.sqrt(aa * bb))).toBeLessThan(5 / Math.sqrt(n));
    // Uniform(0,1): mean 1/2, variance 1/12 → SE of the mean √(1/12/n).
    expect(Math.abs(aa / n - 1 / 12)).toBeLessThan(5 * (1 / 12) * Math.sqrt(0.8 / n));
  });

  it('computes Φ and Φ⁻¹ to near machine precision', async () => {
    const mc = mcExports(await core());
    // Reference values (tables / R's qnorm and pnorm).
    expect(mc.mcNormalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(mc.mcNormalQuantile(0.05)).toBeCloseTo(-Z95, 14);
    expect(mc.mcNormalQuantile(0.5)).toBe(0);
    expect(mc.mcNormalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(Math.abs(mc.mcNormalCdf(-6) / 9.865876450376946e-10 - 1)).toBeLessThan(1e-9);
    expect(Math.abs(mc.mcNormalCdf(-10) / 7.61985302416047e-24 - 1)).toBeLessThan(1e-9);
    for (let p = 1e-12; p < 1; p = p < 0.01 ? p * 10 : p + 0.01) {
      expect(Math.abs(mc.mcNormalCdf(mc.mcNormalQuantile(p)) - p)).toBeLessThan(1e-14 + 1e-10 * p);
    }
  });
});

describe('each distribution matches its theory (N = 100,000, 5 standard errors)', () => {
  it('lognormal (median 40, GSD 3.2): ln X is normal, X has the lognormal mean and quantiles', async () => {
    const x = await draws({ type: 'lognormal', median: 40, gsd: 3.2 });
    // σ = ln 3.2; ln X ~ N(ln 40, σ²); x_p = 40·3.2^z_p; f(x_p) = φ(z_p)/(x_p σ).
    const s = Math.log(3.2);
    const logs = x.map(Math.log);
    const phi = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    checkMoments(logs, {
      mean: Math.log(40),
      variance: s * s,
      kurtosis: 3,
      quantiles: [
        [0.05, Math.log(40) - Z95 * s, phi(Z95) / s],
        [0.5, Math.log(40), phi(0) / s],
        [0.95, Math.log(40) + Z95 * s, phi(Z95) / s],
      ],
    });
    const q = (z: number) => 40 * 3.2 ** z;
    const meanX = 40 * Math.exp((s * s) / 2); // 78.68
    const sdX = meanX * Math.sqrt(Math.exp(s * s) - 1);
    expect(Math.abs(stats(x).mean - meanX)).toBeLessThan((5 * sdX) / Math.sqrt(N));
    for (const z of [-Z95, 0, Z95]) {
      const p = z === 0 ? 0.5 : z < 0 ? 0.05 : 0.95;
      expect(Math.abs(stats(x).q(p) - q(z))).toBeLessThan((5 * Math.sqrt((p * (1 - p)) / N)) / (phi(z) / (q(z) * s)));
    }
  });

  it('triangular (1, 2, 5)', async () => {
    // mean (1+2+5)/3 = 8/3; variance (1+4+25−2−5−10)/18 = 13/18; F(mode) = (2−1)/(5−1) = 1/4.
    // P5 = 1 + √(0.05·4·1) = 1.4472136; P50 = 5 − √(0.5·4·3) = 2.5505103; P95 = 5 − √(0.05·12) = 4.2254033.
    // Density: 2(x−1)/(4·1) below the mode, 2(5−x)/(4·3) above.
    const f = (x: number) => (x < 2 ? (2 * (x - 1)) / 4 : (2 * (5 - x)) / 12);
    const qs: [number, number][] = [
      [0.05, 1 + Math.sqrt(0.2)],
      [0.5, 5 - Math.sqrt(6)],
      [0.95, 5 - Math.sqrt(0.6)],
    ];
    checkMoments(await draws({ type: 'triangular', min: 1, mode: 2, max: 5 }), {
      mean: 8 / 3,
      variance: 13 / 18,
      kurtosis: 2.4,
      quantiles: qs.map(([p, x]) => [p, x, f(x)]),
    });
  });

  it('uniform (2, 6)', async () => {
    // mean 4, variance 4²/12 = 4/3, P5 2.2, P50 4, P95 5.8, density 1/4.
    const x = await draws({ type: 'uniform', min: 2, max: 6 });
    checkMoments(x, {
      mean: 4,
      variance: 4 / 3,
      kurtosis: 1.8,
      quantiles: [
        [0.05, 2.2, 0.25],
        [0.5, 4, 0.25],
        [0.95, 5.8, 0.25],
      ],
    });
    expect(stats(x).min).toBeGreaterThanOrEqual(2);
    expect(stats(x).max).toBeLessThanOrEqual(6);
  });

  it('normal (10, 2) without bounds', async () => {
    // P5 = 10 − 2·1.6449 = 6.7103; P95 = 13.2897.
    checkMoments(await draws({ type: 'normal', mean: 10, sd: 2 }), {
      mean: 10,
      variance: 4,
      kurtosis: 3,
      quantiles: [
        [0.05, 10 - 2 * Z95, normalPdf(10 - 2 * Z95, 10, 2)],
        [0.5, 10, normalPdf(10, 10, 2)],
        [0.95, 10 + 2 * Z95, normalPdf(10 + 2 * Z95, 10, 2)],
      ],
    });
  });

  // The truncated normal's theory by numerical integration of its density (Simpson, 20,000
  // panels), independent of the core's Φ; quantiles by bisection on that CDF.
  function truncatedTheory(mu: number, sd: number, lo: number, hi: number) {
    const m = 20_000,
      h = (hi - lo) / m;
    const xs = Array.from({ length: m + 1 }, (_, i) => lo + i * h);
    const w = (i: number) => (i === 0 || i === m ? 1 : i % 2 ? 4 : 2);
    const integral = (g: (x: number) => number) => (h / 3) * xs.reduce((s, x, i) => s + w(i) * g(x) * normalPdf(x, mu, sd), 0);
    const z = integral(() => 1);
    const mean = integral((x) => x) / z;
    const variance = integral((x) => (x - mean) ** 2) / z;
    const kurtosis = integral((x) => (x - mean) ** 4) / z / variance ** 2;
    const cdf = (t: number) => {
      let s = 0;
      const k = 2000,
        hh = (t - lo) / k;
      for (let i = 0; i <= k; i++) s += (i === 0 || i === k ? 1 : i % 2 ? 4 : 2) * normalPdf(lo + i * hh, mu, sd);
      return ((hh / 3) * s) / z;
    };
    const quantile = (p: number) => {
      let a = lo,
        b = hi;
      for (let i = 0; i < 60; i++) {
        const c = (a + b) / 2;
        if (cdf(c) < p) a = c;
        else b = c;
      }
      return (a + b) / 2;
    };
    const density = (x: number) => normalPdf(x, mu, sd) / z;
    const quantiles = [0.05, 0.5, 0.95].map((p): [number, number, number] => [p, quantile(p), density(quantile(p))]);
    return { mean, variance, kurtosis, quantiles };
  }

  it('normal (10, 2) truncated to [9, 15] stays within its bounds and matches the truncated theory', async () => {
    const x = await draws({ type: 'normal', mean: 10, sd: 2, min: 9, max: 15 });
    const s = stats(x);
    expect(s.min).toBeGreaterThanOrEqual(9);
    expect(s.max).toBeLessThanOrEqual(15);
    checkMoments(x, truncatedTheory(10, 2, 9, 15));
  });

  it('normal (0, 1) truncated far in the upper tail, to [4, 6]', async () => {
    const x = await draws({ type: 'normal', mean: 0, sd: 1, min: 4, max: 6 });
    const s = stats(x);
    expect(s.min).toBeGreaterThanOrEqual(4);
    expect(s.max).toBeLessThanOrEqual(6);
    checkMoments(x, truncatedTheory(0, 1, 4, 6));
  });

  it('normal truncated below at 0 (the library default for PM2.5, mean 9.8, sd 5.7) never goes negative', async () => {
    const x = await draws({ type: 'normal', mean: 9.8, sd: 5.7, min: 0 });
    expect(stats(x).min).toBeGreaterThanOrEqual(0);
    checkMoments(x, truncatedTheory(9.8, 5.7, 0, 9.8 + 12 * 5.7));
  });
});

describe('composition renormalisation (MODEL.md section 5)', () => {
  const base = scenario({
    feed: { tonnesPerDay: 1, composition: { PE: 0.5, PP: 0.2, PS: 0.03, PET: 0.04, PVC: 0.03, otherPlastic: 0.05, dirt: 0.1, moisture: 0.05 } },
  });

  async function drawComposition(uncertainty: { path: string; dist: Dist }[], n: number) {
    const s = { ...base, uncertainty } as typeof base;
    const compiled = compileScenario(s, TEST_LIBRARY);
    const model = { compiled, inputs: buildUncertainInputs(s, compiled) };
    const c = await core();
    const mc = mcExports(c);
    const sampled = sampleInputs(c, model, { draws: n, seed: 3 }).values;
    const rows: Float64Array[] = [];
    for (let d = 0; d < n; d++) {
      sampleInputs(c, model, { draws: n, seed: 3, start: d, count: 1 });
      rows.push(c.view(mc.mcWorkPtr(0), L.P_SIZE).slice(L.P_COMPOSITION, L.P_COMPOSITION + 8));
    }
    return { sampled, rows };
  }

  it('keeps the sum at 1 and the sampled component at its drawn value; the others keep their ratios', async () => {
    const { sampled, rows } = await drawComposition([{ path: '/feed/composition/PVC', dist: { type: 'uniform', min: 0, max: 0.3 } }], 500);
    rows.forEach((c, d) => {
      const pvc = sampled[0][d];
      expect(c[4]).toBe(pvc);
      expect(Math.abs(c.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-15);
      // Others scale by (1 − PVC)/0.97: PE/PP stays 0.5/0.2.
      expect(c[0] / c[1]).toBeCloseTo(2.5, 12);
      expect(c[0]).toBeCloseTo((0.5 * (1 - pvc)) / 0.97, 14);
    });
  });

  it('with two sampled components, both keep their values while their sum is at most 1', async () => {
    const { sampled, rows } = await drawComposition(
      [
        { path: '/feed/composition/PVC', dist: { type: 'uniform', min: 0, max: 0.2 } },
        { path: '/feed/composition/dirt', dist: { type: 'triangular', min: 0, mode: 0.1, max: 0.4 } },
      ],
      300,
    );
    rows.forEach((c, d) => {
      expect(c[4]).toBe(sampled[0][d]);
      expect(c[6]).toBe(sampled[1][d]);
      expect(Math.abs(c.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-15);
    });
  });

  it('scales the sampled components to sum 1 (others 0) when they alone exceed 1', async () => {
    const { rows } = await drawComposition(
      [
        { path: '/feed/composition/PE', dist: { type: 'uniform', min: 0.6, max: 0.9 } },
        { path: '/feed/composition/PP', dist: { type: 'uniform', min: 0.6, max: 0.9 } },
      ],
      50,
    );
    for (const c of rows) {
      expect(Math.abs(c[0] + c[1] - 1)).toBeLessThan(1e-15);
      expect(c.slice(2).every((v) => v === 0)).toBe(true);
    }
  });
});

describe('uncertain inputs of a scenario', () => {
  it('maps pointers to parameters and names the path when one does not map to a number the core uses', () => {
    const s = scenario({ uncertainty: [{ path: '/units/0/capacityKgPerHour', dist: { type: 'uniform', min: 100, max: 200 } }] } as never);
    const compiled = compileScenario(s, TEST_LIBRARY);
    const [unit] = buildUncertainInputs(s, compiled);
    expect(unit.target).toBe(L.P_UNITS + L.U_CAPACITY_KG_PER_H);
    for (const path of ['/site/name', '/units/3/capacityKgPerHour', '/discountRate', '/units/0/heat/fuel', '/emissionFactors/openBurning/pcddf/water']) {
      const bad = { ...s, uncertainty: [{ path, dist: { type: 'uniform', min: 0, max: 1 } }] } as typeof s;
      expect(() => buildUncertainInputs(bad, compiled)).toThrowError(UncertaintyError);
      expect(() => buildUncertainInputs(bad, compiled)).toThrowError(path);
    }
  });

  it('takes the library default distributions, keyed by pointer; a plain override makes a factor fixed', () => {
    const library = loadEfLibrary();
    const s = scenario();
    const inputs = buildUncertainInputs(s, compileScenario(s, library));
    const ob = inputs.find((i) => i.pointer === '/emissionFactors/openBurning/pcddf/air');
    expect(ob?.dist).toEqual({ type: 'lognormal', median: 40, gsd: 3.2 });
    expect(ob?.key).toBe(pointerKey('/emissionFactors/openBurning/pcddf/air'));
    const fixed = { ...s, emissionFactors: { openBurning: { pcddf: { air: 55 } } } } as typeof s;
    expect(buildUncertainInputs(fixed, compileScenario(fixed, library)).some((i) => i.pointer === ob?.pointer)).toBe(false);
  });

  it('writes the headline figures in HEADLINE_FIGURES order (same as the decoded result document)', async () => {
    const c = await core();
    const s = JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8'));
    const checked = validateScenario(s);
    if (!checked.ok) throw new Error('fixture invalid');
    const compiled = compileScenario(checked.scenario, loadEfLibrary());
    const block = runMonteCarlo(c, compiled, [], { draws: 1, seed: 1 });
    const doc = decodeResult(c.evaluate(compiled.params), compiled, 'x');
    HEADLINE_FIGURES.forEach((name, f) => expect(block.values[f][0]).toBe(figure(doc, name)));
  });
});

describe('paired sampling (common random numbers)', () => {
  // before: 10 t of PE rejects burned in the open; after: 9 t. pcddf.air = t × X with
  // X ~ N(40, 4) (truncation at 0 is 10 sd away). Paired: after − before = −1·X, spread
  // |a − b|·σ = 4. Independent: spread √(a² + b²)·σ = √181·4 = 53.8.
  const line = (fraction: number) =>
    scenario({
      units: [{ id: 'u1', type: 'sorting', removal: { PE: { fraction, to: 'rejects' } } }],
      uncertainty: [{ path: '/emissionFactors/openBurning/pcddf/air', dist: { type: 'normal', mean: 40, sd: 4, min: 0 } }],
    } as never);
  const model = (fraction: number): McModel => {
    const s = line(fraction);
    const compiled = compileScenario(s, TEST_LIBRARY);
    return { compiled, inputs: buildUncertainInputs(s, compiled) };
  };
  const sd = (x: Float64Array) => Math.sqrt(stats(x).variance);
  const n = 20_000;

  it('gives a difference whose spread is |a − b|·σ, narrower than independent sampling (√(a² + b²)·σ)', async () => {
    const c = await core();
    const before = model(0.1),
      after = model(0.09);
    const paired = runPaired(c, before, after, { draws: n, seed: 11 });
    const independentAfter = { ...after, inputs: after.inputs.map((i) => ({ ...i, key: i.key + 1 })) };
    const independent = runPaired(c, before, independentAfter, { draws: n, seed: 11 });
    const diff = (b: McBlock) => b.values[M.N_HEADLINE + M.H_PCDDF_AIR].map((v, i) => v - b.values[M.H_PCDDF_AIR][i]);
    const x = paired.values[M.H_PCDDF_AIR].map((v) => v / 10); // the draws of X
    // Paired: exactly −1 × X draw by draw (to rounding), so sd(diff) = sd(X).
    expect(Math.abs(sd(diff(paired)) / sd(x) - 1)).toBeLessThan(1e-9);
    // SE of a sample sd for a normal: σ/√(2n); 5 SE.
    expect(Math.abs(sd(diff(paired)) - 4)).toBeLessThan((5 * 4) / Math.sqrt(2 * n));
    expect(Math.abs(sd(diff(independent)) - Math.sqrt(181) * 4)).toBeLessThan((5 * Math.sqrt(181) * 4) / Math.sqrt(2 * n));
    // After burns less in every paired draw. Independently, 9X' − 10X ~ N(−40, 53.8²), so after is
    // lower with probability Φ(40/53.8) = Φ(10/√181) = Φ(0.7433) = 0.7713; SE √(p(1 − p)/n).
    expect(summarizePaired(paired).probabilityAfterBetter['pcddf.air']).toBe(1);
    const p = 0.7713481925773364;
    expect(Math.abs(summarizePaired(independent).probabilityAfterBetter['pcddf.air'] - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
  });
});

describe('splitting the draws', () => {
  it('gives bit-identical values and summaries for 1, 2 and 4 blocks (single and paired)', async () => {
    const c = await core();
    const library = loadEfLibrary();
    const checked = validateScenario(JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8')));
    if (!checked.ok) throw new Error('fixture invalid');
    const compiled = compileScenario(checked.scenario, library);
    const before: McModel = { compiled, inputs: buildUncertainInputs(checked.scenario, compiled) };
    const afterScenario = { ...checked.scenario, residues: { ...checked.scenario.residues, dumpFireFraction: 0 } };
    const afterCompiled = compileScenario(afterScenario, library);
    const after: McModel = { compiled: afterCompiled, inputs: buildUncertainInputs(afterScenario, afterCompiled) };
    const draws = 10_000,
      seed = 1;
    const run = (workers: number, models: McModel[]) =>
      mergeBlocks(
        planBlocks(draws, workers, 1500)
          .reverse()
          .map((b) => runModels(c, models, { draws, seed, ...b })),
      );
    const bytes = (b: McBlock) => Buffer.concat(b.values.map((v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength)));
    for (const models of [[before], [before, after]]) {
      const [one, two, four] = [1, 2, 4].map((w) => run(w, models));
      expect(bytes(two).equals(bytes(one))).toBe(true);
      expect(bytes(four).equals(bytes(one))).toBe(true);
      const summary = (b: McBlock) => JSON.stringify(models.length === 1 ? summarizeBlock(b) : summarizePaired(b));
      expect(summary(two)).toBe(summary(one));
      expect(summary(four)).toBe(summary(one));
    }
  });

  it('plans contiguous blocks that cover the draws', () => {
    expect(planBlocks(10, 4, 2048)).toEqual([
      { start: 0, count: 3 },
      { start: 3, count: 3 },
      { start: 6, count: 3 },
      { start: 9, count: 1 },
    ]);
    expect(planBlocks(5000, 1, 2048).map((b) => b.count)).toEqual([2048, 2048, 904]);
    expect(planBlocks(0, 2)).toEqual([]);
  });

  it('plans shrinking blocks: a (4 × workers)th of the draws left, between 2,048 and 8,192', () => {
    // 100,000 draws on 2 workers: ⌈100,000 / 8⌉ = 12,500 → 8,192 (the most), five times (40,960
    // draws); then 59,040 left → ⌈59,040 / 8⌉ = 7,380; 51,660 → 6,458; 45,202 → 5,651;
    // 39,551 → 4,944; 34,607 → 4,326; 30,281 → 3,786; 26,495 → 3,312; 23,183 → 2,898;
    // 20,285 → 2,536; 17,749 → 2,219; 15,530 → ⌈1,941.25⌉ = 1,942 → 2,048 (the least), seven
    // times (14,336); the last 1,194 alone.
    const blocks = planShrinkingBlocks(100_000, 2);
    expect(blocks.map((b) => b.count)).toEqual([
      8192, 8192, 8192, 8192, 8192, 7380, 6458, 5651, 4944, 4326, 3786, 3312, 2898, 2536, 2219, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 1194,
    ]);
    // Contiguous from 0 to 100,000.
    blocks.forEach((b, i) => expect(b.start).toBe(i === 0 ? 0 : blocks[i - 1].start + blocks[i - 1].count));
    expect(blocks.at(-1)!.start + blocks.at(-1)!.count).toBe(100_000);
    // 10,000 on 2: ⌈10,000 / 8⌉ = 1,250 → 2,048 throughout, the last 1,808.
    expect(planShrinkingBlocks(10_000, 2).map((b) => b.count)).toEqual([2048, 2048, 2048, 2048, 1808]);
    // Too few draws for 2,048 a worker: every worker still gets some (128 on 2: 64 each).
    expect(planShrinkingBlocks(128, 2)).toEqual([
      { start: 0, count: 64 },
      { start: 64, count: 64 },
    ]);
    expect(planShrinkingBlocks(0, 2)).toEqual([]);
    expect(() => planShrinkingBlocks(10, 2, 2048, 1000)).toThrow(/max/);
    expect(() =>
      mergeBlocks([
        { start: 0, count: 2, values: [new Float64Array(2)] },
        { start: 3, count: 1, values: [new Float64Array(1)] },
      ]),
    ).toThrow(/contiguous/);
  });
});
