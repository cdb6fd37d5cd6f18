import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Suggestion } from '../../../shared/domain/suggestion';
import { type SuggestOptions, suggest } from '../../../shared/suggest';

/**
 * Runs the suggestion engine in a worker thread, so a long article (0.8–3 s of rules) never
 * holds up the host's other requests. One worker is kept while requests come; it does not
 * keep the process alive when idle. Requests are answered in order by id.
 */
export interface EngineRequest {
  id: number;
  text: string;
  options: SuggestOptions;
}
export type EngineReply = { id: number; suggestions: Suggestion[] } | { id: number; error: string };

const IDLE_MS = 30_000;

/**
 * The bundled worker beside the built main process or CLI (written there by
 * scripts/vite-suggest-worker.ts: beside the chunk or one folder up), else the source file
 * through its tsx starter (vitest, tsx). Null when neither is there.
 */
function workerStart(): { file: URL; workerData?: unknown } | null {
  for (const name of ['./suggest-worker.mjs', '../suggest-worker.mjs', './suggest-worker.js', '../suggest-worker.js']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return { file: url };
  }
  const source = new URL('./suggest-worker.ts', import.meta.url);
  const starter = new URL('./suggest-worker-dev.mjs', import.meta.url);
  if (source.protocol === 'file:' && existsSync(fileURLToPath(source)) && existsSync(fileURLToPath(starter))) {
    return { file: starter, workerData: { entry: source.href } };
  }
  return null;
}

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (s: Suggestion[]) => void; reject: (e: Error) => void }>();

function failAll(error: Error): void {
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
}

function start(): Worker | null {
  const how = workerStart();
  if (!how) return null;
  const w = new Worker(how.file, how.workerData === undefined ? {} : { workerData: how.workerData });
  w.on('message', (reply: EngineReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ('error' in reply) waiting.reject(new Error(`Suggestions failed: ${reply.error}`));
    else waiting.resolve(reply.suggestions);
    if (pending.size === 0) idle(w);
  });
  // A worker that dies fails what waits on it and is started afresh for the next request.
  const gone = (error: Error) => {
    if (worker === w) worker = null;
    failAll(error);
  };
  w.on('error', gone);
  w.on('exit', (code) => gone(new Error(`Suggestions failed: the engine's worker stopped (exit ${code})`)));
  return w;
}

/** Idle: the worker no longer keeps the process alive, and ends after a while without work. */
function idle(w: Worker): void {
  w.unref();
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (worker === w && pending.size === 0) {
      worker = null;
      void w.terminate();
    }
  }, IDLE_MS);
  idleTimer.unref();
}

/** The engine's suggestions for `text`, computed off the event loop. */
export async function suggestOffThread(text: string, options: SuggestOptions = {}): Promise<Suggestion[]> {
  // Nothing to run (an empty type list only checks the document is there): no worker needed.
  if (options.types && options.types.length === 0) return [];
  worker ??= start();
  // No worker file in this installation: the same rules on this thread, slower to answer but right.
  if (!worker) return suggest(text, options);
  if (idleTimer) clearTimeout(idleTimer);
  worker.ref();
  const id = ++nextId;
  const w = worker;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const plain: SuggestOptions = {
      ...(options.excluded ? { excluded: options.excluded.map((r) => ({ ...r })) } : {}),
      ...(options.types ? { types: [...options.types] } : {}),
    };
    w.postMessage({ id, text, options: plain } satisfies EngineRequest);
  });
}

/** Ends the worker (tests, shutdown); the next request starts a new one. */
export async function stopSuggestWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
