import { BOILERPLATE, BREAK, type DocumentWords, ID_MASK } from './positions';

/**
 * Postings as flat typed arrays: word t's are pairs [termStart[t], termStart[t + 1]) of
 * `postings`, each (slot, weights), slots rising. Weights pack how often the word occurs in
 * the document (title words count TITLE_WEIGHT times) in the low 16 bits and how often
 * outside boilerplate in the high 16, each capped at 65,535 (BM25 stops growing long before).
 */

/** A title word counts as this many text words (MiniSearch's boost was 2 too). */
export const TITLE_WEIGHT = 2;
const CAP = 0xffff;

export function pack(all: number, out: number): number {
  return (Math.min(all, CAP) | (Math.min(out, CAP) << 16)) >>> 0;
}

export function weightOf(packed: number, outside: boolean): number {
  return outside ? packed >>> 16 : packed & CAP;
}

export interface BuiltPostings {
  termStart: Int32Array;
  postings: Uint32Array;
  /** Words per document (BREAKs left out). */
  lengths: Uint32Array;
  /** Documents per word. */
  counts: Uint32Array;
}

/** What the counting pass of a build learns: enough to lay out the postings before placing them. */
export interface CountedPostings {
  slots: number;
  terms: number;
  /** Words per document (BREAKs left out). */
  lengths: Uint32Array;
  /** Documents per word. */
  counts: Uint32Array;
  /** Postings in all. */
  total: number;
  /** The longest sequence, BREAKs included. */
  longest: number;
}

/**
 * The counting pass over the word sequences of documents 0…slots−1 (`wordsAt` may hand out
 * one scratch array, reused by its next call). Throws if a sequence names a word id of
 * `terms` or more: every check of a build is here, so once it has passed, placing the
 * postings (`placePostings`) can only fail for want of memory.
 */
export function countPostings(slots: number, wordsAt: (slot: number) => DocumentWords, terms: number): CountedPostings {
  const counts = new Uint32Array(terms);
  const seen = new Int32Array(terms).fill(-1);
  const lengths = new Uint32Array(slots);
  let total = 0;
  let longest = 0;
  for (let slot = 0; slot < slots; slot++) {
    const { positions } = wordsAt(slot);
    let length = 0;
    for (let i = 0; i < positions.length; i++) {
      const term = (positions[i] as number) & ID_MASK;
      if (term === BREAK) continue;
      length++;
      if (term >= terms) throw new Error('a word sequence names a word the index does not know');
      if (seen[term] === slot) continue;
      seen[term] = slot;
      counts[term] = (counts[term] as number) + 1;
      total++;
    }
    lengths[slot] = length;
    longest = Math.max(longest, positions.length);
  }
  return { slots, terms, lengths, counts, total, longest };
}

/**
 * The placing pass: each document's words summed first, so each posting is written once, at
 * the place the counts give it. `wordsAt` must hand out the sequences the count read.
 */
export function placePostings(counted: CountedPostings, wordsAt: (slot: number) => DocumentWords): BuiltPostings {
  const { slots, terms, counts, lengths } = counted;
  const termStart = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) termStart[t + 1] = (termStart[t] as number) + (counts[t] as number);
  const next = termStart.slice(0, terms);
  const postings = new Uint32Array(counted.total * 2);
  const sumAll = new Uint32Array(terms);
  const sumOut = new Uint32Array(terms);
  const unique = new Uint32Array(counted.longest);
  const seen = new Int32Array(terms).fill(-1);
  for (let slot = 0; slot < slots; slot++) {
    const { positions, titleWords } = wordsAt(slot);
    let n = 0;
    for (let i = 0; i < positions.length; i++) {
      const value = positions[i] as number;
      const term = value & ID_MASK;
      if (term === BREAK) continue;
      if (seen[term] !== slot) {
        seen[term] = slot;
        unique[n++] = term;
        sumAll[term] = 0;
        sumOut[term] = 0;
      }
      const weight = i < titleWords ? TITLE_WEIGHT : 1;
      sumAll[term] = (sumAll[term] as number) + weight;
      if ((value & BOILERPLATE) === 0) sumOut[term] = (sumOut[term] as number) + weight;
    }
    for (let k = 0; k < n; k++) {
      const term = unique[k] as number;
      const p = 2 * (next[term] as number);
      next[term] = (next[term] as number) + 1;
      postings[p] = slot;
      postings[p + 1] = pack(sumAll[term] as number, sumOut[term] as number);
    }
  }
  return { termStart, postings, lengths, counts };
}

