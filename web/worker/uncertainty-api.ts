// The worker's Monte Carlo and sensitivity methods (MODEL.md section 5, issue 6), part of the API
// that api.ts exposes. Each block call is independent of the others: draw i depends only on
// (seed, input, i), so the page's worker pool may hand blocks to any worker in any order.
// Invalid requests come back as { ok: false, errors }, never as exceptions.

import { transfer } from 'comlink';
import type { Core } from '../shared/model/core.ts';
import { compileScenario } from '../shared/model/compile.ts';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';
import { figureDistribution } from '../shared/analysis/mc-summary.ts';
import { applyMeasures, MeasureError, selectMeasures, type Measure } from '../shared/analysis/measures.ts';
import { HEADLINE_FIGURES, type HeadlineFigure } from '../shared/model/result-types.ts';
import { validateScenario, type Scenario } from '../shared/model/scenario-schema.ts';
import { runSobol, runTornado, sobolIndices, type SeriesName, type SobolBlock, type SobolIndices } from '../shared/analysis/sensitivity.ts';
import type { Issue } from '../shared/model/simulate.ts';
import { buildUncertainInputs, runModels, UncertaintyError, type McModel } from '../shared/analysis/uncertainty.ts';
import { drawsIssue, findBadFigure, badFigureIssue } from '../shared/model/result-guard.ts';
import type {
  McBlockNext,
  McBlockRequest,
  McBlockValue,
  McOutcome,
  McScenarios,
  McSummaryValue,
  SobolBlockValue,
  SobolFigureValue,
  UncertaintyApi,
} from '../shared/contract/api-types.ts';

const issue = (code: string, message: string, path = ''): Issue => ({ path, code, message });
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/** Checks a block request's numbers; null when they are fine. */
function rangeIssues(total: number, seed: number, start: number, count: number, what: string): Issue[] | null {
  if (!isCount(total) || total < 1) return [issue('bad_request', `${what} must be a positive whole number, got ${total}`)];
  if (!isCount(seed)) return [issue('bad_request', `the seed must be a whole number between 0 and 2^53 − 1, got ${seed}`)];
  if (!isCount(start) || !isCount(count) || start + count > total) {
    return [issue('bad_request', `the block [${start}, ${start + count}) is not inside [0, ${total})`)];
  }
  return null;
}

