// What the app's database holds and how its failures are named: scenario records (a document
// with its revision and timestamps) and run records, the checks a stored record must pass, the
// errors the UI names, and the id and name rules of copies and imports. db.ts opens the database.
import { isBilingual, type LocalText } from '../shared/model/local-text.ts';

/** A stored scenario document: any scenario document; `id` is its key. */
export interface StoredScenario {
  id: string;
  [key: string]: unknown;
}

/** Version 2 keeps each scenario document inside a record with its revision and timestamps. */
export interface ScenarioRecord {
  id: string;
  scenario: StoredScenario;
  /** 1 on the first save, incremented by every save, rename, delete and restore. */
  revision: number;
  createdAt: number;
  updatedAt: number;
  /** Set by a soft delete; the record stays until purged so that the delete can be undone. */
  deletedAt: number | null;
}

/** One saved result with what it takes to trace and reproduce it. */
export interface RunRecord {
  id: string;
  scenarioId: string;
  scenarioRevision: number;
  /** `sha256:<hex>` of the scenario document as canonical JSON (provenance.ts). */
  scenarioHash: string;
  /** The document as it was run, so this revision can be re-opened. */
  scenario: StoredScenario;
  /** 'steady' for the steady-state model; other kinds (dynamics, monte-carlo) carry a seed. */
  kind: string;
  seed: number | null;
  efLibraryId: string;
  efLibraryVersion: number;
  appVersion: string;
  createdAt: number;
  result: unknown;
}

export type StorageProblem = 'unavailable' | 'blocked' | 'quota' | 'failed';

/** A storage failure the UI can name; the app keeps working without storage. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly problem: StorageProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A save based on an older revision than the stored one: nothing was written. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly id: string,
    readonly expectedRevision: number,
    /** The stored record that is newer than the caller's copy. */
    readonly theirs: ScenarioRecord,
  ) {
    super(`Scenario ${id} was saved elsewhere (revision ${theirs.revision}, this copy is based on ${expectedRevision}).`);
  }
}

/** A stored record that is not a scenario record; reported and skipped, never opened. */
export interface CorruptRecord {
  key: string;
  reason: RecordProblem;
}

export class CorruptRecordError extends Error {
  override readonly name = 'CorruptRecordError';
  constructor(readonly record: CorruptRecord) {
    super(`The stored scenario ${record.key} is damaged (${record.reason}).`);
  }
}

export function toStorageError(error: unknown): StorageError | ConflictError | CorruptRecordError {
  if (error instanceof StorageError || error instanceof ConflictError || error instanceof CorruptRecordError) return error;
  const name = error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StorageError('quota', 'The browser has no storage space left for this site.', { cause: error });
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError') {
    return new StorageError('unavailable', 'This browser does not allow the app to store data (private mode or disabled storage).', { cause: error });
  }
  return new StorageError('failed', `Storage failed: ${detail}`, { cause: error });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why `value` is not a usable scenario record, or null. The document's own fields are the
 *  schema module's business (an autosaved edit may be invalid and must still be listed). */
/** Why a stored record is not a scenario record (worded for the user by library-words.ts). */
export type RecordProblem =
  'not_object' | 'id_mismatch' | 'no_scenario' | 'scenario_id_mismatch' | 'no_name' | 'no_revision' | 'no_timestamps' | 'bad_deletion';

export function recordProblem(key: string, value: unknown): RecordProblem | null {
  if (!isObject(value)) return 'not_object';
  if (value.id !== key) return 'id_mismatch';
  if (!isObject(value.scenario)) return 'no_scenario';
  if (value.scenario.id !== key) return 'scenario_id_mismatch';
  if (typeof value.scenario.name !== 'string' && !isBilingual(value.scenario.name)) return 'no_name';
  if (!Number.isInteger(value.revision) || (value.revision as number) < 1) return 'no_revision';
  if (typeof value.updatedAt !== 'number' || typeof value.createdAt !== 'number') return 'no_timestamps';
  if (value.deletedAt !== null && typeof value.deletedAt !== 'number') return 'bad_deletion';
  return null;
}

export function checkedRecord(key: string, value: unknown): ScenarioRecord {
  const reason = recordProblem(key, value);
  if (reason) throw new CorruptRecordError({ key, reason });
  return value as ScenarioRecord;
}

const ID_PATTERN = /[^A-Za-z0-9_.-]+/g;
const ID_LENGTH = 64;
const NAME_LENGTH = 200;

/** An id not in `taken`, made from `base` and `suffix` within the schema's id rules. */
export function freeId(base: string, suffix: string, taken: ReadonlySet<string>): string {
  const clean = base.replace(ID_PATTERN, '-') || 'scenario';
  for (let n = 1; ; n++) {
    const tail = n === 1 ? `-${suffix}` : `-${suffix}-${n}`;
    const id = clean.slice(0, ID_LENGTH - tail.length) + tail;
    if (!taken.has(id)) return id;
  }
}

/** `name` with a suffix such as " (copy)", cut to the schema's name length. */
export function suffixedName(name: LocalText, suffix: string): LocalText {
  const tail = ` ${suffix}`;
  const cut = (text: string) => text.slice(0, NAME_LENGTH - tail.length) + tail;
  return isBilingual(name) ? { vi: cut(name.vi), en: cut(name.en) } : cut(String(name));
}

/** What an import writes: documents and their runs; runs name their document by its bundle id. */
export interface ImportBatch {
  scenarios: StoredScenario[];
  runs: Omit<RunRecord, 'id'>[];
  /** Appended to the name of a document whose id is taken (it gets a new id). */
  takenSuffix: string;
  /** Appended to a taken id to make the new one; 'imported' unless said otherwise. */
  takenIdSuffix?: string;
}

export interface ImportedScenario {
  id: string;
  name: LocalText;
  /** The id in the file when it had to change. */
  renamedFrom?: string;
}
