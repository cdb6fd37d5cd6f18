import MiniSearch, { type Options } from 'minisearch';

/** What MiniSearch stores per document: words already folded by our own normalizer. */
export interface IndexedDocument {
  id: string;
  title: string;
  text: string;
}

const splitWords = (s: string) => (s.length === 0 ? [] : s.split(' '));

/** MiniSearch only sees pre-folded words: no tokenizing or term processing of its own. */
export const INDEX_OPTIONS: Options<IndexedDocument> = {
  idField: 'id',
  fields: ['title', 'text'],
  storeFields: [],
  tokenize: splitWords,
  processTerm: (term) => term,
  searchOptions: {
    tokenize: (s) => [s],
    processTerm: (term) => term,
    boost: { title: 2, text: 1 },
  },
};

/** The index's scalars and document ids; its numbers travel in the binary file (see IndexSnapshot). */
export interface IndexMeta {
  documentCount: number;
  nextId: number;
  averageFieldLength: number[];
  dirtCount: number;
  /** External ids, in the order of the `documents` words. */
  ids: string[];
}

export interface IndexSnapshot {
  meta: IndexMeta;
  /** Per document: short id, number of fields, each field's length (HOLE where MiniSearch has none). */
  documents: Uint32Array;
  /** Per term: term id, number of fields, then per field: field id, n, n × (short id, term frequency). */
  postings: Uint32Array;
}

const HOLE = 0xffffffff;

class Words {
  #words = new Uint32Array(1 << 16);
  length = 0;

  push(word: number): void {
    if (this.length === this.#words.length) {
      const grown = new Uint32Array(this.#words.length * 2);
      grown.set(this.#words);
      this.#words = grown;
    }
    this.#words[this.length++] = word;
  }

  done(): Uint32Array {
    return this.#words.slice(0, this.length);
  }
}

/**
 * One word's postings (field id → short id → frequency), read out of the snapshot the first
 * time MiniSearch looks at them: a search touches a few words of tens of thousands, and
 * building every Map up front was most of reopening a corpus. It is a real Map to
 * MiniSearch; every method reads the saved words first.
 */
class SavedPostings extends Map<number, Map<number, number>> {
  #source: Uint32Array | null;
  #at: number;

  constructor(source: Uint32Array, at: number) {
    super();
    this.#source = source;
    this.#at = at;
  }

  /** Where this word's record is in the snapshot, while it has not been read. */
  get saved(): { source: Uint32Array; at: number } | null {
    return this.#source ? { source: this.#source, at: this.#at } : null;
  }

  #read(): void {
    const source = this.#source;
    if (source === null) return;
    this.#source = null;
    let at = this.#at;
    for (let f = source[at++] as number; f > 0; f--) {
      const fieldId = source[at++] as number;
      const frequencies = new Map<number, number>();
      for (let n = source[at++] as number; n > 0; n--, at += 2) frequencies.set(source[at] as number, source[at + 1] as number);
      super.set(fieldId, frequencies);
    }
  }

  override get size(): number {
    this.#read();
    return super.size;
  }
  override get(key: number) {
    this.#read();
    return super.get(key);
  }
  override has(key: number): boolean {
    this.#read();
    return super.has(key);
  }
  override set(key: number, value: Map<number, number>): this {
    this.#read();
    return super.set(key, value);
  }
  override delete(key: number): boolean {
    this.#read();
    return super.delete(key);
  }
  override clear(): void {
    this.#source = null;
    super.clear();
  }
  override forEach(fn: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, self?: unknown): void {
    this.#read();
    super.forEach(fn, self);
  }
  override keys() {
    this.#read();
    return super.keys();
  }
  override values() {
    this.#read();
    return super.values();
  }
  override entries() {
    this.#read();
    return super.entries();
  }
  override [Symbol.iterator]() {
    return this.entries();
  }
}

/** Checks a postings record's shape and returns where the next one starts (throws past the end). */
function skipRecord(words: Uint32Array, at: number): number {
  const need = (n: number) => {
    if (at + n > words.length) throw new Error('the saved search index ends too early');
  };
  need(1);
  for (let f = words[at++] as number; f > 0; f--) {
    need(2);
    const n = words[at + 1] as number;
    at += 2;
    need(2 * n);
    at += 2 * n;
  }
  return at;
}

/**
 * MiniSearch with a binary snapshot. MiniSearch's own JSON (toJSON/loadJS) took ~1.4 s of
 * a 10,000-document reopen, mostly JSON.parse and turning numeric-key objects back into
 * Maps; here the same data is written as 32-bit words and read straight into the Maps
 * MiniSearch keeps (its protected fields, the ones loadJS fills). A test checks that a
 * restored index's toJSON() equals the original's, so a MiniSearch upgrade that changes
 * them fails there, not in a journalist's search.
 */
export class CorpusIndex extends MiniSearch<IndexedDocument> {
  constructor() {
    super(INDEX_OPTIONS);
  }

