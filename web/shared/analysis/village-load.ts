// Resolving a village file (MODEL.md 8): its groups' scenarios (files relative to the village
// file, scenario-variant files, or inline scenarios), the measures catalogue, and each group's
// adopted scenario (its baseline with the group's measures applied, MODEL.md 6). File access is
// the caller's: a reader returns the text of a path as written in the village file (Node reads
// the disk, the worker a map of files the page hands in). Every problem is reported at once,
// each naming its group and field; a scenario file shared by many groups is read, checked and
// patched once.

import { applyMeasures, MeasureError, parseCatalogueText, resolveVariant, selectMeasures, VARIANT_FORMAT, type Measure } from './measures.ts';
import { validateScenario, type Scenario, type ValidationIssue } from '../model/scenario-schema.ts';
import { pointerSegments } from '../io/json-pointer.ts';
import { parseJsonText, validateVillage, villageIssue, type VillageIssue } from './village-schema.ts';
import type { VillageFile } from './village-types.ts';

export interface VillageReader {
  /** The text of the file at `path` (relative to the village file, as written there), or null
   *  when there is no such file. */
  readText(path: string): string | null;
}

export interface ResolveOptions {
  reader: VillageReader;
  /** The app's catalogue, used unless the village file names its own. */
  catalogue: readonly Measure[];
}

export interface ResolvedGroup {
  index: number;
  id: string;
  name: string;
  nameVi?: string;
  lineType?: string;
  households: number;
  /** The adoption share (0 without an adoption). */
  share: number;
  /** The adoption's measures, in catalogue order ([] without an adoption). */
  measures: string[];
  /** The scenario file as written in the village file, or null for an inline scenario. */
  scenarioRef: string | null;
  baseline: Scenario;
  /** The baseline with the measures applied (the baseline itself for an empty measure list);
   *  null when the group has no adoption. Groups naming the same file and measures share the
   *  same objects, which the engine uses to compute each distinct line once. */
  adopted: Scenario | null;
}

export interface ResolvedVillage {
  file: VillageFile;
  groups: ResolvedGroup[];
  /** The catalogue the measures were taken from (ids in catalogue order). */
  catalogue: readonly Measure[];
}

export type VillageResolution =
  { ok: true; village: ResolvedVillage; warnings: VillageIssue[] } | { ok: false; errors: VillageIssue[]; warnings: VillageIssue[] };

/** `rel` read relative to the folder of `base` (both as written in files, "/" separated). */
export function relativeTo(base: string, rel: string): string {
  if (rel.startsWith('/')) return rel;
  const cut = base.lastIndexOf('/');
  const parts = (cut >= 0 ? base.slice(0, cut + 1) + rel : rel).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '.' || p === '') continue;
    if (p === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(p);
  }
  return (base.startsWith('/') ? '/' : '') + out.join('/');
}

