// One steady-state run, from whatever the user gave us to the result document:
// scenario → schema → numeric parameters → Wasm → result. Shared by the worker and the CLI.

import type { Core } from './core.ts';
import { compileScenario } from './compile.ts';
import { decodeResult } from './decode.ts';
import type { EmissionFactorLibraryFile } from './emission-factors.ts';
import type { ResultDocument } from './result-types.ts';
import type { Scenario, ValidationIssue, ValidationResult } from './scenario-schema.ts';
import { guardResult, ResultGuardError } from './result-guard.ts';

export type Issue = ValidationIssue;

export type SimulateOutcome = { ok: true; result: ResultDocument; warnings: Issue[] } | { ok: false; errors: Issue[]; warnings: Issue[] };

/** Runs an already validated scenario. A figure that is not finite (or negative where only
 *  amounts can stand) throws a ResultGuardError naming the likeliest field (result-guard.ts). */
export function runScenario(core: Core, scenario: Scenario, library: EmissionFactorLibraryFile): ResultDocument {
  // Compiled straight into the core's parameter block and decoded from its result block: no
  // block is allocated or copied (the compiled parameters do not outlive this call).
  const compiled = compileScenario(scenario, library, core.paramsInPlace());
  const block = core.evaluateInPlace();
  return guardResult(decodeResult(block, compiled, scenario.id, scenario.currency ?? 'VND'), scenario);
}

/** Runs a scenario once it has been checked; invalid input gives every validation error and no
 *  result. The worker checks with its ScenarioCheck (web/worker/scenario-check.ts), which loads
 *  the schema only for documents it cannot vouch for otherwise. */
export function simulateChecked(core: Core, checked: ValidationResult, library: EmissionFactorLibraryFile): SimulateOutcome {
  if (!checked.ok) return { ok: false, errors: checked.errors, warnings: checked.warnings };
  try {
    return { ok: true, result: runScenario(core, checked.scenario, library), warnings: checked.warnings };
  } catch (e) {
    if (e instanceof ResultGuardError) return { ok: false, errors: [e.issue], warnings: checked.warnings };
    throw e;
  }
}

/** Validates with `validate` (validateScenario of scenario-schema.ts, or an EditValidator's), then runs. */
export function simulateScenario(
  core: Core,
  input: unknown,
  library: EmissionFactorLibraryFile,
  validate: (input: unknown) => ValidationResult,
): SimulateOutcome {
  return simulateChecked(core, validate(input), library);
}
