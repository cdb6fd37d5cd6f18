// Postings added since the last build (recent-postings.ts) are kept as (word, weights) pairs
// with one (slot, first pair) run per document: these prove grouping them by word gives what
// a plain list of (word, slot, weights) would, including past the buffers' first reserves.
import { describe, expect, it } from 'vitest';
import { RecentPostings } from '../../../electron/services/search/recent-postings';

type Triple = [term: number, slot: number, weights: number];

/** The grouping by word, slots in the order they were added, done the plain way. */
function plainGrouped(triples: Triple[]): { start: number[]; pairs: number[] } {
  const terms = triples.reduce((n, [t]) => Math.max(n, t + 1), 0);
  const start = [0];
  const pairs: number[] = [];
  for (let t = 0; t < terms; t++) {
    for (const [term, slot, weights] of triples) if (term === t) pairs.push(slot, weights);
    start.push(pairs.length / 2);
  }
  return { start, pairs };
}

function grouped(recent: RecentPostings): { start: number[]; pairs: number[] } {
  const { start, pairs } = recent.grouped();
  return { start: Array.from(start), pairs: Array.from(pairs) };
}

describe('recent postings', () => {
  it('groups by word, each word\u2019s slots in the order documents were added', () => {
    const triples: Triple[] = [
      [3, 0, 7],
      [1, 0, 2],
      [3, 1, 5],
      [0, 1, 1],
      [1, 2, 9],
      [3, 2, 4],
    ];
    const recent = new RecentPostings();
    for (const [t, s, w] of triples) recent.add(t, s, w);
    expect(grouped(recent)).toEqual(plainGrouped(triples));
  });

  it('keeps a slot that comes back after another as a run of its own', () => {
    const triples: Triple[] = [
      [0, 4, 1],
      [1, 5, 1],
      [2, 4, 3],
    ];
    const recent = new RecentPostings();
    for (const [t, s, w] of triples) recent.add(t, s, w);
    expect(grouped(recent)).toEqual(plainGrouped(triples));
  });

  it('is empty after clear, and groups again what is added after', () => {
    const recent = new RecentPostings();
    recent.add(2, 0, 1);
    expect(grouped(recent).pairs).toEqual([0, 1]);
    recent.clear();
    expect(grouped(recent)).toEqual({ start: [0], pairs: [] });
    recent.add(1, 0, 6);
    recent.add(0, 1, 8);
    expect(grouped(recent)).toEqual({ start: [0, 1, 2], pairs: [1, 8, 0, 6] });
  });

  it('grows past both first reserves without losing a posting', () => {
    const recent = new RecentPostings();
    // 150,000 documents of 15 words: past the 131,072 runs and the two million pairs reserved at first.
    const slots = 150_000;
    const perSlot = 15;
    for (let slot = 0; slot < slots; slot++) {
      for (let k = 0; k < perSlot; k++) recent.add((slot * 7 + k * 13) % 1000, slot, slot + k);
    }
    const { start, pairs } = recent.grouped();
    expect(pairs.length).toBe(2 * slots * perSlot);
    expect(start[1000]).toBe(slots * perSlot);
    // Every word's slots rising, each with the weights it was added with.
    for (let t = 0; t < 1000; t += 97) {
      let previous = -1;
      for (let p = start[t] as number; p < (start[t + 1] as number); p++) {
        const slot = pairs[2 * p] as number;
        expect(slot).toBeGreaterThan(previous);
        const k = [...Array(perSlot).keys()].find((j) => (slot * 7 + j * 13) % 1000 === t) as number;
        expect(pairs[2 * p + 1]).toBe(slot + k);
        previous = slot;
      }
    }
  });
});
