// The bundle report of `npm run bench`: every file of the build (dist/, from `npm run build`) with
// its size, its gzipped size (zlib level 9, what a server's gzip -9 sends) and what loads it,
// read from the other files' text: a static import, a dynamic import(), a preload list (Vite's
// map of a dynamic import's dependencies), a `new Worker(new URL(…))` (the core worker, an entry of
// the same build whose chunks the page shares: scripts/worker-in-main-build.mjs), a `new URL(…)`
// (the Wasm, the data files), index.html.
// Run alone with `npx tsx test/bench/bundle-report.ts` after `npm run build`.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface BuildFile {
  /** Path inside dist/ (e.g. assets/index-abc.js). */
  name: string;
  bytes: number;
  gzBytes: number;
  /** What loads it: "index.html", "static import by X", "import() by X", "new Worker() by X", "new URL() by X"… */
  loaders: string[];
}

/** Files that count as shipped code and data: everything but the icons and the service worker's own files. */
const COUNTED = /\.(js|mjs|css|wasm|html|json|csv|webmanifest)$/;
const SERVICE_WORKER = /^(sw\.js|workbox-[^/]*\.js)$/;

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p, root) : [relative(root, p)];
  });
}

function howLoaded(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 40), at);
  if (/import\(\s*["'`](\.\/|\.\.\/assets\/|assets\/)?$/.test(before)) return 'import()';
  if (/(from|import)\s*["'`](\.\/|\.\.\/assets\/|assets\/)?$/.test(before)) return 'static import';
  if (/new Worker\(\s*new URL\(\s*["'`][^"'`]*$/.test(before)) return 'new Worker()';
  if (/new URL\(\s*["'`][^"'`]*$/.test(before)) return 'new URL()';
  if (/<script[^>]*src="[^"]*$/.test(before)) return '<script>';
  if (/<link[^>]*href="[^"]*$/.test(before)) return '<link>';
  return 'preload list';
}

export function bundleReport(dist = 'dist'): BuildFile[] {
  const names = walk(dist).filter((n) => COUNTED.test(n) && !n.startsWith('.vite/'));
  const texts = new Map(names.filter((n) => /\.(js|mjs|html)$/.test(n)).map((n) => [n, readFileSync(join(dist, n), 'utf8')]));
  return names
    .map((name) => {
      const bytes = readFileSync(join(dist, name));
      const base = name.split('/').pop()!;
      const loaders: string[] = [];
      for (const [other, text] of texts) {
        if (other === name) continue;
        if (SERVICE_WORKER.test(other)) continue; // the service worker precaches every file
        const at = text.indexOf(base);
        if (at < 0) continue;
        loaders.push(`${howLoaded(text, at)} in ${other.split('/').pop()}`);
      }
      return { name, bytes: bytes.length, gzBytes: gzipSync(bytes, { level: 9 }).length, loaders };
    })
    .sort((a, b) => b.gzBytes - a.gzBytes);
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Prints the report; returns the whole build's gzipped bytes (code and data, without icons). */
export function printBundleReport(dist = 'dist'): { files: BuildFile[]; totalGz: number } {
  const files = bundleReport(dist);
  const totalGz = files.reduce((a, f) => a + f.gzBytes, 0);
  console.log(`Bundle report (dist/): ${files.length} files, ${kb(totalGz)} KB gzipped in all (JS, CSS, Wasm, HTML, data; icons left out)`);
  console.log('| file | KB | KB gzipped | loaded by |');
  console.log('|---|---|---|---|');
  for (const f of files) {
    const by = SERVICE_WORKER.test(f.name) ? 'the browser (service worker)' : f.loaders.length ? f.loaders.join('; ') : 'the browser (entry)';
    console.log(`| ${f.name} | ${kb(f.bytes)} | ${kb(f.gzBytes)} | ${by} |`);
  }
  return { files, totalGz };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printBundleReport();
