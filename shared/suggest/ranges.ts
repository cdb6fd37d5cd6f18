/** Offsets into the folded text. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Non-overlapping ranges kept sorted, with O(log n) lookups: used wherever rules ask
 * "is this inside / does this overlap something already taken", which on a long
 * document would otherwise cost a scan per question.
 */
export class RangeSet<T extends Range = Range> {
  readonly items: T[] = [];

  /** Index of the first range whose end is after `offset`. */
  #firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.items[mid] as T).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(range: T): void {
    const at = this.#firstEndingAfter(range.start);
    this.items.splice(at, 0, range);
  }

  overlaps(range: Range): boolean {
    const r = this.items[this.#firstEndingAfter(range.start)];
    return !!r && r.start < range.end;
  }

  /** The range containing `offset` (start ≤ offset < end), if any. */
  at(offset: number): T | undefined {
    const r = this.items[this.#firstEndingAfter(offset)];
    return r && r.start <= offset ? r : undefined;
  }

  /** The last range ending at or before `offset`. */
  lastBefore(offset: number): T | undefined {
    return this.items[this.#firstEndingAfter(offset) - 1];
  }

  /** Every range overlapping `range`, in order. */
  overlapping(range: Range): T[] {
    const out: T[] = [];
    for (let k = this.#firstEndingAfter(range.start); k < this.items.length && (this.items[k] as T).start < range.end; k++)
      out.push(this.items[k] as T);
    return out;
  }

  /** Ranges starting at or after `offset`, in order. */
  *from(offset: number): Generator<T> {
    let k = this.#firstEndingAfter(offset);
    while (k < this.items.length && (this.items[k] as T).start < offset) k++;
    for (; k < this.items.length; k++) yield this.items[k] as T;
  }

  /** The first range starting at or after `offset`. */
  firstFrom(offset: number): T | undefined {
    let k = this.#firstEndingAfter(offset);
    while (k < this.items.length && (this.items[k] as T).start < offset) k++;
    return this.items[k];
  }
}

/** Index of the first token starting at or after `offset` (tokens are sorted). */
export function tokenIndexAt(tokens: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
