// The numbers of a scenario a sweep can vary (issue 7): the rows of field-table.ts with a
// `sweep` place that targetOfPointer maps to a parameter of the steady-state model for this
// scenario, with the current value, the allowed range and a starting range for the sweep.
// Pure; no DOM.

import type { Scenario } from '../model/scenario-schema.ts';
import { fieldPointers, sweepRows } from '../model/field-slots.ts';
import { targetOfPointer } from './uncertain-inputs.ts';
import { getAt } from '../io/json-pointer.ts';

export interface SweepParameter {
  pointer: string;
  value: number;
  lo: number;
  hi: number;
  /** True for shares and fractions (0–1). */
  fraction: boolean;
  /** A sensible default range: 0–1 for fractions, half to one and a half times the value otherwise. */
  from: number;
  to: number;
}

/** Every pointer the sweep panel offers, in its order (`sweep` of field-table.ts: the most telling
 *  first); the numbers of each unit together, unit by unit; a unit's removal entries as it lists
 *  them. Pointers the scenario cannot vary (a heat entry the unit lacks…) are left out below. */
function candidates(scenario: Scenario): string[] {
  const rows = sweepRows();
  const list: string[] = [];
  const unitRows = rows.filter((b) => b.pattern.startsWith('/units/*/'));
  for (const row of rows) {
    if (row === unitRows[0]) {
      scenario.units.forEach((unit, i) => {
        for (const r of unitRows) list.push(...fieldPointers(r.pattern.replace('/units/*', ''), unit).map((p) => `/units/${i}${p}`));
      });
    } else if (!unitRows.includes(row)) list.push(...fieldPointers(row.pattern, scenario));
  }
  return list;
}

const round = (x: number) => Number(x.toPrecision(3));

/** The sweepable numbers of a valid scenario, the most telling first (dump fires, routes, feed, units…). */
export function sweepParameters(scenario: Scenario): SweepParameter[] {
  const out: SweepParameter[] = [];
  for (const pointer of candidates(scenario)) {
    let lo: number, hi: number;
    try {
      ({ lo, hi } = targetOfPointer(pointer, scenario));
    } catch {
      continue;
    }
    const raw = getAt(scenario, pointer);
    const value = typeof raw === 'number' ? raw : 0;
    const fraction = hi === 1;
    let from = fraction ? 0 : round(Math.max(lo, value * 0.5));
    let to = fraction ? 1 : round(Math.min(hi, value > 0 ? value * 1.5 : 1));
    if (!(to > from)) {
      from = lo;
      to = Math.min(hi, lo + 1);
    }
    out.push({ pointer, value, lo, hi, fraction, from: Math.max(lo, from), to: Math.min(hi, to) });
  }
  return out;
}
