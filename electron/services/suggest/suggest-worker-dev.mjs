// Starts the TypeScript worker from the source tree (vitest, tsx): the built app runs the
// bundled suggest-worker.mjs instead, and never loads this file or tsx.
import { workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
await import(workerData.entry);
