// Monte Carlo draws that move none of the balance's parameters reuse the balance of the call's
// first draw (assembly/mc-reuse.ts). Two checks: the slots the core says the balance does not
// read are none of those assembly/balance.ts reads (its source, read as text), and every draw of
// such runs gives bit for bit the figures of a whole evaluation of that draw's parameter block.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as L from '../../assembly/layout.ts';
import { compileScenario, type CompiledScenario } from '../../web/shared/model/compile.ts';
import { decodeResult } from '../../web/shared/model/decode.ts';
import { figure, HEADLINE_FIGURES } from '../../web/shared/model/result-types.ts';
import { validateScenario, type Scenario } from '../../web/shared/model/scenario-schema.ts';
import { buildUncertainInputs, loadModel, mcExports, type McModel } from '../../web/shared/analysis/uncertainty.ts';
import * as M from '../../assembly/mc-layout.ts';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { core } from './helpers.ts';

const balanceReads = async (slot: number) => ((await core()).exports.mcBalanceReads as (i: number) => number)(slot) === 1;

describe('the parameters the balance reads', () => {
  it('are, by the core, the masses, energy and water; not the prices, factors, chlorine or HCl', async () => {
    for (const slot of [L.P_DAYS, L.P_FEED_T_PER_DAY, L.P_COMPOSITION + 7, L.P_BRICK_HEAT_MJ_PER_T, L.P_SEPARATION_ROUTE + 5, L.P_UNITS, L.P_SIZE - 1])
      expect(await balanceReads(slot), `slot ${slot}`).toBe(true);
    for (const slot of [L.P_FEED_PRICE, L.P_WAGE, L.P_GRID_CO2_PER_MWH, L.P_EF, L.P_EF + 8 * 16 - 1, L.P_CL_EXPONENT, L.P_CL_FRACTION + 4, L.P_HCL_RELEASE + 7])
      expect(await balanceReads(slot), `slot ${slot}`).toBe(false);
  });

  it('include every slot that balance.ts reads', async () => {
    const source = readFileSync('assembly/balance.ts', 'utf8');
    // Parameters are read through p() and u() of block.ts only (no factor, no raw load).
    expect(source).not.toMatch(/\bef\(|load<f64>\(pb/);
    const layout = L as unknown as Record<string, number>;
    const starts = Object.entries(layout)
      .filter(([k]) => k.startsWith('P_') && k !== 'P_SIZE')
      .map(([, v]) => v)
      .sort((a, b) => a - b);
    const names = new Set([...source.matchAll(/\bp\((P_[A-Z0-9_]+)/g)].map((m) => m[1]));
    expect(names.size).toBeGreaterThan(15);
    expect(source).toMatch(/\bu\(k, U_/); // the units' fields: every slot from P_UNITS on
    for (const name of names) {
      const from = layout[name];
      const to = starts.find((v) => v > from) ?? L.P_SIZE; // a named slot and the slots up to the next name
      for (let slot = from; slot < to; slot++) expect(await balanceReads(slot), `${name} + ${slot - from}`).toBe(true);
    }
    for (let slot = L.P_UNITS; slot < L.P_SIZE; slot++) if (!(await balanceReads(slot))) expect.fail(`unit slot ${slot}`);
  });
});

function minhKhai(uncertainty: Scenario['uncertainty']): McModel & { compiled: CompiledScenario } {
  const checked = validateScenario({ ...JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8')), uncertainty });
  if (!checked.ok) throw new Error('fixture invalid');
  const compiled = compileScenario(checked.scenario, loadEfLibrary());
  return { compiled, inputs: buildUncertainInputs(checked.scenario, compiled) };
}

describe('a Monte Carlo run that reuses the balance', () => {
  it('gives each draw the figures of its whole parameter block, paired with a block that cannot reuse it', async () => {
    const c = await core();
    const mc = mcExports(c);
    // Block 0: the library's factors and release parameters and a price (reusable); block 1: the
    // feed as well (read by the balance: evaluated whole at every draw).
    const prices = minhKhai([{ path: '/prices/productPerTonne', dist: { type: 'uniform', min: 1e6, max: 2e7 } }]);
    const feed = minhKhai([{ path: '/feed/tonnesPerDay', dist: { type: 'triangular', min: 1, mode: 2, max: 4 } }]);
    loadModel(c, 0, prices);
    loadModel(c, 1, feed);
    const n = 150;
    const i0 = 1000;
    expect(mc.mcRun(42, 2, i0, n)).toBe(M.MC_OK);
    const out = new Float64Array(c.exports.memory.buffer, mc.mcOutPtr(), 2 * M.N_HEADLINE * n).slice();
    for (const d of [0, 1, 63, 64, 149]) {
      for (const [b, model] of [prices, feed].entries()) {
        expect(mc.mcSample(42, b, i0 + d, 1)).toBe(M.MC_OK);
        const block = new Float64Array(c.exports.memory.buffer, mc.mcWorkPtr(b), L.P_SIZE).slice();
        const doc = decodeResult(c.evaluate(block), model.compiled, 'x');
        HEADLINE_FIGURES.forEach((name, f) => expect(out[(b * M.N_HEADLINE + f) * n + d], `draw ${d}, block ${b}, ${name}`).toBe(figure(doc, name)));
      }
    }
  });
});
