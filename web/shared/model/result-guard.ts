// The final guard after every run of the core (issue 14): a figure that is not a finite number,
// or a negative one where only amounts can stand, never reaches a user as ∞, NaN or null. The
// run is refused instead, with a message that names the scenario field most likely to blame.
// The accepted ranges of field-table.ts keep every figure finite, so this guard should never fire;
// it is the last line of defence, checked by the fuzzing script and the hostile-input corpus.
// No DOM and no Node APIs.

import { boundOf } from './bounds.ts';
import { textIn } from './local-text.ts';
import { escapeSegment } from '../io/json-pointer.ts';
import { formatIssueMessage } from './schema-messages.ts';
import type { ValidationIssue } from './scenario-schema.ts';

/** A figure that failed the guard: where it is in the output and what it was. */
export interface BadFigure {
  /** JSON Pointer into the output document, e.g. "/pcddf/air". */
  figure: string;
  value: number | null;
}

/** Result-document places where null is part of MODEL.md's contract (a unit without a capacity
 *  limit has no capacity and no utilisation; a line without a bottleneck names none). */
const NULL_ALLOWED = [/^\/mass\/units\/\d+\/(capacityT|utilization)$/, /^\/mass\/bottleneckUnitId$/];
/** Figures that may be negative: profit and the changes of a comparison. */
const NEGATIVE_ALLOWED = [/\/profit$/, /^\/(difference|percentChange|attribution)\//, /^\/npv$/];

/** The first figure of a document that is not finite, negative where it must not be, or null
 *  where the contract has no null; null when every figure is fine. Iterative (no recursion). */
export function findBadFigure(
  doc: unknown,
  opts: { nullAllowed?: readonly RegExp[]; negativeAllowed?: readonly RegExp[]; checkNegative?: boolean } = {},
): BadFigure | null {
  // A quick look first (no pointers built): most documents have no candidate at all.
  if (!hasCandidate(doc, opts.checkNegative ?? true)) return null;
  const nullAllowed = opts.nullAllowed ?? NULL_ALLOWED;
  const negativeAllowed = opts.negativeAllowed ?? NEGATIVE_ALLOWED;
  const checkNegative = opts.checkNegative ?? true;
  const stack: [string, unknown][] = [['', doc]];
  while (stack.length > 0) {
    const [pointer, x] = stack.pop()!;
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) return { figure: pointer, value: x };
      if (checkNegative && x < 0 && !negativeAllowed.some((r) => r.test(pointer))) return { figure: pointer, value: x };
    } else if (x === null) {
      if (pointer !== '' && !nullAllowed.some((r) => r.test(pointer))) return { figure: pointer, value: null };
    } else if (ArrayBuffer.isView(x) && x instanceof Float64Array) {
      for (let i = 0; i < x.length; i++) stack.push([`${pointer}/${i}`, x[i]]);
    } else if (typeof x === 'object') {
      for (const [k, v] of Object.entries(x as Record<string, unknown>)) stack.push([`${pointer}/${k}`, v]);
    }
  }
  return null;
}

/** Whether a document holds anything findBadFigure would look at twice: a number that is not
 *  finite, a negative number (when negatives are checked) or a null below the top. */
function hasCandidate(doc: unknown, checkNegative: boolean): boolean {
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x === 'number') {
      if (!Number.isFinite(x) || (checkNegative && x < 0)) return true;
    } else if (x === null) {
      if (x !== doc) return true;
    } else if (ArrayBuffer.isView(x) && x instanceof Float64Array) {
      for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i]) || (checkNegative && x[i] < 0)) return true;
    } else if (typeof x === 'object' && x !== undefined) {
      if (Array.isArray(x)) for (let i = 0; i < x.length; i++) stack.push(x[i]);
      else for (const k in x) if (Object.prototype.hasOwnProperty.call(x, k)) stack.push((x as Record<string, unknown>)[k]);
    }
  }
  return false;
}

/** The scenario numbers each part of the result depends on most (by the figure's first key). */
const SUSPECTS: Record<string, RegExp> = {
  bricks: /^\/bricks\//,
  pcddf: /^\/(units\/\d+\/heat\/|emissionFactors\/|feed\/|residues\/|calendar\/)/,
  dlpcb: /^\/(units\/\d+\/heat\/|emissionFactors\/|feed\/|residues\/|calendar\/)/,
  air: /^\/(units\/\d+\/(heat|electricity)|emissionFactors\/|feed\/|residues\/|bricks\/|calendar\/)/,
  energy: /^\/(units\/\d+\/(heat|electricity)|bricks\/|feed\/|calendar\/)/,
  water: /^\/(units\/\d+\/water|feed\/|calendar\/)/,
  economics: /^\/(prices\/|feed\/|bricks\/|units\/\d+\/workers|otherCosts\/|calendar\/)/,
  mass: /^\/(feed\/|calendar\/|units\/|residues\/)/,
};

