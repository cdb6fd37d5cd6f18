import type { ParsedQuery } from '../../../shared/search/query';
import { type PositionalClause, positionalQuery, satisfies, wordIds } from './positions';
import { weightOf } from './postings';
import type { SearchIndex } from './search-index';

/**
 * Which documents match a search, how many, and the best `want` of them, best first.
 *
 * Matching is set work on the postings: the rarest word's documents, narrowed by the others
 * (a byte per document, or a lookup per candidate when that is cheaper), phrases checked on
 * the word sequences. Ranking is BM25 over the query's words, top-k by the threshold
 * algorithm: each word's postings are read highest impact first, a document is scored when
 * first seen, and reading stops once no unseen document can beat the page's last one, or
 * once one word's postings are used up (every match holds every word). So a page of
 * results costs about the page, not the number of matches.
 */

/**
 * Word-sequence positions a search checks for phrases (about 4,000 news articles) before it
 * estimates how many of the rest match; the rest are checked as ranking reaches them.
 */
const PHRASE_BUDGET = 1_500_000;

export interface RankOptions {
  clitics: boolean;
  /** Words inside excluded regions (boilerplate) count for nothing. */
  skipExcluded: boolean;
  /** How many of the best documents are wanted: the end of the page asked for. */
  want: number;
}

export interface Ranking {
  /** The best documents, best first: up to `want` of them. */
  ids: string[];
  scores: number[];
  total: number;
  /** False when phrase checks in very many documents were cut short and `total` is estimated. */
  totalExact: boolean;
}

interface Word {
  ids: number[];
  idf: number;
}

const NOTHING: Ranking = { ids: [], scores: [], total: 0, totalExact: true };

/** Documents as a byte per slot: 1 where one of the words occurs (outside boilerplate when asked). */
function membership(index: SearchIndex, ids: readonly number[], outside: boolean): Uint8Array {
  const member = new Uint8Array(index.slotCount);
  for (const id of ids) {
    index.each(id, (slot, weights) => {
      if (weightOf(weights, outside) > 0) member[slot] = 1;
    });
  }
  return member;
}

/** A test for "the document holds one of the words": a byte array, or lookups when few documents are asked about. */
function holder(index: SearchIndex, ids: readonly number[], outside: boolean, asked: number): (slot: number) => boolean {
  const frequency = index.dictionary.frequencyOf(ids);
  if (asked * ids.length * 12 < frequency) return (slot) => ids.some((id) => index.weight(id, slot, outside) > 0);
  const member = membership(index, ids, outside);
  return (slot) => member[slot] === 1;
}

/** A min-heap of the best `size` documents: the root is the one to drop first. */
class TopK {
  readonly slots: number[] = [];
  readonly scores: number[] = [];
  constructor(readonly size: number) {}

  /** Whether a is worse than b: a lower score, or the same score and added later. */
  #worse(i: number, j: number): boolean {
    const a = this.scores[i] as number;
    const b = this.scores[j] as number;
    return a < b || (a === b && (this.slots[i] as number) > (this.slots[j] as number));
  }

  #swap(i: number, j: number): void {
    [this.slots[i], this.slots[j]] = [this.slots[j] as number, this.slots[i] as number];
    [this.scores[i], this.scores[j]] = [this.scores[j] as number, this.scores[i] as number];
  }

  get full(): boolean {
    return this.slots.length >= this.size;
  }

  get floor(): number {
    return this.scores[0] as number;
  }

  offer(slot: number, score: number): void {
    if (this.full) {
      const root = this.scores[0] as number;
      if (score < root || (score === root && slot > (this.slots[0] as number))) return;
      this.slots[0] = slot;
      this.scores[0] = score;
    } else {
      this.slots.push(slot);
      this.scores.push(score);
      for (let i = this.slots.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!this.#worse(i, parent)) break;
        this.#swap(i, parent);
        i = parent;
      }
      return;
    }
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.slots.length && this.#worse(l, worst)) worst = l;
      if (r < this.slots.length && this.#worse(r, worst)) worst = r;
      if (worst === i) break;
      this.#swap(i, worst);
      i = worst;
    }
  }

  /** Best first. */
  ranked(): Array<[number, number]> {
    return this.slots.map((slot, k) => [slot, this.scores[k] as number] as [number, number]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }
}

