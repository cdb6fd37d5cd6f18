import { describe, expect, it } from 'vitest';
import { bm25Impact, sortByImpact } from '../../../electron/services/search/impact-lists';

// Ranking reads a word's postings most telling first: BM25's impact grows with how often the
// word occurs, shrinks with the document's length, and ties keep slot order.

describe('impact lists', () => {
  it('weigh repeated words less each time, and long documents less than short ones', () => {
    expect(bm25Impact(0, 100, 100)).toBe(0);
    const once = bm25Impact(1, 100, 100);
    const twice = bm25Impact(2, 100, 100);
    expect(twice).toBeGreaterThan(once);
    expect(twice - once).toBeLessThan(once);
    expect(bm25Impact(1, 400, 100)).toBeLessThan(once);
    // An average below one word counts as one.
    expect(bm25Impact(1, 1, 0)).toBe(bm25Impact(1, 1, 1));
  });

  it('sort postings by impact, highest first, ties by slot, impacts rounded up', () => {
    const postings: Array<[number, number]> = [
      [4, 0.5],
      [1, 1.25],
      [7, 0.5],
      [2, 0.1],
    ];
    const list = sortByImpact(8, (visit) => postings.forEach(([slot, impact]) => visit(slot, impact)));
    expect(Array.from(list.slots)).toEqual([1, 4, 7, 2]);
    expect(list.impacts[0]).toBe(1.25);
    expect(list.impacts[3]).toBeGreaterThanOrEqual(0.1);
    expect(list.impacts[3]).toBeLessThan(0.1 + 2 ** -20);
  });

  it('refuse more slots than 24 bits hold', () => {
    expect(() => sortByImpact(2 ** 24, () => {})).toThrow(/16 million/);
  });
});
