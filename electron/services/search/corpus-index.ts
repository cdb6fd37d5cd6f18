import MiniSearch, { type Options } from 'minisearch';
import { type TermNode, Words, readTree, writeTree } from './saved-postings';

/** What MiniSearch stores per document: words already folded by our own normalizer. */
export interface IndexedDocument {
  id: string;
  title: string;
  text: string;
}

const splitWords = (s: string) => (s.length === 0 ? [] : s.split(' '));

/** MiniSearch only sees pre-folded words: no tokenizing or term processing of its own. */
const INDEX_OPTIONS: Options<IndexedDocument> = {
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
  /** The term tree with every word's postings (see saved-postings.ts). */
  terms: Uint32Array;
}

const HOLE = 0xffffffff;

function wrongDocuments(): never {
  throw new Error('the saved search index lists its documents wrongly');
}

/**
 * MiniSearch with a binary snapshot. MiniSearch's own JSON (toJSON/loadJS) took ~1.4 s of
 * a 10,000-document reopen, mostly JSON.parse and turning numeric-key objects back into
 * Maps. Here the same data is written as 32-bit words and restored into the fields loadJS
 * fills (protected, for subclasses), its term tree included, each word's postings read
 * when first searched. A test checks that a restored index's toJSON() equals the
 * original's, so a MiniSearch upgrade that changes them fails there (the version is pinned).
 * Stored fields are not saved: INDEX_OPTIONS stores none.
 */
export class CorpusIndex extends MiniSearch<IndexedDocument> {
  constructor() {
    super(INDEX_OPTIONS);
  }

  snapshot(): IndexSnapshot {
    const ids: string[] = [];
    const documents = new Words();
    for (const [shortId, id] of this._documentIds) {
      ids.push(id as string);
      const lengths = this._fieldLength.get(shortId) ?? [];
      documents.push(shortId);
      documents.push(lengths.length);
      for (let f = 0; f < lengths.length; f++) documents.push(lengths[f] ?? HOLE);
    }
    const terms = new Words();
    writeTree(this.#tree, terms);
    const meta: IndexMeta = {
      documentCount: this._documentCount,
      nextId: this._nextId,
      averageFieldLength: [...this._avgFieldLength],
      dirtCount: this._dirtCount,
      ids,
    };
    return { meta, documents: documents.done(), terms: terms.done() };
  }

  /** The index a snapshot was taken of; throws on anything inconsistent. */
  static restore(snapshot: IndexSnapshot): CorpusIndex {
    const { meta, documents } = snapshot;
    const count = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
    if (!count(meta.documentCount) || !count(meta.nextId) || !count(meta.dirtCount) || !Array.isArray(meta.averageFieldLength)) {
      throw new Error('the saved search index has damaged counts');
    }
    const index = new CorpusIndex();
    index._documentCount = meta.documentCount;
    index._nextId = meta.nextId;
    index._avgFieldLength = meta.averageFieldLength;
    index._dirtCount = meta.dirtCount;
    let at = 0;
    for (const id of meta.ids) {
      if (at + 2 > documents.length) wrongDocuments();
      const shortId = documents[at++] as number;
      const end = at + 1 + (documents[at] as number);
      if (end > documents.length) wrongDocuments();
      const lengths: number[] = [];
      for (let f = 0; ++at < end; f++) if (documents[at] !== HOLE) lengths[f] = documents[at] as number;
      index._documentIds.set(shortId, id);
      index._idToShortId.set(id, shortId);
      index._fieldLength.set(shortId, lengths);
    }
    if (at !== documents.length || index._documentIds.size !== meta.ids.length) wrongDocuments();
    index.#tree = readTree(snapshot.terms);
    return index;
  }

  /** MiniSearch's term tree (SearchableMap keeps it in `_tree`). */
  get #tree(): TermNode {
    return this._index._tree as unknown as TermNode;
  }

  set #tree(tree: TermNode) {
    this._index._tree = tree as unknown as typeof this._index._tree;
  }

  /**
   * Which documents have one of these words, in any field: a common word is checked this
   * way, from its postings, instead of in MiniSearch's scoring or in every candidate's text.
   */
  containing(terms: readonly string[]): (id: string) => boolean {
    const marked = new Uint8Array(this._nextId);
    for (const term of terms) {
      for (const frequencies of this._index.get(term)?.values() ?? []) {
        for (const shortId of frequencies.keys()) marked[shortId] = 1;
      }
    }
    return (id) => {
      const shortId = this._idToShortId.get(id);
      return shortId !== undefined && marked[shortId] === 1;
    };
  }
}
