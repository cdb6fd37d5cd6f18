/**
 * BM25 impacts and a word's postings sorted by them, for top-k ranking (rank.ts): the
 * arithmetic apart from the index that keeps the lists (search-index.ts).
 */

/** BM25's usual constants: how fast repeated words stop adding, and how much length matters. */
const K1 = 1.2;
const B = 0.75;
/** Impacts (below K1 + 1) in steps of 2^-20, above slots (below 2^24): exact in a double. */
const IMPACT_SCALE = 2 ** 20;
const IMPACT_TOP = Math.ceil((K1 + 1) * IMPACT_SCALE);
const SLOT_SPAN = 2 ** 24;

/** A word's postings, most telling first (see `sortByImpact`). */
export interface ImpactList {
  slots: Uint32Array;
  impacts: Float64Array;
}

/** BM25's share of a word's score for `weight` occurrences in a document of `length` words, `average` the corpus's (idf aside). */
export function bm25Impact(weight: number, length: number, average: number): number {
  if (weight === 0) return 0;
  const norm = Math.max(1, average);
  return (weight * (K1 + 1)) / (weight + K1 * (1 - B + (B * length) / norm));
}

/**
 * The postings `each` visits (slot, impact), sorted by impact, highest first, ties by slot.
 * `slotCount` is how many slots the index has handed out (they must fit in 24 bits).
 */
export function sortByImpact(slotCount: number, each: (visit: (slot: number, impact: number) => void) => void): ImpactList {
  // One number per posting that sorts ascending as (impact descending, slot ascending), so
  // the engine's own numeric sort does the work: the impact rounded UP to 2^-20 (an upper
  // bound is all the threshold algorithm needs), then the slot in the low 24 bits.
  if (slotCount >= SLOT_SPAN) throw new Error('search ranks at most 16 million documents');
  const keys: number[] = [];
  each((slot, impact) => keys.push((IMPACT_TOP - Math.ceil(impact * IMPACT_SCALE)) * SLOT_SPAN + slot));
  const sorted = Float64Array.from(keys).sort();
  const slots = new Uint32Array(sorted.length);
  const impacts = new Float64Array(sorted.length);
  sorted.forEach((key, k) => {
    slots[k] = key % SLOT_SPAN;
    impacts[k] = (IMPACT_TOP - Math.floor(key / SLOT_SPAN)) / IMPACT_SCALE;
  });
  return { slots, impacts };
}
