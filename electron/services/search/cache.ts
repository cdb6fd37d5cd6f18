import type { ErrorValues } from '../../../shared/errors';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FOLD_VERSION } from '../../../shared/search/fold';
import type { AnnotationRow } from '../../../shared/search/rows';
import { DurableJSONFile, writePiecesAtomic, writeTextAtomic } from '../corpus/durable-file';
import { searchDir } from '../corpus/paths';
import type { PostingPieces } from './postings';
import type { IndexSnapshot, SavedIndex } from './search-index';
import { type PackedWords, emptyRefs } from './word-store';

/**
 * Where a corpus keeps its search index: derived files, safe to delete, rebuilt from the
 * documents when missing, under the corpus's .isnad/search/ (this machine's own, not shared).
 * The one place that names them.
 */
export function searchIndexFiles(corpusDir: string): { meta: string; index: string; words: string } {
  const folder = searchDir(corpusDir);
  return { meta: join(folder, 'search-cache.json'), index: join(folder, 'search-cache.bin'), words: join(folder, 'search-words.bin') };
}

const FORMAT = 'isnad-search-cache';
/**
 * Bump when the cache's shape or what goes into the index changes. 7: our own postings
 * replace MiniSearch's snapshot, the word sequences move to a file of their own (read when
 * first needed), word ids carry the boilerplate bit, and documents that could not be
 * indexed are remembered with the reason. 8: the word sequences are saved packed
 * (word-store.ts), their ranges in bytes.
 */
const CACHE_VERSION = 8;

/** [start, length] of a run of 32-bit words in the index file, of bytes in the words file. */
type Range = [number, number];

export interface CachedDocument {
  /** `${revision}:${contentHash}`: any stored change to the document bumps its revision. */
  key: string;
  /** The title as indexed; a rename re-indexes the document. */
  title: string;
  /** The excluded regions as indexed (see excludedKey); a change re-indexes the document. */
  excluded: string;
  rows: AnnotationRow[];
}

/** A document search leaves out, and why; kept until the document changes. */
export interface Unsearchable {
  key: string;
  title: string;
  reason: string;
  /** The reason's catalog id and values (absent in caches saved before them: the English `reason` is shown). */
  reasonId?: string;
  reasonValues?: ErrorValues;
  /** The length limit it was over, if that was the reason: a new limit tries it again. */
  limit?: number;
}

interface StoredDocument extends CachedDocument {
  /** Where the document's word ids are in the words file, and how many are the title's; null when it is not in the index. */
  words: { range: Range; titleWords: number } | null;
}

interface StoredCache {
  format: typeof FORMAT;
  version: number;
  foldVersion: number;
  /** Also the first word of both binary files: the three files belong together. */
  stamp: number;
  documents: Record<string, StoredDocument>;
  unsearchable: Record<string, Unsearchable>;
  /** Word of each id in the word sequences. */
  terms: string[];
  /** The index's documents in slot order, and where its numbers are in the index file (see IndexSnapshot). */
  index: { slots: string[]; lengths: Range; termStart: Range; postings: Range };
}

export interface SearchCache {
  documents: Map<string, CachedDocument>;
  unsearchable: Map<string, Unsearchable>;
  index: IndexSnapshot;
}

/**
 * What a save writes: the catalog's documents as they were when the save began (ids, entries
 * and each one's slot in `index`, −1 if not in it), side by side in arrays rather than a Map
 * and its copy, and the index as `SearchIndex.forSave` gives it.
 */
export interface SavedCache {
  documents: { ids: readonly string[]; cached: readonly CachedDocument[]; slots: Int32Array };
  unsearchable: ReadonlyMap<string, Unsearchable>;
  index: SavedIndex;
}

export function documentKey(doc: { revision: number; contentHash: string }): string {
  return `${revisionPrefix(doc.revision)}${doc.contentHash}`;
}

/** "1:", "2:"… made once each: the catalog keeps a key per document, and most share a revision. */
const PREFIXES: string[] = [];
const SHARED_PREFIXES = 256;

function revisionPrefix(revision: number): string {
  if (!Number.isInteger(revision) || revision < 0 || revision >= SHARED_PREFIXES) return `${revision}:`;
  return (PREFIXES[revision] ??= `${revision}:`);
}

