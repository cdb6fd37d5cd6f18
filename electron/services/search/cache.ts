import { join } from 'node:path';
import { FOLD_VERSION } from '../../../shared/search/fold';
import type { AnnotationRow } from '../../../shared/search/rows';
import { DurableJSONFile } from '../corpus/durable-file';

/** Derived data beside corpus.json: safe to delete, rebuilt from the documents when missing. */
export const SEARCH_CACHE_FILE = 'search-cache.json';
const FORMAT = 'isnad-search-cache';
/** Bump when the cache's shape or what goes into the index changes. */
const CACHE_VERSION = 3;

export interface CachedDocument {
  /** `${revision}:${contentHash}`: any stored change to the document bumps its revision. */
  key: string;
  /** The title as indexed; a rename re-indexes the document. */
  title: string;
  rows: AnnotationRow[];
  /** The document's word ids (positions.ts), base64 of a Uint32Array. */
  positions: string;
}

export interface SearchCache {
  format: typeof FORMAT;
  version: number;
  foldVersion: number;
  documents: Record<string, CachedDocument>;
  /** Word of each id in `positions`. */
  terms: string[];
  /** MiniSearch.toJSON() */
  index: unknown;
}

export function documentKey(doc: { revision: number; contentHash: string }): string {
  return `${doc.revision}:${doc.contentHash}`;
}

export class SearchCacheFile {
  readonly #file: DurableJSONFile<SearchCache>;

  constructor(corpusDir: string) {
    this.#file = new DurableJSONFile<SearchCache>(join(corpusDir, SEARCH_CACHE_FILE));
  }

  get path(): string {
    return this.#file.file;
  }

  /** The cache, or null when it is missing, damaged or from another version (then it is rebuilt). */
  async read(): Promise<{ cache: SearchCache | null; reason: string }> {
    let raw: SearchCache | null;
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
    return { cache: raw, reason: '' };
  }

  async write(documents: Record<string, CachedDocument>, terms: string[], index: unknown): Promise<void> {
    await this.#file.write({ format: FORMAT, version: CACHE_VERSION, foldVersion: FOLD_VERSION, documents, terms, index });
  }
}
