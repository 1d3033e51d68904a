// The numbers of a scenario a sweep can vary (issue 7): every pointer that targetOfPointer maps
// to a parameter of the steady-state model, with its current value, its allowed range and a
// starting range for the sweep. Pure; no DOM.

import { COMPONENT_KEYS, INERT_ROUTE_KEYS, PLASTIC_ROUTE_KEYS, type Scenario } from '../model/scenario-schema.ts';
import { targetOfPointer } from './uncertainty.ts';
import { getAt } from '../io/json-pointer.ts';
import { toCsvText, type CsvCell } from '../io/csv.ts';

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

const UNIT_KEYS = ['capacityKgPerHour', 'mtbfHours', 'mttrHours', 'processLossFraction', 'electricityKWhPerTonne',
  'waterM3PerTonne', 'waterRecycledFraction', 'workers'] as const;
const BRICK_KEYS = ['plasticMassFraction', 'brickMassKg', 'electricityKWhPerTonnePlastic', 'sandPricePerTonne', 'pricePerBrick', 'workers'] as const;
const PRICE_KEYS = ['productPerTonne', 'electricityPerKWh', 'waterPerM3', 'coalPerTonne', 'woodPerTonne', 'lpgPerKg',
  'wagePerWorkerDay', 'landfillFeePerTonne', 'cementKilnFeePerTonne', 'scrapSalePerTonne'] as const;

function candidates(scenario: Scenario): string[] {
  const list = ['/residues/dumpFireFraction', ...PLASTIC_ROUTE_KEYS.map((k) => `/residues/plasticRoutes/${k}`),
    '/feed/tonnesPerDay', '/feed/pricePerTonne', ...COMPONENT_KEYS.map((k) => `/feed/composition/${k}`),
    '/calendar/daysPerYear', '/calendar/hoursPerDay'];
  scenario.units.forEach((unit, i) => {
    for (const k of UNIT_KEYS) list.push(`/units/${i}/${k}`);
    if (unit.heat) list.push(`/units/${i}/heat/MJPerTonne`, `/units/${i}/heat/efficiency`);
    for (const c of Object.keys(unit.removal ?? {})) list.push(`/units/${i}/removal/${c}/fraction`);
  });
  list.push(...INERT_ROUTE_KEYS.map((k) => `/residues/inertRoutes/${k}`));
  if (scenario.bricks) list.push(...BRICK_KEYS.map((k) => `/bricks/${k}`));
  list.push(...PRICE_KEYS.map((k) => `/prices/${k}`));
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
    if (!(to > from)) { from = lo; to = Math.min(hi, lo + 1); }
    out.push({ pointer, value, lo, hi, fraction, from: Math.max(lo, from), to: Math.min(hi, to) });
  }
  return out;
}

/** The sweep grid as CSV: one row per point, the parameter columns then every figure. */
export function sweepCsv(
  axes: { label: string; values: number[] }[], figures: { label: string; values: ArrayLike<number> }[],
): string {
  const rows: CsvCell[][] = [[...axes.map((a) => a.label), ...figures.map((f) => f.label)]];
  const n0 = axes[0].values.length;
  const n1 = axes[1]?.values.length ?? 1;
  for (let i0 = 0; i0 < n0; i0++) {
    for (let i1 = 0; i1 < n1; i1++) {
      const at = i0 * n1 + i1;
      const cells: CsvCell[] = [axes[0].values[i0]];
      if (axes[1]) cells.push(axes[1].values[i1]);
      // A point that is not possible (NaN) is an empty cell (toCsvText).
      for (const f of figures) cells.push(f.values[at]);
      rows.push(cells);
    }
  }
  return toCsvText(rows);
}
