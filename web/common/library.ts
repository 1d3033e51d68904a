import type { CorruptRecord, ImportedScenario, RunRecord, ScenarioDb, ScenarioRecord } from './db.ts';

export { BUNDLE_FORMAT, BUNDLE_VERSION, ImportError, MAX_BUNDLE_BYTES, type Bundle, type BundleRun, type ImportIssue } from './bundle-format.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle-format.ts';

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

const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 80) || 'scenario';

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
    // Reading a file (and the schema, with zod) loads with the first import, not with the page.
    const { parseImport } = await import('./library-import.ts');
    const { scenarios, runs } = await parseImport(text);
    const imported = await this.db.importBatch({ scenarios, runs, takenSuffix });
    this.changed(imported.map((s) => s.id));
    return { scenarios: imported, runs: runs.length };
  }
}
