import { defineConfig, type Plugin } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { viByView } from './scripts/vi-by-view.mjs';
import { workerInMainBuild, workerPreloadFilter } from './scripts/worker-in-main-build.mjs';

/**
 * The Content-Security-Policy of the production build, as a meta tag (the app is static and may
 * be served by anything). No inline script and no eval; WebAssembly is compiled under
 * 'wasm-unsafe-eval'; nothing may be fetched from or sent to another origin. A meta policy cannot
 * stop other sites from framing the app (browsers ignore frame-ancestors there): that takes the
 * response headers below, which whoever serves the build must send (README, "Hosting").
 * Only the build gets the meta tag: the dev server injects its own client and talks over a websocket.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data:", // Shoelace reads its built-in icons from data: URLs
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Response headers the app needs from its web server, sent by `vite preview` and documented in
 * README.md: no framing by any other page (clickjacking; X-Frame-Options for browsers without
 * frame-ancestors), no MIME sniffing of the scenario files and scripts it serves, and no Referer
 * sent anywhere (the app requests nothing from other origins, but a link in a source note might).
 */
export const HOSTING_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'plc-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}

// Vite serves and builds web/; asc writes the Wasm into web/wasm/ so that
// `new URL('../wasm/core.wasm', import.meta.url)` in the worker is emitted as a hashed asset.
export default defineConfig({
  root: 'web',
  base: './',
  publicDir: 'public',
  server: { port: 5173, strictPort: false, fs: { allow: ['..'] } },
  preview: { port: 4173, headers: HOSTING_HEADERS },
  worker: { format: 'es' },
  // Every library a view loads on demand is pre-bundled when the dev server starts, so that its
  // first use does not make Vite discover it, re-optimise and reload the page (issue 16).
  optimizeDeps: {
    include: [
      'papaparse',
      'chart.js',
      'chartjs-chart-sankey',
      'chartjs-chart-matrix',
      'comlink',
      'idb',
      'zod/mini',
      'zod/v4/locales/en.js',
      'fast-json-patch',
      '@lit/localize',
      '@lit/context',
    ],
  },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    // Rolldown would otherwise move a module shared by several chunks into one of the chunks that
    // use it (the schema's, a view's…), so that a first screen needing a few small shared modules
    // loaded that whole chunk (zod among it): shared modules stay in chunks of their own (issue 17).
    rolldownOptions: { experimental: { chunkOptimization: { mergeCommonChunks: false } } },
    // The core worker is an entry of this build (scripts/worker-in-main-build.mjs): a dynamic import
    // in a chunk only the worker loads gets no preload list (the worker has no document to add <link>s to).
    modulePreload: { resolveDependencies: workerPreloadFilter },
  },
  plugins: [
    contentSecurityPolicy(),
    viByView(),
    workerInMainBuild(),
    // Installable and offline: the service worker precaches the app shell, the worker, the Wasm
    // and the fixtures (bundled into the scripts); an update waits until the user accepts it.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: 'Plastic line simulator',
        short_name: 'Plastic lines',
        description: 'Small plastic-recycling lines in Viet Nam’s craft villages and the dioxin releases of burning their rejects.',
        lang: 'vi',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f7f7f5',
        theme_color: '#12382c',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every asset a view can load, the illustrative survey (.csv) among them.
        globPatterns: ['**/*.{js,css,html,wasm,svg,png,webmanifest,csv,json}'],
        maximumFileSizeToCacheInBytes: 5_000_000,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  test: {
    root: '.',
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60000,
  },
});
