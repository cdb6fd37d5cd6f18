import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FOLD_VERSION } from '../../../shared/search/fold';
import type { AnnotationRow } from '../../../shared/search/rows';
import { DurableJSONFile, writeFileAtomic } from '../corpus/durable-file';
import { searchDir } from '../corpus/paths';
import type { IndexMeta, IndexSnapshot } from './corpus-index';

/** Derived data in the corpus's .isnad/search/: safe to delete, rebuilt from the documents when missing. */
export const SEARCH_CACHE_FILE = 'search-cache.json';
/**
 * The numbers, binary: the documents' word sequences and the index's postings. Parsing
 * them out of JSON took longer than everything else in reopening a corpus.
 */
export const SEARCH_POSITIONS_FILE = 'search-cache.bin';
const FORMAT = 'isnad-search-cache';
/** Bump when the cache's shape or what goes into the index changes. */
const CACHE_VERSION = 6;

/** [start, length] of a run of 32-bit words in the binary file. */
type Range = [number, number];

export interface CachedDocument {
  /** `${revision}:${contentHash}`: any stored change to the document bumps its revision. */
  key: string;
  /** The title as indexed; a rename re-indexes the document. */
  title: string;
  rows: AnnotationRow[];
}

interface StoredDocument extends CachedDocument {
  /** The document's word ids. */
  positions: Range;
}

interface StoredCache {
  format: typeof FORMAT;
  version: number;
  foldVersion: number;
  /** Also the binary file's first word: the two files belong together. */
  stamp: number;
  documents: Record<string, StoredDocument>;
  /** Word of each id in the word sequences. */
  terms: string[];
  /** Documents containing each word, by id. */
  frequencies: Range;
  index: { meta: IndexMeta; documents: Range; terms: Range };
}

export interface LoadedDocument extends CachedDocument {
  positions: Uint32Array;
}

export interface SearchCache {
  documents: Record<string, LoadedDocument>;
  terms: string[];
  /** Of the documents above, all of them; one per word. */
  frequencies: Uint32Array;
  index: IndexSnapshot;
}

export function documentKey(doc: { revision: number; contentHash: string }): string {
  return `${doc.revision}:${doc.contentHash}`;
}

export class SearchCacheFile {
  readonly #folder: string;
  readonly #file: DurableJSONFile<StoredCache>;
  readonly #binary: string;

  constructor(corpusDir: string) {
    this.#folder = searchDir(corpusDir);
    this.#file = new DurableJSONFile<StoredCache>(join(this.#folder, SEARCH_CACHE_FILE));
    this.#binary = join(this.#folder, SEARCH_POSITIONS_FILE);
  }

  /** The cache, or null when it is missing, damaged or from another version (then it is rebuilt). */
  async read(): Promise<{ cache: SearchCache | null; reason: string }> {
    let raw: StoredCache | null;
    try {
      raw = await this.#file.read();
    } catch (err) {
      return { cache: null, reason: `unreadable (${(err as Error).message})` };
    }
    if (raw === null) return { cache: null, reason: 'missing' };
    if (typeof raw !== 'object' || raw.format !== FORMAT || typeof raw.documents !== 'object' || raw.documents === null) {
      return { cache: null, reason: 'not a search cache' };
    }
    if (raw.version !== CACHE_VERSION || raw.foldVersion !== FOLD_VERSION || !Array.isArray(raw.terms)) {
      return { cache: null, reason: 'from another version' };
    }
    let words: Uint32Array;
    try {
      words = wordsOf(await readFile(this.#binary));
    } catch (err) {
      return { cache: null, reason: `incomplete (${(err as Error).message})` };
    }
    if (words[0] !== raw.stamp) return { cache: null, reason: 'incomplete (its two files do not match)' };
    const section = ([start, length]: Range): Uint32Array | null =>
      Number.isInteger(start) && Number.isInteger(length) && start >= 1 && length >= 0 && start + length <= words.length
        ? words.subarray(start, start + length)
        : null;
    const documents: Record<string, LoadedDocument> = {};
    for (const [id, stored] of Object.entries(raw.documents)) {
      const positions = section(stored.positions);
      if (!positions) return { cache: null, reason: 'damaged (word sequences out of range)' };
      documents[id] = { key: stored.key, title: stored.title, rows: stored.rows, positions };
    }
    const frequencies = section(raw.frequencies ?? [0, 0]);
    const indexDocuments = section(raw.index?.documents ?? [0, 0]);
    const indexTerms = section(raw.index?.terms ?? [0, 0]);
    if (!frequencies || frequencies.length !== raw.terms.length || !indexDocuments || !indexTerms || !Array.isArray(raw.index.meta?.ids)) {
      return { cache: null, reason: 'damaged (index out of range)' };
    }
    const index = { meta: raw.index.meta, documents: indexDocuments, terms: indexTerms };
    return { cache: { documents, terms: raw.terms, frequencies, index }, reason: '' };
  }

  /** Binary first, then the JSON that names it: a crash between the two leaves a mismatch that is rebuilt. */
  /** `cache.documents` as a Map, in the order they are kept. */
  async write(cache: Omit<SearchCache, 'documents'> & { documents: Map<string, LoadedDocument> }): Promise<void> {
    const { documents, terms, frequencies, index } = cache;
    const stamp = randomBytes(4).readUInt32LE(0);
    let total = 1 + frequencies.length + index.documents.length + index.terms.length;
    for (const doc of documents.values()) total += doc.positions.length;
    const words = new Uint32Array(total);
    words[0] = stamp;
    let at = 1;
    const put = (section: Uint32Array): Range => {
      words.set(section, at);
      at += section.length;
      return [at - section.length, section.length];
    };
    const stored: Record<string, StoredDocument> = {};
    for (const [id, doc] of documents) stored[id] = { key: doc.key, title: doc.title, rows: doc.rows, positions: put(doc.positions) };
    const frequencyRange = put(frequencies);
    const indexRanges = { meta: index.meta, documents: put(index.documents), terms: put(index.terms) };
    await mkdir(this.#folder, { recursive: true });
    await writeFileAtomic(this.#binary, new Uint8Array(words.buffer));
    await this.#file.write({
      format: FORMAT,
      version: CACHE_VERSION,
      foldVersion: FOLD_VERSION,
      stamp,
      documents: stored,
      terms,
      frequencies: frequencyRange,
      index: indexRanges,
    });
  }
}

/** The file as 32-bit words, without a copy when the buffer is aligned (it is, for files this size). */
function wordsOf(bytes: Buffer): Uint32Array {
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  const words = new Uint32Array(bytes.byteLength >> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.byteLength));
  return words;
}
