/**
 * Postings of documents added since the last build, off the JS heap: a document's postings are
 * added together, so each is a (word, weights) pair in one growing buffer and its slot is said
 * once per document, as a (slot, first pair) run in another. 8 bytes a posting instead of the
 * 12 of a (word, slot, weights) triple, or a pair in a per-word array of numbers, which a long
 * import kept promoting and copying (issue 18). A search after an add groups them by word once
 * (a counting sort; slots stay in the order they were added).
 *
 * The buffers are resizable: they grow in place, without the copy a doubling array makes (old
 * and new alive together), and `clear` gives their pages back at once. A plain array's memory
 * waits for a full garbage collection, so at a rebuild these postings, the old flat ones and
 * the new ones were all resident together: the import's peak (issue 18, import memory flat).
 */

/** ES2024's resizable ArrayBuffer (Node 20, Electron), which the ES2023 library we compile against does not declare. */
interface ResizableBuffer extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(byteLength: number): void;
}
const Resizable = ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => ResizableBuffer;

/** Bytes a buffer grows by at a time. */
const STEP = 256 * 1024;

/** 32-bit words written two at a time into a resizable buffer that reserves `reserve` bytes of address space at first. */
class GrowingWords {
  readonly #firstReserve: number;
  #buffer: ResizableBuffer | null = null;
  /** A view that follows the buffer's length as it is resized. */
  words = new Uint32Array(0);
  length = 0;

  constructor(firstReserve: number) {
    this.#firstReserve = firstReserve;
  }

  push(a: number, b: number): void {
    if (this.length + 2 > this.words.length) this.#grow();
    this.words[this.length] = a;
    this.words[this.length + 1] = b;
    this.length += 2;
  }

  #grow(): void {
    const buffer = this.#buffer;
    const wanted = (this.length + 2) * 4;
    if (buffer && wanted <= buffer.maxByteLength) {
      buffer.resize(Math.min(buffer.maxByteLength, Math.max(wanted, buffer.byteLength + STEP)));
      return;
    }
    // Past the reserve (or the first push): a reserve four times larger, the words copied once.
    const reserve = Math.max(this.#firstReserve, 4 * (buffer?.maxByteLength ?? 0));
    const grown = new Resizable(Math.min(reserve, Math.max(STEP, wanted)), { maxByteLength: reserve });
    const words = new Uint32Array(grown);
    words.set(this.words.subarray(0, this.length));
    buffer?.resize(0);
    this.#buffer = grown;
    this.words = words;
  }

  /** Forgets every word; the buffer's memory goes back to the system now, not at the next collection. */
  clear(): void {
    this.#buffer?.resize(0);
    this.#buffer = null;
    this.words = new Uint32Array(0);
    this.length = 0;
  }
}

export class RecentPostings {
  /** (word, weights) per posting, in the order added: about two million postings reserved at first. */
  readonly #pairs = new GrowingWords(16 * 2 ** 20);
  /** (slot, index of its first pair) per run of one document's postings: about 130,000 documents at first. */
  readonly #runs = new GrowingWords(2 ** 20);
  #lastSlot = -1;
  #grouped: { start: Int32Array; pairs: Uint32Array } | null = null;

  add(term: number, slot: number, weights: number): void {
    if (slot !== this.#lastSlot || this.#runs.length === 0) {
      this.#runs.push(slot, this.#pairs.length / 2);
      this.#lastSlot = slot;
    }
    this.#pairs.push(term, weights);
    this.#grouped = null;
  }

  /** Forgets every posting; the buffers' memory goes back to the system now, not at the next collection. */
  clear(): void {
    this.#pairs.clear();
    this.#runs.clear();
    this.#lastSlot = -1;
    this.#grouped = null;
  }

  /** The pairs (slot, weights) of every word, as `#postings` holds them: word t's are [start[t], start[t + 1]). */
  grouped(): { start: Int32Array; pairs: Uint32Array } {
    if (this.#grouped) return this.#grouped;
    const added = this.#pairs.words;
    const postings = this.#pairs.length / 2;
    let terms = 0;
    for (let i = 0; i < postings; i++) terms = Math.max(terms, (added[2 * i] as number) + 1);
    const start = new Int32Array(terms + 1);
    for (let i = 0; i < postings; i++) {
      const term = added[2 * i] as number;
      start[term + 1] = (start[term + 1] as number) + 1;
    }
    for (let t = 0; t < terms; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
    const next = start.slice(0, terms);
    const pairs = new Uint32Array(postings * 2);
    const runs = this.#runs.words;
    const runCount = this.#runs.length / 2;
    for (let r = 0; r < runCount; r++) {
      const slot = runs[2 * r] as number;
      const end = r + 1 < runCount ? (runs[2 * r + 3] as number) : postings;
      for (let i = runs[2 * r + 1] as number; i < end; i++) {
        const term = added[2 * i] as number;
        const p = 2 * (next[term] as number);
        next[term] = (next[term] as number) + 1;
        pairs[p] = slot;
        pairs[p + 1] = added[2 * i + 1] as number;
      }
    }
    this.#grouped = { start, pairs };
    return this.#grouped;
  }
}
