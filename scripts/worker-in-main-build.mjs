// The core worker as an entry of the page's own build (issue 17). Vite builds a worker started with
// `new Worker(new URL('…', import.meta.url))` separately, so that every module the worker shares
// with the page (zod, the scenario schema and its messages, the catalogue, papaparse, comlink…)
// shipped twice, once in each build. This plugin emits the worker as one more entry chunk of the
// main build instead, so that the page and the worker import the same hashed chunks, and rewrites
// the one place that starts it (web/common/worker-host.ts) to the entry's URL. Build only: the dev
// server and the test runner serve the source, where the `new URL()` is right as it stands.
//
// The worker must never run Vite's preload helper with dependencies: it adds <link> elements to
// `document`, which a worker has not. A dynamic import in a chunk only the worker reaches gets an
// empty list (modulePreload.resolveDependencies, workerPreloadFilter below); the helper itself is
// also made to skip the <link>s where there is no document (a chunk shared by both, in case one
// ever holds a dynamic import), and to report a failed import on `globalThis`, not `window`.

import { resolve } from 'node:path';

const WORKER_SOURCE = 'web/worker/core.worker.ts';
const HOST_SOURCE = 'web/common/worker-host.ts';
const WORKER_URL = "new URL('../worker/core.worker.ts', import.meta.url)";
/** The name of the worker's entry chunk (assets/core.worker-<hash>.js). */
export const WORKER_CHUNK_NAME = 'core.worker';

/** Edits of Vite's preload helper (`\0vite/preload-helper.js`), each required to apply once. */
const HELPER_EDITS = [
  ['deps && deps.length > 0)', "deps && deps.length > 0 && typeof document !== 'undefined')"],
  ['window.dispatchEvent(e)', 'globalThis.dispatchEvent(e)'],
];

/** The chunks only the worker reaches: found by this plugin's generateBundle, which runs before Vite's (this plugin is 'pre'). */
const workerOnlyChunks = new Set();

/** modulePreload.resolveDependencies: no preload list for an import() in a chunk only the worker loads. */
export function workerPreloadFilter(_file, deps, { hostId }) {
  return workerOnlyChunks.has(hostId) ? [] : deps;
}

/** The chunks the page's entries reach (static and dynamic imports) and those only the worker's entry reaches. */
function chunksByThread(bundle, workerEntry) {
  const reached = (starts) => {
    const seen = new Set();
    const queue = [...starts];
    while (queue.length) {
      const name = queue.pop();
      const chunk = bundle[name];
      if (seen.has(name) || chunk?.type !== 'chunk') continue;
      seen.add(name);
      queue.push(...chunk.imports, ...chunk.dynamicImports);
    }
    return seen;
  };
  const entries = Object.values(bundle).filter((c) => c.type === 'chunk' && c.isEntry);
  const page = reached(entries.filter((c) => c.fileName !== workerEntry).map((c) => c.fileName));
  return { page, workerOnly: [...reached([workerEntry])].filter((n) => !page.has(n)) };
}

export function workerInMainBuild() {
  let root = process.cwd();
  let workerRef = null;
  let helperEdited = false;
  return {
    name: 'plc-worker-in-main-build',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = resolve(config.root, '..');
    },
    buildStart() {
      helperEdited = false;
      workerRef = this.emitFile({ type: 'chunk', id: resolve(root, WORKER_SOURCE), name: WORKER_CHUNK_NAME });
    },
    transform(code, id) {
      if (id.includes('vite/preload-helper')) {
        let out = code;
        for (const [from, to] of HELPER_EDITS) {
          if (out.split(from).length !== 2) this.error(`Vite's preload helper changed: "${from}" is not found once in it (scripts/worker-in-main-build.mjs)`);
          out = out.replace(from, to);
        }
        helperEdited = true;
        return { code: out, map: null };
      }
      if (resolve(id.split('?')[0]) !== resolve(root, HOST_SOURCE)) return null;
      if (code.split(WORKER_URL).length !== 2) this.error(`${HOST_SOURCE} no longer starts the worker with ${WORKER_URL}`);
      return { code: code.replace(WORKER_URL, `import.meta.ROLLUP_FILE_URL_${workerRef}`), map: null };
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === WORKER_CHUNK_NAME);
      if (!entry) this.error('the worker entry chunk is missing from the build');
      const { page, workerOnly } = chunksByThread(bundle, entry.fileName);
      // The page must never load the worker's entry as a module (it would expose a worker API on
      // the page); the worker's own chunks may (rolldown puts what they share with it there).
      if (page.has(entry.fileName)) this.error(`the page's chunks reach the worker entry ${entry.fileName}`);
      workerOnlyChunks.clear();
      for (const name of workerOnly) workerOnlyChunks.add(name);
      if (!helperEdited && Object.values(bundle).some((c) => c.type === 'chunk' && c.code.includes('preload')))
        this.warn("Vite's preload helper was not seen by the worker plugin: check that it cannot touch `document` in the worker");
    },
  };
}
