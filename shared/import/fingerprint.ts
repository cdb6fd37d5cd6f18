import type { Region } from '../domain/document';
import { foldedWords } from './fold';

/** Below this many words a text is too short for a fingerprint to mean anything. */
export const MIN_FINGERPRINT_WORDS = 40;
/** Fingerprints this close (differing bits of 64) are the same article with small changes. */
export const NEAR_DUPLICATE_BITS = 10;
const SHINGLE = 3;

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so similar shingles do not share bit patterns.
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
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const shingle = words.slice(i, i + SHINGLE).join(' ');
    const hi = fnv1a(shingle, 0x811c9dc5);
    const lo = fnv1a(shingle, 0x9747b28c);
    for (let b = 0; b < 32; b++) {
      weights[b] = (weights[b] as number) + ((hi >>> b) & 1 ? 1 : -1);
      weights[b + 32] = (weights[b + 32] as number) + ((lo >>> b) & 1 ? 1 : -1);
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
 * Fingerprints of a corpus kept as integer pairs, scanned linearly: at 10,000 documents a
 * lookup is a few tens of microseconds, so no locality-sensitive index is needed.
 */
export class FingerprintIndex {
  readonly #prints = new Map<string, [number, number]>();

  add(id: string, print: string | undefined): void {
    if (!print) return;
    this.#prints.set(id, [Number.parseInt(print.slice(0, 8), 16), Number.parseInt(print.slice(8), 16)]);
  }

  remove(id: string): void {
    this.#prints.delete(id);
  }

  /** The closest fingerprint within `maxBits`, if any. */
  nearest(print: string, maxBits = NEAR_DUPLICATE_BITS): NearMatch | null {
    if (!print) return null;
    const hi = Number.parseInt(print.slice(0, 8), 16);
    const lo = Number.parseInt(print.slice(8), 16);
    let best: NearMatch | null = null;
    for (const [id, [h, l]] of this.#prints) {
      const bits = popcount(h ^ hi) + popcount(l ^ lo);
      if (bits <= maxBits && (!best || bits < best.bits)) best = { id, bits };
    }
    return best;
  }

  get size(): number {
    return this.#prints.size;
  }
}
