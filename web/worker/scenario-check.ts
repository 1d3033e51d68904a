// How the worker checks the scenarios it is given (issue 17): the full schema (scenario-schema.ts,
// with zod) loads on first need, not with the worker, because the first run is nearly always a
// bundled scenario, which trusted-scenarios.ts knows valid by its digest, and most later runs
// are Workbench edits of one number, which edit-fast-path.ts checks against the last valid
// document. Every other document is checked in full, as before.

import type { ValidationResult } from '../shared/model/scenario-schema.ts';
import { EditFastPath } from '../shared/model/edit-fast-path.ts';
import { trustedValidation } from '../shared/model/trusted-scenarios.ts';
import { once } from './lazy-api.ts';

type Validate = (input: unknown) => ValidationResult;

const loadSchema = async (): Promise<Validate> => (await import('../shared/model/scenario-schema.ts')).validateScenario;

export class ScenarioCheck {
  private readonly fast = new EditFastPath();
  /** The full schema's check, loaded once (the tests hand in one that counts its loads). */
  private readonly schema: () => Promise<Validate>;

  constructor(load: () => Promise<Validate> = loadSchema) {
    this.schema = once(load);
  }

  /** A whole document: a bundled scenario, or the full schema's verdict. */
  async whole(input: unknown): Promise<ValidationResult> {
    return (await trustedValidation(input)) ?? (await this.schema())(input);
  }

  /** A document of the Workbench's edits: only the changed number where its range is enough
   *  (against the last valid document of this kind), otherwise as whole() does. */
  async edit(input: unknown): Promise<ValidationResult> {
    const quick = this.fast.check(input);
    if (quick) return quick;
    const result = await this.whole(input);
    this.fast.record(input, result);
    return result;
  }
}
