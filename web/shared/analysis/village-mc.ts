// Monte Carlo over a village (MODEL.md 8 uncertainty rule, MODEL.md 5). Each emission factor,
// and each chlorine and HCl parameter, is a property of the practice (of burning, of PVC), not of
// the household: it is drawn once per draw for the whole village. A group's own uncertain
// parameters (composition, routes, prices… in its scenario's `uncertainty`) are drawn once per
// draw for the group. The core's draws are counter-based: draw i of an input is a pure function
// of (seed, key, stream, i) (assembly/mc.ts), so
//   - practice inputs keep key = pointerKey(pointer): every group, before and after, shares them;
//   - a group's own inputs get key = pointerKey(village id, group id, pointer): the same in that
//     group's baseline and adopted lines (paired), different in every other group.
// Per draw d the village is summed over groups in a fixed order, for three states:
//   B_d = Σ h_g b_g,d (everyone before), V_d = Σ h_g ((1 − s_g) b_g,d + s_g a_g,d) (the village's
//   shares), A_d = Σ h_g a_g,d (everyone adopted);
// so the adoption curve's band at share s is the distribution of B_d + s (A_d − B_d). Only these
// 3 × 15 series are kept, never one per group. Groups that share a line and have no inputs of
// their own are one computation with their households added up. Draws split into blocks like
// the single-line Monte Carlo (mc-plan.ts): any split gives the same bits.

import * as M from '../../../assembly/mc-layout.ts';
import { compileScenario } from '../model/compile.ts';
import type { Core } from '../model/core.ts';
import type { EmissionFactorLibraryFile } from '../model/emission-factors.ts';
import type { SplitResult } from './mc-plan.ts';
import { HEADLINE_FIGURES, HIGHER_IS_BETTER, type HeadlineFigure } from '../model/result-types.ts';
import type { Scenario } from '../model/scenario-schema.ts';
import {
  buildUncertainInputs,
  checkCode,
  loadModel,
  mcExports,
  pointerKey,
  summarize,
  UncertaintyError,
  type McModel,
  type Summary,
  type UncertainInput,
} from './uncertainty.ts';
import type { ResolvedVillage } from './village-load.ts';
import { villageIssue, type VillageIssue } from './village-schema.ts';
import { ADOPTION_SHARES } from './adoption.ts';

const N = M.N_HEADLINE;
/** Series of a village block: before (0..14), with adoption (15..29), all adopted (30..44). */
export const VILLAGE_SERIES = 3 * N;
export const SERIES_BEFORE = 0;
export const SERIES_WITH_ADOPTION = N;
export const SERIES_ALL_ADOPTED = 2 * N;

/** Work of one worker call, in core evaluations (≈ 0.05–0.1 s at 0.5–1 M evaluations/s): a village of
 *  any size is cut into blocks of draws small enough to report progress several times a second. */
export const TARGET_EVALUATIONS_PER_BLOCK = 50_000;
export const MAX_VILLAGE_BLOCK = 2048;

/** Pointers of properties of the practice, drawn once per draw for the whole village. */
export function isPracticeProperty(pointer: string): boolean {
  return pointer.startsWith('/emissionFactors/') || pointer.startsWith('/releases/');
}

/** The key of a group's own input: its draws are the group's, paired in its baseline and adopted lines. */
export function groupInputKey(villageId: string, groupId: string, pointer: string): number {
  return pointerKey(`${villageId}\u0000${groupId}\u0000${pointer}`);
}

/** One computation: a line (or a baseline and its adopted line) with the village weights of
 *  its draws in the three series. */
export interface VillageMcUnit {
  models: McModel[];
  /** [weight of the baseline, weight of the adopted line] in B, V and A. */
  before: [number, number];
  withAdoption: [number, number];
  allAdopted: [number, number];
  /** Groups (indices) computed here. */
  groups: number[];
}

