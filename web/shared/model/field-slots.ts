// The scenario path map read for the core (issue 15): every row of field-table.ts with a `slot`
// says where in the parameter block (assembly/layout.ts) the core reads that number. Here the
// rows become slots: compile.ts writes the numbers of a scenario and the resolved emission
// factors and release parameters through them, the Monte Carlo and the sweeps find the slot, the
// range and the share group of a pointer, and shares.ts and sweeps scale share groups by them.
// No DOM, no Node APIs.

import * as M from '../../../assembly/mc-layout.ts';
import { getAt, pointerSegments } from '../io/json-pointer.ts';
import { BOUNDS, KEY_LISTS, type Bound, type CoreSlot, type ShareGroup } from './field-table.ts';
import { sampleRange, scenarioFieldAt } from './bounds.ts';

/** Group codes of the Monte Carlo core (mc-layout.ts) for each share group. */
export const SHARE_GROUP_CODES: Record<ShareGroup, number> = {
  composition: M.GROUP_COMPOSITION,
  plasticRoutes: M.GROUP_PLASTIC_ROUTES,
  inertRoutes: M.GROUP_INERT_ROUTES,
};

type Segment =
  { kind: 'name'; name: string } | { kind: 'index' } | { kind: 'key'; list: readonly string[]; order: readonly string[]; set: ReadonlySet<string> };

interface SlotRow {
  bound: Bound;
  slot: CoreSlot;
  segments: Segment[];
}

function compileRow(bound: Bound, slot: CoreSlot): SlotRow {
  const path = bound.pattern.startsWith('@ef') ? `/emissionFactors${bound.pattern.slice(3)}` : bound.pattern;
  const segments = pointerSegments(path).map((s): Segment => {
    if (s === '*') return { kind: 'index' };
    if (s.startsWith('{') && s.endsWith('}')) {
      const list = KEY_LISTS[s.slice(1, -1)];
      return { kind: 'key', list, order: slot.keyOrder ?? list, set: new Set(list) };
    }
    return { kind: 'name', name: s };
  });
  return { bound, slot, segments };
}

const SLOT_ROWS: readonly SlotRow[] = BOUNDS.flatMap((b) => (b.slot ? [compileRow(b, b.slot)] : []));
const SLOT_ROW_OF = new Map(SLOT_ROWS.map((r) => [r.bound, r]));

const child = (node: unknown, key: string): unknown => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined);

const finiteOr = (x: unknown, fallback: number): number => (typeof x === 'number' && Number.isFinite(x) ? x : fallback);

// ---------------------------------------------------------------------------------------------
// Every slot of a row, whatever a document holds (share groups, resolved factors): computed once.

interface Entry {
  slot: number;
  path: readonly string[];
}

function entriesOf(row: SlotRow, from: number): Entry[] {
  const out: Entry[] = [];
  const walk = (i: number, at: number, w: number, path: string[]): void => {
    if (i === row.segments.length) {
      out.push({ slot: at, path });
      return;
    }
    const seg = row.segments[i];
    if (seg.kind === 'name') walk(i + 1, at, w, i < from ? path : [...path, seg.name]);
    else if (seg.kind === 'key') for (const key of seg.list) walk(i + 1, at + seg.order.indexOf(key) * row.slot.strides[w], w + 1, [...path, key]);
    else throw new Error(`${row.bound.pattern}: a list has no fixed slots`);
  };
  walk(0, row.slot.at, 0, []);
  return out;
}

/** The slots of a share group, in the order of its key list. */
export function shareGroupSlots(group: ShareGroup): number[] {
  return SLOT_ROWS.filter((r) => r.slot.shares === group).flatMap((r) => entriesOf(r, 0).map((e) => e.slot));
}

// ---------------------------------------------------------------------------------------------
// The numbers of a scenario: the rows read from the scenario as one tree walked once per compile.

/** Where a row ends: its slot (before the wildcards' offsets), the value written when the
 *  scenario leaves the number out, and whether numbers of a list are added up. */
interface Leaf {
  at: number;
  absent: number;
  sum: boolean;
}
interface TreeNode {
  leaves: Leaf[];
  /** Literal segments, as two parallel lists (walked without allocating). */
  names: string[];
  next: TreeNode[];
  /** "*": every item of a list. */
  items?: { stride: number; node: TreeNode };
  /** A named wildcard at the end: every key of its list (absent keys are `absent`, 0). */
  every?: { keys: readonly string[]; index: number[]; stride: number; node: TreeNode };
  /** A named wildcard followed by more segments: the entries the document has (a unit's removal entries). */
  present?: { index: ReadonlyMap<string, number>; stride: number; node: TreeNode };
}

const newNode = (): TreeNode => ({ leaves: [], names: [], next: [] });

