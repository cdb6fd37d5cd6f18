import { BOILERPLATE, BREAK, type DocumentWords, ID_MASK, TermDictionary } from './positions';
import {
  type PostingPieces,
  TITLE_WEIGHT,
  checkPostings,
  countPostings,
  findWeights,
  mergedPostings,
  pack,
  placePostings,
  weightOf,
} from './postings';
import { type ImpactList, bm25Impact, sortByImpact } from './impact-lists';
import { RecentPostings } from './recent-postings';
import { type PackedWords, RefColumns, type RefList, WordStore, type WordsRef } from './word-store';

/**
 * The full-text index, in a structure we own: each document's word sequence (packed, see
 * word-store.ts) and, built from
 * those, each word's postings (postings.ts). MiniSearch kept the same in Maps of Maps,
 * which took over a second to read back at 10,000 documents and had to score every match
 * of a query; these are typed arrays, saved as they are, and ranked top-k (rank.ts).
 *
 * Documents live in slots, numbered in the order they were added. Postings of documents
 * present at the last build are flat arrays; documents added since get small per-word
 * lists; a removed document's slot is left empty. When those leftovers grow past half the
 * corpus, the postings are built again from the word sequences.
 *
 * A reopened index reads its word sequences (the larger half of the saved index) only when
 * something needs them: a phrase, a change, a save. A plain search does not.
 */

/** Words whose postings are kept sorted by impact. */
const IMPACT_LISTS = 4096;

/** The index as saved: documents in slot order, and the postings built from them. */
export interface IndexSnapshot {
  terms: string[];
  ids: string[];
  lengths: Uint32Array;
  termStart: Int32Array;
  postings: Uint32Array;
  /** The word sequences in slot order, packed: at hand, or read when first needed. */
  words: PackedWords | (() => Promise<PackedWords>);
}

/** What a save writes: a snapshot whose postings come in pieces (see `forSave`). */
export interface SavedIndex extends Omit<IndexSnapshot, 'postings' | 'words'> {
  postings: PostingPieces;
  words: PackedWords;
}

/** Stands for a live document whose words have not been read yet. */
const UNREAD: WordsRef = Object.freeze({ chunk: -1, at: 0, bytes: 0, titleWords: 0 });
/** A removed slot's words, to a build that keeps slot numbers. */
const NO_WORDS: DocumentWords = Object.freeze({ positions: new Uint32Array(0), titleWords: 0 });

export class SearchIndex {
  readonly dictionary: TermDictionary;
  #ids: string[] = [];
  #store = new WordStore();
  /** Per slot: where its words are in `#store`, UNREAD, or none once removed. */
  #words = new RefColumns();
  #lengths: number[] = [];
  readonly #slotOf = new Map<string, number>();
  #termStart: Int32Array = new Int32Array(1);
  #postings: Uint32Array = new Uint32Array(0);
  #builtSlots = 0;
  /** Postings of documents added since the last build. */
  readonly #extra = new RecentPostings();
  #removed = 0;
  /** Words in all live documents, for BM25's average length. */
  #totalLength = 0;
  readonly #impacts = new Map<number, ImpactList>();
  #reading: (() => Promise<PackedWords>) | null = null;
  #read: Promise<void> | null = null;
  /** A build let go of the postings and then failed: the next use builds them again before anything else. */
  #unbuilt = false;

  constructor(dictionary = new TermDictionary()) {
    this.dictionary = dictionary;
  }

