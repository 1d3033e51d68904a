// The emission-factor library as shipped (fixtures/emission-factors.json), apart from
// bundled-data.ts so that the page loads it only with the panel that lists it (the worker reads it
// through bundled-data.ts).

import efLibraryFile from '../../../fixtures/emission-factors.json';
import type { EmissionFactorLibraryFile } from './emission-factors.ts';

/** The emission-factor library file (fixtures/emission-factors.json), as shipped. */
export const EMISSION_FACTOR_LIBRARY = efLibraryFile as unknown as EmissionFactorLibraryFile;
