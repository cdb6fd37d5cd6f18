import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.shared';
import { pdfWorkerBeside } from './scripts/vite-pdf-worker.ts';
import { suggestWorkerEntry } from './scripts/vite-suggest-worker.ts';

export default defineConfig({
  main: {
    plugins: [pdfWorkerBeside(), suggestWorkerEntry()],
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only be CommonJS, and it may require nothing but electron.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, rollupOptions: { input: { index: resolve('renderer/index.html') } } },
  },
});
