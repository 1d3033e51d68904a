// Shared helpers for unit tests: a small emission-factor library with round numbers, a
// scenario builder, and one-call evaluation through the real compiled Wasm core.

import { compileScenario } from '../../web/shared/model/compile.ts';
import { decodeResult } from '../../web/shared/model/decode.ts';
import type { Core } from '../../web/shared/model/core.ts';
import type { EmissionFactorLibraryFile } from '../../web/shared/model/emission-factors.ts';
import type { ResultDocument } from '../../web/shared/model/result-types.ts';
import type { Scenario } from '../../web/shared/model/scenario-schema.ts';
import { loadCoreNode } from '../../web/cli/load-core-node.ts';

let corePromise: Promise<Core> | undefined;
export function core(): Promise<Core> {
  corePromise ??= loadCoreNode();
  return corePromise;
}

/** Round-number factors so that expected values can be worked out by hand. */
export const TEST_LIBRARY: EmissionFactorLibraryFile = {
  format: 'plastic-line-emission-factors',
  version: 1,
  id: 'test',
  factors: {
    openBurning: { pcddf: { air: 40, water: 'ND', land: 1 }, dlpcb: { air: 2 }, pm25: 9.8, pm10: 11.9, bc: 0.65, co: 38, ch4: 6.5 },
    dumpFire: { pcddf: { air: 300, land: 10 }, dlpcb: { air: 30 }, pm25: 9.8, pm10: 11.9, bc: 0.65, co: 38, ch4: 6.5 },
    plasticFuel: { pcddf: { air: 40, land: 1 }, dlpcb: { air: 2 }, pm25: 9.8, pm10: 11.9, bc: 0.65, co: 38, ch4: 6.5 },
    coal: { pcddf: { air: 100, land: 'ND' }, co2PerTJ: 94.6 },
    wood: { pcddf: { air: 100 }, co2PerTJ: 112 },
    lpg: { pcddf: { air: 1.5 }, co2PerTJ: 63.1 },
    cementKiln: { pcddf: { air: 0 } },
    brickMelt: { pcddf: { air: 'ND' } },
    gridCo2PerMWh: 0.6592,
  },
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A minimal valid-shaped scenario: 100 t/yr of pure PE, one pass-through unit, no prices. */
export function scenario(over: DeepPartial<Scenario> & Record<string, unknown> = {}): Scenario {
  return {
    format: 'plastic-line-scenario',
    version: 1,
    id: 'test',
    name: 'Test line',
    calendar: { daysPerYear: 100, hoursPerDay: 10 },
    feed: { tonnesPerDay: 1, composition: { PE: 1 } },
    units: [{ id: 'u1', type: 'sorting' }],
    residues: { plasticRoutes: { openBurning: 1 }, inertRoutes: { dumping: 1 }, dumpFireFraction: 0 },
    ...over,
  } as unknown as Scenario;
}

export async function run(s: Scenario, library: EmissionFactorLibraryFile = TEST_LIBRARY): Promise<ResultDocument> {
  const compiled = compileScenario(s, library);
  const block = (await core()).evaluate(compiled.params);
  return decodeResult(block, compiled, s.id);
}
