// The worker's sweep and portfolio methods, called directly in Node.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../web/worker/api.ts';
import { loadCoreNode } from '../../web/cli/load-core-node.ts';

const api = createApi(() => loadCoreNode());
const minhKhai = JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8'));

describe('worker API: workbench', () => {
  it('sweeps the dump-fire fraction: PCDD/F to air rises linearly with it', async () => {
    const out = await api.sweep(minhKhai, [{ pointer: '/residues/dumpFireFraction', from: 0, to: 1, steps: 5 }]);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const air = [...out.value.figures['pcddf.air']];
    // Linear in the fraction: equal steps give equal increments.
    const steps = air.slice(1).map((v, i) => v - air[i]);
    for (const d of steps) expect(d).toBeCloseTo(steps[0], 6);
    expect(steps[0]).toBeGreaterThan(0);
  });

  it('refuses a sweep of a field the model does not use, naming it', async () => {
    const out = await api.sweep(minhKhai, [{ pointer: '/site/name', from: 0, to: 1, steps: 3 }]);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0].message).toMatch(/\/site\/name/);
  });

  it('searches every portfolio of the chosen measures', async () => {
    const ids = ['bricks-instead-of-burning', 'sanitary-landfill', 'no-plastic-fuel-lpg'];
    const out = await api.portfolio(minhKhai, ids);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.points).toHaveLength(8);
    expect(out.value.front[0]).toBe(0);
  });
});
