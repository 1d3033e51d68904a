// @web/test-runner in Debian's Chromium (TOOLCHAIN points 1 and 2). Serves the repository root, so
// `new URL('../wasm/core.wasm', import.meta.url)` in web/worker/ resolves to web/wasm/core.wasm and
// `new URL('../worker/core.worker.ts', import.meta.url)` in web/services/ to the worker entry.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const JSON_MODULE = 'json-module';

/**
 * `import data from './x.json'` as Vite does it: the import is marked with a query and served as
 * an ES module, so a plain fetch of the same file still gets the JSON itself.
 */
function jsonModules() {
  return {
    name: 'json-modules',
    resolveImport({ source }) {
      if (/^\.{0,2}\/.*\.json$/.test(source)) return `${source}?${JSON_MODULE}`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.endsWith('.json') || !context.URL.searchParams.has(JSON_MODULE)) return undefined;
      const file = path.join(rootDir, decodeURIComponent(context.path));
      if (!file.startsWith(rootDir + path.sep)) return undefined;
      const text = await readFile(file, 'utf8');
      JSON.parse(text); // a malformed file fails here, with its name, rather than as a syntax error in the page
      return { body: `export default ${text};`, type: 'js' };
    },
  };
}

/**
 * papaparse ships only a UMD file; Vite converts it, the test runner does not. Served here as an
 * ES module with a default export, as Vite's build sees it (the worker reads survey CSV with it).
 */
function papaparseAsModule() {
  return {
    name: 'papaparse-as-module',
    transform(context) {
      if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
      return { body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;\n` };
    },
  };
}

/**
 * Each test page starts in English, as if the user had chosen it (the app would otherwise open the
 * Vietnamese village scenarios in Vietnamese, issue 8); tests of the languages set their own.
 */
const testRunnerHtml = (testFramework) => `<!doctype html><html lang="en"><head>
  <script>try { localStorage.setItem('plc-locale', 'en'); } catch {}</script></head>
  <body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  rootDir,
  testRunnerHtml,
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 30_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
  plugins: [jsonModules(), papaparseAsModule(), esbuildPlugin({ ts: true, tsconfig: path.join(rootDir, 'tsconfig.json'), target: 'es2022' })],
};
