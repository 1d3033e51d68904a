// The command line's entry point once built (copied to build/cli/simulate.cjs by
// scripts/build-cli.mjs): runs the bundle beside it (bundle.cjs) with V8's code cache, so that a
// run neither parses nor compiles the bundle again (Node 20 has no compile cache of its own). The
// cache (bundle.cjs.cache) is made by the build's first run and made again by any run whose cache
// V8 refuses (another Node version); it holds compiled code only, never results.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const { wrap } = require('node:module');

const bundle = join(__dirname, 'bundle.cjs');
const cacheFile = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined; // no cache yet: this run makes it
}
const script = new Script(wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // After the run, so that the cache also holds the functions the run compiled; written whole
  // under another name first, so that a run beside this one never reads half a cache.
  process.once('beforeExit', () => {
    const part = `${cacheFile}.${process.pid}`;
    try {
      writeFileSync(part, script.createCachedData());
      renameSync(part, cacheFile);
    } catch {
      // a read-only checkout runs without a cache
    }
  });
}
process.argv[1] = bundle; // the bundle runs its command line when it is the script Node was given
const module_ = { exports: {} };
script.runInThisContext().call(module_.exports, module_.exports, require, module_, bundle, __dirname);
