// The scenario path map (web/shared/model/field-table.ts, read by field-slots.ts): every number
// the core reads has one row that gives its slot, and compile, the Monte Carlo's and sweeps'
// targets and the share groups all take the slot from it. Slots below are worked out by hand
// from assembly/layout.ts.
import { describe, expect, it } from 'vitest';
import * as L from '../../assembly/layout.ts';
import * as M from '../../assembly/mc-layout.ts';
import { BOUNDS } from '../../web/shared/model/bounds.ts';
import { KEY_LISTS } from '../../web/shared/model/field-table.ts';
import { shareGroupSlots, slotTarget, sweepRows, writeScenarioNumbers } from '../../web/shared/model/field-slots.ts';
import { compileScenario } from '../../web/shared/model/compile.ts';
import { targetOfPointer } from '../../web/shared/analysis/uncertainty.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';
import { scenario as baseScenario, TEST_LIBRARY } from './helpers.ts';

describe('the path map', () => {
  it('gives each number the core reads one slot, inside the parameter block, none shared', () => {
    // Two units with every optional entry, bricks with heat: every row can be a target.
    const removal = Object.fromEntries(KEY_LISTS.component.map((c) => [c, { fraction: 0.1, to: 'rejects' }]));
    const unit = { ...baseScenario().units[0], mtbfHours: 100, mttrHours: 2, heat: { MJPerTonne: 1, fuel: 'coal' }, removal };
    const s = baseScenario({ units: [unit, unit], bricks: { plasticMassFraction: 0.3, brickMassKg: 2, heat: { fuel: 'coal' } } } as never);
    const expand = (pattern: string): string[] => {
      const m = /\*|\{(\w+)\}/.exec(pattern);
      if (!m) return [pattern];
      const keys = m[0] === '*' ? ['0', '1'] : KEY_LISTS[m[1]];
      return keys.flatMap((k) => expand(pattern.replace(m[0], k)));
    };
    const seen = new Map<number, string>();
    for (const row of BOUNDS) {
      if (!row.slot || row.slot.read === 'sum' || row.slot.varies === false) continue;
      for (const pointer of expand(row.pattern.replace('@ef', '/emissionFactors'))) {
        const slot = slotTarget(pointer, s).target.target;
        expect(slot, pointer).toBeGreaterThanOrEqual(0);
        expect(slot, pointer).toBeLessThan(L.P_SIZE);
        expect(seen.get(slot), `${pointer} and ${seen.get(slot)} share slot ${slot}`).toBeUndefined();
        seen.set(slot, pointer);
      }
    }
    // 2 calendar + 2 feed + 8 composition + 2 × (10 unit numbers + 8 removals) + 6 + 2 plastic and
    // inert routes + 1 dump fires + 8 bricks + 10 prices + 3 + 6 + 5 chlorine and HCl + 8 × 16 + 1 factors.
    expect(seen.size).toBe(2 + 2 + 8 + 2 * 18 + 8 + 1 + 8 + 10 + 14 + 129);
  });

  it('finds the slots worked out by hand', () => {
    const s = baseScenario();
    const at = (p: string) => slotTarget(p, s).target;
    // P_UNITS 224 + unit 0 × 32 + U_WORKERS 27.
    expect(at('/units/0/workers').target).toBe(251);
    // P_COMPOSITION 4 + index of PVC (4); a share of the composition group.
    expect(at('/feed/composition/PVC')).toEqual({ target: 8, group: M.GROUP_COMPOSITION, lo: 0, hi: 1 });
    // P_EF 40 + coal (3) × 16 + EF_DLPCB 5 + land (2) = 95.
    expect(at('/emissionFactors/coal/dlpcb/land').target).toBe(95);
    // The HCl shares of the plastic sources sit in the per-source block: P_HCL_RELEASE 178 + cementKiln (source 6).
    expect(at('/releases/hclReleaseFraction/cementKiln').target).toBe(184);
    // The other costs are added up, the separation is not drawn: neither is a target.
    expect(() => at('/otherCosts/0/perYear')).toThrow(/not a number the steady-state model uses/);
    expect(() => at('/residues/separation/PVC/fraction')).toThrow(/not a number the steady-state model uses/);
  });

  it('names the share groups by their slots, in key order', () => {
    expect(shareGroupSlots('composition')).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(shareGroupSlots('plasticRoutes')).toEqual([13, 14, 15, 16, 17, 18]);
    expect(shareGroupSlots('inertRoutes')).toEqual([L.P_INERT_DUMPING, L.P_INERT_LANDFILL]);
  });

  it('writes what a scenario gives, and MODEL.md defaults for what it leaves out', () => {
    const p = new Float64Array(L.P_SIZE);
    writeScenarioNumbers(p, {
      calendar: { daysPerYear: 300 },
      units: [{ workers: 3, heat: { MJPerTonne: 500 }, removal: { dirt: { fraction: 0.8 } } }, {}],
      otherCosts: [{ perYear: 100 }, { perYear: 20, perTonneFeed: 5 }],
    });
    expect(p[L.P_DAYS]).toBe(300);
    expect(p[L.P_HOURS]).toBe(0); // missing numbers mean 0
    expect(p[224 + 27]).toBe(3);
    expect(p[224 + 23]).toBe(500);
    expect(p[224 + 25]).toBe(1); // heat efficiency defaults to 1
    expect(p[224 + 3 + 6]).toBe(0.8); // removal fraction of dirt (component 6)
    expect(p[256 + 0]).toBe(Infinity); // the second unit has no capacity limit
    expect([p[256 + 1], p[256 + 2]]).toEqual([-1, -1]); // nor MTBF and MTTR
    expect(p[L.P_BRICK_HEAT_EFFICIENCY]).toBe(1);
    expect([p[L.P_OTHER_COST_PER_YEAR], p[L.P_OTHER_COST_PER_T_FEED]]).toEqual([120, 5]);
  });

  it('offers sweeps the rows with a sweep place, the dump fires first', () => {
    const rows = sweepRows();
    expect(rows[0].pattern).toBe('/residues/dumpFireFraction');
    expect(rows.some((r) => r.pattern.startsWith('@ef'))).toBe(false);
    expect(targetOfPointer('/residues/dumpFireFraction', baseScenario())).toMatchObject({ target: L.P_DUMP_FIRE_FRACTION, lo: 0, hi: 1 });
  });

  it('compiles every scenario number through its row: a value written at a pointer arrives at its slot', () => {
    const s = baseScenario();
    const base = compileScenario(s, TEST_LIBRARY).params;
    const moved = compileScenario({ ...s, prices: { ...s.prices, lpgPerKg: 12_345 } } as Scenario, TEST_LIBRARY).params;
    const changed = [...moved.keys()].filter((k) => !Object.is(moved[k], base[k]));
    expect(changed).toEqual([L.P_PRICE_LPG]);
  });
});
