// The files shipped with the app that the command line reads by default, by path (a user may name
// others with --ef-library and --catalogue). The page reads the same data through
// web/shared/model/bundled-data.ts.

import { fileURLToPath } from 'node:url';

export const EF_LIBRARY_PATH = fileURLToPath(new URL('../../fixtures/emission-factors.json', import.meta.url));
export const CATALOGUE_PATH = fileURLToPath(new URL('../../fixtures/measures.json', import.meta.url));