function addRow(root: TreeNode, row: SlotRow): void {
  let node = root;
  let w = 0;
  row.segments.forEach((seg, i) => {
    if (seg.kind === 'name') {
      if (!node.names.includes(seg.name)) {
        node.names.push(seg.name);
        node.next.push(newNode());
      }
      node = node.next[node.names.indexOf(seg.name)];
      return;
    }
    const stride = row.slot.strides[w++];
    if (seg.kind === 'index') node = (node.items ??= { stride, node: newNode() }).node;
    else if (i === row.segments.length - 1) {
      node = (node.every ??= { keys: seg.list, index: seg.list.map((k) => seg.order.indexOf(k)), stride, node: newNode() }).node;
    } else node = (node.present ??= { index: new Map(seg.list.map((k) => [k, seg.order.indexOf(k)])), stride, node: newNode() }).node;
  });
  node.leaves.push({ at: row.slot.at, absent: row.slot.absent ?? 0, sum: row.slot.read === 'sum' });
}

const SCENARIO_TREE = newNode();
for (const row of SLOT_ROWS) if ((row.slot.read ?? 'scenario') === 'scenario' || row.slot.read === 'sum') addRow(SCENARIO_TREE, row);
/** Every slot of the resolved factors and release parameters by its path inside the resolved
 *  document (shaped like the scenario's `emissionFactors` and `releases`), grouped by the object
 *  that holds the value (a source's PCDD/F factors…) so that each is reached once. */
const resolvedEntries = (read: 'factor' | 'release') => {
  const groups = new Map<string, { parent: string[]; keys: string[]; slots: number[] }>();
  for (const { slot, path } of SLOT_ROWS.filter((r) => r.slot.read === read).flatMap((r) => entriesOf(r, 1))) {
    const parent = path.slice(0, -1);
    let group = groups.get(parent.join('/'));
    if (!group) groups.set(parent.join('/'), (group = { parent, keys: [], slots: [] }));
    group.keys.push(path[path.length - 1]);
    group.slots.push(slot);
  }
  return [...groups.values()];
};
const RESOLVED = { factor: resolvedEntries('factor'), release: resolvedEntries('release') };

/** A resolved value as emission-factors.ts and releases.ts hold it. */
interface Resolved {
  value: number | 'ND';
}

function fill(params: Float64Array, node: TreeNode, value: unknown, offset: number): void {
  const { leaves, names, next } = node;
  for (let k = 0; k < leaves.length; k++) {
    const leaf = leaves[k];
    if (leaf.sum) params[leaf.at + offset] += finiteOr(value, 0);
    else params[leaf.at + offset] = finiteOr(value, leaf.absent);
  }
  if (typeof value !== 'object' || value === null) {
    // Nothing below: every number under here is left out (its `absent` value, or nothing for lists).
    if (names.length > 0 || node.every) fillAbsent(params, node, offset);
    return;
  }
  const object = value as Record<string, unknown>;
  for (let k = 0; k < names.length; k++) fill(params, next[k], object[names[k]], offset);
  if (node.items && Array.isArray(value)) {
    const { stride, node: item } = node.items;
    for (let k = 0; k < value.length; k++) fill(params, item, value[k], offset + k * stride);
  }
  if (node.every) {
    const { keys, index, stride, node: leafNode } = node.every;
    for (let j = 0; j < keys.length; j++) fill(params, leafNode, object[keys[j]], offset + index[j] * stride);
  }
  if (node.present) {
    const { index, stride, node: entry } = node.present;
    for (const key of Object.keys(object)) {
      const i = index.get(key);
      if (i !== undefined) fill(params, entry, object[key], offset + i * stride);
    }
  }
}

/** The `absent` values of everything under a node the scenario leaves out entirely. */
function fillAbsent(params: Float64Array, node: TreeNode, offset: number): void {
  for (let k = 0; k < node.names.length; k++) fill(params, node.next[k], undefined, offset);
  if (node.every) {
    const { keys, index, stride, node: leafNode } = node.every;
    for (let j = 0; j < keys.length; j++) fill(params, leafNode, undefined, offset + index[j] * stride);
  }
}

/** Writes every number the scenario gives (or its `absent` value) into its slot; numbers of a
 *  list with read 'sum' (other costs) are added up in list order. A list ("*") is walked item by
 *  item; a named wildcard at the end of a pattern stands for every key of its list (a share
 *  group), one followed by more segments for the entries the scenario has (removal entries). */
export function writeScenarioNumbers(params: Float64Array, scenario: unknown): void {
  fill(params, SCENARIO_TREE, scenario, 0);
}

/** Resolved values (emission factors: `root` shaped like the scenario's `emissionFactors`; release
 *  parameters: like its `releases`) as the slots of those rows and their numbers, every slot: the
 *  value's number, 0 for a value that is absent (not applicable) or "ND" (not quantified).
 *  compile.ts keeps them with its cached resolutions and copies them into each block. */
export function resolvedValues(read: 'factor' | 'release', root: unknown): { slots: Int32Array; values: Float64Array } {
  const slots: number[] = [];
  const values: number[] = [];
  for (const group of RESOLVED[read]) {
    let node = root as Record<string, unknown> | undefined;
    for (let k = 0; k < group.parent.length && node !== undefined; k++) node = node[group.parent[k]] as Record<string, unknown> | undefined;
    for (let e = 0; e < group.keys.length; e++) {
      const number = (node?.[group.keys[e]] as Resolved | undefined)?.value;
      slots.push(group.slots[e]);
      values.push(typeof number === 'number' ? number : 0);
    }
  }
  return { slots: Int32Array.from(slots), values: Float64Array.from(values) };
}

