// The Village view's model (MODEL.md 8, issue 18): which village is open and its files, a group's
// share set by a slider, a file the user imports, and what the page derives from the engine's
// village result document for display and export (everyday units, the stacked chart's parts, the
// inventory's CSV and JSON). The totals themselves are the engine's (web/shared/analysis/village.ts,
// run in the worker); nothing here recomputes them but a group's part at another share for the
// stacked chart. No DOM.

import { BUNDLED_VILLAGES, type BundledVillage } from '../shared/model/bundled-villages.ts';
import { formatVillageIssue } from '../shared/analysis/village-messages.ts';
import { parseJsonText } from '../shared/analysis/village-schema.ts';
import type { VillageGroupResult, VillageFigure, VillageResultDocument, InventoryRow } from '../shared/analysis/village.ts';
import type { VillageRequest } from '../shared/contract/api-types.ts';
import { FIGURES } from '../shared/model/figure-catalogue.ts';
import type { MessageLang } from '../shared/model/schema-messages.ts';
import { VECTOR_KEYS } from '../shared/model/keys.ts';

/** Days in a year, for a village's "per day": a year's total ÷ 365 (an average calendar day). */
export const DAYS_PER_YEAR = 365;

/** The village the view opens first. */
export const DEFAULT_VILLAGE: BundledVillage = BUNDLED_VILLAGES[0];

/** The request of a bundled village (its document and the scenario files it names). */
export const requestOf = (v: BundledVillage): VillageRequest => ({ village: v.village, files: v.files });

/** Which bundled village a request is, if any (by the village document's id). */
export function bundledIdOf(request: VillageRequest | null): BundledVillage['id'] | null {
  const id = (request?.village as { id?: unknown } | undefined)?.id;
  return BUNDLED_VILLAGES.find((v) => (v.village as { id: string }).id === id)?.id ?? null;
}

type Json = Record<string, unknown>;

/** The same request with group `index`'s adoption share set to `share` (a new village object: the
 *  engine's cache and the runs' stale checks see a new village). */
export function withShare(request: VillageRequest, index: number, share: number): VillageRequest {
  const village = request.village as Json;
  const groups = (village.groups as Json[]).map((g, i) => (i === index && g.adoption ? { ...g, adoption: { ...(g.adoption as Json), share } } : g));
  return { ...request, village: { ...village, groups } };
}

/** The village without its shares: two villages with the same key have the same adoption-curve
 *  band (B + s (A − B) does not depend on the groups' shares). */
export function bandKey(request: VillageRequest | null): string {
  if (!request) return '';
  let key = bandKeys.get(request);
  if (key === undefined) bandKeys.set(request, (key = computeBandKey(request)));
  return key;
}

/** Each request's key, computed once (a village of 1,000 groups is a large string to build, and
 *  the view asks on every render, e.g. at each progress update of a Monte Carlo run). */
const bandKeys = new WeakMap<VillageRequest, string>();

function computeBandKey(request: VillageRequest): string {
  const village = request.village as Json;
  const groups = Array.isArray(village?.groups)
    ? (village.groups as Json[]).map((g) => (g.adoption ? { ...g, adoption: { ...(g.adoption as Json), share: 0 } } : g))
    : [];
  return JSON.stringify([{ ...village, groups }, request.files ?? {}]);
}

/** A file the user picked: its name and text. */
export interface PickedFile {
  name: string;
  text: string;
}

export type ImportOutcome = { ok: true; request: VillageRequest } | { ok: false; messages: string[] };

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * A village file the user imports, with any scenario files picked with it: a group's scenario path
 * is served by a picked file of the same name, else by the app's bundled scenario of that path.
 * Problems come back in the page's language; a village that parses but is invalid is refused by
 * the engine, whose messages name the group and the field.
 */
