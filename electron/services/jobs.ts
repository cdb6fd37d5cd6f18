import type { JobStatus } from '../../shared/contract/app';
import { type ErrorValues, IsnadError } from '../../shared/errors';
import { newId } from './corpus/ids';
import { cancelledByUser, codedError } from '../../shared/error-text';

/** A step named by a catalog message: the English goes in `current`, the id and values beside it. */
export interface CodedStep {
  text: string;
  id: string;
  values?: ErrorValues;
}

export interface JobProgress {
  /** Reports progress; cheap enough to call for every item. `current` is a file name, or a step named by a message. */
  update(done: number, total: number, current?: string | CodedStep): void;
  readonly signal: AbortSignal;
}

/** Finished jobs are kept this long so a late reader (getJob) still sees the outcome. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;
/** Progress is announced at most this often per job; a job's start and end always are. */
const PROGRESS_EVERY_MS = 100;

interface Entry {
  status: JobStatus;
  controller: AbortController;
  finishedAt?: number;
  /** When progress was last announced, and whether newer progress is waiting for the timer. */
  announcedAt: number;
  pending?: ReturnType<typeof setTimeout>;
}

/**
 * Long work (import, export) runs as a job: the renderer starts it, follows its progress
 * (the `jobProgress` event, which `onChange` raises) and may cancel it. `getJob` reads a
 * job's status once, for a screen that starts following late.
 */
export class JobRegistry {
  readonly #jobs = new Map<string, Entry>();
  readonly #listeners = new Set<(status: JobStatus) => void>();

  constructor(options: { onChange?: (status: JobStatus) => void } = {}) {
    if (options.onChange) this.#listeners.add(options.onChange);
  }

  start<T>(kind: string, work: (progress: JobProgress) => Promise<T>): JobStatus {
    this.#prune();
    const controller = new AbortController();
    const status: JobStatus = { id: newId('j'), kind, state: 'running', done: 0, total: 0, current: '' };
    const entry: Entry = { status, controller, announcedAt: 0 };
    this.#jobs.set(status.id, entry);
    const progress: JobProgress = {
      signal: controller.signal,
      update: (done, total, current) => {
        status.done = done;
        status.total = total;
        if (typeof current === 'string') {
          status.current = current;
          delete status.currentId;
          delete status.currentValues;
        } else if (current !== undefined) {
          status.current = current.text;
          status.currentId = current.id;
          if (current.values) status.currentValues = current.values;
          else delete status.currentValues;
        }
        this.#progressed(entry);
      },
    };
    this.#announce(entry);
    // The work says whether it stopped early: a cancel that arrived after the last item was
    // written changed nothing, and calling that job cancelled would hide finished work.
    void work(progress).then(
      (result) => {
        status.state = stoppedEarly(result) ? 'cancelled' : 'done';
        status.result = result;
        this.#finished(entry);
      },
      (err: unknown) => {
        status.state = err instanceof IsnadError && err.code === 'cancelled' ? 'cancelled' : 'failed';
        status.error = err instanceof Error ? err.message : String(err);
        // A coded error keeps its id, so the screen that followed the job words it in the reader's language.
        const coded = err as { messageId?: unknown; values?: ErrorValues };
        if (typeof coded.messageId === 'string') {
          status.errorId = coded.messageId;
          if (coded.values) status.errorValues = coded.values;
        }
        this.#finished(entry);
      },
    );
    return { ...status };
  }

  get(id: string): JobStatus {
    const entry = this.#jobs.get(id);
    if (!entry) throw codedError('not_found', 'errors.jobs.notFound', { id }, 'jobId');
    return { ...entry.status };
  }

  cancel(id: string): JobStatus {
    const entry = this.#jobs.get(id);
    if (!entry) throw codedError('not_found', 'errors.jobs.notFound', { id }, 'jobId');
    if (entry.status.state === 'running') entry.controller.abort();
    return { ...entry.status };
  }

  /** Every change of every job: its start, progress (at most every 100 ms) and end. */
  subscribe(listener: (status: JobStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves when the job has finished, for the CLI and tests. */
  wait(id: string): Promise<JobStatus> {
    const now = this.get(id);
    if (now.state !== 'running') return Promise.resolve(now);
    return new Promise((resolve) => {
      const stop = this.subscribe((status) => {
        if (status.id !== id || status.state === 'running') return;
        stop();
        resolve(status);
      });
    });
  }

  #progressed(entry: Entry): void {
    if (entry.pending || entry.finishedAt !== undefined) return;
    const wait = entry.announcedAt + PROGRESS_EVERY_MS - Date.now();
    if (wait <= 0) this.#announce(entry);
    else entry.pending = setTimeout(() => this.#announce(entry), wait);
  }

  #finished(entry: Entry): void {
    entry.finishedAt = Date.now();
    this.#announce(entry);
  }

  #announce(entry: Entry): void {
    clearTimeout(entry.pending);
    entry.pending = undefined;
    entry.announcedAt = Date.now();
    for (const listener of this.#listeners) listener({ ...entry.status });
  }

  #prune(): void {
    const cutoff = Date.now() - KEEP_FINISHED_MS;
    for (const [id, entry] of this.#jobs) if (entry.finishedAt !== undefined && entry.finishedAt < cutoff) this.#jobs.delete(id);
  }
}

/** A job's result that reports `cancelled: true` stopped before the end (import keeps what it did). */
function stoppedEarly(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as { cancelled?: unknown }).cancelled === true;
}

/** Throws the standard cancellation error when the job was cancelled. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw cancelledByUser();
}
