/**
 * The binary form of MiniSearch's term tree (a radix tree of Maps, '' holding a word's
 * postings) as 32-bit words, and the postings read lazily out of it. Pre-order, each node:
 *
 *   key count, then per key in the Map's order: label length (0 for the '' leaf key),
 *   then either the label's UTF-16 code units and the child node, or the postings record:
 *   field count, then per field: field id, n, n × (short id, term frequency).
 *
 * Writing the tree itself, rather than the words to insert again, keeps every Map's order
 * (MiniSearch sums scores and breaks ties in that order) and spares ~100 ms of insertion.
 */

/** field id → short document id → term frequency */
export type Postings = Map<number, Map<number, number>>;
/** A node of MiniSearch's radix tree: label → child node, or '' → the word's postings. */
export type TermNode = Map<string, TermNode | Postings>;

const LEAF = '';

export class Words {
  #words = new Uint32Array(1 << 16);
  length = 0;

  #reserve(more: number): void {
    if (this.length + more <= this.#words.length) return;
    const grown = new Uint32Array(Math.max(this.#words.length * 2, this.length + more));
    grown.set(this.#words);
    this.#words = grown;
  }

  push(word: number): void {
    this.#reserve(1);
    this.#words[this.length++] = word;
  }

  pushAll(words: Uint32Array): void {
    this.#reserve(words.length);
    this.#words.set(words, this.length);
    this.length += words.length;
  }

  done(): Uint32Array {
    return this.#words.slice(0, this.length);
  }
}

function damaged(): never {
  throw new Error('the saved search index ends too early or is malformed');
}

/** Where the postings record starting at `at` ends, checking that it fits. */
function recordEnd(words: Uint32Array, at: number): number {
  if (at >= words.length) damaged();
  let end = at + 1;
  for (let f = words[at] as number; f > 0; f--) {
    if (end + 2 > words.length) damaged();
    end += 2 + 2 * (words[end + 1] as number);
  }
  if (end > words.length) damaged();
  return end;
}

/**
 * One word's postings, read out of the snapshot the first time MiniSearch looks at them:
 * a search touches a few words of tens of thousands, and building every Map up front was
 * most of reopening a corpus. To MiniSearch it is the Map it expects.
 */
export class SavedPostings implements Postings {
  readonly #source: Uint32Array;
  readonly #at: number;
  #map: Postings | null = null;

  constructor(source: Uint32Array, at: number) {
    this.#source = source;
    this.#at = at;
  }

  /** The record as saved, while nothing has read (and so possibly changed) it. */
  get unread(): Uint32Array | null {
    return this.#map ? null : this.#source.subarray(this.#at, recordEnd(this.#source, this.#at));
  }

  #open(): Postings {
    if (this.#map) return this.#map;
    const map: Postings = new Map();
    const source = this.#source;
    let at = this.#at;
    for (let f = source[at++] as number; f > 0; f--) {
      const fieldId = source[at++] as number;
      const frequencies = new Map<number, number>();
      for (let n = source[at++] as number; n > 0; n--, at += 2) frequencies.set(source[at] as number, source[at + 1] as number);
      map.set(fieldId, frequencies);
    }
    this.#map = map;
    return map;
  }

  get size(): number {
    return this.#open().size;
  }
  get(key: number): Map<number, number> | undefined {
    return this.#open().get(key);
  }
  has(key: number): boolean {
    return this.#open().has(key);
  }
  set(key: number, value: Map<number, number>): this {
    this.#open().set(key, value);
    return this;
  }
  delete(key: number): boolean {
    return this.#open().delete(key);
  }
  clear(): void {
    this.#open().clear();
  }
  forEach(fn: (value: Map<number, number>, key: number, map: Postings) => void, self?: unknown): void {
    this.#open().forEach((value, key) => fn.call(self, value, key, this));
  }
  keys(): MapIterator<number> {
    return this.#open().keys();
  }
  values(): MapIterator<Map<number, number>> {
    return this.#open().values();
  }
  entries(): MapIterator<[number, Map<number, number>]> {
    return this.#open().entries();
  }
  [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.#open().entries();
  }
  get [Symbol.toStringTag](): string {
    return 'Map';
  }
}

export function writeTree(node: TermNode, out: Words): void {
  out.push(node.size);
  for (const [label, child] of node) {
    out.push(label.length);
    if (label === LEAF) {
      writePostings(child as Postings, out);
      continue;
    }
    for (let i = 0; i < label.length; i++) out.push(label.charCodeAt(i));
    writeTree(child as TermNode, out);
  }
}

function writePostings(postings: Postings, out: Words): void {
  const unread = postings instanceof SavedPostings ? postings.unread : null;
  if (unread) {
    out.pushAll(unread);
    return;
  }
  out.push(postings.size);
  for (const [fieldId, frequencies] of postings) {
    out.push(fieldId);
    out.push(frequencies.size);
    for (const [shortId, frequency] of frequencies) {
      out.push(shortId);
      out.push(frequency);
    }
  }
}

function text(units: Uint32Array): string {
  let out = '';
  // In slices: apply() takes only so many arguments, and a word can be very long.
  for (let i = 0; i < units.length; i += 4096) {
    out += String.fromCharCode.apply(null, units.subarray(i, i + 4096) as unknown as number[]);
  }
  return out;
}

/** The tree `writeTree` wrote, with every word's postings left unread; throws if the words do not add up. */
export function readTree(words: Uint32Array): TermNode {
  let at = 0;
  const next = (): number => {
    if (at >= words.length) damaged();
    return words[at++] as number;
  };
  const node = (): TermNode => {
    const map: TermNode = new Map();
    for (let keys = next(); keys > 0; keys--) {
      const length = next();
      if (length === 0) {
        map.set(LEAF, new SavedPostings(words, at));
        at = recordEnd(words, at);
        continue;
      }
      if (at + length > words.length) damaged();
      const label = text(words.subarray(at, at + length));
      at += length;
      map.set(label, node());
    }
    return map;
  };
  const root = node();
  if (at !== words.length) damaged();
  return root;
}
