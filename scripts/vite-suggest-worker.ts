import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * The host runs the suggestion engine in a worker thread started from its own file
 * (electron/services/suggest/suggest-worker.ts). Bundlers do not follow a `new Worker(url)` in
 * Node, so every build that bundles the host (the CLI, the desktop main process) emits the
 * worker as its own entry, suggest-worker.mjs at the top of the output folder, where
 * off-thread.ts looks for it (beside its chunk or one folder up).
 */
const WORKER = fileURLToPath(new URL('../electron/services/suggest/suggest-worker.ts', import.meta.url));

export function suggestWorkerEntry(): Plugin {
  return {
    name: 'isnad-suggest-worker',
    buildStart() {
      this.emitFile({ type: 'chunk', id: WORKER, fileName: 'suggest-worker.mjs' });
    },
  };
}