interface FileEntry {
  scenario?: Scenario;
  /** Problems of the file, reported once, at the first group that names it. */
  errors: VillageIssue[];
  warnings: VillageIssue[];
  reported: boolean;
}

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Validates and resolves a parsed village document. Never throws for bad input. */
export async function resolveVillage(input: unknown, options: ResolveOptions): Promise<VillageResolution> {
  const checked = validateVillage(input);
  if (!checked.ok) return checked;
  const file = checked.village;
  const errors: VillageIssue[] = [];
  const warnings: VillageIssue[] = [...checked.warnings];
  const at = (path: (string | number)[], code: string, params: Record<string, string | number> = {}, extra: Partial<VillageIssue> = {}) =>
    villageIssue(file, path, code, params, extra);

  // The measures catalogue.
  let catalogue: readonly Measure[] = options.catalogue;
  if (file.catalogue !== undefined) {
    const text = options.reader.readText(file.catalogue);
    if (text === null) {
      errors.push(at(['catalogue'], 'file_not_found', { file: file.catalogue }));
    } else {
      const parsed = parseCatalogueText(text);
      if (parsed.ok) catalogue = parsed.catalogue.measures;
      else
        errors.push(
          at(['catalogue'], 'catalogue_invalid', {
            file: file.catalogue,
            detail: parsed.errors
              .slice(0, 3)
              .map((e) => e.message)
              .join('; '),
          }),
        );
    }
  }

  const files = new Map<string, FileEntry>();
  async function readScenarioFile(path: string, index: number): Promise<FileEntry> {
    const cached = files.get(path);
    if (cached) return cached;
    const entry: FileEntry = { errors: [], warnings: [], reported: false };
    files.set(path, entry);
    const where = ['groups', index, 'scenario'];
    const text = options.reader.readText(path);
    if (text === null) {
      entry.errors.push(at(where, 'file_not_found', { file: path }));
      return entry;
    }
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      entry.errors.push(at(where, 'file_not_json', { file: path, detail: String(parsed.error.params?.detail ?? parsed.error.message) }));
      return entry;
    }
    const doc = parsed.value as { format?: unknown };
    if (kindOf(doc) === 'object' && doc.format === VARIANT_FORMAT) {
      try {
        const resolved = await resolveVariant(
          doc,
          (rel) => {
            const baselinePath = relativeTo(path, rel);
            const baseText = options.reader.readText(baselinePath);
            if (baseText === null) throw new MeasureError(`its baseline ${baselinePath} was not found`);
            const base = parseJsonText(baseText);
            if (!base.ok) throw new MeasureError(`its baseline ${baselinePath} is not valid JSON`);
            return base.value;
          },
          catalogue,
        );
        entry.scenario = resolved.scenario;
      } catch (e) {
        if (!(e instanceof MeasureError)) throw e;
        entry.errors.push(at(where, 'variant_invalid', { file: path, detail: e.message }));
      }
      return entry;
    }
    if (kindOf(doc) === 'object' && typeof doc.format === 'string' && doc.format !== 'plastic-line-scenario') {
      entry.errors.push(at(where, 'not_a_scenario', { file: path, got: JSON.stringify(doc.format.slice(0, 60)) }));
      return entry;
    }
    const scenario = validateScenario(doc);
    const wrap = (inner: ValidationIssue) => at(where, 'scenario_invalid', {}, { inner, file: path });
    entry.warnings.push(...scenario.warnings.map(wrap));
    if (scenario.ok) entry.scenario = scenario.scenario;
    else entry.errors.push(...scenario.errors.map(wrap));
    return entry;
  }

  // Adopted scenarios, per baseline object and measure list.
  const adoptedCache = new WeakMap<Scenario, Map<string, Scenario | MeasureError>>();
  function adopt(baseline: Scenario, measures: Measure[]): Scenario | MeasureError {
    let byList = adoptedCache.get(baseline);
    if (!byList) adoptedCache.set(baseline, (byList = new Map()));
    const key = measures.map((m) => m.id).join('\n');
    let out = byList.get(key);
    if (out === undefined) {
      try {
        out = measures.length === 0 ? baseline : applyMeasures(baseline, measures);
      } catch (e) {
        if (!(e instanceof MeasureError)) throw e;
        out = e;
      }
      byList.set(key, out);
    }
    return out;
  }

  const groups: ResolvedGroup[] = [];
  for (const [index, g] of file.groups.entries()) {
    let baseline: Scenario | undefined;
    if (typeof g.scenario === 'string') {
      const entry = await readScenarioFile(g.scenario, index);
      if (!entry.reported) {
        entry.reported = true;
        // Re-labelled with the first group that names the file.
        const relabel = (i: VillageIssue) => at(['groups', index, 'scenario'], i.code, i.params ?? {}, { inner: i.inner, file: i.file });
        errors.push(...entry.errors.map(relabel));
        warnings.push(...entry.warnings.map(relabel));
      }
      baseline = entry.scenario;
    } else {
      const scenario = validateScenario(g.scenario);
      const wrap = (inner: ValidationIssue) => ({ ...at(['groups', index, 'scenario', ...pointerSegments(inner.path)], 'scenario_invalid', {}, { inner }) });
      warnings.push(...scenario.warnings.map(wrap));
      if (scenario.ok) baseline = scenario.scenario;
      else errors.push(...scenario.errors.map(wrap));
    }

    let adopted: Scenario | null = null;
    let measureIds: string[] = [];
    if (g.adoption) {
      const known = new Set(catalogue.map((m) => m.id));
      const unknown = g.adoption.measures.map((id, j) => ({ id, j })).filter((x) => !known.has(x.id));
      for (const { id, j } of unknown) {
        errors.push(at(['groups', index, 'adoption', 'measures', j], 'unknown_measure', { id, known: catalogue.map((m) => m.id).join(', ') }));
      }
      if (unknown.length === 0 && baseline) {
        const measures = selectMeasures(catalogue, g.adoption.measures);
        measureIds = measures.map((m) => m.id);
        const out = adopt(baseline, measures);
        if (out instanceof MeasureError) errors.push(at(['groups', index, 'adoption', 'measures'], 'measure_failed', { detail: out.message }));
        else adopted = out;
      }
    }
    if (baseline && (!g.adoption || adopted)) {
      groups.push({
        index,
        id: g.id,
        name: g.name ?? g.id,
        ...(g.nameVi !== undefined ? { nameVi: g.nameVi } : {}),
        ...(g.lineType !== undefined ? { lineType: g.lineType } : {}),
        households: g.households,
        share: g.adoption?.share ?? 0,
        measures: measureIds,
        scenarioRef: typeof g.scenario === 'string' ? g.scenario : null,
        baseline,
        adopted,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, village: { file, groups, catalogue }, warnings };
}

/** A reader over files already in memory (the worker; tests): paths as written, after
 *  resolving "." and "..". Values may be text or parsed JSON. */
export function mapReader(files: Readonly<Record<string, unknown>>): VillageReader {
  const normalised = new Map(Object.entries(files).map(([k, v]) => [relativeTo('', k), v]));
  return {
    readText(path) {
      const v = normalised.get(relativeTo('', path));
      if (v === undefined) return null;
      return typeof v === 'string' ? v : JSON.stringify(v);
    },
  };
}
