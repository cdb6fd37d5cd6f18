import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportProblem } from '../../../../shared/import/problems';
import { layoutPage } from '../../../../shared/pdf/blocks';
import { type PdfParagraph, pageParagraphs } from '../../../../shared/pdf/paragraphs';
import type { PdfInfo, PdfPage } from '../../../../shared/pdf/types';
import type { PdfLimits } from './limits';
import { checkStreams } from './stream-guard';
import { cancelledByUser, codedError, importProblem } from '../../../../shared/error-text';

/** What one PDF gave: its paragraphs page by page, and what each page is like. */
export interface ExtractedPdf {
  info: PdfInfo;
  pageCount: number;
  pages: PdfParagraph[][];
  /** Letters found on each page: none on a scanned page. */
  letters: number[];
  /** Each page's size in points, for rasterising it (OCR). */
  sizes: Array<{ width: number; height: number }>;
}

type WorkerMessage =
  | { kind: 'opened'; pages: number; info: PdfInfo }
  | { kind: 'page'; page: PdfPage }
  | { kind: 'done' }
  | { kind: 'error'; error: { name: string; message: string; code: number | null } };

/** The worker script beside this file (source tree, tsx, vitest) or beside the bundled main process. */
function workerFile(): URL {
  for (const name of ['./pdf-worker.mjs', './pdf-worker.js']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw codedError('internal', 'errors.import.pdfWorkerMissing');
}

/**
 * PDFs are read a few at a time: each worker holds a whole document, and a folder of a
 * hundred reports must not start a hundred of them on a two-core laptop. A worker that read
 * a file to its end is kept a little while for the next one (pdf.js then loads once per
 * batch); one that failed, was cancelled or hit a limit is ended, never reused.
 */
const MAX_WORKERS = Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2)));
const IDLE_MS = 15_000;
let running = 0;
const queue: Array<() => void> = [];
const idle: Array<{ worker: Worker; heapMb: number; timer: NodeJS.Timeout }> = [];

async function slot(signal: AbortSignal): Promise<() => void> {
  if (running >= MAX_WORKERS) {
    await new Promise<void>((resolve, reject) => {
      const go = () => {
        signal.removeEventListener('abort', stop);
        resolve();
      };
      const stop = () => {
        const k = queue.indexOf(go);
        if (k >= 0) queue.splice(k, 1);
        reject(signal.reason);
      };
      queue.push(go);
      signal.addEventListener('abort', stop, { once: true });
    });
  }
  running++;
  return () => {
    running--;
    queue.shift()?.();
  };
}

function takeWorker(heapMb: number): Worker {
  const k = idle.findIndex((w) => w.heapMb === heapMb);
  if (k >= 0) {
    const [kept] = idle.splice(k, 1);
    clearTimeout(kept?.timer);
    kept?.worker.ref();
    return kept?.worker as Worker;
  }
  return new Worker(workerFile(), {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 },
    stdout: true,
    stderr: true,
  });
}

function keepWorker(worker: Worker, heapMb: number): void {
  worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  // An idle worker must not keep the CLI alive, nor live on after the batch.
  worker.unref();
  const entry = {
    worker,
    heapMb,
    timer: setTimeout(() => {
      const k = idle.indexOf(entry);
      if (k >= 0) idle.splice(k, 1);
      void worker.terminate();
    }, IDLE_MS),
  };
  entry.timer.unref();
  worker.once('exit', () => {
    const k = idle.indexOf(entry);
    if (k >= 0) idle.splice(k, 1);
  });
  idle.push(entry);
}

export function describePdfError(error: { name: string; message: string; code: number | null }): ImportProblem {
  if (error.name === 'PasswordException') {
    return importProblem('encrypted', 'errors.import.pdfPassword');
  }
  if (error.name === 'InvalidPDFException') {
    return importProblem('damaged', 'errors.import.pdfDamaged', { detail: error.message });
  }
  return importProblem('damaged', 'errors.import.pdfUnreadable', { detail: error.message });
}

function aborted(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && !(reason instanceof DOMException)) return reason;
  return cancelledByUser();
}

/**
 * Reads a PDF's text in a worker thread, page by page, and lays each page out as it
 * arrives. The worker is ended at once when the signal aborts (cancel or time limit), when
 * the page count is over the limit, or when it runs out of its memory allowance; the main
 * thread only ever waits on messages, so it never stalls on a heavy file.
 */
export async function extractPdf(
  bytes: Uint8Array,
  limits: PdfLimits,
  signal: AbortSignal,
  onPage?: (done: number, total: number) => void,
): Promise<ExtractedPdf> {
  await checkStreams(bytes, limits.streams, signal);
  signal.throwIfAborted();
  const release = await slot(signal);
  try {
    return await runWorker(bytes, limits, signal, onPage);
  } finally {
    release();
  }
}

function runWorker(
  bytes: Uint8Array,
  limits: PdfLimits,
  signal: AbortSignal,
  onPage?: (done: number, total: number) => void,
): Promise<ExtractedPdf> {
  // A copy of its own to hand over: Buffer.slice would share (and detach) the caller's memory.
  const data = new Uint8Array(bytes);
  const worker = takeWorker(limits.maxHeapMb);
  const result: ExtractedPdf = {
    info: { title: '', author: '', creationDate: '', producer: '' },
    pageCount: 0,
    pages: [],
    letters: [],
    sizes: [],
  };
  return new Promise<ExtractedPdf>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (error) {
        void worker.terminate();
        reject(error);
      } else {
        keepWorker(worker, limits.maxHeapMb);
        resolve(result);
      }
    };
    const onAbort = () => finish(aborted(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (settled) return;
      try {
        if (message.kind === 'opened') {
          result.info = message.info;
          result.pageCount = message.pages;
          if (message.pages === 0) finish(importProblem('empty', 'errors.import.pdfNoPages'));
          else if (message.pages > limits.maxPages) {
            finish(importProblem('too-large', 'errors.import.pdfTooManyPages', { pages: message.pages, limit: limits.maxPages }));
          }
        } else if (message.kind === 'page') {
          const layout = layoutPage(message.page);
          result.pages.push(pageParagraphs(layout));
          result.letters.push(layout.letters);
          result.sizes.push({ width: message.page.width, height: message.page.height });
          onPage?.(result.pages.length, result.pageCount);
        } else if (message.kind === 'done') finish(null);
        else finish(describePdfError(message.error));
      } catch (err) {
        finish(err instanceof Error ? err : new Error(String(err)));
      }
    });
    worker.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish(importProblem('too-large', 'errors.import.pdfMemory', { megabytes: limits.maxHeapMb }));
      } else finish(importProblem('damaged', 'errors.import.pdfReaderStopped', { detail: err.message }));
    });
    worker.on('exit', () => finish(importProblem('damaged', 'errors.import.pdfReaderEnded')));
    worker.postMessage({ bytes: data, maxPages: limits.maxPages }, [data.buffer]);
  });
}