function* numbersOf(doc: unknown): Generator<[string, number]> {
  const stack: [string, unknown][] = [['', doc]];
  while (stack.length > 0) {
    const [pointer, x] = stack.pop()!;
    if (typeof x === 'number') yield [pointer, x];
    else if (typeof x === 'object' && x !== null) {
      for (const [k, v] of Object.entries(x as Record<string, unknown>)) stack.push([`${pointer}/${escapeSegment(k)}`, v]);
    }
  }
}

/** The scenario number most likely to have caused a bad figure: the bounded number furthest
 *  from 1 on a log scale (a divisor near 1e-300 or a factor near 1e300 comes first), those the
 *  figure depends on (SUSPECTS) winning a near tie; "" when the scenario has no such number. */
export function likeliestField(scenario: unknown, figure: string): string {
  const suspect = SUSPECTS[figure.split(/[/.]/).find((k) => k !== '') ?? ''];
  let best = '';
  let bestScore = -1;
  for (const [pointer, v] of numbersOf(scenario)) {
    if (v === 0 || !boundOf(pointer)) continue;
    const magnitude = Number.isFinite(v) ? Math.abs(Math.log10(Math.abs(v))) : Infinity;
    const score = magnitude + (suspect?.test(pointer) ? 1 : 0);
    if (score > bestScore) {
      best = pointer;
      bestScore = score;
    }
  }
  return best;
}

function valueWords(v: number | null): string {
  return v === null ? 'null' : Number.isNaN(v) ? 'NaN' : String(v);
}

/** The issue for a bad figure, naming the likeliest field of the scenario (path "" if none). */
export function badFigureIssue(bad: BadFigure, scenario: unknown): ValidationIssue {
  const field = likeliestField(scenario, bad.figure);
  const value = field === '' ? undefined : [...numbersOf(scenario)].find(([p]) => p === field)?.[1];
  const params: Record<string, string | number> = { figure: bad.figure.slice(1), value: valueWords(bad.value) };
  if (value !== undefined) params.got = String(value);
  const unitIndex = /^\/units\/(\d+)\//.exec(field)?.[1];
  if (unitIndex !== undefined) {
    const unit = (scenario as { units?: { id?: unknown; name?: unknown }[] }).units?.[Number(unitIndex)];
    const name = textIn(unit?.name, 'en') || unit?.id;
    if (typeof name === 'string') params.unitName = name.slice(0, 60);
  }
  const issue: ValidationIssue = { path: field, code: 'result_not_finite', params, message: '' };
  issue.message = formatIssueMessage(issue, 'en');
  return issue;
}

/** Thrown by guardResult; callers turn it into an { ok: false, errors: [issue] } answer. */
export class ResultGuardError extends Error {
  constructor(readonly issue: ValidationIssue) {
    super(issue.message);
    this.name = 'ResultGuardError';
  }
}

/** The first bad draw of a Monte Carlo or Saltelli block (values[b × n + f][d] for scenario b and
 *  headline figure f of `figures`), as an issue naming the likeliest field of scenario b. */
export function drawsIssue(values: readonly Float64Array[], figures: readonly string[], scenarios: readonly unknown[]): ValidationIssue | null {
  const n = figures.length;
  for (let i = 0; i < values.length; i++) {
    const series = values[i];
    const negativeAllowed = mayBeNegative(figures[i % n]); // isBadDraw, with the figure's test out of the loop
    for (let d = 0; d < series.length; d++) {
      const v = series[d];
      if (!(Number.isFinite(v) && (v >= 0 || negativeAllowed))) return drawIssue(i, v, figures, scenarios);
    }
  }
  return null;
}

/** Whether a draw of a headline figure fails the guard: not finite, or negative but for a profit. */
export function isBadDraw(figure: string, v: number): boolean {
  return !(Number.isFinite(v) && (v >= 0 || mayBeNegative(figure)));
}

/** Whether a headline figure's draws may be negative: a profit may. */
const mayBeNegative = (figure: string) => figure.endsWith('profit');

/** The issue of bad draw v of series i (values[b × n + f] as drawsIssue reads them). */
export function drawIssue(i: number, v: number, figures: readonly string[], scenarios: readonly unknown[]): ValidationIssue {
  const n = figures.length;
  const f = figures[i % n];
  return badFigureIssue({ figure: `/${f.replace(/\./g, '/')}`, value: v }, scenarios[Math.floor(i / n)] ?? scenarios[0]);
}

/** Throws a ResultGuardError naming the likeliest field when `doc` has a bad figure. */
export function guardResult<T>(doc: T, scenario: unknown, opts?: Parameters<typeof findBadFigure>[1]): T {
  const bad = findBadFigure(doc, opts);
  if (bad) throw new ResultGuardError(badFigureIssue(bad, scenario));
  return doc;
}
