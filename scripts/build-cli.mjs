// Builds the command line to plain JavaScript (part of `npm run build`): web/cli/simulate.ts and
// everything it imports, bundled by esbuild into build/cli/bundle.cjs and started by
// build/cli/simulate.cjs (scripts/cli-loader.cjs), which `npm run simulate` runs with Node alone
// (no TypeScript loader at start-up, V8's code cache instead of parsing). The bundle sits two folders below the
// repository's root, as web/cli/ does, so that its paths to web/wasm/ and fixtures/ resolve the same.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

/** zod/mini re-exports its 40-odd locales as a namespace (z.locales), which esbuild cannot
 *  tree-shake; the app words every message itself (schema-messages.ts) and never picks a zod
 *  locale, so the namespace is given English alone (the one locale the schema registers, as zod's
 *  classic API did by itself: schema-blocks.ts). Rolldown, which builds the page and the worker,
 *  leaves the unused locales out on its own. */
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
  // one CommonJS file, which the entry point (scripts/cli-loader.cjs, copied beside it as
  // simulate.cjs) runs with V8's code cache: with the cache, one file costs no parsing, and the
  // modes loaded with import() (Monte Carlo, dynamics, villages, batch…) are only evaluated when
  // asked for
  outfile: 'build/cli/bundle.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [englishZodOnly],
  define: { 'import.meta.url': '__plcUrl' },
  banner: { js: "const __plcUrl = require('node:url').pathToFileURL(__filename).href;" },
});
copyFileSync('scripts/cli-loader.cjs', 'build/cli/simulate.cjs');

// The app's own library is validated here, once per build, with the schema just built (an invalid
// library fails the build, every problem named); the bytes validated are kept beside the command
// line, which then parses the same bytes without validating them again (web/cli/files.ts).
const LIBRARY = 'fixtures/emission-factors.json';
const bytes = readFileSync(LIBRARY, 'utf8');
const { readEfLibrary } = createRequire(import.meta.url)('../build/cli/bundle.cjs');
readEfLibrary(undefined);
if (readFileSync(LIBRARY, 'utf8') === bytes) writeFileSync('build/cli/ef-library.checked.json', bytes);

// The first run makes the code cache (scripts/cli-loader.cjs), so that the first run a user makes
// starts as fast as the others.
const warm = spawnSync(process.execPath, ['build/cli/simulate.cjs', 'fixtures/scenarios/minh-khai-before.json'], { encoding: 'utf8' });
if (warm.status !== 0) throw new Error(`the built command line failed its first run: ${warm.stderr}`);
