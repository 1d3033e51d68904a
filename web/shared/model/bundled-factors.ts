// The emission-factor library as shipped (fixtures/emission-factors.json), bundled for Node (the
// worker's API there, web/worker/api.ts, through bundled-data.ts). The page and the worker in the
// browser fetch the same file instead (data-files.ts), so that the build ships it once.

import efLibraryFile from '../../../fixtures/emission-factors.json';
import type { EmissionFactorLibraryFile } from './emission-factors.ts';

/** The emission-factor library file (fixtures/emission-factors.json), as shipped. */
export const EMISSION_FACTOR_LIBRARY = efLibraryFile as unknown as EmissionFactorLibraryFile;
