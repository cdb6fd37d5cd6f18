import { BOILERPLATE, type DocumentWords, ID_MASK } from './positions';

/**
 * Every indexed document's word sequence, packed: each word id (boilerplate bit in its
 * lowest bit) as a variable-length number of 7-bit groups, so a common word takes one byte
 * and most others two, instead of four. Sequences lie end to end in megabyte chunks, never
 * changed once written, so memory grows by about a byte and a half per word indexed rather
 * than four plus an array per document (issue 18: import memory flat), and a save writes
 * the chunks as they are. A sequence is unpacked into a scratch array only while a phrase
 * is checked or postings are built; the scratch is reused by the next unpacking.
 */

/** Where one document's packed words are. */
export interface WordsRef {
  chunk: number;
  at: number;
  bytes: number;
  titleWords: number;
}

/**
 * Where each packed sequence is, by slot: its first byte in the pieces laid end to end, its
 * bytes, and how many of its words are the title's. Columns, not an object per document: a
 * save after a long import held ten thousand of those across its writes (issue 18).
 */
export interface SequenceRefs {
  starts: Float64Array;
  bytes: Uint32Array;
  titleWords: Uint32Array;
}

/** Packed sequences as saved or handed over: pieces laid end to end, each sequence by its start in them. */
export interface PackedWords {
  pieces: Uint8Array[];
  refs: SequenceRefs;
}

/** Refs for `count` sequences, to be filled in. */
export function emptyRefs(count: number): SequenceRefs {
  return { starts: new Float64Array(count), bytes: new Uint32Array(count), titleWords: new Uint32Array(count) };
}

const CHUNK_BYTES = 1024 * 1024;

/** Refs by slot, null where none: an array of them, or `RefColumns`. */
export interface RefList {
  readonly length: number;
  at(slot: number): WordsRef | null | undefined;
}

/** A removed slot's chunk in RefColumns. */
const NONE = -2;

/**
 * Refs by slot as four columns, 16 bytes a slot, rather than an object per slot (about 64
 * bytes with its place in an array, kept for every document: issue 18). `at` makes the object
 * when asked; null for a slot cleared.
 */
export class RefColumns implements RefList {
  #chunk = new Int32Array(64);
  #at = new Uint32Array(64);
  #bytes = new Uint32Array(64);
  #titleWords = new Uint32Array(64);
  length = 0;

  static from(refs: ReadonlyArray<WordsRef | null>): RefColumns {
    const columns = new RefColumns();
    for (const ref of refs) columns.push(ref);
    return columns;
  }

