import type { ParsedQuery } from '../../../shared/search/query';
import { isArabicTerm } from '../../../shared/search/tokens';
import type { Ranking } from './rank';

/** A search's best documents, ranked for the first `want` (a page's end). */
export interface KeptRanking {
  want: number;
  ranking: Ranking;
}

/**
 * The rankings of the last few searches, so that paging through the results (or running a
 * search again, or the same words spelled another way) skips ranking. The catalog empties
 * it on any change to the index.
 */
export class RecentResults {
  readonly #results = new Map<string, KeptRanking>();

  constructor(readonly capacity: number) {}

  /**
   * Searches that fold to the same clauses find the same documents; clitic matching
   * changes nothing for a search without Arabic words (see wordForms).
   */
  static key(query: ParsedQuery, clitics: boolean, skipExcluded: boolean): string {
    const arabic = clitics && query.clauses.some((c) => c.terms.some(isArabicTerm));
    return JSON.stringify([arabic, skipExcluded, query.clauses.map((c) => [c.terms, c.prefix, c.negated])]);
  }

  get(key: string): KeptRanking | undefined {
    const kept = this.#results.get(key);
    if (kept) {
      // Most recently used last: the first key is the one to drop.
      this.#results.delete(key);
      this.#results.set(key, kept);
    }
    return kept;
  }

  set(key: string, kept: KeptRanking): void {
    this.#results.delete(key);
    this.#results.set(key, kept);
    if (this.#results.size > this.capacity) this.#results.delete(this.#results.keys().next().value as string);
  }

  clear(): void {
    this.#results.clear();
  }
}