  /** `termId` names each word by its id in the term dictionary, which is saved beside. */
  snapshot(termId: (term: string) => number): IndexSnapshot {
    const ids: string[] = [];
    const documents = new Words();
    for (const [shortId, id] of this._documentIds) {
      ids.push(id as string);
      const lengths = this._fieldLength.get(shortId) ?? [];
      documents.push(shortId);
      documents.push(lengths.length);
      for (let f = 0; f < lengths.length; f++) documents.push(lengths[f] ?? HOLE);
    }
    const postings = new Words();
    for (const [term, fields] of this._index) {
      postings.push(termId(term));
      const saved = fields instanceof SavedPostings ? fields.saved : null;
      if (saved) {
        // Never read since the restore: copied as it was saved.
        const end = skipRecord(saved.source, saved.at);
        for (let i = saved.at; i < end; i++) postings.push(saved.source[i] as number);
        continue;
      }
      postings.push(fields.size);
      for (const [fieldId, frequencies] of fields) {
        postings.push(fieldId);
        postings.push(frequencies.size);
        for (const [shortId, frequency] of frequencies) {
          postings.push(shortId);
          postings.push(frequency);
        }
      }
    }
    const meta: IndexMeta = {
      documentCount: this._documentCount,
      nextId: this._nextId,
      averageFieldLength: [...this._avgFieldLength],
      dirtCount: this._dirtCount,
      ids,
    };
    return { meta, documents: documents.done(), postings: postings.done() };
  }

  /** The index a snapshot was taken of; throws on anything inconsistent. */
  static restore(snapshot: IndexSnapshot, terms: readonly string[]): CorpusIndex {
    const { meta } = snapshot;
    const index = new CorpusIndex();
    index._documentCount = meta.documentCount;
    index._nextId = meta.nextId;
    index._avgFieldLength = meta.averageFieldLength;
    index._dirtCount = meta.dirtCount;
    const documents = snapshot.documents;
    let at = 0;
    for (const id of meta.ids) {
      if (at + 2 > documents.length) throw new Error('the saved search index lists its documents wrongly');
      const shortId = documents[at++] as number;
      const end = at + 1 + (documents[at] as number);
      if (end > documents.length) throw new Error('the saved search index lists its documents wrongly');
      const lengths: number[] = [];
      for (let f = 0; ++at < end; f++) if (documents[at] !== HOLE) lengths[f] = documents[at] as number;
      index._documentIds.set(shortId, id);
      index._idToShortId.set(id, shortId);
      index._fieldLength.set(shortId, lengths);
    }
    if (at !== documents.length || index._documentIds.size !== meta.ids.length) {
      throw new Error('the saved search index lists its documents wrongly');
    }
    const postings = snapshot.postings;
    at = 0;
    while (at < postings.length) {
      const term = terms[postings[at] as number];
      if (term === undefined || term === '') throw new Error('the saved search index names an unknown word');
      const next = skipRecord(postings, at + 1);
      index._index.set(term, new SavedPostings(postings, at + 1));
      at = next;
    }
    return index;
  }

  /** Whether the document has one of these words, in any field (checks a skipped common word without scanning its text). */
  hasAny(id: string, terms: readonly string[]): boolean {
    const shortId = this._idToShortId.get(id);
    if (shortId === undefined) return false;
    for (const term of terms) {
      const fields = this._index.get(term);
      if (!fields) continue;
      for (const frequencies of fields.values()) if (frequencies.has(shortId)) return true;
    }
    return false;
  }
}
