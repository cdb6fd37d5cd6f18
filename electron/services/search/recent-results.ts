import type { ParsedQuery } from '../../../shared/search/query';
import { isArabicTerm } from '../../../shared/search/tokens';

/** The documents that match a search, best first, with MiniSearch's scores (two arrays: ~160 KB for 10,000). */
export interface Ranking {
  ids: readonly string[];
  scores: Float64Array;
}

/**
 * The matching documents of the last few searches, best first, so that paging through the
 * results (or running a search again, or the same words spelled another way) skips
 * MiniSearch and the checks. The catalog empties it on any change to the index.
 */
export class RecentResults {
  readonly #results = new Map<string, Ranking>();

  constructor(readonly capacity: number) {}

  /**
   * Searches that fold to the same clauses find the same documents; clitic matching
   * changes nothing for a search without Arabic words (see wordForms).
   */
  static key(query: ParsedQuery, clitics: boolean): string {
    const arabic = clitics && query.clauses.some((c) => c.terms.some(isArabicTerm));
    return JSON.stringify([arabic, query.clauses.map((c) => [c.terms, c.prefix, c.negated])]);
  }

  get(key: string): Ranking | undefined {
    const ranked = this.#results.get(key);
    if (ranked) {
      // Most recently used last: the first key is the one to drop.
      this.#results.delete(key);
      this.#results.set(key, ranked);
    }
    return ranked;
  }

  set(key: string, ranked: Ranking): void {
    this.#results.delete(key);
    this.#results.set(key, ranked);
    if (this.#results.size > this.capacity) this.#results.delete(this.#results.keys().next().value as string);
  }

  clear(): void {
    this.#results.clear();
  }
}
