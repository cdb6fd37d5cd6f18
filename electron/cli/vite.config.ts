import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, defineConfig } from 'vite';
import { pdfWorkerBeside } from '../../scripts/vite-pdf-worker.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run build:cli`: the CLI as plain JavaScript for Node 20 (out/cli/isnad.mjs), so
 * `isnad` starts without compiling TypeScript. Commands are split into chunks loaded on
 * demand; most dependencies stay in node_modules (see `noExternal` for those that do not).
 */
/** `npx isnad` runs the file itself (package.json bin), so each fresh build must be executable. */
function executable(): Plugin {
  return {
    name: 'isnad-cli-executable',
    async writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) await chmod(join(options.dir as string, chunk.fileName), 0o755);
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [executable(), pdfWorkerBeside()],
  logLevel: 'warn',
  ssr: {
    // Bundled in, tree-shaken: loading zod's hundred-odd ES modules (all its locales) file by
    // file cost more than the rest of `isnad list`, and each package left outside costs a
    // resolution (package.json reads) on every start. Pure ES modules only; the big CommonJS
    // libraries of the importers stay in node_modules and load when a command needs them.
    noExternal: [
      'zod',
      'lowdb',
      'steno',
      'minisearch',
      'csv-stringify',
      /^@formatjs\//,
      'intl-messageformat',
      'approx-string-match',
      'diff',
    ],
  },
  build: {
    ssr: fileURLToPath(new URL('./bin.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('../../out/cli', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      output: {
        format: 'es',
        entryFileNames: 'isnad.mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
        banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
