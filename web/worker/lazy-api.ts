// The worker loads its code in parts (issue 17): the steady-state run is in the worker's first
// chunk; Monte Carlo, sweeps, portfolios, evaluation, villages, comparisons and dynamics load on
// their first call. The data files (the emission-factor library and the measures catalogue) are
// fetched once, from files the service worker precaches, instead of being inlined in the worker.

import { fetchCatalogueFile, fetchEmissionFactorLibrary } from '../shared/model/data-files.ts';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';

/** The data files the worker reads, each loaded when first needed: the library as shipped, the
 *  catalogue file unchecked. */
export interface WorkerDataFiles {
  efLibrary(): Promise<EmissionFactorLibraryFile>;
  catalogueFile(): Promise<unknown>;
}

/** The value of `make`, made on first call; a failure is forgotten so that the next call retries. */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= make();
    value.catch(() => (value = undefined));
    return value;
  };
}

type Methods<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never };

/** An object with `names`' methods, each loading the real API (once) and calling it. The names are
 *  a Record over the API's keys, so that the compiler checks that none is missing or extra. */
export function lazyMethods<T extends object>(names: Record<keyof T, true>, load: () => Promise<T>): T {
  const out = {} as Record<string, unknown>;
  for (const name of Object.keys(names)) {
    out[name] = async (...args: unknown[]) => {
      const api = (await load()) as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return api[name](...args);
    };
  }
  return out as Methods<T> as T;
}

/** The app's data files in the worker: fetched (the build emits them as hashed files the page shares: data-files.ts). */
export const FETCHED_DATA_FILES: WorkerDataFiles = { efLibrary: fetchEmissionFactorLibrary, catalogueFile: fetchCatalogueFile };
