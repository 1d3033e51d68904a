// Loads the Wasm cores inside the worker, each once. The URL references make Vite emit the .wasm
// files as hashed assets of the build; the main thread never instantiates them. The steady-state
// core (assembly/steady.ts, about 10 KB gzipped) runs the Workbench's runs, so that the first
// view does not wait for the whole core (about 24 KB), which loads with the first run that needs
// line dynamics or Monte Carlo (core-api.ts).

import { simd } from 'wasm-feature-detect';
import { Core, CoreUnsupported } from '../shared/model/core.ts';

const wasmUrl = new URL('../wasm/core.wasm', import.meta.url);
const steadyWasmUrl = new URL('../wasm/core-steady.wasm', import.meta.url);

function loader(url: URL): () => Promise<Core> {
  let loading: Promise<Core> | undefined;
  return () => {
    loading ??= (async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`could not load the simulation core (${response.status})`);
      const module = await WebAssembly.compileStreaming(response).catch(async (error: unknown) => {
        // The core uses WebAssembly SIMD: an older browser cannot compile it, and is told so.
        if (!(await simd())) throw new CoreUnsupported('this browser has no WebAssembly SIMD, which the simulation core needs');
        throw error;
      });
      return Core.instantiate(module);
    })();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

/** The whole core: steady state, line dynamics, Monte Carlo. */
export const loadCore = loader(wasmUrl);
/** The steady-state core alone. */
export const loadSteadyCore = loader(steadyWasmUrl);
