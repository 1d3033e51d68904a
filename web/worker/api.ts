// The worker's API, exposed through comlink by core.worker.ts. Plain async functions, testable
// in Node by handing in a core loader (see createApi).

import type { Core } from '../shared/core.ts';
import type { EmissionFactorLibraryFile } from '../shared/emission-factors.ts';
import { simulateScenario, type SimulateOutcome, type Issue } from '../shared/simulate.ts';
import library from '../../fixtures/emission-factors.json';
import { loadCore, wasmByteLength } from './wasm.ts';

export type { SimulateOutcome, Issue };
export type { ResultDocument } from '../shared/result-types.ts';

export const APP_VERSION = '0.1.0';

export interface CoreApi {
  /** Validates, compiles and runs one scenario in the Wasm core. */
  simulate(scenario: unknown): Promise<SimulateOutcome>;
  info(): Promise<{ appVersion: string; coreBytes: number; efLibraryId: string; efLibraryVersion: number }>;
}

export function createApi(load: () => Promise<Core>, coreBytes: () => Promise<number> = async () => 0): CoreApi {
  const efLibrary = library as unknown as EmissionFactorLibraryFile;
  return {
    async simulate(scenario) {
      const core = await load();
      return simulateScenario(core, scenario, efLibrary);
    },
    async info() {
      return { appVersion: APP_VERSION, coreBytes: await coreBytes(), efLibraryId: efLibrary.id, efLibraryVersion: efLibrary.version };
    },
  };
}

/** The instance core.worker.ts exposes: loads the Wasm with fetch on first use. */
export const api: CoreApi = createApi(loadCore, wasmByteLength);
