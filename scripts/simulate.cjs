// `npm run simulate`: runs the command line built to plain JavaScript (build/cli/simulate.cjs and
// the bundle beside it, made by `npm run build` through scripts/build-cli.mjs) with Node alone.
// When the built files are missing or older than a source they are made from (web/cli,
// web/shared, assembly), they are built first (esbuild, a few seconds), so that the command never
// runs stale code. CommonJS, like the built entry point: Node starts it without its ES-module loader.
'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const BUILT = join('build', 'cli', 'simulate.cjs');
const SOURCES = ['web/cli', 'web/shared', 'assembly', 'scripts/cli-loader.cjs', 'scripts/build-cli.mjs'];

function newest(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let t = 0;
  for (const entry of readdirSync(path)) t = Math.max(t, newest(join(path, entry)));
  return t;
}

if (!existsSync(BUILT) || SOURCES.some((p) => newest(p) > statSync(BUILT).mtimeMs)) {
  // loaded only here: child_process costs a couple of milliseconds of every start
  const { spawnSync } = require('node:child_process');
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
require(join(process.cwd(), BUILT));
