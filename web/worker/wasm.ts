// Loads the Wasm core inside the worker, once. The URL reference makes Vite emit the .wasm as a
// hashed asset of the build; the main thread never instantiates it.

import { simd } from 'wasm-feature-detect';
import { Core, CoreUnsupported } from '../shared/model/core.ts';

const wasmUrl = new URL('../wasm/core.wasm', import.meta.url);
let loading: Promise<Core> | undefined;

export function loadCore(): Promise<Core> {
  loading ??= (async () => {
    const response = await fetch(wasmUrl);
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
}

export function wasmByteLength(): Promise<number> {
  return fetch(wasmUrl)
    .then((r) => r.arrayBuffer())
    .then((b) => b.byteLength);
}
