import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * The PDF reader runs pdf.js in a worker thread started from its own file
 * (electron/services/import/pdf/pdf-worker.mjs), found beside the code that starts it. Bundlers
 * do not follow a `new Worker(url)` in Node, so every build that bundles the reader (the CLI,
 * the desktop main process) writes the worker file beside each chunk holding that code.
 */
const WORKER = fileURLToPath(new URL('../electron/services/import/pdf/pdf-worker.mjs', import.meta.url));
const STARTER = fileURLToPath(new URL('../electron/services/import/pdf/extract.ts', import.meta.url));

export function pdfWorkerBeside(): Plugin {
  return {
    name: 'isnad-pdf-worker',
    generateBundle(_options, bundle) {
      const dirs = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.moduleIds.includes(STARTER)) dirs.add(posix.dirname(chunk.fileName));
      }
      const source = readFileSync(WORKER, 'utf8');
      for (const dir of dirs) this.emitFile({ type: 'asset', fileName: posix.join(dir, 'pdf-worker.mjs'), source });
    },
  };
}
