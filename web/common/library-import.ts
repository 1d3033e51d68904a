// Reading a scenario file or a bundle for the library (library.ts), loaded with the first import:
// every scenario is checked by the schema module; any problem refuses the whole file.
import type { StoredScenario } from './db.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, ImportError, MAX_BUNDLE_BYTES, type BundleRun, type ImportIssue } from './bundle-format.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema module (and zod) is loaded only when a file is imported, not with the page. */
const loadSchema = () => import('../shared/model/scenario-schema.ts');

/** Reads and checks a file; throws ImportError listing every problem. A problem of the bundle
 *  itself has a code (bundle_…) and params, which the page words in its language
 *  (library-words.ts); `message` is its English. */
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
      {
        path: '/version',
        code: 'bundle_version',
        params: { got: JSON.stringify(doc.version) ?? 'undefined', supported: BUNDLE_VERSION },
        message: `Bundle version ${JSON.stringify(doc.version)} is not supported (this app reads version ${BUNDLE_VERSION}).`,
      },
    ]);
  }
  if (!Array.isArray(doc.scenarios) || doc.scenarios.length === 0)
    issues.push({ path: '/scenarios', code: 'bundle_empty', message: 'The bundle holds no scenarios (expected a non-empty list).' });
  const scenarios: StoredScenario[] = [];
  const ids = new Set<string>();
  for (const [i, entry] of (Array.isArray(doc.scenarios) ? doc.scenarios : []).entries()) {
    const checked = schema.validateScenario(entry);
    if (!checked.ok) {
      issues.push(...checked.errors.map((e) => issue(e, `/scenarios/${i}`)));
      continue;
    }
    const scenario = checked.scenario as unknown as StoredScenario;
    if (ids.has(scenario.id))
      issues.push({
        path: `/scenarios/${i}/id`,
        code: 'bundle_duplicate_id',
        params: { id: scenario.id },
        message: `The id "${scenario.id}" appears twice in the bundle.`,
      });
    ids.add(scenario.id);
    scenarios.push(scenario);
  }
  const runs: BundleRun[] = [];
  if (doc.runs !== undefined && !Array.isArray(doc.runs)) issues.push({ path: '/runs', code: 'bundle_runs', message: 'Runs must be a list.' });
  for (const [i, run] of (Array.isArray(doc.runs) ? doc.runs : []).entries()) {
    const problem = runProblem(run, ids);
    if (problem) {
      issues.push({ ...problem, path: `/runs/${i}${problem.path}` });
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
  if (!isObject(run)) return { path: '', code: 'bundle_run_object', message: 'A run must be an object.' };
  if (typeof run.scenarioId !== 'string' || !scenarioIds.has(run.scenarioId)) {
    return { path: '/scenarioId', code: 'bundle_run_scenario_id', message: 'The run names no scenario of this bundle.' };
  }
  for (const key of ['scenarioRevision', 'efLibraryVersion', 'createdAt'] as const) {
    if (typeof run[key] !== 'number' || !Number.isFinite(run[key]))
      return { path: `/${key}`, code: 'bundle_run_number', params: { key }, message: `${key} must be a number.` };
  }
  for (const key of ['scenarioHash', 'kind', 'efLibraryId', 'appVersion'] as const) {
    if (typeof run[key] !== 'string') return { path: `/${key}`, code: 'bundle_run_text', params: { key }, message: `${key} must be text.` };
  }
  if (run.seed !== null && typeof run.seed !== 'number') return { path: '/seed', code: 'bundle_run_seed', message: 'seed must be a number or null.' };
  if (!isObject(run.scenario) || run.scenario.id !== run.scenarioId)
    return { path: '/scenario', code: 'bundle_run_snapshot', message: 'The run must hold the scenario it was computed from.' };
  if (!isObject(run.result)) return { path: '/result', code: 'bundle_run_result', message: 'The run has no result document.' };
  return null;
}