/** The excluded spans of a document's regions, as a string to compare. */
export function excludedKey(regions: ReadonlyArray<{ start: number; end: number; excluded: boolean }>): string {
  return regions
    .filter((r) => r.excluded)
    .map((r) => `${r.start}-${r.end}`)
    .join(',');
}

export class SearchCacheFile {
  readonly #file: DurableJSONFile<StoredCache>;
  readonly #index: string;
  readonly #words: string;

  constructor(corpusDir: string) {
    const files = searchIndexFiles(corpusDir);
    this.#file = new DurableJSONFile<StoredCache>(files.meta);
    this.#index = files.index;
    this.#words = files.words;
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
    if (
      raw.version !== CACHE_VERSION ||
      raw.foldVersion !== FOLD_VERSION ||
      !Array.isArray(raw.terms) ||
      !Array.isArray(raw.index?.slots)
    ) {
      return { cache: null, reason: 'from another version' };
    }
    let numbers: Uint32Array;
    try {
      numbers = wordsOf(await readFile(this.#index));
    } catch (err) {
      return { cache: null, reason: `incomplete (${(err as Error).message})` };
    }
    if (numbers[0] !== raw.stamp) return { cache: null, reason: 'incomplete (its files do not match)' };
    const lengths = section(numbers, raw.index.lengths);
    const termStart = section(numbers, raw.index.termStart);
    const postings = section(numbers, raw.index.postings);
    if (!lengths || !termStart || !postings) return { cache: null, reason: 'damaged (index out of range)' };
    // As stored: their `words` refs are replaced on the next save.
    const documents = new Map<string, CachedDocument>(Object.entries(raw.documents));
    const refs = raw.index.slots.map((id) => raw.documents[id]?.words);
    if (refs.some((ref) => !ref || !Number.isInteger(ref.titleWords)))
      return { cache: null, reason: 'damaged (the index names a document it has no words for)' };
    const stamp = raw.stamp;
    const index: IndexSnapshot = {
      terms: raw.terms,
      ids: raw.index.slots,
      lengths,
      termStart: new Int32Array(termStart.buffer, termStart.byteOffset, termStart.length),
      postings,
      words: () => this.#readWords(stamp, refs as Array<{ range: Range; titleWords: number }>),
    };
    return { cache: { documents, unsearchable: new Map(Object.entries(raw.unsearchable ?? {})), index }, reason: '' };
  }

  /** The words file as one piece, each sequence where its range says (checked as the index adopts them). */
  async #readWords(stamp: number, refs: Array<{ range: Range; titleWords: number }>): Promise<PackedWords> {
    const bytes = await readFile(this.#words);
    if (bytes.length < 4 || bytes.readUInt32LE(0) !== stamp) throw new Error('the saved word sequences are from another save');
    const sequences = emptyRefs(refs.length);
    refs.forEach(({ range: [start, length], titleWords }, slot) => {
      // Past the stamp, whole numbers (the columns would round them silently); WordStore.from checks the rest.
      const whole = Number.isInteger(length) && length >= 0 && Number.isInteger(titleWords) && titleWords >= 0;
      if (!(start >= 4) || !whole) throw new Error('the saved word sequences are out of range');
      sequences.starts[slot] = start;
      sequences.bytes[slot] = length;
      sequences.titleWords[slot] = titleWords;
    });
    return { pieces: [new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)], refs: sequences };
  }

  /** Binary files first, then the JSON that names them: a crash between leaves a mismatch that is rebuilt. */
  async write(cache: SavedCache): Promise<void> {
    const { index } = cache;
    const stamp = randomBytes(4).readUInt32LE(0);
    // The stamp, then the packed sequences as they are: ranges count bytes from the file's start.
    const stampBytes = new Uint8Array(Uint32Array.of(stamp).buffer);
    const numbers = new Sections(stamp);
    const ranges = { lengths: numbers.put(index.lengths), termStart: numbers.put(index.termStart), postings: numbers.put(index.postings) };
    await mkdir(dirname(this.#index), { recursive: true });
    await writePiecesAtomic(this.#words, [stampBytes, ...index.words.pieces]);
    await writePiecesAtomic(this.#index, numbers.pieces());
    const head: Pick<StoredCache, 'format' | 'version' | 'foldVersion' | 'stamp'> = {
      format: FORMAT,
      version: CACHE_VERSION,
      foldVersion: FOLD_VERSION,
      stamp,
    };
    await writeTextAtomic(this.#file.file, metaJson(head, cache, ranges));
  }

  /** Removes the files (the catalog rebuilds them on the next open). */
  async remove(): Promise<void> {
    for (const file of [this.#words, this.#index, this.#file.file]) await rm(file, { force: true });
  }
}

/**
 * The meta file (StoredCache) as JSON, a document or a word at a time, for writeTextAtomic to
 * encode as it goes: a large corpus's is never one string, nor its documents one object, nor
 * a buffer per piece (at the end of a long import, those were the save's, and the import's,
 * peak: issue 18). Each document's `words` is said from its slot in the saved index.
 */
function* metaJson(
  head: Pick<StoredCache, 'format' | 'version' | 'foldVersion' | 'stamp'>,
  { documents, unsearchable, index }: SavedCache,
  ranges: Pick<StoredCache['index'], 'lengths' | 'termStart' | 'postings'>,
): Generator<string> {
  yield `${JSON.stringify(head).slice(0, -1)},"documents":{`;
  const { starts, bytes, titleWords } = index.words.refs;
  for (let k = 0; k < documents.ids.length; k++) {
    const { key, title, excluded, rows } = documents.cached[k] as CachedDocument;
    const slot = documents.slots[k] as number;
    const words =
      slot < 0 ? 'null' : `{"range":[${4 + (starts[slot] as number)},${bytes[slot] as number}],"titleWords":${titleWords[slot] as number}}`;
    yield `${k === 0 ? '' : ','}${JSON.stringify(documents.ids[k])}:{"key":${json(key)},"title":${json(title)},"excluded":${json(excluded)},"rows":${json(rows)},"words":${words}}`;
  }
  yield '},"terms":[';
  for (let i = 0; i < index.terms.length; i++) yield `${i === 0 ? '' : ','}${JSON.stringify(index.terms[i])}`;
  yield `],"unsearchable":${JSON.stringify(Object.fromEntries(unsearchable))},"index":{"slots":[`;
  for (let slot = 0; slot < index.ids.length; slot++) yield `${slot === 0 ? '' : ','}${JSON.stringify(index.ids[slot])}`;
  yield `],${JSON.stringify(ranges).slice(1)}}`;
}

/** JSON of a value, `null` for one missing (JSON.stringify gives undefined, which is no JSON). */
function json(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

/**
 * Runs of 32-bit words laid end to end after a stamp, for one binary file: views of the
 * index's own arrays (never changed in place; a rebuild makes new ones), written as they are.
 */
class Sections {
  readonly #sections: Array<Iterable<Uint32Array | Int32Array>>;
  #at = 1;

  constructor(stamp: number) {
    this.#sections = [[Uint32Array.of(stamp)]];
  }

  /** An array, or pieces read only as they are written (the postings merged for a save). */
  put(section: Uint32Array | Int32Array | PostingPieces): Range {
    this.#sections.push('pieces' in section ? section.pieces : [section]);
    this.#at += section.length;
    return [this.#at - section.length, section.length];
  }

  *pieces(): Generator<Uint8Array> {
    for (const section of this.#sections) {
      for (const piece of section) yield new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength);
    }
  }
}

function section(words: Uint32Array, range: unknown): Uint32Array | null {
  const [start, length] = Array.isArray(range) ? (range as number[]) : [];
  const fits = Number.isInteger(start) && Number.isInteger(length) && (start as number) >= 1 && (length as number) >= 0;
  return fits && (start as number) + (length as number) <= words.length
    ? words.subarray(start, (start as number) + (length as number))
    : null;
}

/** The file as 32-bit words, without a copy when the buffer is aligned (it is, for files this size). */
function wordsOf(bytes: Buffer): Uint32Array {
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  const words = new Uint32Array(bytes.byteLength >> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.byteLength));
  return words;
}
