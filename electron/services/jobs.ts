import type { JobStatus } from '../../shared/contract/app';
import { IsnadError } from '../../shared/errors';
import { newId } from './corpus/ids';

export interface JobProgress {
  /** Reports progress; cheap enough to call for every item. */
  update(done: number, total: number, current?: string): void;
  readonly signal: AbortSignal;
}

/** Finished jobs are kept this long so a slow poller still sees the outcome. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

/**
 * Long work (import, export) runs as a job: the renderer starts it, polls its progress and
 * may cancel it. Polling works the same over IPC and HTTP, so neither needs push events.
 */
export class JobRegistry {
  readonly #jobs = new Map<string, { status: JobStatus; controller: AbortController; finishedAt?: number }>();

  start<T>(kind: string, work: (progress: JobProgress) => Promise<T>): JobStatus {
    this.#prune();
    const controller = new AbortController();
    const status: JobStatus = { id: newId('j'), kind, state: 'running', done: 0, total: 0, current: '' };
    const entry: { status: JobStatus; controller: AbortController; finishedAt?: number } = { status, controller };
    this.#jobs.set(status.id, entry);
    const progress: JobProgress = {
      signal: controller.signal,
      update(done, total, current) {
        status.done = done;
        status.total = total;
        if (current !== undefined) status.current = current;
      },
    };
    // The work says whether it stopped early: a cancel that arrived after the last item was
    // written changed nothing, and calling that job cancelled would hide finished work.
    void work(progress).then(
      (result) => {
        status.state = stoppedEarly(result) ? 'cancelled' : 'done';
        status.result = result;
        entry.finishedAt = Date.now();
      },
      (err: unknown) => {
        status.state = err instanceof IsnadError && err.code === 'cancelled' ? 'cancelled' : 'failed';
        status.error = err instanceof Error ? err.message : String(err);
        entry.finishedAt = Date.now();
      },
    );
    return { ...status };
  }

  get(id: string): JobStatus {
    const entry = this.#jobs.get(id);
    if (!entry) throw new IsnadError('not_found', `no job with id "${id}"`, 'jobId');
    return { ...entry.status };
  }

  cancel(id: string): JobStatus {
    const entry = this.#jobs.get(id);
    if (!entry) throw new IsnadError('not_found', `no job with id "${id}"`, 'jobId');
    if (entry.status.state === 'running') entry.controller.abort();
    return { ...entry.status };
  }

  /** Resolves when the job has finished, for the CLI and tests. */
  async wait(id: string, pollMs = 20): Promise<JobStatus> {
    for (;;) {
      const status = this.get(id);
      if (status.state !== 'running') return status;
      await new Promise((r) => setTimeout(r, pollMs));
    }
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
  if (signal.aborted) throw new IsnadError('cancelled', 'cancelled by the user');
}
