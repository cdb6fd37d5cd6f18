/**
 * Postings of documents added since the last build, as (word, slot, weights) triples in one
 * growing buffer: a posting takes 12 bytes off the JS heap instead of a pair in a per-word
 * array of numbers, which a long import kept promoting and copying (issue 18). A search
 * after an add groups them by word once (a counting sort; slots stay rising).
 *
 * The buffer is resizable: it grows in place, without the copy a doubling array makes (old
 * and new alive together), and `clear` gives its pages back at once. A plain array's memory
 * waits for a full garbage collection, so at a rebuild these postings, the old flat ones and
 * the new ones were all resident together: the import's peak (issue 18, import memory flat).
 */

/** ES2024's resizable ArrayBuffer (Node 20, Electron), which the ES2023 library we compile against does not declare. */
interface ResizableBuffer extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(byteLength: number): void;
}
const Resizable = ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => ResizableBuffer;

/** Address space reserved at first (pages are used only as the triples fill them): about 1.4 million postings. */
const FIRST_RESERVE = 16 * 2 ** 20;
/** Bytes the buffer grows by at a time. */
const STEP = 256 * 1024;

export class RecentPostings {
  #buffer: ResizableBuffer | null = null;
  /** A view that follows the buffer's length as it is resized. */
  #triples = new Uint32Array(0);
  #length = 0;
  #grouped: { start: Int32Array; pairs: Uint32Array } | null = null;

  add(term: number, slot: number, weights: number): void {
    if (this.#length + 3 > this.#triples.length) this.#grow();
    const triples = this.#triples;
    triples[this.#length] = term;
    triples[this.#length + 1] = slot;
    triples[this.#length + 2] = weights;
    this.#length += 3;
    this.#grouped = null;
  }

  #grow(): void {
    const buffer = this.#buffer;
    const wanted = (this.#length + 3) * 4;
    if (buffer && wanted <= buffer.maxByteLength) {
      buffer.resize(Math.min(buffer.maxByteLength, Math.max(wanted, buffer.byteLength + STEP)));
      return;
    }
    // Past the reserve (or the first add): a reserve four times larger, the triples copied once.
    const grown = new Resizable(Math.max(STEP, wanted), { maxByteLength: Math.max(FIRST_RESERVE, 4 * (buffer?.maxByteLength ?? 0)) });
    const triples = new Uint32Array(grown);
    triples.set(this.#triples.subarray(0, this.#length));
    buffer?.resize(0);
    this.#buffer = grown;
    this.#triples = triples;
  }

  /** Forgets every posting; the buffer's memory goes back to the system now, not at the next collection. */
  clear(): void {
    this.#buffer?.resize(0);
    this.#buffer = null;
    this.#triples = new Uint32Array(0);
    this.#length = 0;
    this.#grouped = null;
  }

  /** The pairs (slot, weights) of every word, as `#postings` holds them: word t's are [start[t], start[t + 1]). */
  grouped(): { start: Int32Array; pairs: Uint32Array } {
    if (this.#grouped) return this.#grouped;
    const triples = this.#triples;
    const length = this.#length;
    let terms = 0;
    for (let i = 0; i < length; i += 3) terms = Math.max(terms, (triples[i] as number) + 1);
    const start = new Int32Array(terms + 1);
    for (let i = 0; i < length; i += 3) start[(triples[i] as number) + 1] = (start[(triples[i] as number) + 1] as number) + 1;
    for (let t = 0; t < terms; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
    const next = start.slice(0, terms);
    const pairs = new Uint32Array((length / 3) * 2);
    for (let i = 0; i < length; i += 3) {
      const term = triples[i] as number;
      const p = 2 * (next[term] as number);
      next[term] = (next[term] as number) + 1;
      pairs[p] = triples[i + 1] as number;
      pairs[p + 1] = triples[i + 2] as number;
    }
    this.#grouped = { start, pairs };
    return this.#grouped;
  }
}
