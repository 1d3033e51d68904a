// Worker entry: expose synchronously so that a call posted right after `new Worker()` is not
// lost (TOOLCHAIN point 5); the API loads the Wasm lazily inside each method.
import { expose } from 'comlink';
import { api } from './api.ts';

expose(api);
