/**
 * Values an import run repeats from document to document, kept once each: the import report
 * and the store's summaries live as long as the library is open, and 10,000 copies of the
 * same few values add up.
 */
export class SharedValues {
  readonly #kinds = new Map<string, Readonly<Record<string, number>>>();
  readonly #outlets = new Map<string, string>();

  /** One frozen object per distinct count of region kinds (most documents of an import have the same few). */
  regionKinds(kinds: Record<string, number>): Record<string, number> {
    const key = JSON.stringify(kinds);
    let shared = this.#kinds.get(key);
    if (!shared) {
      shared = Object.freeze(kinds);
      this.#kinds.set(key, shared);
    }
    return shared as Record<string, number>;
  }

  /** One string per outlet named (a corpus has a few): a name cut from each text keeps that text's line alive. */
  outlet(outlet: string): string {
    let shared = this.#outlets.get(outlet);
    if (shared === undefined) {
      // A string of its own (decoded afresh), not a slice of the line it was found in.
      shared = Buffer.from(outlet, 'utf8').toString('utf8');
      this.#outlets.set(shared, shared);
    }
    return shared;
  }
}
