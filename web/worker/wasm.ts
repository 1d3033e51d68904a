// Loads the Wasm core inside the worker, once. The URL reference makes Vite emit the .wasm as a
// hashed asset of the build; the main thread never instantiates it.

import { Core } from '../shared/model/core.ts';

const wasmUrl = new URL('../wasm/core.wasm', import.meta.url);
let loading: Promise<Core> | undefined;

export function loadCore(): Promise<Core> {
  loading ??= (async () => {
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`could not load the simulation core (${response.status})`);
    const module = await WebAssembly.compileStreaming(response);
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
