/** How a bulk import shares memory and keeps the corpus in the order files were given. */

/** Admits work while its bytes fit the budget; one item is always admitted, however large. */
export class ByteBudget {
  readonly #limit: number;
  #used = 0;
  #waiting: Array<{ bytes: number; admit: () => void }> = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  async acquire(bytes: number): Promise<void> {
    if (this.#used === 0 || (this.#waiting.length === 0 && this.#used + bytes <= this.#limit)) {
      this.#used += bytes;
      return;
    }
    await new Promise<void>((admit) => this.#waiting.push({ bytes, admit }));
  }

  release(bytes: number): void {
    this.#used -= bytes;
    while (this.#waiting.length > 0) {
      const next = this.#waiting[0] as { bytes: number; admit: () => void };
      if (this.#used > 0 && this.#used + next.bytes > this.#limit) break;
      this.#waiting.shift();
      this.#used += next.bytes;
      next.admit();
    }
  }
}

/**
 * Files are read and parsed several at a time, but enter the corpus in the order given, so a
 * folder shows up in the library in its own order. A file takes its turn just before its first
 * write and gives it up as soon as its last write has been started.
 */
export class Turns {
  #next = 0;
  readonly #released = new Set<number>();
  readonly #waiters = new Map<number, () => void>();

  wait(index: number): Promise<void> {
    if (index <= this.#next) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.set(index, resolve));
  }

  release(index: number): void {
    if (index < this.#next) return;
    this.#released.add(index);
    while (this.#released.has(this.#next)) {
      this.#released.delete(this.#next);
      this.#next++;
      this.#waiters.get(this.#next)?.();
      this.#waiters.delete(this.#next);
    }
  }
}
