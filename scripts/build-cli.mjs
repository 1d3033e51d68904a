// Builds the command line to plain JavaScript (part of `npm run build`): web/cli/simulate.ts and
// everything it imports, bundled by esbuild into build/cli/simulate.mjs (and chunks beside it), which `npm run simulate`
// runs with Node alone (no TypeScript loader at start-up). The bundle sits two folders below the
// repository's root, as web/cli/ does, so that its paths to web/wasm/ and fixtures/ resolve the same.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** zod re-exports its 40-odd locales as a namespace (z.locales), which esbuild cannot tree-shake;
 *  the app words every message itself (schema-messages.ts) and never picks a zod locale, so the
 *  namespace is given English alone (zod registers English as its default by itself). Rolldown,
 *  which builds the page and the worker, leaves the unused locales out on its own. */
const englishZodOnly = {
  name: 'english-zod-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'plc-zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'plc-zod-locales' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: process.cwd(),
    }));
  },
};

rmSync('build/cli', { recursive: true, force: true }); // no chunk of an older build left beside the new one

await build({
  entryPoints: ['web/cli/simulate.ts'],
  outdir: 'build/cli',
  outExtension: { '.js': '.mjs' },
  // the modes loaded with import() (Monte Carlo, dynamics, villages, batch…) stay in chunks of
  // their own, so that one steady-state run parses only what it uses
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [englishZodOnly],
  // the JSON imports (sobol directions) and any CommonJS dependency need require() in an ES module
  banner: { js: "import { createRequire as __plcRequire } from 'node:module'; const require = __plcRequire(import.meta.url);" },
});

// The app's own library is validated here, once per build, with the schema just built (an invalid
// library fails the build, every problem named); the bytes validated are kept beside the command
// line, which then parses the same bytes without validating them again (web/cli/files.ts).
const LIBRARY = 'fixtures/emission-factors.json';
const bytes = readFileSync(LIBRARY, 'utf8');
const { readEfLibrary } = await import(pathToFileURL('build/cli/simulate.mjs').href);
readEfLibrary(undefined);
if (readFileSync(LIBRARY, 'utf8') === bytes) writeFileSync('build/cli/ef-library.checked.json', bytes);