/** The memory under `arrays`, each buffer once (a block's series share one). */
function buffersOf(arrays: readonly Float64Array[]): ArrayBuffer[] {
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** `series` arrays of `count` draws on one buffer: a block's answer transfers one buffer, not 30. */
function oneBuffer(series: number, count: number): Float64Array[] {
  const buffer = new ArrayBuffer(series * count * Float64Array.BYTES_PER_ELEMENT);
  return Array.from({ length: series }, (_, s) => new Float64Array(buffer, s * count * Float64Array.BYTES_PER_ELEMENT, count));
}

export function createUncertaintyApi(load: () => Promise<Core>, library: EmissionFactorLibraryFile, catalogue: readonly Measure[]): UncertaintyApi {
  // Every block of a run names the same scenarios: compile them once per worker. `request` is the
  // call they came with; a later block of the run names them by reference (McBlockNext).
  let cached: { key: string; request: McScenarios; outcome: McOutcome<McModel[]> } | null = null;

  function modelOf(scenario: Scenario): McModel {
    const compiled = compileScenario(scenario, library);
    return { compiled, inputs: buildUncertainInputs(scenario, compiled) };
  }

  function buildModels(request: McScenarios): McOutcome<McModel[]> {
    const warnings: Issue[] = [];
    const base = validateScenario(request.baseline);
    if (!base.ok) return { ok: false, errors: base.errors, warnings: base.warnings };
    warnings.push(...base.warnings);
    try {
      const scenarios: Scenario[] = [base.scenario];
      const after = request.after;
      if (after) {
        if (after.scenario !== undefined) {
          const checked = validateScenario(after.scenario);
          if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => ({ ...e, params: { ...e.params, scenario: 'after' } })), warnings };
          warnings.push(...checked.warnings);
          scenarios.push(checked.scenario);
        } else {
          scenarios.push(applyMeasures(base.scenario, selectMeasures(catalogue, after.measureIds ?? [])));
        }
      }
      return { ok: true, value: scenarios.map(modelOf), warnings };
    } catch (error) {
      if (error instanceof MeasureError) return { ok: false, errors: [issue('measure_error', error.message)], warnings };
      if (error instanceof UncertaintyError) return { ok: false, errors: [issue('uncertainty_error', error.message, error.path)], warnings };
      throw error;
    }
  }

  /** The scenarios of a request, for naming the likeliest field of a bad draw. */
  function scenariosOf(request: McScenarios): unknown[] {
    return [request.baseline, request.after?.scenario ?? request.baseline];
  }

  function models(request: McScenarios): McOutcome<McModel[]> {
    if (cached && request.baseline === cached.request.baseline && request.after === cached.request.after) return cached.outcome;
    const key = JSON.stringify([request.baseline, request.after ?? null]);
    if (cached?.key !== key) cached = { key, request, outcome: buildModels(request) };
    return cached.outcome;
  }

  /** The block request itself, or a later block's with its scenarios from the call that sent them. */
  function blockRequest(call: McBlockRequest | McBlockNext): McBlockRequest | null {
    if (!('sameScenarios' in call)) return call;
    return cached ? { ...call, baseline: cached.request.baseline, after: cached.request.after } : null;
  }

  /** The page's arrays for a block's draws when they fit it (one a series, each long enough). */
  function lent(into: unknown, series: number, count: number): Float64Array[] | undefined {
    if (!Array.isArray(into) || into.length !== series) return undefined;
    return into.every((v) => v instanceof Float64Array && v.length >= count) ? (into as Float64Array[]) : undefined;
  }

  /** A block of a Monte Carlo or Sobol run: the request's range checked, the models built, the
   *  block run and its draws checked; the run copies out of Wasm memory, so its buffers are the
   *  worker's own to transfer. `total` is the size of the whole run (`what` names it). */
  async function blockOfDraws<V extends { values: Float64Array[] }>(
    request: McScenarios & { seed: number; start: number; count: number },
    total: number,
    what: string,
    run: (core: Core, models: McModel[]) => V,
  ): Promise<McOutcome<V>> {
    const bad = rangeIssues(total, request.seed, request.start, request.count, what);
    if (bad) return { ok: false, errors: bad, warnings: [] };
    const m = models(request);
    if (!m.ok) return m;
    const value = run(await load(), m.value);
    const badDraw = drawsIssue(value.values, HEADLINE_FIGURES, scenariosOf(request));
    if (badDraw) return { ok: false, errors: [badDraw], warnings: m.warnings };
    return transfer({ ok: true as const, value, warnings: m.warnings }, buffersOf(value.values));
  }

  return {
    async mcInputs(request) {
      const m = models(request);
      if (!m.ok) return m;
      const seen = new Set<string>();
      const pointers = m.value.flatMap((x) => x.inputs.map((i) => i.pointer)).filter((p) => !seen.has(p) && (seen.add(p), true));
      return { ok: true, value: { nBlocks: m.value.length as 1 | 2, pointers }, warnings: m.warnings };
    },
    async mcBlock(call) {
      const request = blockRequest(call);
      if (!request)
        return { ok: false, errors: [issue('bad_request', 'a block named the scenarios of an earlier call, and this worker had none')], warnings: [] };
      return blockOfDraws(request, request.draws, 'the number of draws', (core, m): McBlockValue => {
        const series = m.length * HEADLINE_FIGURES.length;
        const into = lent(request.into, series, request.count) ?? oneBuffer(series, request.count);
        const block = runModels(core, m, { draws: request.draws, seed: request.seed, start: request.start, count: request.count }, undefined, undefined, into);
        return { start: block.start, count: block.count, nBlocks: block.nBlocks, values: block.values };
      });
    },
    async mcSummary(request) {
      const distribution = figureDistribution(request.figure, request.before, request.after, request.bins);
      const value: McSummaryValue = { distribution, before: request.before, after: request.after };
      return transfer(value, buffersOf(request.after ? [request.before, request.after] : [request.before]));
    },
    async tornado(request) {
      const m = models(request);
      if (!m.ok) return m;
      const tornado = runTornado(await load(), m.value);
      const bad = findBadFigure(tornado, { checkNegative: false, nullAllowed: [/./] });
      if (bad) return { ok: false, errors: [badFigureIssue(bad, request.baseline)], warnings: m.warnings };
      return { ok: true, value: tornado, warnings: m.warnings };
    },
    async sobolBlock(request) {
      return blockOfDraws(
        request,
        request.baseSamples,
        'the number of base samples',
        (core, m) => runSobol(core, m, { baseSamples: request.baseSamples, seed: request.seed, start: request.start, count: request.count }) as SobolBlockValue,
      );
    },
    async sobolIndices(request) {
      const f = HEADLINE_FIGURES.indexOf(request.figure);
      const n = HEADLINE_FIGURES.length;
      // sobolIndices reads values[(m × nBlocks + b) × 14 + f]: place this figure's series there.
      const values: Float64Array[] = new Array(request.values.length * n);
      request.values.forEach((v, mb) => (values[mb * n + f] = v));
      const count = request.values[0]?.length ?? 0;
      const block: SobolBlock = { start: 0, count, nBlocks: request.nBlocks, keys: request.keys, pointers: request.pointers, values };
      const result = sobolIndices(block, { figures: [request.figure], bootstrap: request.bootstrap, seed: request.seed });
      const series: SobolFigureValue['series'] = {};
      for (const [name, perFigure] of Object.entries(result.series) as [SeriesName, Partial<Record<HeadlineFigure, SobolIndices>>][]) {
        series[name] = perFigure[request.figure];
      }
      return { figure: request.figure, baseSamples: count, pointers: request.pointers, series };
    },
  };
}