  /** The index a snapshot was taken of; throws on anything inconsistent, so a damaged file is rebuilt, never half read. */
  static restore(snapshot: IndexSnapshot): SearchIndex {
    const { terms, ids, lengths, termStart, postings, words } = snapshot;
    if (lengths.length !== ids.length) throw new Error('the saved search index has lengths that do not match its documents');
    const counts = checkPostings(termStart, postings, terms.length, ids.length);
    const index = new SearchIndex(TermDictionary.from(terms));
    const atHand = typeof words === 'function' ? null : index.#adopt(words, ids.length);
    let total = 0;
    ids.forEach((id, slot) => {
      index.#place(id, atHand?.[slot] ?? UNREAD, lengths[slot] as number);
      total += lengths[slot] as number;
    });
    if (index.#slotOf.size !== ids.length) throw new Error('the saved search index lists a document twice');
    if (typeof words === 'function') index.#reading = words;
    index.#termStart = termStart;
    index.#postings = postings;
    index.#builtSlots = ids.length;
    index.#totalLength = total;
    index.dictionary.setFrequencies(counts);
    return index;
  }

  /** Reads the word sequences if they are not at hand yet; every change and phrase check waits for this. */
  readWords(): Promise<void> {
    const reading = this.#reading;
    if (!reading) return this.#read ?? Promise.resolve();
    this.#read ??= reading().then((words) => {
      // Nothing is added or removed before this (see #assertRead): every slot is UNREAD.
      this.#words = RefColumns.from(this.#adopt(words, this.#ids.length));
      this.#reading = null;
    });
    return this.#read;
  }

  /** Takes saved sequences as this index's store; throws unless there is one per slot. */
  #adopt(words: PackedWords, slots: number): WordsRef[] {
    if (words.refs.starts.length !== slots) throw new Error('the saved word sequences do not match the index');
    const { store, refs } = WordStore.from(words);
    this.#store = store;
    return refs;
  }

  #assertRead(): void {
    if (this.#reading) throw new Error('the search index was used before its word sequences were read');
  }

  /**
   * Everything needed to reopen the index without building it: built first if documents
   * were added or removed since the last build, so that slots are 0…n−1 in order.
   */
  snapshot(): IndexSnapshot & { words: PackedWords } {
    if (this.#builtSlots < this.#ids.length) this.build();
    return { ...this.forSave(), postings: this.#postings };
  }

  /**
   * What a save writes: as `snapshot`, except that when documents were only added since the
   * last build, their postings are merged into the built ones as the file is written instead
   * of being built first (at the end of an import, that build held the old postings and the
   * new at once: issue 18). The index is left as it was.
   */
  forSave(): SavedIndex {
    this.#assertRead();
    if (this.#unbuilt || this.#removed > 0) this.build();
    const terms = this.dictionary.toJSON();
    const built = { termStart: this.#termStart, postings: this.#postings };
    const { termStart, postings } =
      this.#builtSlots < this.#ids.length
        ? mergedPostings(built, this.#extra.grouped(), terms.length)
        : { termStart: built.termStart, postings: { length: built.postings.length, pieces: [built.postings] } };
    return {
      terms,
      ids: this.#ids.slice(),
      lengths: Uint32Array.from(this.#lengths),
      termStart,
      postings,
      words: this.#store.packed(this.#words),
    };
  }

  get size(): number {
    return this.#slotOf.size;
  }

  /** Slots handed out since the last build (removed ones included). */
  get slotCount(): number {
    return this.#ids.length;
  }

  has(id: string): boolean {
    return this.#slotOf.has(id);
  }

  /** The document's slot, −1 if it is not in the index. */
  slotOf(id: string): number {
    return this.#slotOf.get(id) ?? -1;
  }

  /** A copy of the document's word sequence. */
  words(id: string): DocumentWords | undefined {
    this.#assertRead();
    const slot = this.#slotOf.get(id);
    const ref = slot === undefined ? null : this.#words.at(slot);
    if (!ref) return undefined;
    const { positions, titleWords } = this.#store.get(ref);
    return { positions: positions.slice(), titleWords };
  }

  /** A live document's word sequence (read them first: `readWords`), in a scratch array the next call reuses. */
  wordsAt(slot: number): DocumentWords {
    this.#assertRead();
    return this.#store.get(this.#words.at(slot) as WordsRef);
  }

  idAt(slot: number): string {
    return this.#ids[slot] as string;
  }

  lengthAt(slot: number): number {
    return this.#lengths[slot] as number;
  }

  isLive(slot: number): boolean {
    return this.#words.has(slot);
  }

  #place(id: string, words: WordsRef, length: number): number {
    const slot = this.#ids.length;
    this.#ids.push(id);
    this.#words.push(words);
    this.#lengths.push(length);
    this.#slotOf.set(id, slot);
    return slot;
  }

  /** Adds a document, or replaces it when its id is already there. */
  add(id: string, words: DocumentWords): void {
    this.#assertRead();
    this.remove(id);
    const { positions, titleWords } = words;
    const all = new Map<number, number>();
    const out = new Map<number, number>();
    let length = 0;
    for (let i = 0; i < positions.length; i++) {
      const value = positions[i] as number;
      const term = value & ID_MASK;
      if (term === BREAK) continue;
      length++;
      const weight = i < titleWords ? TITLE_WEIGHT : 1;
      all.set(term, (all.get(term) ?? 0) + weight);
      if ((value & BOILERPLATE) === 0) out.set(term, (out.get(term) ?? 0) + weight);
    }
    const slot = this.#place(id, this.#store.put(words), length);
    this.dictionary.count(positions, 1);
    this.#totalLength += length;
    // Every impact depends on the average length, which just moved.
    this.#impacts.clear();
    for (const [term, n] of all) this.#extra.add(term, slot, pack(n, out.get(term) ?? 0));
    this.#maybeBuild();
  }

  remove(id: string): void {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return;
    this.#assertRead();
    const ref = this.#words.at(slot) as WordsRef;
    this.dictionary.count(this.#store.get(ref).positions, -1);
    this.#store.release(ref);
    this.#totalLength -= this.#lengths[slot] as number;
    this.#impacts.clear();
    this.#words.clear(slot);
    this.#slotOf.delete(id);
    this.#removed++;
    this.#maybeBuild();
  }

  #maybeBuild(): void {
    const leftovers = this.#removed + (this.#ids.length - this.#builtSlots);
    if (this.#unbuilt || leftovers > Math.max(64, this.size / 2)) this.build();
  }

  /**
   * Before reading the postings: built again if a build failed after letting the old ones go.
   * Slots keep their numbers (a search may hold them); the next regular build renumbers.
   */
  #usable(): void {
    if (this.#unbuilt) this.#build(false);
  }

  /** Renumbers the live documents and builds every word's postings from their sequences. */
  build(): void {
    this.#build(true);
  }

  /**
   * The sequences are all checked first (a failure there changes nothing); then the old
   * postings are let go before the new ones take room, since keeping them for a failure
   * that can now only be want of memory would add them to the build's peak (issue 18). If
   * placing fails, the index is marked unbuilt and builds again before its next use.
   */
  #build(renumber: boolean): void {
    this.#assertRead();
    let ids = this.#ids;
    // Nothing removed since the last build (an import only adds): the slots are already
    // 0…n−1 in order, so the lists and the id map stay as they are instead of being made
    // again at every build, each copy left to the collector (issue 18).
    renumber &&= this.#removed > 0;
    let live: WordsRef[] = [];
    if (renumber) {
      ids = [];
      this.#ids.forEach((id, slot) => {
        const w = this.#words.at(slot);
        if (w) {
          ids.push(id);
          live.push(w);
        }
      });
    }
    const words: RefList = renumber ? live : this.#words;
    const wordsAt = (slot: number) => {
      const ref = words.at(slot);
      return ref ? this.#store.get(ref) : NO_WORDS;
    };
    const counted = countPostings(words.length, wordsAt, this.dictionary.size);
    this.#unbuilt = true;
    this.#termStart = new Int32Array(1);
    this.#postings = new Uint32Array(0);
    this.#extra.clear();
    this.#impacts.clear();
    const built = placePostings(counted, wordsAt);
    if (renumber) {
      if (this.#store.wasteful) ({ store: this.#store, refs: live } = this.#store.compacted(live));
      this.#ids = ids;
      this.#words = RefColumns.from(live);
      this.#slotOf.clear();
      ids.forEach((id, slot) => this.#slotOf.set(id, slot));
      this.#removed = 0;
    }
    this.#lengths = Array.from(built.lengths);
    this.#termStart = built.termStart;
    this.#postings = built.postings;
    this.#builtSlots = ids.length;
    this.#totalLength = this.#lengths.reduce((a, b) => a + b, 0);
    this.dictionary.setFrequencies(built.counts);
    this.#unbuilt = false;
  }

  /** Calls `visit` for each posting of the word, live and removed slots alike, in slot order. */
  each(term: number, visit: (slot: number, weights: number) => void): void {
    this.#usable();
    if (term + 1 < this.#termStart.length) {
      const postings = this.#postings;
      const end = 2 * (this.#termStart[term + 1] as number);
      for (let p = 2 * (this.#termStart[term] as number); p < end; p += 2) visit(postings[p] as number, postings[p + 1] as number);
    }
    if (this.#builtSlots === this.#ids.length) return;
    const { start, pairs } = this.#extra.grouped();
    if (term + 1 >= start.length) return;
    const end = 2 * (start[term + 1] as number);
    for (let k = 2 * (start[term] as number); k < end; k += 2) visit(pairs[k] as number, pairs[k + 1] as number);
  }

  /** How often the word occurs in the document in `slot` (title weighted), in all of it or outside boilerplate; 0 if not. */
  weight(term: number, slot: number, outside: boolean): number {
    this.#usable();
    if (slot < this.#builtSlots) {
      if (term + 1 >= this.#termStart.length) return 0;
      return weightOf(findWeights(this.#postings, this.#termStart[term] as number, this.#termStart[term + 1] as number, slot), outside);
    }
    const { start, pairs } = this.#extra.grouped();
    if (term + 1 >= start.length) return 0;
    return weightOf(findWeights(pairs, start[term] as number, start[term + 1] as number, slot), outside);
  }

  /** BM25's share of a word's score for `weight` occurrences in a document of `length` words (idf aside). */
  impact(weight: number, length: number): number {
    return bm25Impact(weight, length, this.size > 0 ? this.#totalLength / this.size : 1);
  }

  /**
   * The word's postings by impact, highest first (ties by slot), sorted on first use and
   * kept until a document is added or removed (the average length changes every impact).
   */
  impacts(term: number): ImpactList {
    let list = this.#impacts.get(term);
    if (list) return list;
    list = sortByImpact(this.slotCount, (visit) =>
      this.each(term, (slot, weights) => visit(slot, this.impact(weightOf(weights, false), this.#lengths[slot] as number))),
    );
    // A session's worth of words; the oldest sorted list goes first.
    if (this.#impacts.size >= IMPACT_LISTS) this.#impacts.delete(this.#impacts.keys().next().value as number);
    this.#impacts.set(term, list);
    return list;
  }
}
