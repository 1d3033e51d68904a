// The worker's API, exposed through comlink by core.worker.ts. Plain async functions, testable
// in Node by handing in a core loader (see createApi).

import type { Core } from '../shared/core.ts';
import type { EmissionFactorLibraryFile } from '../shared/emission-factors.ts';
import { simulateScenario, runScenario, type SimulateOutcome, type Issue } from '../shared/simulate.ts';
import { DynamicsEngine, runDynamics, type DynamicsOptions, type DynamicsSummary } from '../shared/dynamics.ts';
import { validateScenario } from '../shared/scenario-schema.ts';
import type { ResultDocument } from '../shared/result-types.ts';
import library from '../../fixtures/emission-factors.json';
import { loadCore, wasmByteLength } from './wasm.ts';

export type { SimulateOutcome, Issue, DynamicsOptions, DynamicsSummary };

export type DynamicsOutcome =
  | { ok: true; summary: DynamicsSummary; steady: ResultDocument; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };
export type { ResultDocument } from '../shared/result-types.ts';

export const APP_VERSION = '0.1.0';

export interface CoreApi {
  /** Validates, compiles and runs one scenario in the Wasm core. */
  simulate(scenario: unknown): Promise<SimulateOutcome>;
  /** Discrete-event replications of the line (MODEL.md section 7), with the steady state beside. */
  dynamics(scenario: unknown, options: DynamicsOptions): Promise<DynamicsOutcome>;
  info(): Promise<{ appVersion: string; coreBytes: number; efLibraryId: string; efLibraryVersion: number }>;
}

export function createApi(load: () => Promise<Core>, coreBytes: () => Promise<number> = async () => 0): CoreApi {
  const efLibrary = library as unknown as EmissionFactorLibraryFile;
  return {
    async simulate(scenario) {
      const core = await load();
      return simulateScenario(core, scenario, efLibrary);
    },
    async dynamics(scenario, options) {
      const core = await load();
      const checked = validateScenario(scenario);
      if (!checked.ok) return { ok: false, errors: checked.errors, warnings: checked.warnings };
      const summary = runDynamics(new DynamicsEngine(core), checked.scenario, efLibrary, options);
      const steady = runScenario(core, checked.scenario, efLibrary);
      return { ok: true, summary, steady, warnings: checked.warnings };
    },
    async info() {
      return { appVersion: APP_VERSION, coreBytes: await coreBytes(), efLibraryId: efLibrary.id, efLibraryVersion: efLibrary.version };
    },
  };
}

/** The instance core.worker.ts exposes: loads the Wasm with fetch on first use. */
export const api: CoreApi = createApi(loadCore, wasmByteLength);
