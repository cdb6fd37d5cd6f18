import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FOLD_VERSION } from '../../../shared/search/fold';
import type { AnnotationRow } from '../../../shared/search/rows';
import { DurableJSONFile, writeFileAtomic } from '../corpus/durable-file';

/** Derived data beside corpus.json: safe to delete, rebuilt from the documents when missing. */
export const SEARCH_CACHE_FILE = 'search-cache.json';
/** The documents' word sequences, binary: parsing them out of JSON took as long as the rest. */
export const SEARCH_POSITIONS_FILE = 'search-cache.bin';
const FORMAT = 'isnad-search-cache';
/** Bump when the cache's shape or what goes into the index changes. */
const CACHE_VERSION = 4;

export interface CachedDocument {
  /** `${revision}:${contentHash}`: any stored change to the document bumps its revision. */
  key: string;
  /** The title as indexed; a rename re-indexes the document. */
  title: string;
  rows: AnnotationRow[];
}

interface StoredDocument extends CachedDocument {
  /** [start, length] of the document's word ids in the binary file, in 32-bit words. */
  positions: [number, number];
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
  /** MiniSearch.toJSON() */
  index: unknown;
}

export interface LoadedDocument extends CachedDocument {
  positions: Uint32Array;
}

export interface SearchCache {
  documents: Record<string, LoadedDocument>;
  terms: string[];
  index: unknown;
}

export function documentKey(doc: { revision: number; contentHash: string }): string {
  return `${doc.revision}:${doc.contentHash}`;
}

export class SearchCacheFile {
  readonly #file: DurableJSONFile<StoredCache>;
  readonly #binary: string;

  constructor(corpusDir: string) {
    this.#file = new DurableJSONFile<StoredCache>(join(corpusDir, SEARCH_CACHE_FILE));
    this.#binary = join(corpusDir, SEARCH_POSITIONS_FILE);
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
      const bytes = await readFile(this.#binary);
      words = new Uint32Array(bytes.byteLength >> 2);
      new Uint8Array(words.buffer).set(bytes.subarray(0, words.byteLength));
    } catch (err) {
      return { cache: null, reason: `incomplete (${(err as Error).message})` };
    }
    if (words[0] !== raw.stamp) return { cache: null, reason: 'incomplete (its two files do not match)' };
    const documents: Record<string, LoadedDocument> = {};
    for (const [id, stored] of Object.entries(raw.documents)) {
      const [start, length] = stored.positions;
      if (start + length > words.length) return { cache: null, reason: 'damaged (word sequences out of range)' };
      documents[id] = { key: stored.key, title: stored.title, rows: stored.rows, positions: words.subarray(start, start + length) };
    }
    return { cache: { documents, terms: raw.terms, index: raw.index }, reason: '' };
  }

  /** Binary first, then the JSON that names it: a crash between the two leaves a mismatch that is rebuilt. */
  async write(documents: Map<string, LoadedDocument>, terms: string[], index: unknown): Promise<void> {
    const stamp = randomBytes(4).readUInt32LE(0);
    let total = 1;
    for (const doc of documents.values()) total += doc.positions.length;
    const words = new Uint32Array(total);
    words[0] = stamp;
    const stored: Record<string, StoredDocument> = {};
    let at = 1;
    for (const [id, doc] of documents) {
      words.set(doc.positions, at);
      stored[id] = { key: doc.key, title: doc.title, rows: doc.rows, positions: [at, doc.positions.length] };
      at += doc.positions.length;
    }
    await writeFileAtomic(this.#binary, new Uint8Array(words.buffer));
    await this.#file.write({ format: FORMAT, version: CACHE_VERSION, foldVersion: FOLD_VERSION, stamp, documents: stored, terms, index });
  }
}
