import type { CorruptRecord, ImportedScenario, RunRecord, ScenarioDb, ScenarioRecord, StoredScenario } from './db.ts';

export const BUNDLE_FORMAT = 'plastic-line-bundle';
export const BUNDLE_VERSION = 1;
/** A bundle holds results too, so it may be larger than one scenario file (5 MB); a file above
 *  this is refused before it is read. */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;

/** A run as written in a bundle: its record without the local key. */
export type BundleRun = Omit<RunRecord, 'id'>;

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: string;
  scenarios: StoredScenario[];
  runs: BundleRun[];
}

/** One reason a file was refused: where in the file (JSON Pointer) and what is wrong. */
export interface ImportIssue {
  path: string;
  message: string;
  /** Set for scenario-schema issues, so that the page can word them in its own language. */
  code?: string;
  params?: Record<string, string | number>;
}

/** A file that cannot be imported; `issues` lists every problem found. Nothing was stored. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(readonly issues: ImportIssue[]) {
    super(`The file cannot be imported: ${issues.length} problem${issues.length === 1 ? '' : 's'}.`);
  }
}

export interface ExportFile {
  fileName: string;
  text: string;
}

export interface ImportOutcome {
  scenarios: ImportedScenario[];
  runs: number;
}

/** What the library shows: live scenarios, recently deleted ones and damaged records. */
export interface LibraryListing {
  scenarios: ScenarioRecord[];
  deleted: ScenarioRecord[];
  corrupt: CorruptRecord[];
}

/** A message for the other tabs (tab-channel.ts). */
export type LibraryChange = { type: 'saved'; id: string; revision: number } | { type: 'changed'; ids: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 80) || 'scenario';

/** The schema module (and zod) is loaded only when a file is imported, not with the page. */
const loadSchema = () => import('../shared/model/scenario-schema.ts');

/**
 * The scenario library: list, rename, duplicate, delete with undo, import and export. Fires
 * `change` after every change it makes and when the session or another tab reports one (`notify`).
 */
export class ScenarioLibrary extends EventTarget {
  constructor(
    private readonly db: ScenarioDb,
    private readonly announce: (change: LibraryChange) => void = () => undefined,
  ) {
    super();
  }

  private changed(ids: string[]): void {
    this.announce({ type: 'changed', ids });
    this.dispatchEvent(new Event('change'));
  }

  /** Something changed elsewhere (a save, another tab): listeners refresh. */
  notify(): void {
    this.dispatchEvent(new Event('change'));
  }

  async list(): Promise<LibraryListing> {
    const { records, corrupt } = await this.db.listScenarios();
    return {
      scenarios: records.filter((r) => r.deletedAt === null),
      deleted: records.filter((r) => r.deletedAt !== null),
      corrupt,
    };
  }

  async history(scenarioId?: string): Promise<RunRecord[]> {
    return this.db.listRuns(scenarioId);
  }

  async rename(id: string, name: string): Promise<ScenarioRecord> {
    const record = await this.db.rename(id, name);
    this.changed([id]);
    return record;
  }

  async duplicate(id: string, nameSuffix: string): Promise<ScenarioRecord> {
    const record = await this.db.duplicate(id, nameSuffix);
    this.changed([record.id]);
    return record;
  }

  async remove(id: string): Promise<void> {
    await this.db.softDelete(id);
    this.changed([id]);
  }

  async restore(id: string): Promise<void> {
    await this.db.restore(id);
    this.changed([id]);
  }

  async purge(id: string): Promise<void> {
    await this.db.purge(id);
    this.changed([id]);
  }

  /** One scenario as a scenario file (the format the command line reads). */
  async exportScenario(id: string): Promise<ExportFile> {
    const record = await this.db.getRecord(id);
    if (!record) throw new Error(`There is no stored scenario ${id}.`);
    return { fileName: `${fileSafe(id)}.scenario.json`, text: JSON.stringify(record.scenario, null, 2) };
  }

  /** Live scenarios (all, or those named) with every run recorded for them. */
  async exportBundle(ids?: string[]): Promise<ExportFile> {
    const { scenarios } = await this.list();
    const chosen = ids ? scenarios.filter((r) => ids.includes(r.id)) : scenarios;
    const wanted = new Set(chosen.map((r) => r.id));
    const runs = (await this.db.listRuns()).filter((r) => wanted.has(r.scenarioId)).map(({ id: _id, ...run }) => run);
    const now = new Date();
    const bundle: Bundle = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exportedAt: now.toISOString(),
      scenarios: chosen.map((r) => r.scenario),
      runs: runs.reverse(),
    };
    return { fileName: `plastic-line-bundle-${now.toISOString().slice(0, 10)}.json`, text: JSON.stringify(bundle, null, 2) };
  }

  /**
   * Imports a scenario file or a bundle. Every scenario is checked by the schema module; any
   * problem refuses the whole file (ImportError with all of them). Ids already stored get a new
   * id and `takenSuffix` in the name; nothing is overwritten.
   */
  async importText(text: string, takenSuffix: string): Promise<ImportOutcome> {
    const { scenarios, runs } = await parseImport(text);
    const imported = await this.db.importBatch({ scenarios, runs, takenSuffix });
    this.changed(imported.map((s) => s.id));
    return { scenarios: imported, runs: runs.length };
  }
}

