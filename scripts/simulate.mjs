// `npm run simulate`: runs the command line built to plain JavaScript (build/cli/simulate.mjs, made
// by `npm run build` through scripts/build-cli.mjs) with Node alone. When the built files are
// missing or older than a source they are made from (web/cli, web/shared, assembly/layout), they
// are built first (esbuild, about a second), so that the command never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const BUILT = 'build/cli/simulate.mjs';
const SOURCES = ['web/cli', 'web/shared', 'assembly'];

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(BUILT) || SOURCES.some((d) => newest(d) > statSync(BUILT).mtimeMs)) await import('./build-cli.mjs');
process.argv[1] = join(process.cwd(), BUILT); // the entry point checks that it was run directly
await import(pathToFileURL(process.argv[1]).href);
