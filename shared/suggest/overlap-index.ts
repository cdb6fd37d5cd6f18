/**
 * "Which stored annotation of this type overlaps this span?" asked once per suggestion.
 * Annotations may overlap each other, so RangeSet does not fit: this keeps them sorted by
 * start with a running maximum of their ends, which answers in O(log n). With 6,000
 * suggestions beside 2,000 annotations a scan per question would cost millions of steps
 * on every edit.
 */
export class OverlapIndex<T extends { start: number; end: number }> {
  readonly #items: T[];
  /** For each index i, the item among items[0..i] that ends last. */
  readonly #furthest: T[] = [];
  readonly #exact = new Map<string, T>();

  constructor(items: Iterable<T>) {
    this.#items = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
    let best: T | undefined;
    for (const item of this.#items) {
      if (!best || item.end > best.end) best = item;
      this.#furthest.push(best);
      const key = `${item.start}:${item.end}`;
      if (!this.#exact.has(key)) this.#exact.set(key, item);
    }
  }

  /** An item overlapping [start, end): the one with exactly that span if there is one. */
  overlapping(start: number, end: number): T | undefined {
    const same = this.#exact.get(`${start}:${end}`);
    if (same) return same;
    // The last item starting before `end`; any overlap lies at or before it.
    let lo = 0;
    let hi = this.#items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#items[mid] as T).start < end) lo = mid + 1;
      else hi = mid;
    }
    const candidate = lo > 0 ? this.#furthest[lo - 1] : undefined;
    return candidate && candidate.end > start ? candidate : undefined;
  }
}
