// Parameter sweeps: one or two scenario numbers (JSON Pointers) varied over a grid, every
// headline figure computed at each point. The scenario is compiled once; each point changes
// only its parameter slots (shares keep summing to 1: the others in the group scale), so a
// 50 × 50 grid costs 2,500 core evaluations. Pure; runs in the worker.

import { compileScenario } from '../model/compile.ts';
import type { Core } from '../model/core.ts';
import { decodeResult } from '../model/decode.ts';
import type { EmissionFactorLibraryFile } from '../model/emission-factors.ts';
import { HEADLINE_FIGURES, figure, type HeadlineFigure } from '../model/result-types.ts';
import type { Scenario } from '../model/scenario-schema.ts';
import { targetOfPointer } from './uncertain-inputs.ts';
import { guardResult } from '../model/result-guard.ts';
import * as M from '../../../assembly/mc-layout.ts';
import { SHARE_GROUP_CODES, shareGroupSlots } from '../model/field-slots.ts';
import type { ShareGroup } from '../model/bounds.ts';

export const MAX_SWEEP_STEPS = 201;

export interface SweepAxis {
  pointer: string;
  from: number;
  to: number;
  /** Number of grid values, ≥ 2 (both ends included). */
  steps: number;
}

export interface SweepResult {
  axes: { pointer: string; values: number[] }[];
  /** Row-major: index i0 × steps1 + i1 (i1 = 0 for a single axis). NaN where the point is not
   *  possible (e.g. a share of 1 when the rest of its group cannot absorb the change). */
  figures: Record<HeadlineFigure, Float64Array>;
  points: number;
  elapsedMs: number;
}

export class SweepError extends Error {
  constructor(
    message: string,
    readonly pointer?: string,
  ) {
    super(message);
    this.name = 'SweepError';
  }
}

/** The slots of each share group, by its Monte Carlo group code (field-table.ts). */
const GROUP_SLOTS: Record<number, number[]> = Object.fromEntries(
  Object.entries(SHARE_GROUP_CODES).map(([group, code]) => [code, shareGroupSlots(group as ShareGroup)]),
);

/** Sets one slot of a block; within a share group the other members scale so the group still
 *  sums to 1 (as MODEL.md section 5 renormalises a sampled composition). False if impossible. */
export function setSlot(params: Float64Array, base: Float64Array, target: number, group: number, value: number): boolean {
  params[target] = value;
  const slots = GROUP_SLOTS[group];
  if (!slots) return true;
  const others = slots.filter((s) => s !== target);
  const rest = others.reduce((sum, s) => sum + base[s], 0);
  if (rest <= 0) return Math.abs(value - 1) < 1e-12;
  const scale = (1 - value) / rest;
  for (const s of others) params[s] = base[s] * scale;
  return true;
}

export function gridValues(axis: SweepAxis): number[] {
  const n = Math.round(axis.steps);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? axis.to : axis.from + ((axis.to - axis.from) * i) / (n - 1)));
}

export function runSweep(
  core: Core,
  library: EmissionFactorLibraryFile,
  scenario: Scenario,
  axes: readonly SweepAxis[],
  onProgress?: (done: number, total: number) => void,
): SweepResult {
  if (axes.length < 1 || axes.length > 2) throw new SweepError('a sweep varies one or two parameters');
  if (axes.length === 2 && axes[0].pointer === axes[1].pointer) throw new SweepError('the two axes must vary different parameters', axes[1].pointer);
  const compiled = compileScenario(scenario, library);
  const targets = axes.map((axis) => {
    if (!(Number.isInteger(axis.steps) && axis.steps >= 2 && axis.steps <= MAX_SWEEP_STEPS)) {
      throw new SweepError(`${axis.pointer}: the number of steps must be a whole number from 2 to ${MAX_SWEEP_STEPS}`, axis.pointer);
    }
    const t = targetOfPointer(axis.pointer, scenario);
    for (const v of [axis.from, axis.to]) {
      if (!Number.isFinite(v) || v < t.lo || v > t.hi) {
        throw new SweepError(
          `${axis.pointer}: the range must lie within ${t.lo} and ${t.hi === Infinity ? 'any positive number' : t.hi}; got ${v}`,
          axis.pointer,
        );
      }
    }
    return t;
  });
  if (axes.length === 2 && targets[0].group !== M.GROUP_NONE && targets[0].group === targets[1].group) {
    throw new SweepError('the two axes are shares of the same total (they would rescale each other); choose parameters from different groups', axes[1].pointer);
  }
  const values = axes.map(gridValues);
  const n0 = values[0].length;
  const n1 = values[1]?.length ?? 1;
  const total = n0 * n1;
  const figures = Object.fromEntries(HEADLINE_FIGURES.map((k) => [k, new Float64Array(total)])) as Record<HeadlineFigure, Float64Array>;
  const base = compiled.params;
  const params = new Float64Array(base.length);
  const t0 = performance.now();
  for (let i0 = 0; i0 < n0; i0++) {
    for (let i1 = 0; i1 < n1; i1++) {
      const at = i0 * n1 + i1;
      params.set(base);
      let possible = setSlot(params, base, targets[0].target, targets[0].group, values[0][i0]);
      if (axes.length === 2) {
        const afterFirst = params.slice();
        possible &&= setSlot(params, afterFirst, targets[1].target, targets[1].group, values[1][i1]);
      }
      if (!possible) {
        for (const k of HEADLINE_FIGURES) figures[k][at] = NaN;
        continue;
      }
      const result = guardResult(decodeResult(core.evaluate(params), compiled, scenario.id), scenario);
      for (const k of HEADLINE_FIGURES) figures[k][at] = figure(result, k);
    }
    onProgress?.((i0 + 1) * n1, total);
  }
  return { axes: axes.map((a, i) => ({ pointer: a.pointer, values: values[i] })), figures, points: total, elapsedMs: performance.now() - t0 };
}
