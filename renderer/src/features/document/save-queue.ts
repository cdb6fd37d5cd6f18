import { IsnadError } from '../../../../shared/errors';

export type SaveState = 'saved' | 'saving' | 'retrying';

export interface SaveStatus {
  state: SaveState;
  pending: number;
  /** The last failure, while retrying. */
  error: string | null;
  /** When the next attempt runs (ms since epoch), while retrying. */
  retryAt: number | null;
}

/** Failures that may pass: the server is unreachable or busy, or the disk hiccuped. */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof IsnadError)) return true;
  return err.code === 'unavailable' || err.code === 'internal' || err.code === 'corpus_locked';
}

export interface SaveQueueOptions<W> {
  send(write: W): Promise<void>;
  /**
   * The document a write changes. A refused write invalidates only the later writes of its
   * own document (they were built on it); other documents' writes do not depend on it.
   */
  documentOf(write: W): string;
  onStatus(status: SaveStatus): void;
  /** The server refused a write for good; `dropped` are its document's later writes, not sent. */
  onRejected(write: W, err: unknown, dropped: W[]): void;
  /** Delays before each retry; the last one repeats. */
  retryDelaysMs?: number[];
}

interface Queued<W> {
  write: W;
  settle(stored: boolean): void;
}

/**
 * Sends writes one at a time, in order, so the stored document goes through the same
 * states as the screen. A transient failure is retried (with backoff) without skipping or
 * reordering anything; nothing is ever dropped silently.
 */
export class SaveQueue<W> {
  readonly #options: SaveQueueOptions<W>;
  /** Writes waiting, each with what tells its `enqueue` caller whether it was stored. */
  readonly #queue: Array<Queued<W>> = [];
  #running = false;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #wake: (() => void) | null = null;
  #status: SaveStatus = { state: 'saved', pending: 0, error: null, retryAt: null };
  readonly #waiting = new Set<{ test: (write: W) => boolean; resolve: () => void }>();

  constructor(options: SaveQueueOptions<W>) {
    this.#options = options;
  }

  get status(): SaveStatus {
    return this.#status;
  }

  /**
   * Queues a write. The promise tells whoever needs to know (a fact-check session moving on
   * only once the verdict is stored): true once stored, false if it was refused or dropped.
   */
  enqueue(write: W): Promise<boolean> {
    const stored = new Promise<boolean>((settle) => this.#queue.push({ write, settle }));
    this.#publish({ ...this.#status, pending: this.#queue.length, state: this.#status.state === 'retrying' ? 'retrying' : 'saving' });
    void this.#run();
    return stored;
  }

  /** Skips the wait before the next retry. */
  retryNow(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#wake?.();
  }

  /** True while a write matching `test` waits to be stored. */
  has(test: (write: W) => boolean): boolean {
    return this.#queue.some((entry) => test(entry.write));
  }

  /** Resolves once no write matching `test` waits any more (stored, or refused and dropped). */
  whenSaved(test: (write: W) => boolean): Promise<void> {
    if (!this.has(test)) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.add({ test, resolve }));
  }

  /** Resolves once everything queued so far is stored. */
  whenIdle(): Promise<void> {
    return this.whenSaved(() => true);
  }

  #settle(): void {
    for (const waiter of this.#waiting) {
      if (this.has(waiter.test)) continue;
      this.#waiting.delete(waiter);
      waiter.resolve();
    }
  }

  #publish(status: SaveStatus): void {
    this.#status = status;
    this.#options.onStatus(status);
  }

  async #run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#queue.length > 0) {
        const { write, settle } = this.#queue[0] as Queued<W>;
        try {
          await this.#options.send(write);
          this.#queue.shift();
          settle(true);
          this.#attempt = 0;
          this.#publish({ state: this.#queue.length ? 'saving' : 'saved', pending: this.#queue.length, error: null, retryAt: null });
          this.#settle();
        } catch (err) {
          if (!isTransient(err)) {
            // The document's later writes were built on the refused one, so they cannot stand
            // either; the caller reloads that document. Other documents' writes go on.
            const refused = this.#options.documentOf(write);
            const ofRefused = (entry: Queued<W>) => this.#options.documentOf(entry.write) === refused;
            const dropped = this.#queue.filter(ofRefused);
            this.#queue.splice(0, this.#queue.length, ...this.#queue.filter((entry) => !ofRefused(entry)));
            for (const entry of dropped) entry.settle(false);
            this.#attempt = 0;
            this.#publish({ state: this.#queue.length ? 'saving' : 'saved', pending: this.#queue.length, error: null, retryAt: null });
            this.#options.onRejected(
              write,
              err,
              dropped.slice(1).map((entry) => entry.write),
            );
            this.#settle();
            continue;
          }
          await this.#waitBeforeRetry(err);
        }
      }
    } finally {
      this.#running = false;
    }
  }

  #waitBeforeRetry(err: unknown): Promise<void> {
    const delays = this.#options.retryDelaysMs ?? [1000, 2000, 4000, 8000, 15000, 30000];
    const delay = delays[Math.min(this.#attempt, delays.length - 1)] as number;
    this.#attempt++;
    const message = err instanceof Error ? err.message : String(err);
    this.#publish({ state: 'retrying', pending: this.#queue.length, error: message, retryAt: Date.now() + delay });
    return new Promise((resolve) => {
      this.#wake = () => {
        this.#wake = null;
        resolve();
      };
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#wake?.();
      }, delay);
    });
  }
}
