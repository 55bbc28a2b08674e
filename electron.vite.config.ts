// One build for all three parts: main (plus the HTTP host entry, which shares the
// services), the sandboxed preload (CommonJS), and the React renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The benchmark drives Chromium with Playwright at run time; never bundle it.
        external: ['playwright-core', '@playwright/test'],
        input: {
          index: resolve('electron/main/index.ts'),
          web: resolve('electron/host/web.ts'),
          cli: resolve('electron/cli/main.ts'),
          simWorker: resolve('electron/services/simulation/worker.ts'),
          bench: resolve('bench/run.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: {
        input: {
          index: resolve('renderer/index.html'),
          // Baseline page for `npm run bench` (bare React Flow); tiny, and never linked from the app.
          bare: resolve('renderer/bench/bare.html'),
        },
      },
    },
  },
});
