// Loads the compiled Wasm core in Node (CLI, unit tests, benchmarks): the same bytes the
// worker fetches in the browser.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Core } from '../shared/model/core.ts';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';
import { EF_LIBRARY_PATH } from './bundled-paths.ts';

export { EF_LIBRARY_PATH };

// From the repository's root (two folders up), so that the command line built to plain JavaScript
// (build/cli/simulate.cjs, scripts/build-cli.mjs) finds the same files as the source in web/cli/.
export const WASM_RELEASE = fileURLToPath(new URL('../../web/wasm/core.wasm', import.meta.url));
/** The steady-state core built alone (assembly/steady.ts, MODEL.md 2–4): what a plain run and a batch
 *  need, with half the bytes to compile; bit-identical results (test/unit/core-steady.test.ts). */
export const WASM_STEADY = fileURLToPath(new URL('../../web/wasm/core-steady.wasm', import.meta.url));
export const WASM_DEBUG = fileURLToPath(new URL('../../web/wasm/core.debug.wasm', import.meta.url));

const modules = new Map<string, WebAssembly.Module>();

export function wasmModule(path = WASM_RELEASE): WebAssembly.Module {
  let m = modules.get(path);
  if (!m) {
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(readFileSync(path)); // a copy on its own ArrayBuffer, which is what WebAssembly.Module takes
    } catch {
      throw new Error(`the Wasm core ${path} is missing; run \`npm run asbuild\` first`);
    }
    m = new WebAssembly.Module(bytes);
    modules.set(path, m);
  }
  return m;
}

export function loadCoreNode(path = WASM_RELEASE): Promise<Core> {
  return Core.instantiate(wasmModule(path));
}

/** The app's own library, for tests and benchmarks (the command line reads --ef-library with
 *  readEfLibrary of simulate.ts, which validates it). */
export function loadEfLibrary(path = EF_LIBRARY_PATH): EmissionFactorLibraryFile {
  return JSON.parse(readFileSync(path, 'utf8')) as EmissionFactorLibraryFile;
}