export interface VillageMcPlan {
  villageId: string;
  units: VillageMcUnit[];
  /** Core evaluations per draw (Σ over units of 1 or 2). */
  evaluationsPerDraw: number;
  /** Pointers of the inputs drawn once for the whole village, and the number of group-own inputs. */
  sharedInputs: string[];
  groupInputs: number;
  /** 'village' (MODEL.md 8) or 'independent' (every group draws every input apart: only for
   *  showing why the rule matters). */
  keying: 'village' | 'independent';
}

export type VillagePlanOutcome = { ok: true; plan: VillageMcPlan } | { ok: false; errors: VillageIssue[] };

export interface VillagePlanOptions {
  /** Draw every input apart for each group (tests, and the demonstration that the village rule
   *  widens the band). */
  independentGroups?: boolean;
}

/** The Monte Carlo plan of a resolved village: each distinct line compiled once. */
export function planVillageMonteCarlo(village: ResolvedVillage, library: EmissionFactorLibraryFile, options: VillagePlanOptions = {}): VillagePlanOutcome {
  const villageId = village.file.id;
  const independent = options.independentGroups === true;
  const models = new WeakMap<Scenario, McModel>();
  const errors: VillageIssue[] = [];
  const modelOf = (s: Scenario, index: number, where: 'scenario' | 'adoption'): McModel | null => {
    let m = models.get(s);
    if (!m) {
      const compiled = compileScenario(s, library);
      try {
        m = { compiled, inputs: buildUncertainInputs(s, compiled) };
      } catch (e) {
        if (!(e instanceof UncertaintyError)) throw e;
        errors.push(villageIssue(village.file, ['groups', index, where], 'uncertainty_error', { detail: e.message }));
        return null;
      }
      models.set(s, m);
    }
    return m;
  };
  const rekey = (m: McModel, groupId: string): McModel => ({
    compiled: m.compiled,
    inputs: m.inputs.map((input): UncertainInput =>
      independent || !isPracticeProperty(input.pointer) ? { ...input, key: groupInputKey(villageId, groupId, input.pointer) } : input,
    ),
  });

  const units: VillageMcUnit[] = [];
  // Groups with no inputs of their own and the same line objects share one unit.
  const shared = new Map<Scenario, Map<Scenario | null, VillageMcUnit>>();
  const sharedPointers = new Set<string>();
  let groupInputs = 0;
  for (const g of village.groups) {
    const b = modelOf(g.baseline, g.index, 'scenario');
    const a = g.adopted ? modelOf(g.adopted, g.index, 'adoption') : null;
    if (!b || (g.adopted && !a)) continue;
    const all = a ? [...b.inputs, ...a.inputs] : b.inputs;
    const own = new Set(all.filter((i) => independent || !isPracticeProperty(i.pointer)).map((i) => i.pointer));
    for (const i of all) if (!own.has(i.pointer)) sharedPointers.add(i.pointer);
    groupInputs += own.size;
    const h = g.households,
      s = g.share;
    const add = (u: VillageMcUnit) => {
      u.before[0] += h;
      if (a) {
        u.withAdoption[0] += h * (1 - s);
        u.withAdoption[1] += h * s;
        u.allAdopted[1] += h;
      } else {
        u.withAdoption[0] += h;
        u.allAdopted[0] += h;
      }
      u.groups.push(g.index);
    };
    const fresh = (ms: McModel[]): VillageMcUnit => ({ models: ms, before: [0, 0], withAdoption: [0, 0], allAdopted: [0, 0], groups: [] });
    if (own.size === 0) {
      let byAdopted = shared.get(g.baseline);
      if (!byAdopted) shared.set(g.baseline, (byAdopted = new Map()));
      let u = byAdopted.get(g.adopted);
      if (!u) {
        u = fresh(a ? [b, a] : [b]);
        byAdopted.set(g.adopted, u);
        units.push(u);
      }
      add(u);
    } else {
      const u = fresh(a ? [rekey(b, g.id), rekey(a, g.id)] : [rekey(b, g.id)]);
      units.push(u);
      add(u);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    plan: {
      villageId,
      units,
      evaluationsPerDraw: units.reduce((n, u) => n + u.models.length, 0),
      sharedInputs: [...sharedPointers],
      groupInputs,
      keying: independent ? 'independent' : 'village',
    },
  };
}

/** Draws per block so that one block is about TARGET_EVALUATIONS_PER_BLOCK evaluations. */
export function villageBlockSize(evaluationsPerDraw: number): number {
  return Math.max(1, Math.min(MAX_VILLAGE_BLOCK, Math.floor(TARGET_EVALUATIONS_PER_BLOCK / Math.max(1, evaluationsPerDraw))));
}

export interface VillageRunOptions {
  draws: number;
  seed: number;
  start?: number;
  count?: number;
}

/** The three village series over draws [start, start + count): values[SERIES_* + f][d]. */
export function runVillageBlock(core: Core, plan: VillageMcPlan, opts: VillageRunOptions): SplitResult {
  const start = opts.start ?? 0;
  const count = opts.count ?? opts.draws - start;
  const whole = (x: number) => Number.isSafeInteger(x) && x >= 0;
  if (!whole(opts.draws) || !whole(opts.seed) || !whole(start) || !whole(count) || start + count > opts.draws) {
    throw new RangeError(`the block [${start}, ${start + count}) is not inside [0, ${opts.draws}) or the seed ${opts.seed} is not a whole number`);
  }
  const mc = mcExports(core);
  const values = Array.from({ length: VILLAGE_SERIES }, () => new Float64Array(count));
  for (const u of plan.units) {
    const nModels = u.models.length;
    u.models.forEach((m, b) => loadModel(core, b, m));
    const chunk = Math.floor(M.MC_OUT_CAPACITY / (nModels * N));
    const [bB] = u.before,
      [vB, vA] = u.withAdoption,
      [aB, aA] = u.allAdopted;
    for (let at = 0; at < count; at += chunk) {
      const n = Math.min(chunk, count - at);
      checkCode(mc.mcRun(opts.seed, nModels, start + at, n));
      const out = core.view(mc.mcOutPtr(), nModels * N * n);
      for (let f = 0; f < N; f++) {
        const before = values[SERIES_BEFORE + f],
          withAdoption = values[SERIES_WITH_ADOPTION + f],
          allAdopted = values[SERIES_ALL_ADOPTED + f];
        const bo = f * n,
          ao = nModels === 2 ? (N + f) * n : bo;
        for (let d = 0; d < n; d++) {
          const b = out[bo + d],
            a = out[ao + d];
          before[at + d] += bB * b;
          withAdoption[at + d] += vB * b + vA * a;
          allAdopted[at + d] += aB * b + aA * a;
        }
      }
    }
  }
  return { start, count, values };
}

/** The whole run in one process (command line, tests), block by block. */
export function runVillageMonteCarlo(core: Core, plan: VillageMcPlan, draws: number, seed: number, onBlock?: (done: number) => void): Float64Array[] {
  const values = Array.from({ length: VILLAGE_SERIES }, () => new Float64Array(draws));
  const size = villageBlockSize(plan.evaluationsPerDraw) * 8; // no page to keep responsive here
  for (let start = 0; start < draws; start += size) {
    const block = runVillageBlock(core, plan, { draws, seed, start, count: Math.min(size, draws - start) });
    block.values.forEach((v, s) => values[s].set(v, start));
    onBlock?.(start + block.count);
  }
  return values;
}

// ---------------------------------------------------------------------------------------------
// Summaries

export interface VillageFigureSummary {
  figure: HeadlineFigure;
  draws: number;
  before: Summary;
  withAdoption: Summary;
  allAdopted: Summary;
  /** withAdoption − before, draw by draw (paired). */
  difference: Summary;
  /** Share of draws where the village with adoption is strictly better than before (lower, or
   *  higher for HIGHER_IS_BETTER figures); likewise with every household adopted. */
  probabilityAfterBetter: number;
  probabilityAllAdoptedBetter: number;
  /** The band of the adoption curve: B + s (A − B) at s = 0, 0.1, …, 1. */
  adoptionCurve: Summary[];
}

function probabilityBetter(figure: HeadlineFigure, before: Float64Array, after: Float64Array): number {
  const higher = HIGHER_IS_BETTER.has(figure);
  let better = 0;
  for (let i = 0; i < before.length; i++) if (higher ? after[i] > before[i] : after[i] < before[i]) better++;
  return before.length > 0 ? better / before.length : NaN;
}

export function summarizeVillageFigure(
  figure: HeadlineFigure,
  before: Float64Array,
  withAdoption: Float64Array,
  allAdopted: Float64Array,
): VillageFigureSummary {
  const n = before.length;
  if (withAdoption.length !== n || allAdopted.length !== n) throw new RangeError('the three village series have different numbers of draws');
  const diff = new Float64Array(n);
  for (let i = 0; i < n; i++) diff[i] = withAdoption[i] - before[i];
  const at = new Float64Array(n);
  const adoptionCurve = ADOPTION_SHARES.map((s) => {
    for (let i = 0; i < n; i++) at[i] = before[i] + s * (allAdopted[i] - before[i]);
    return summarize(at);
  });
  return {
    figure,
    draws: n,
    before: summarize(before),
    withAdoption: summarize(withAdoption),
    allAdopted: summarize(allAdopted),
    difference: summarize(diff),
    probabilityAfterBetter: probabilityBetter(figure, before, withAdoption),
    probabilityAllAdoptedBetter: probabilityBetter(figure, before, allAdopted),
    adoptionCurve,
  };
}

export type FigureSummaryMap = Record<HeadlineFigure, Summary>;

/** The `uncertainty` part of the village result document. */
export interface VillageUncertainty {
  draws: number;
  seed: number;
  keying: 'village' | 'independent';
  before: FigureSummaryMap;
  withAdoption: FigureSummaryMap;
  allAdopted: FigureSummaryMap;
  difference: FigureSummaryMap;
  probabilityAfterBetter: Record<HeadlineFigure, number>;
  probabilityAllAdoptedBetter: Record<HeadlineFigure, number>;
  adoptionCurve: { share: number; totals: FigureSummaryMap }[];
}

export function villageUncertainty(
  draws: number,
  seed: number,
  keying: VillageUncertainty['keying'],
  figures: Record<HeadlineFigure, VillageFigureSummary>,
): VillageUncertainty {
  const map = <T>(fn: (s: VillageFigureSummary) => T) => Object.fromEntries(HEADLINE_FIGURES.map((f) => [f, fn(figures[f])])) as Record<HeadlineFigure, T>;
  return {
    draws,
    seed,
    keying,
    before: map((s) => s.before),
    withAdoption: map((s) => s.withAdoption),
    allAdopted: map((s) => s.allAdopted),
    difference: map((s) => s.difference),
    probabilityAfterBetter: map((s) => s.probabilityAfterBetter),
    probabilityAllAdoptedBetter: map((s) => s.probabilityAllAdoptedBetter),
    adoptionCurve: ADOPTION_SHARES.map((share, k) => ({ share, totals: map((s) => s.adoptionCurve[k]) })),
  };
}

/** Summaries of every headline figure of merged village series. */
export function summarizeVillageSeries(values: readonly Float64Array[], draws: number, seed: number, keying: VillageUncertainty['keying']): VillageUncertainty {
  const figures = Object.fromEntries(
    HEADLINE_FIGURES.map((figure, f) => [
      figure,
      summarizeVillageFigure(figure, values[SERIES_BEFORE + f], values[SERIES_WITH_ADOPTION + f], values[SERIES_ALL_ADOPTED + f]),
    ]),
  ) as Record<HeadlineFigure, VillageFigureSummary>;
  return villageUncertainty(draws, seed, keying, figures);
}
