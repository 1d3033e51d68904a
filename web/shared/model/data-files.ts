// The data files the app fetches rather than bundles (issue 17): the emission-factor library and
// the measures catalogue, each one hashed file of the build that the service worker precaches. The
// worker reads both (web/worker/lazy-api.ts) and the page the library (the Workbench's factor
// panel), from the same file, so that the library is shipped once. Node reads them by path
// instead (web/cli/bundled-paths.ts, web/worker/api.ts).

import type { EmissionFactorLibraryFile } from './emission-factors.ts';

/** The URL of each data file in the build (or, served as source, of the file under fixtures/). */
export const DATA_FILE_URLS = {
  efLibrary: new URL('../../../fixtures/emission-factors.json', import.meta.url),
  catalogue: new URL('../../../fixtures/measures.json', import.meta.url),
} as const;

async function fetchJson(url: URL): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url.pathname} (${response.status})`);
  return (await response.json()) as unknown;
}

/** The emission-factor library file (fixtures/emission-factors.json), as shipped. */
export async function fetchEmissionFactorLibrary(): Promise<EmissionFactorLibraryFile> {
  return (await fetchJson(DATA_FILE_URLS.efLibrary)) as EmissionFactorLibraryFile;
}

/** The measures catalogue file (fixtures/measures.json), unchecked: loadCatalogue validates it. */
export function fetchCatalogueFile(): Promise<unknown> {
  return fetchJson(DATA_FILE_URLS.catalogue);
}
