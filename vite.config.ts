import { defineConfig } from 'vitest/config';

// Vite serves and builds web/; asc writes the Wasm into web/wasm/ so that
// `new URL('../wasm/core.wasm', import.meta.url)` in the worker is emitted as a hashed asset.
export default defineConfig({
  root: 'web',
  base: './',
  publicDir: false,
  server: { port: 5173, strictPort: false, fs: { allow: ['..'] } },
  preview: { port: 4173 },
  worker: { format: 'es' },
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  test: {
    root: '.',
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60000,
  },
});