/** Reads and checks a file; throws ImportError listing every problem. */
export async function parseImport(text: string): Promise<{ scenarios: StoredScenario[]; runs: BundleRun[] }> {
  const schema = await loadSchema();
  const issue = (i: { path: string; code: string; params?: Record<string, string | number>; message: string }, prefix = '') => ({
    path: prefix + i.path,
    code: i.code,
    params: i.params,
    message: schema.formatIssue(i, 'en'),
  });
  // One JSON reader for every file (size, depth, duplicate keys; json-text.ts).
  const parsed = schema.parseJsonText(text, { maxBytes: MAX_BUNDLE_BYTES });
  if (!parsed.ok) throw new ImportError(parsed.issues.map((i) => issue(schema.jsonTextIssue(i))));
  const doc = parsed.value;
  if (!isObject(doc) || doc.format !== BUNDLE_FORMAT) {
    // Not a bundle: a scenario file, with the schema module's messages (JSON errors located).
    const checked = schema.parseScenarioText(text);
    if (!checked.ok) throw new ImportError(checked.errors.map((e) => issue(e)));
    return { scenarios: [checked.scenario as unknown as StoredScenario], runs: [] };
  }
  const issues: ImportIssue[] = [];
  if (doc.version !== BUNDLE_VERSION) {
    throw new ImportError([
      { path: '/version', message: `Bundle version ${JSON.stringify(doc.version)} is not supported (this app reads version ${BUNDLE_VERSION}).` },
    ]);
  }
  if (!Array.isArray(doc.scenarios) || doc.scenarios.length === 0)
    issues.push({ path: '/scenarios', message: 'The bundle holds no scenarios (expected a non-empty list).' });
  const scenarios: StoredScenario[] = [];
  const ids = new Set<string>();
  for (const [i, entry] of (Array.isArray(doc.scenarios) ? doc.scenarios : []).entries()) {
    const checked = schema.validateScenario(entry);
    if (!checked.ok) {
      issues.push(...checked.errors.map((e) => issue(e, `/scenarios/${i}`)));
      continue;
    }
    const scenario = checked.scenario as unknown as StoredScenario;
    if (ids.has(scenario.id)) issues.push({ path: `/scenarios/${i}/id`, message: `The id "${scenario.id}" appears twice in the bundle.` });
    ids.add(scenario.id);
    scenarios.push(scenario);
  }
  const runs: BundleRun[] = [];
  if (doc.runs !== undefined && !Array.isArray(doc.runs)) issues.push({ path: '/runs', message: 'Runs must be a list.' });
  for (const [i, run] of (Array.isArray(doc.runs) ? doc.runs : []).entries()) {
    const problem = runProblem(run, ids);
    if (problem) {
      issues.push({ path: `/runs/${i}${problem.path}`, message: problem.message });
      continue;
    }
    // The snapshot a run was computed from is a scenario too, checked like the others.
    const snapshot = schema.validateScenario((run as BundleRun).scenario);
    if (!snapshot.ok) issues.push(...snapshot.errors.map((e) => issue(e, `/runs/${i}/scenario`)));
    else runs.push(run as BundleRun);
  }
  if (issues.length > 0) throw new ImportError(issues);
  return { scenarios, runs };
}

/** Why a bundle run cannot be stored; the result document itself is kept as exported. */
function runProblem(run: unknown, scenarioIds: ReadonlySet<string>): ImportIssue | null {
  if (!isObject(run)) return { path: '', message: 'A run must be an object.' };
  if (typeof run.scenarioId !== 'string' || !scenarioIds.has(run.scenarioId)) {
    return { path: '/scenarioId', message: 'The run names no scenario of this bundle.' };
  }
  for (const key of ['scenarioRevision', 'efLibraryVersion', 'createdAt'] as const) {
    if (typeof run[key] !== 'number' || !Number.isFinite(run[key])) return { path: `/${key}`, message: `${key} must be a number.` };
  }
  for (const key of ['scenarioHash', 'kind', 'efLibraryId', 'appVersion'] as const) {
    if (typeof run[key] !== 'string') return { path: `/${key}`, message: `${key} must be text.` };
  }
  if (run.seed !== null && typeof run.seed !== 'number') return { path: '/seed', message: 'seed must be a number or null.' };
  if (!isObject(run.scenario) || run.scenario.id !== run.scenarioId)
    return { path: '/scenario', message: 'The run must hold the scenario it was computed from.' };
  if (!isObject(run.result)) return { path: '/result', message: 'The run has no result document.' };
  return null;
}
