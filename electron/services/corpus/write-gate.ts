/**
 * Lets every write run freely (each document has its own lock besides) until something
 * needs the corpus to itself (a sync commit, switching the annotator): `exclusive` waits for
 * the writes in flight, holds new ones until it is done, then lets them through in order.
 */
export class WriteGate {
  #active = 0;
  #exclusive: Promise<void> | null = null;
  #idle: Array<() => void> = [];

  async shared<T>(work: () => Promise<T>): Promise<T> {
    while (this.#exclusive) await this.#exclusive;
    this.#active++;
    try {
      return await work();
    } finally {
      this.#active--;
      if (this.#active === 0) for (const resolve of this.#idle.splice(0)) resolve();
    }
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.#exclusive) await this.#exclusive;
    let release = () => {};
    this.#exclusive = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      while (this.#active > 0) await new Promise<void>((resolve) => this.#idle.push(resolve));
      return await work();
    } finally {
      this.#exclusive = null;
      release();
    }
  }

  get isExclusive(): boolean {
    return this.#exclusive !== null;
  }
}
