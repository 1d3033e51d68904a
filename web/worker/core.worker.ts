// Worker entry: expose synchronously so that a call posted right after `new Worker()` is not
// lost (TOOLCHAIN point 5); the API loads the Wasm lazily inside each method, and fetches the
// data files (lazy-api.ts) when a run first needs them.
import { expose } from 'comlink';
import { createCoreApi } from './core-api.ts';
import { FETCHED_DATA_FILES } from './lazy-api.ts';
import { loadCore, loadSteadyCore } from './wasm.ts';

expose(createCoreApi(loadCore, FETCHED_DATA_FILES, loadSteadyCore));
