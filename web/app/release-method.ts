// The release method of MODEL.md 3.1a lives in the scenario (`releases.method`), so a choice made
// in any view is saved, exported, reproducible on the command line and inherited by every
// scenario built from it (Compare's "after" columns, the Uncertainty view's paired runs).
import type { ReleaseMethod } from '../shared/model/scenario-schema.ts';
import type { ScenarioDocument } from './scenario-draft.ts';

export type { ReleaseMethod };

/** The scenario's method; absent means the Toolkit convention (MODEL.md 3.1a). */
export function releaseMethodOf(scenario: object | null | undefined): ReleaseMethod {
  const releases = (scenario as { releases?: { method?: unknown } } | null | undefined)?.releases;
  return releases?.method === 'chlorineAdjusted' ? 'chlorineAdjusted' : 'toolkit';
}

/** A copy of `scenario` with `releases.method` set; the other release parameters are kept. */
export function withReleaseMethod<T extends object>(scenario: T, method: ReleaseMethod): T {
  const releases = (scenario as { releases?: Record<string, unknown> }).releases ?? {};
  return { ...scenario, releases: { ...releases, method } };
}

/** Makes `method` the current scenario's (an edit like any other: saved and re-run). */
export function setReleaseMethod(draft: { scenario: ScenarioDocument | null; edit(s: ScenarioDocument): void }, method: ReleaseMethod): void {
  const scenario = draft.scenario;
  if (scenario && releaseMethodOf(scenario) !== method) draft.edit(withReleaseMethod(scenario, method));
}
