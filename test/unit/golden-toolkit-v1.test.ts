// Regression (issue 13): under the Toolkit method, a scenario that uses none of the fields added
// for chlorine, HCl, the brick melt and other costs gives exactly the figures it gave before
// that work. fixtures/golden/toolkit-v1/ holds the four village scenarios (the "after" ones with
// their measures already applied) and the result documents the core printed for them before
// the change. Every number in those documents must come out bit for bit the same; keys added
// since (HCl, chlorine, other costs) are extensions and not compared.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEfLibrary } from '../../web/cli/load-core-node.ts';
import { validateScenario } from '../../web/shared/model/scenario-schema.ts';
import { runScenario } from '../../web/shared/model/simulate.ts';
import { core } from './helpers.ts';

const DIR = new URL('../../fixtures/golden/toolkit-v1/', import.meta.url);
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.scenario.json'))
  .map((f) => f.replace('.scenario.json', ''));

/** Every leaf of `golden` with its path, compared against the same path in `actual`. */
function differences(golden: unknown, actual: unknown, path = ''): string[] {
  if (golden !== null && typeof golden === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${path}: expected an object or list, got ${JSON.stringify(actual)}`];
    return Object.entries(golden).flatMap(([k, v]) => differences(v, (actual as Record<string, unknown>)[k], `${path}/${k}`));
  }
  return Object.is(golden, actual) ? [] : [`${path}: ${JSON.stringify(golden)} before, ${JSON.stringify(actual)} now`];
}

describe('golden results under the Toolkit method (fixtures/golden/toolkit-v1)', () => {
  it('holds the four village scenarios', () => {
    expect(NAMES.sort()).toEqual(['minh-khai-after', 'minh-khai-before', 'phan-boi-after', 'phan-boi-before']);
  });

  for (const name of NAMES) {
    it(`${name}: every figure is unchanged, bit for bit`, async () => {
      const scenario = JSON.parse(readFileSync(new URL(`${name}.scenario.json`, DIR), 'utf8'));
      const golden = JSON.parse(readFileSync(new URL(`${name}.result.json`, DIR), 'utf8'));
      const checked = validateScenario(scenario);
      expect(checked.ok).toBe(true);
      if (!checked.ok) return;
      const result = JSON.parse(JSON.stringify(runScenario(await core(), checked.scenario, loadEfLibrary())));
      expect(differences(golden, result)).toEqual([]);
    });
  }
});
