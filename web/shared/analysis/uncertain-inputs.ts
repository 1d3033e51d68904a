// The uncertain inputs of a scenario (MODEL.md section 5): which parameter of the core each
// one moves (its row of the table of numbers, field-table.ts), with which distribution, inside
// which range, and the key that pairs its draws across scenarios. No DOM.

import * as M from '../../../assembly/mc-layout.ts';
import type { CompiledScenario } from '../model/compile.ts';
import type { FactorValue } from '../model/emission-factors.ts';
import { NoSlotError, slotTarget, type SlotTarget } from '../model/field-slots.ts';
import { cyrb53 } from '../model/cyrb53.ts';
import { releaseValues } from '../model/releases.ts';
import { EF_SCALAR_KEYS, SOURCE_KEYS, VECTOR_KEYS } from '../model/keys.ts';
import type { Dist, Scenario } from '../model/scenario-schema.ts';

/** One uncertain input: which parameter it moves, how, and the key that pairs its draws. */
export interface UncertainInput {
  /** JSON Pointer into the scenario, e.g. "/emissionFactors/openBurning/pcddf/air". */
  pointer: string;
  /** pointerKey(pointer): draw i of this input is the same in every scenario that has it. */
  key: number;
  /** Index in the parameter block (assembly/layout.ts). */
  target: number;
  dist: Dist;
  /** GROUP_* of mc-layout.ts: shares renormalised to sum 1 after sampling. */
  group: number;
  /** Valid range of the parameter; samples are clamped to it. */
  lo: number;
  hi: number;
  /** The value in the compiled scenario (used when the input is not sampled). */
  nominal: number;
  origin: 'library' | 'scenario';
}

export class UncertaintyError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'UncertaintyError';
  }
}

/** The key of a pointer: cyrb53, a 53-bit string hash, exact in a double. */
export function pointerKey(pointer: string): number {
  return cyrb53(pointer);
}

/** Maps a JSON Pointer into the scenario to the parameter it sets (its row in field-table.ts),
 *  or throws naming the path. */
export function targetOfPointer(pointer: string, scenario: Scenario, factor?: (p: string) => FactorValue | undefined): SlotTarget {
  const fail = (why: string): never => {
    throw new UncertaintyError(`${pointer}: ${why}`, pointer);
  };
  try {
    const { target, read } = slotTarget(pointer, scenario);
    if (read === 'factor' && factor?.(pointer.slice('/emissionFactors'.length))?.value === 'ND') {
      fail('this emission factor is "ND" (not quantified); give it a value in emissionFactors before making it uncertain');
    }
    return target;
  } catch (e) {
    if (e instanceof NoSlotError) return fail(e.message);
    throw e;
  }
}

function checkDist(dist: Dist, pointer: string): void {
  const d = dist as Record<string, unknown>;
  const bad = Object.entries(d).find(([k, v]) => k !== 'type' && (typeof v !== 'number' || Number.isNaN(v)));
  const fail = (why: string) => {
    throw new UncertaintyError(`${pointer}: ${why}`, pointer);
  };
  if (bad) fail(`distribution parameter ${bad[0]} is not a number`);
  if (dist.type === 'lognormal' && !(dist.median > 0 && dist.gsd >= 1)) fail('a lognormal needs median > 0 and gsd ≥ 1');
  if (dist.type === 'triangular' && !(dist.min <= dist.mode && dist.mode <= dist.max)) fail('a triangular needs min ≤ mode ≤ max');
  if (dist.type === 'uniform' && !(dist.min <= dist.max)) fail('a uniform needs min ≤ max');
  if (dist.type === 'normal' && !(dist.sd >= 0 && (dist.min ?? -Infinity) <= (dist.max ?? Infinity))) fail('a normal needs sd ≥ 0 and min ≤ max');
}

/** Every factor of the resolved library, by its pointer inside the library ("/openBurning/pcddf/air"). */
function factorIndex(compiled: CompiledScenario): Map<string, FactorValue> {
  const index = new Map<string, FactorValue>();
  for (const key of SOURCE_KEYS) {
    const s = compiled.factors.sources[key];
    for (const group of ['pcddf', 'dlpcb'] as const)
      for (const v of VECTOR_KEYS) {
        const f = s[group][v];
        if (f) index.set(f.pointer, f);
      }
    for (const k of EF_SCALAR_KEYS) {
      const f = s[k];
      if (f) index.set(f.pointer, f);
    }
  }
  if (compiled.factors.gridCo2PerMWh) index.set(compiled.factors.gridCo2PerMWh.pointer, compiled.factors.gridCo2PerMWh);
  return index;
}

/** The uncertain inputs of a validated scenario: the default distribution of every quantified
 *  emission factor (library `dist`; a plain-number override makes the factor fixed), then the
 *  scenario's `uncertainty` list, which replaces a factor's default at the same pointer. */
export function buildUncertainInputs(scenario: Scenario, compiled: CompiledScenario): UncertainInput[] {
  const factors = factorIndex(compiled);
  const byKey = new Map<number, UncertainInput>();
  const make = (pointer: string, dist: Dist, origin: UncertainInput['origin']): UncertainInput => {
    checkDist(dist, pointer);
    const t = targetOfPointer(pointer, scenario, (p) => factors.get(p));
    return { pointer, key: pointerKey(pointer), ...t, dist, nominal: compiled.params[t.target], origin };
  };
  for (const f of factors.values()) {
    if (f.dist && typeof f.value === 'number') {
      const input = make(`/emissionFactors${f.pointer}`, f.dist, 'library');
      byKey.set(input.key, input);
    }
  }
  // The chlorine and HCl parameters (MODEL.md 3.1a): their pointers are already scenario paths.
  for (const f of releaseValues(compiled.releases)) {
    if (f.dist && typeof f.value === 'number') {
      const input = make(f.pointer, f.dist, f.overridden ? 'scenario' : 'library');
      byKey.set(input.key, input);
    }
  }
  const seenTargets = new Map<number, string>();
  for (const item of scenario.uncertainty ?? []) {
    const input = make(item.path, item.dist, 'scenario');
    const earlier = seenTargets.get(input.target);
    if (earlier !== undefined) throw new UncertaintyError(`${item.path}: the same parameter is already uncertain through ${earlier}`, item.path);
    seenTargets.set(input.target, item.path);
    byKey.set(input.key, input);
  }
  const list = [...byKey.values()];
  if (list.length > M.MC_MAX_INPUTS) throw new UncertaintyError(`at most ${M.MC_MAX_INPUTS} uncertain inputs, got ${list.length}`, '/uncertainty');
  return list;
}
