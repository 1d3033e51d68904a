// Incremental validation of edits (issue 17). A Workbench edit changes one number; where that
// number's only rule is its range (field-table.ts) and no other rule reads it, the document is
// valid exactly when the previous one was and the new number is in range, with the same
// warnings. EditValidator compares each document with the last valid one, value by value (the
// worker receives a fresh copy of every document, so references cannot be trusted), and runs
// the full schema (scenario-schema.ts) for anything else: a first document, an import, a load,
// an edit of any other field, more than one change, a number out of range (whose message the
// schema words), or a change of shape. Validation never transforms, so the valid scenario is the
// document itself, as validateScenario hands it back.

import { validateScenario, type ValidationResult } from './scenario-schema.ts';
import { EditFastPath } from './edit-fast-path.ts';

export { singleNumberChange } from './edit-fast-path.ts';

/** Validates edit after edit, checking only the changed number where that is enough. */
export class EditValidator {
  private readonly fast = new EditFastPath();

  validate(input: unknown): ValidationResult {
    const quick = this.fast.check(input);
    if (quick) return quick;
    const result = validateScenario(input);
    this.fast.record(input, result);
    return result;
  }
}