/** Every word's postings from the word sequences of documents 0…slots−1: the two passes above, one after the other. */
export function buildPostings(slots: number, wordsAt: (slot: number) => DocumentWords, terms: number): BuiltPostings {
  return placePostings(countPostings(slots, wordsAt, terms), wordsAt);
}

/** Documents per word of saved postings; throws unless they are well formed for `slots` documents. */
export function checkPostings(termStart: Int32Array, postings: Uint32Array, terms: number, slots: number): Uint32Array {
  const damaged = (what: string) => new Error(`the saved search index has ${what}`);
  if (termStart.length !== terms + 1 || termStart[0] !== 0 || 2 * (termStart[terms] as number) !== postings.length) {
    throw damaged('postings that do not match its words');
  }
  const counts = new Uint32Array(terms);
  for (let t = 0; t < terms; t++) {
    const count = (termStart[t + 1] as number) - (termStart[t] as number);
    if (count < 0) throw damaged('postings out of order');
    counts[t] = count;
    let previous = -1;
    const end = 2 * (termStart[t + 1] as number);
    for (let p = 2 * (termStart[t] as number); p < end; p += 2) {
      const slot = postings[p] as number;
      // Slots rise within a word (lookups bisect them) and name a document.
      if (slot <= previous || slot >= slots) throw damaged('postings out of order');
      previous = slot;
    }
  }
  return counts;
}

/** The packed weights of `slot` among pairs [from, to) of `postings` (slots rising), or 0. */
export function findWeights(postings: ArrayLike<number>, from: number, to: number, slot: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = postings[2 * mid] as number;
    if (at === slot) return postings[2 * mid + 1] as number;
    if (at < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Postings to be written in order, without one array holding them all. */
export interface PostingPieces {
  /** Numbers in all (two per posting). */
  length: number;
  pieces: Iterable<Uint32Array>;
}

/**
 * Built postings and those added since (`added`, grouped alike, every slot above the built
 * ones) as one set of flat postings for `terms` words: the merged word starts, and the
 * postings as views of the two, word by word, for a save to write as they come (building
 * them first would hold the old and the new at once: issue 18). Both must stay unchanged
 * while the pieces are read; a build or an add makes new arrays, so they do.
 */
export function mergedPostings(
  built: { termStart: Int32Array; postings: Uint32Array },
  added: { start: Int32Array; pairs: Uint32Array },
  terms: number,
): { termStart: Int32Array; postings: PostingPieces } {
  const count = (starts: Int32Array, t: number) => (t + 1 < starts.length ? (starts[t + 1] as number) - (starts[t] as number) : 0);
  const termStart = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) termStart[t + 1] = (termStart[t] as number) + count(built.termStart, t) + count(added.start, t);
  function* pieces(): Generator<Uint32Array> {
    // A run of built postings goes out as one view until a word has added ones.
    let from = 0;
    for (let t = 0; t < terms; t++) {
      if (count(added.start, t) === 0) continue;
      const to = t + 1 < built.termStart.length ? 2 * (built.termStart[t + 1] as number) : built.postings.length;
      if (to > from) yield built.postings.subarray(from, to);
      from = to;
      yield added.pairs.subarray(2 * (added.start[t] as number), 2 * (added.start[t + 1] as number));
    }
    if (built.postings.length > from) yield built.postings.subarray(from);
  }
  return { termStart, postings: { length: 2 * (termStart[terms] as number), pieces: pieces() } };
}
