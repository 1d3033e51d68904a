// The worker's API for Node and the unit tests: createCoreApi (core-api.ts) with the data files
// read from the bundled data module instead of fetched. The worker itself (core.worker.ts) never
// imports this module, so its build carries no copy of the data files.

import type { Core } from '../shared/model/core.ts';
import type { EmissionFactorLibraryFile } from '../shared/model/emission-factors.ts';
import type { CoreApi } from '../shared/contract/api-types.ts';
import { createCoreApi } from './core-api.ts';
import type { WorkerDataFiles } from './lazy-api.ts';

export { APP_VERSION } from './core-api.ts';

/** The data files bundled (fetch cannot read files in Node). */
export const BUNDLED_DATA_FILES: WorkerDataFiles = {
  efLibrary: async (): Promise<EmissionFactorLibraryFile> => (await import('../shared/model/bundled-data.ts')).EMISSION_FACTOR_LIBRARY,
  catalogueFile: async () => (await import('../shared/model/bundled-data.ts')).MEASURES_CATALOGUE_FILE,
};

export function createApi(loadCore: () => Promise<Core>, dataFiles = BUNDLED_DATA_FILES): CoreApi {
  return createCoreApi(loadCore, dataFiles);
}