export function rank(index: SearchIndex, query: ParsedQuery, options: RankOptions): Ranking {
  const { clitics, skipExcluded } = options;
  const { dictionary } = index;
  const documents = index.size;
  const positives = query.clauses.filter((c) => !c.negated);
  const words: Word[] = [];
  for (const clause of positives) {
    clause.terms.forEach((term, k) => {
      const ids = wordIds(term, clause.prefix && k === clause.terms.length - 1, clitics, dictionary);
      const df = Math.min(documents, dictionary.frequencyOf(ids));
      words.push({ ids, idf: Math.log(1 + (documents - df + 0.5) / (df + 0.5)) });
    });
  }
  if (words.length === 0 || words.some((w) => w.ids.length === 0)) return NOTHING;

  // The rarest word's documents, then narrowed by every other word and the excluded ones.
  const byRarity = words.slice().sort((a, b) => dictionary.frequencyOf(a.ids) - dictionary.frequencyOf(b.ids));
  const seed = byRarity[0] as Word;
  const seen = new Uint8Array(index.slotCount);
  let candidates: number[] = [];
  for (const id of seed.ids) {
    index.each(id, (slot, weights) => {
      if (seen[slot] === 0 && weightOf(weights, skipExcluded) > 0 && index.isLive(slot)) {
        seen[slot] = 1;
        candidates.push(slot);
      }
    });
  }
  for (const word of byRarity.slice(1)) {
    if (candidates.length === 0) break;
    const holds = holder(index, word.ids, skipExcluded, candidates.length);
    candidates = candidates.filter(holds);
  }
  for (const clause of query.clauses) {
    if (!clause.negated || clause.terms.length > 1 || candidates.length === 0) continue;
    const holds = holder(index, wordIds(clause.terms[0] as string, clause.prefix, clitics, dictionary), skipExcluded, candidates.length);
    candidates = candidates.filter((slot) => !holds(slot));
  }
  candidates.sort((a, b) => a - b);

  // Phrases (and excluded phrases) are checked on word sequences, as far as the budget goes.
  const phrases = positionalQuery(
    query.clauses.filter((c) => c.terms.length > 1),
    clitics,
    dictionary,
    skipExcluded,
  );
  const state = new Uint8Array(index.slotCount);
  let total = candidates.length;
  let totalExact = true;
  if (phrases.length > 0) {
    let spent = 0;
    let checked = 0;
    let passed = 0;
    for (const slot of candidates) {
      if (spent > PHRASE_BUDGET) {
        state[slot] = UNCHECKED;
        continue;
      }
      const { positions } = index.wordsAt(slot);
      spent += positions.length;
      checked++;
      if (satisfies(positions, phrases)) {
        state[slot] = MATCH;
        passed++;
      }
    }
    total = checked === candidates.length ? passed : passed + Math.round(((candidates.length - checked) * passed) / checked);
    totalExact = checked === candidates.length;
    candidates = candidates.filter((slot) => state[slot] !== 0);
  } else {
    for (const slot of candidates) state[slot] = MATCH;
  }
  if (candidates.length === 0) return { ...NOTHING, total, totalExact };

  const isMatch = (slot: number) => state[slot] === MATCH || (state[slot] === UNCHECKED && check(index, slot, phrases, state));
  const score = (slot: number) => {
    const length = index.lengthAt(slot);
    let sum = 0;
    for (const word of words) {
      let weight = 0;
      for (const id of word.ids) weight += index.weight(id, slot, skipExcluded);
      sum += word.idf * index.impact(weight, length);
    }
    return sum;
  };
  const top = new TopK(options.want);
  if (candidates.length <= options.want) {
    for (const slot of candidates) if (isMatch(slot)) top.offer(slot, score(slot));
  } else {
    topByThreshold(index, words, isMatch, score, top);
  }
  const ranked = top.ranked();
  return { ids: ranked.map(([slot]) => index.idAt(slot)), scores: ranked.map(([, s]) => s), total, totalExact };
}

const MATCH = 1;
const UNCHECKED = 2;

function check(index: SearchIndex, slot: number, phrases: readonly PositionalClause[], state: Uint8Array): boolean {
  const ok = satisfies(index.wordsAt(slot).positions, phrases);
  state[slot] = ok ? MATCH : 0;
  return ok;
}

/**
 * Fagin's threshold algorithm over each word's postings in impact order. The best score an
 * unseen document could still have is the sum, over words, of idf × the impacts just read
 * (for a word of several forms, their sum: BM25 grows slower than the occurrences it adds).
 */
function topByThreshold(
  index: SearchIndex,
  words: readonly Word[],
  isMatch: (slot: number) => boolean,
  score: (slot: number) => number,
  top: TopK,
): void {
  const lists = words.map((w) => w.ids.map((id) => ({ list: index.impacts(id), at: 0, last: 0 })));
  const seen = new Uint8Array(index.slotCount);
  for (;;) {
    let bound = 0;
    let usedUp = false;
    for (const [w, forms] of lists.entries()) {
      let left = false;
      let sum = 0;
      for (const cursor of forms) {
        if (cursor.at < cursor.list.slots.length) {
          const slot = cursor.list.slots[cursor.at] as number;
          cursor.last = cursor.list.impacts[cursor.at] as number;
          cursor.at++;
          left = true;
          if (seen[slot] === 0) {
            seen[slot] = 1;
            if (index.isLive(slot) && isMatch(slot)) top.offer(slot, score(slot));
          }
        } else {
          cursor.last = 0;
        }
        sum += cursor.last;
      }
      bound += (words[w] as Word).idf * sum;
      if (!left) usedUp = true;
    }
    // Every match holds every word: once one word's postings are read, every match has been seen.
    if (usedUp || (top.full && top.floor > bound)) return;
  }
}
