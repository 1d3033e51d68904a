// The run options of the line dynamics (years, replications, seed and the settings that override
// a scenario's `dynamics` section) checked at the boundary, before the engine starts (issue 14):
// the worker and the command line refuse what the schema would refuse in a scenario file, with
// the same ranges (field-table.ts) and messages, so a lot of 1 g never reaches the engine. The event
// budget of a run is the engine's own (web/shared/analysis/dynamics.ts). No DOM and no Node APIs.

import { bound, inBound, type Bound } from '../model/bounds.ts';
import type { ValidationIssue } from '../model/scenario-schema.ts';
import { formatIssueMessage } from '../model/schema-messages.ts';

/** The longest horizon and the most replications a run may ask for. */
export const MAX_YEARS = 50;
export const MAX_REPLICATIONS = 10_000;

const OPTION_BOUNDS: Record<string, string> = {
  lotKg: '/dynamics/lotKg',
  bufferKg: '/dynamics/bufferKg',
  failureCv: '/dynamics/failureCv',
  burnShare: '/dynamics/burnShare',
};

function outOfRange(path: string, row: Pick<Bound, 'min' | 'max' | 'unit' | 'minExclusive'>, got: unknown): ValidationIssue {
  const x = typeof got === 'number' ? got : NaN;
  const code = !Number.isFinite(x) ? 'not_finite' : x < row.min ? 'too_small' : x > row.max ? 'too_big' : 'invalid_type';
  const params: Record<string, string | number> =
    code === 'not_finite'
      ? { got: String(got) }
      : code === 'invalid_type'
        ? { expected: 'int', received: 'number', got: String(x) }
        : { limit: code === 'too_small' ? row.min : row.max, inclusive: 1, got: String(x), ...(row.unit ? { measure: row.unit } : {}) };
  const issue: ValidationIssue = { path, code, params, message: '' };
  issue.message = formatIssueMessage(issue, 'en');
  return issue;
}

/** Problems of a dynamics run's options, each naming the option as a JSON Pointer into the
 *  scenario's `dynamics` section (or /options/years, /options/replications, /options/seed). */
export function dynamicsOptionIssues(options: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const years = options.years;
  if (!(typeof years === 'number' && years > 0 && years <= MAX_YEARS))
    issues.push(outOfRange('/options/years', { min: 1 / 365, max: MAX_YEARS, unit: 'year' }, years));
  const reps = options.replications;
  if (!(typeof reps === 'number' && Number.isInteger(reps) && reps >= 1 && reps <= MAX_REPLICATIONS)) {
    issues.push(outOfRange('/options/replications', { min: 1, max: MAX_REPLICATIONS, unit: '' }, reps));
  }
  const seed = options.seed;
  if (!(typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0))
    issues.push(outOfRange('/options/seed', { min: 0, max: Number.MAX_SAFE_INTEGER, unit: '' }, seed));
  for (const [key, pattern] of Object.entries(OPTION_BOUNDS)) {
    const v = options[key];
    if (v === undefined) continue;
    const row = bound(pattern);
    if (typeof v !== 'number' || !inBound(row, v)) issues.push(outOfRange(pattern, row, v));
  }
  const policy = options.burnPolicy as Record<string, unknown> | undefined;
  if (policy && typeof policy === 'object') {
    for (const key of ['everyDays', 'thresholdKg']) {
      const v = policy[key];
      if (v === undefined) continue;
      const row = bound(`/dynamics/burnPolicy/${key}`);
      if (typeof v !== 'number' || !inBound(row, v)) issues.push(outOfRange(`/dynamics/burnPolicy/${key}`, row, v));
    }
  }
  return issues;
}