  push(ref: WordsRef | null): void {
    if (this.length === this.#chunk.length) this.#grow();
    this.#set(this.length++, ref);
  }

  at(slot: number): WordsRef | null {
    if (!(slot >= 0 && slot < this.length)) return null;
    const chunk = this.#chunk[slot] as number;
    if (chunk === NONE) return null;
    return { chunk, at: this.#at[slot] as number, bytes: this.#bytes[slot] as number, titleWords: this.#titleWords[slot] as number };
  }

  has(slot: number): boolean {
    return slot >= 0 && slot < this.length && this.#chunk[slot] !== NONE;
  }

  clear(slot: number): void {
    if (slot >= 0 && slot < this.length) this.#set(slot, null);
  }

  #set(slot: number, ref: WordsRef | null): void {
    this.#chunk[slot] = ref ? ref.chunk : NONE;
    this.#at[slot] = ref?.at ?? 0;
    this.#bytes[slot] = ref?.bytes ?? 0;
    this.#titleWords[slot] = ref?.titleWords ?? 0;
  }

  #grow(): void {
    const size = this.#chunk.length * 2;
    const chunk = new Int32Array(size);
    chunk.set(this.#chunk);
    this.#chunk = chunk;
    const at = new Uint32Array(size);
    at.set(this.#at);
    this.#at = at;
    const bytes = new Uint32Array(size);
    bytes.set(this.#bytes);
    this.#bytes = bytes;
    const titleWords = new Uint32Array(size);
    titleWords.set(this.#titleWords);
    this.#titleWords = titleWords;
  }
}

export class WordStore {
  readonly #chunks: Uint8Array[] = [];
  /** Bytes written in each chunk (a sequence that does not fit goes to the next). */
  readonly #filled: number[] = [];
  #live = 0;
  #dead = 0;
  #packing = new Uint8Array(4096);
  #scratch = new Uint32Array(4096);

  /** Adopts saved sequences (one piece, or several joined), checking each unpacks within its bytes. */
  static from(packed: PackedWords): { store: WordStore; refs: WordsRef[] } {
    const store = new WordStore();
    const bytes = packed.pieces.length === 1 ? (packed.pieces[0] as Uint8Array) : join(packed.pieces);
    store.#chunks.push(bytes);
    store.#filled.push(bytes.length);
    const { starts, bytes: lengths, titleWords: titles } = packed.refs;
    const refs = Array.from(starts, (start, slot) => {
      const length = lengths[slot] as number;
      const titleWords = titles[slot] as number;
      const ref = { chunk: 0, at: start, bytes: length, titleWords };
      const fits = Number.isInteger(start) && start >= 0 && start + length <= bytes.length;
      if (!fits || titleWords > store.#unpack(ref).length) throw new Error('the saved word sequences are out of range');
      store.#live += length;
      return ref;
    });
    return { store, refs };
  }

  put(words: DocumentWords): WordsRef {
    const { positions, titleWords } = words;
    if (this.#packing.length < positions.length * 5) this.#packing = new Uint8Array(positions.length * 5);
    const out = this.#packing;
    let n = 0;
    for (let i = 0; i < positions.length; i++) {
      const value = positions[i] as number;
      // The id doubled, plus the boilerplate bit: below 2^32, so `>>>` keeps it whole.
      let v = (value & ID_MASK) * 2 + (value >= BOILERPLATE ? 1 : 0);
      while (v >= 0x80) {
        out[n++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      out[n++] = v;
    }
    return this.#write(out.subarray(0, n), titleWords);
  }

  #write(bytes: Uint8Array, titleWords: number): WordsRef {
    const last = this.#chunks.length - 1;
    const room = last < 0 ? 0 : (this.#chunks[last] as Uint8Array).length - (this.#filled[last] as number);
    if (bytes.length > room) {
      this.#chunks.push(new Uint8Array(Math.max(CHUNK_BYTES, bytes.length)));
      this.#filled.push(0);
    }
    const chunk = this.#chunks.length - 1;
    const at = this.#filled[chunk] as number;
    (this.#chunks[chunk] as Uint8Array).set(bytes, at);
    this.#filled[chunk] = at + bytes.length;
    this.#live += bytes.length;
    return { chunk, at, bytes: bytes.length, titleWords };
  }

  /** The sequence unpacked into the scratch array: valid until the next `get`. */
  get(ref: WordsRef): DocumentWords {
    return { positions: this.#unpack(ref), titleWords: ref.titleWords };
  }

  #unpack(ref: WordsRef): Uint32Array {
    const bytes = this.#chunks[ref.chunk] as Uint8Array;
    if (this.#scratch.length < ref.bytes) this.#scratch = new Uint32Array(Math.max(ref.bytes, this.#scratch.length * 2));
    const out = this.#scratch;
    const end = ref.at + ref.bytes;
    let n = 0;
    let p = ref.at;
    while (p < end) {
      // Unrolled: most words take one or two bytes; only ids past 2^27 take a fifth.
      let b = bytes[p++] as number;
      let v = b & 0x7f;
      if (b >= 0x80) {
        b = bytes[p++] as number;
        v |= (b & 0x7f) << 7;
        if (b >= 0x80) {
          b = bytes[p++] as number;
          v |= (b & 0x7f) << 14;
          if (b >= 0x80) {
            b = bytes[p++] as number;
            v |= (b & 0x7f) << 21;
            if (b >= 0x80) {
              b = bytes[p++] as number;
              v += (b & 0x7f) * 0x10000000;
            }
          }
        }
      }
      out[n++] = (v & 1) === 1 ? (v >>> 1) | BOILERPLATE : v >>> 1;
    }
    // A last word whose bytes run past the end: the sequence was saved cut short.
    if (p > end) throw new Error('a saved word sequence is cut short');
    return out.subarray(0, n);
  }

  /** A removed document's bytes stay until `compacted` copies the rest. */
  release(ref: WordsRef): void {
    this.#live -= ref.bytes;
    this.#dead += ref.bytes;
  }

  /** Whether removed documents take as much room as the rest: time to copy the rest. */
  get wasteful(): boolean {
    return this.#dead > Math.max(CHUNK_BYTES, this.#live);
  }

  /** A store holding only these sequences, in this order. */
  compacted(refs: readonly WordsRef[]): { store: WordStore; refs: WordsRef[] } {
    const store = new WordStore();
    const copy = (ref: WordsRef) =>
      store.#write((this.#chunks[ref.chunk] as Uint8Array).subarray(ref.at, ref.at + ref.bytes), ref.titleWords);
    return { store, refs: refs.map(copy) };
  }

  /** The chunks as they are (views: written bytes are never changed) and where each sequence starts in them. */
  packed(refs: RefList): PackedWords {
    const starts: number[] = [];
    let at = 0;
    const pieces = this.#chunks.map((chunk, k) => {
      starts.push(at);
      const piece = chunk.subarray(0, this.#filled[k]);
      at += piece.length;
      return piece;
    });
    const out = emptyRefs(refs.length);
    for (let slot = 0; slot < refs.length; slot++) {
      const ref = refs.at(slot) as WordsRef;
      out.starts[slot] = (starts[ref.chunk] as number) + ref.at;
      out.bytes[slot] = ref.bytes;
      out.titleWords[slot] = ref.titleWords;
    }
    return { pieces, refs: out };
  }
}

function join(pieces: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    joined.set(piece, at);
    at += piece.length;
  }
  return joined;
}
