import type { Suggestion } from '../../../../shared/domain/suggestion';
import type { ExcludedRange } from '../../../../shared/suggest/regions';

/**
 * Runs the suggestion engine in a Web Worker (Vite bundles suggest.worker.ts as its own file,
 * allowed by the CSP's worker-src 'self'). One worker is kept for the window's life; each
 * request carries an id so a late answer to an older request is told apart.
 */
export interface SuggestRequest {
  id: number;
  text: string;
  excluded: ExcludedRange[];
}
export type SuggestResponse = { id: number; suggestions: Suggestion[] } | { id: number; error: string };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (s: Suggestion[]) => void; reject: (e: Error) => void }>();

function start(): Worker {
  // Vite's worker import: the URL form is bundled as a separate module file at build time.
  const w = new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module', name: 'isnad-suggest' });
  w.onmessage = (event: MessageEvent<SuggestResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if ('error' in event.data) waiting.reject(new Error(`Suggestions failed: ${event.data.error}`));
    else waiting.resolve(event.data.suggestions);
  };
  // A worker that dies (out of memory, a bad build) fails every request waiting on it and is
  // started afresh next time, so one failure does not stop suggestions for the session.
  w.onerror = (event) => {
    event.preventDefault();
    for (const waiting of pending.values()) waiting.reject(new Error(`Suggestions failed: ${event.message || 'the worker stopped'}`));
    pending.clear();
    w.terminate();
    if (worker === w) worker = null;
  };
  return w;
}

/** The suggestions for a document's text, computed off the UI thread. */
export function suggestInWorker(text: string, excluded: readonly ExcludedRange[]): Promise<Suggestion[]> {
  worker ??= start();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    (worker as Worker).postMessage({ id, text, excluded: excluded.map((r) => ({ ...r })) } satisfies SuggestRequest);
  });
}
