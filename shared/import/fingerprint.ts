import type { Region } from '../domain/document';
import { foldedWords } from './fold';

/** Below this many words a text is too short for a fingerprint to mean anything. */
export const MIN_FINGERPRINT_WORDS = 40;
/** Fingerprints this close (differing bits of 64) are the same article with small changes. */
export const NEAR_DUPLICATE_BITS = 10;
const SHINGLE = 3;

function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finalizer: spreads a combined value over all 32 bits. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The text a fingerprint is taken of: the article without its excluded boilerplate. */
export function withoutExcluded(text: string, regions: Region[]): string {
  const excluded = regions.filter((r) => r.excluded).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of excluded) {
    if (r.start > at) out += text.slice(at, r.start);
    at = Math.max(at, r.end);
  }
  return out + text.slice(at);
}

/**
 * A 64-bit SimHash of word 3-grams over folded text (16 hex digits), or '' for a text too
 * short to compare. The same article with different boilerplate or a few edited words
 * lands within a few bits; unrelated articles differ in about half of them.
 */
export function fingerprint(text: string): string {
  const words = foldedWords(text);
  if (words.length < MIN_FINGERPRINT_WORDS) return '';
  const weights = new Int32Array(64);
  // Words are hashed once; a 3-gram's two 32-bit halves are mixed from its words' hashes.
  const hashes = words.map(hashWord);
  for (let i = 0; i + SHINGLE <= hashes.length; i++) {
    const a = hashes[i] as number;
    const b = hashes[i + 1] as number;
    const c = hashes[i + 2] as number;
    const hi = mix(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77));
    const lo = mix(hi ^ Math.imul(a + 0x27d4eb2f, 0x165667b1) ^ c);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] = (weights[bit] as number) + (((hi >>> bit) & 1) << 1) - 1;
      weights[bit + 32] = (weights[bit + 32] as number) + (((lo >>> bit) & 1) << 1) - 1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if ((weights[b] as number) > 0) hi |= 1 << b;
    if ((weights[b + 32] as number) > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

export function distance(a: string, b: string): number {
  return (
    popcount(Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16)) +
    popcount(Number.parseInt(a.slice(8), 16) ^ Number.parseInt(b.slice(8), 16))
  );
}

/** Similarity shown to the user: the share of fingerprint bits two texts agree on. */
export function similarity(bits: number): number {
  return Math.round((1 - bits / 64) * 100) / 100;
}

export interface NearMatch {
  id: string;
  bits: number;
}

/**
 * Fingerprints of a corpus in two typed arrays, scanned linearly: 10,000 documents take
 * tens of microseconds per lookup, so no locality-sensitive index is needed. No map of ids
 * to slots either (an import's, kept for all of it, half a megabyte at 10,000 documents:
 * issue 18): a removal, which comes right after its add when a write fails, looks from the end.
 */
export class FingerprintIndex {
  #hi = new Uint32Array(1024);
  #lo = new Uint32Array(1024);
  #ids: Array<string | null> = [];
  #live = 0;

  /** Adds a document not in the index yet (each id once: an import's are new). */
  add(id: string, print: string | undefined): void {
    if (!print) return;
    const slot = this.#ids.length;
    if (slot === this.#hi.length) {
      const hi = new Uint32Array(slot * 2);
      const lo = new Uint32Array(slot * 2);
      hi.set(this.#hi);
      lo.set(this.#lo);
      this.#hi = hi;
      this.#lo = lo;
    }
    this.#hi[slot] = Number.parseInt(print.slice(0, 8), 16);
    this.#lo[slot] = Number.parseInt(print.slice(8), 16);
    this.#ids.push(id);
    this.#live++;
  }

  remove(id: string): void {
    const slot = this.#ids.lastIndexOf(id);
    if (slot < 0) return;
    this.#ids[slot] = null;
    this.#live--;
  }

  /** The closest fingerprint within `maxBits`, if any. */
  nearest(print: string, maxBits = NEAR_DUPLICATE_BITS): NearMatch | null {
    if (!print) return null;
    const hi = Number.parseInt(print.slice(0, 8), 16);
    const lo = Number.parseInt(print.slice(8), 16);
    const his = this.#hi;
    const los = this.#lo;
    let bestSlot = -1;
    let bestBits = maxBits + 1;
    for (let i = 0, n = this.#ids.length; i < n; i++) {
      const bits = popcount((his[i] as number) ^ hi) + popcount((los[i] as number) ^ lo);
      if (bits < bestBits && this.#ids[i] !== null) {
        bestBits = bits;
        bestSlot = i;
      }
    }
    return bestSlot < 0 ? null : { id: this.#ids[bestSlot] as string, bits: bestBits };
  }

  get size(): number {
    return this.#live;
  }
}