/** Copies slots and numbers of resolvedValues into a parameter block. */
export function writeValues(params: Float64Array, { slots, values }: { slots: Int32Array; values: Float64Array }): void {
  for (let i = 0; i < slots.length; i++) params[slots[i]] = values[i];
}

/** What a pointer moves in the core: its slot, share group (GROUP_* of mc-layout.ts) and the range
 *  samples and sweep values keep to (its accepted range). */
export interface SlotTarget {
  target: number;
  group: number;
  lo: number;
  hi: number;
}

/** Why a pointer cannot be drawn or swept, in words (the callers prefix the pointer). */
export class NoSlotError extends Error {}

const NOT_USED = 'is not a number the steady-state model uses';

/** Words for a missing parent, by the parent's pattern. */
const MISSING_PARENT: Record<string, (keys: string[]) => string> = {
  '/units/*/heat': () => 'the unit has no heat entry',
  '/units/*/removal/{component}': (keys) => `the unit has no removal entry for ${keys[keys.length - 1]}`,
  '/bricks': () => 'the scenario has no bricks section',
  '/bricks/heat': () => 'the bricks section has no heat entry',
};

/** The row and slot of a number of the scenario that the Monte Carlo may draw and sweeps may vary;
 *  throws NoSlotError saying why not (a unit the scenario lacks, a number the core does not read,
 *  a heat entry or removal entry the unit lacks…). */
export function slotTarget(pointer: string, scenario: { units: readonly unknown[] }): { target: SlotTarget; bound: Bound; read: CoreSlot['read'] } {
  const segs = pointerSegments(pointer);
  if (segs[0] === 'units' && segs.length > 1) {
    const i = /^(0|[1-9][0-9]*)$/.test(segs[1]) ? Number(segs[1]) : NaN;
    const n = scenario.units.length;
    if (!(i < n)) throw new NoSlotError(`the scenario has ${n} units (indices 0 to ${n - 1})`);
  }
  const field = scenarioFieldAt(segs);
  const slot = field?.bound.slot;
  if (!field || !slot || slot.varies === false || slot.read === 'sum') throw new NoSlotError(NOT_USED);
  const { bound, wildcards } = field;
  if (slot.needs === 'availability') {
    const unit = getAt(scenario, `/${segs[0]}/${segs[1]}`) as Record<string, unknown>;
    if (unit.mtbfHours === undefined || unit.mttrHours === undefined) {
      throw new NoSlotError('availability is only modelled when the unit gives both mtbfHours and mttrHours');
    }
  } else if (slot.needs === 'parent' && getAt(scenario, pointer.slice(0, pointer.lastIndexOf('/'))) === undefined) {
    const parent = bound.pattern.slice(0, bound.pattern.lastIndexOf('/'));
    const words = MISSING_PARENT[parent];
    throw new NoSlotError(words ? words(wildcards) : `${pointer.slice(0, pointer.lastIndexOf('/'))} is not in the scenario`);
  }
  let at = slot.at;
  let w = 0;
  for (const seg of SLOT_ROW_OF.get(bound)!.segments) {
    if (seg.kind === 'name') continue;
    at += (seg.kind === 'index' ? Number(wildcards[w]) : seg.order.indexOf(wildcards[w])) * slot.strides[w];
    w++;
  }
  const group = slot.shares ? SHARE_GROUP_CODES[slot.shares] : M.GROUP_NONE;
  const { lo, hi } = sampleRange(bound);
  return { target: { target: at, group, lo, hi }, bound, read: slot.read };
}

/** The concrete pointers a pattern (without "*") names inside `node`, by the rule of
 *  forEachNumber: a named wildcard at the end stands for every key of its list, one followed by
 *  more segments for the entries `node` has there, in its order. */
export function fieldPointers(pattern: string, node: unknown): string[] {
  if (pattern === '') return [''];
  const [head, ...rest] = pattern.slice(1).split('/');
  const tail = rest.length > 0 ? `/${rest.join('/')}` : '';
  const named = /^\{(\w+)\}$/.exec(head);
  if (!named) return fieldPointers(tail, child(node, head)).map((p) => `/${head}${p}`);
  const list = KEY_LISTS[named[1]];
  const keys = tail === '' ? list : typeof node === 'object' && node !== null ? Object.keys(node).filter((k) => list.includes(k)) : [];
  return keys.flatMap((k) => fieldPointers(tail, child(node, k)).map((p) => `/${k}${p}`));
}

/** The rows offered to sweeps, in the sweep panel's order (`sweep` of field-table.ts). */
export function sweepRows(): Bound[] {
  return BOUNDS.filter((b) => b.slot?.sweep !== undefined).sort((a, b) => a.slot!.sweep! - b.slot!.sweep!);
}