export function importVillage(picked: readonly PickedFile[], lang: MessageLang): ImportOutcome {
  const parsed = picked.map((f) => ({ file: f, json: parseJsonText(f.text) }));
  const village = parsed.find((p) => p.json.ok && (p.json.value as Json | null)?.format === 'plastic-line-village');
  if (!village || !village.json.ok) {
    const bad = parsed.find((p) => !p.json.ok);
    if (bad && !bad.json.ok) return { ok: false, messages: [`${bad.file.name}: ${formatVillageIssue(bad.json.error, lang)}`] };
    return { ok: false, messages: [] };
  }
  // Only the files the groups name: the request goes to a worker with every block of draws.
  const bundled: Record<string, unknown> = Object.assign({}, ...BUNDLED_VILLAGES.map((v) => v.files));
  const files: Record<string, unknown> = {};
  const groups = (village.json.value as Json).groups;
  for (const g of Array.isArray(groups) ? (groups as Json[]) : []) {
    const path = g?.scenario;
    if (typeof path !== 'string' || path in files) continue;
    const match = picked.find((f) => f !== village.file && f.name === baseName(path));
    if (match) files[path] = match.text;
    else if (path in bundled) files[path] = bundled[path];
  }
  return { ok: true, request: { village: village.json.value, files } };
}

/** A group's part of figure `f` with its share at `share`: households × ((1 − s) b + s a). */
export function groupPartAt(g: VillageGroupResult, f: VillageFigure, share: number): number {
  const b = g.baseline[f];
  const a = g.adopted ? g.adopted[f] : b;
  return g.households * ((1 - share) * b + share * a);
}

/** A figure in the unit of many lines (g TEQ/yr for PCDD/F, t/yr for kg figures; MODEL.md 8). */
export function bulkValue(f: VillageFigure, perYear: number): number {
  return perYear * (FIGURES[f].bulk?.scale ?? 1);
}

/** The stacked chart's groups: the largest ones by households, the rest together. */
export function stackGroups(doc: VillageResultDocument, most = 7): { label: (lang: MessageLang) => string; groups: VillageGroupResult[] }[] {
  const sorted = [...doc.groups].sort((a, b) => b.households - a.households);
  const named = sorted.slice(0, sorted.length > most + 1 ? most : sorted.length);
  const rest = sorted.slice(named.length);
  const nameOf = (g: VillageGroupResult) => (lang: MessageLang) => (lang === 'vi' && g.nameVi ? g.nameVi : g.name);
  return [...named.map((g) => ({ label: nameOf(g), groups: [g] })), ...(rest.length > 0 ? [{ label: () => '', groups: rest }] : [])];
}

// --- the inventory in the Toolkit's layout ---------------------------------------------------------

const sig3 = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(3)));

/** The inventory table's columns: [key, English header with its unit]. Headers are translated
 *  by the page; the keys name the JSON fields. */
export const INVENTORY_VECTORS = VECTOR_KEYS;

/** The inventory as CSV rows (rounded to 3 significant digits; headers with their units). */
export function inventoryCsvRows(
  rows: readonly InventoryRow[],
  headers: { fixed: string[]; ef: (v: string) => string; release: (v: string) => string; total: string },
  sourceName: (r: InventoryRow) => string,
) {
  const head = [...headers.fixed, ...INVENTORY_VECTORS.map(headers.ef), ...INVENTORY_VECTORS.map(headers.release), headers.total, 'status'];
  const body = rows.map((r) => [
    r.toolkitGroup,
    r.category,
    sourceName(r),
    r.class,
    sig3(r.activity),
    r.activityUnit,
    ...INVENTORY_VECTORS.map((v) => {
      const ef = r.emissionFactor[v];
      return ef === null ? '' : ef === 'ND' ? 'ND' : sig3(ef);
    }),
    // A release whose factor is "ND" is not a measured 0: written ND, like the factor.
    ...INVENTORY_VECTORS.map((v) => (r.emissionFactor[v] === 'ND' ? 'ND' : sig3(r.releaseGTeqPerYear[v]))),
    r.releaseGTeqPerYear.total === 0 && Object.values(r.emissionFactor).includes('ND') ? 'ND' : sig3(r.releaseGTeqPerYear.total),
    r.status ?? '',
  ]);
  return [head, ...body];
}

/** The inventory as JSON, full precision, with its units and the village it belongs to. */
export function inventoryJson(doc: VillageResultDocument): string {
  return JSON.stringify(
    {
      format: 'plastic-line-village-inventory',
      version: 1,
      villageId: doc.villageId,
      name: doc.name,
      units: { activity: 't/yr or TJ/yr (activityUnit)', emissionFactor: 'µg TEQ per t or per TJ of activity', releaseGTeqPerYear: 'g TEQ/yr' },
      households: doc.households,
      shares: doc.groups.map((g) => ({ id: g.id, share: g.share })),
      inventory: doc.inventory,
      notQuantified: doc.notQuantified,
      national: doc.national,
    },
    null,
    2,
  );
}
