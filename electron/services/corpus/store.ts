import { createHash } from 'node:crypto';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { IsnadError } from '../../../shared/errors';
import {
  type Annotation,
  type AnnotationOrigin,
  type AnnotationType,
  type Verdict,
} from '../../../shared/domain/annotation';
import type { Direction, Document, DocumentLink, DocumentSummary, Region, Source } from '../../../shared/domain/document';
import { type RejectedSuggestion, sameSuggestion } from '../../../shared/domain/suggestion';
import { directionOf, detectLanguage } from '../../../shared/text/direction';
import { normalizeText } from '../../../shared/text/normalize';
import { checkSpan } from '../../../shared/text/offsets';
import { DurableJSONFile } from './durable-file';
import { newId } from './ids';
import { KeyedMutex } from './keyed-mutex';
import { checkDocumentText } from './limits';
import { type CorpusLock, LOCK_FILE, acquireCorpusLock } from './lock';
import {
  CORPUS_FORMAT,
  CORPUS_SCHEMA_VERSION,
  type CorpusIndex,
  type DocumentFile,
  readDocumentFile,
  readIndex,
} from './schema';
import { summarize } from './summary';
import { compareAnnotations } from '../../../shared/domain/annotation-rules';
import { type AnnotationEdit, applyAnnotationEdits, createIn, removeIn, updateIn } from '../../../shared/domain/annotation-edits';
import { checkCompleteDocument } from './document-rules';
import { titleFromText } from '../../../shared/text/title';

export const INDEX_FILE = 'corpus.json';
export const DOCUMENTS_DIR = 'documents';
/** How long index writes may be batched; documents themselves are always written at once. */
const INDEX_WRITE_DELAY_MS = 150;
/** During bulk work (import) the whole index is rewritten this rarely instead. */
const BULK_INDEX_WRITE_DELAY_MS = 2_000;
const DOCUMENT_CACHE_SIZE = 64;

export interface NewDocument {
  /** Chosen by the caller when documents must link to each other before they exist (split pieces). */
  id?: string;
  title?: string;
  text: string;
  lang?: string;
  dir?: Direction;
  source?: Partial<Source>;
  regions?: Region[];
  links?: DocumentLink[];
  fingerprint?: string;
  /** Annotations carried over (a split document's); each must read the same in the new text. */
  annotations?: Annotation[];
}

export interface NewAnnotation {
  documentId: string;
  id?: string;
  type: AnnotationType;
  start: number;
  end: number;
  text: string;
  attributes?: Record<string, unknown>;
  verdict?: Partial<Verdict>;
  origin?: AnnotationOrigin;
  expectedRevision?: number;
}

export interface AnnotationPatch {
  documentId: string;
  id: string;
  start?: number;
  end?: number;
  text?: string;
  attributes?: Record<string, unknown>;
  verdict?: Partial<Verdict>;
  expectedRevision?: number;
}

export interface DocumentPatch {
  id: string;
  title?: string;
  lang?: string;
  dir?: Direction;
  source?: Partial<Source>;
  regions?: Region[];
  links?: DocumentLink[];
  expectedRevision?: number;
}

export type StoreEvent =
  | { kind: 'document-added' | 'document-updated' | 'document-deleted'; documentId: string }
  | { kind: 'annotations-changed'; documentId: string; annotationIds: string[] };

export interface OpenOptions {
  /** Who holds the lock, shown to a second process that tries to open the corpus. */
  owner?: string;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function now(): string {
  return new Date().toISOString();
}

/** Leftovers of writes interrupted by a crash; the real files are intact beside them. */
async function removeTempFiles(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    if (name.startsWith('.') && name.endsWith('.tmp')) await unlink(join(folder, name)).catch(() => {});
  }
}

function checkCarriedAnnotations(text: string, annotations: Annotation[]): Annotation[] {
  const ids = new Set<string>();
  annotations.forEach((a, i) => {
    const problem = checkSpan(text, a.start, a.end, a.text);
    if (problem) throw new IsnadError('invalid_input', `annotations.${i}: ${problem.message}`, `annotations.${i}`);
    if (ids.has(a.id)) throw new IsnadError('invalid_input', `annotations.${i}: duplicate id "${a.id}"`, `annotations.${i}`);
    ids.add(a.id);
  });
  return [...annotations].sort(compareAnnotations);
}

/** The link fields of new annotations (quote → speaker, speaker → same as), set once all exist. */
function linksOf(input: Pick<NewAnnotation, 'type' | 'attributes'>): Record<string, unknown> | null {
  const key = input.type === 'quote' ? 'speakerId' : input.type === 'speaker' ? 'sameAs' : null;
  const value = key ? input.attributes?.[key] : undefined;
  return key && value !== undefined && value !== null ? { [key]: value } : null;
}

function unlinked(input: Pick<NewAnnotation, 'type' | 'attributes'>): Record<string, unknown> {
  const { speakerId: _s, sameAs: _a, ...rest } = input.attributes ?? {};
  return input.type === 'figure' ? (input.attributes ?? {}) : rest;
}

function checkRegions(text: string, regions: Region[]): void {
  regions.forEach((region, i) => {
    if (region.end > text.length || region.end <= region.start) {
      throw new IsnadError('invalid_input', `regions.${i}: span ${region.start}–${region.end} is outside the text`, `regions.${i}`);
    }
  });
}

/**
 * A corpus on disk: a small index (corpus.json) plus one lowdb file per document, so an
 * edit rewrites one document rather than the whole corpus. One writer per corpus is
 * enforced with a lock file; within the process, writes to a document are serialized.
 */
export class CorpusStore {
  readonly dir: string;
  readonly #index: Low<CorpusIndex>;
  readonly #summaries: Map<string, DocumentSummary>;
  readonly #lock: CorpusLock;
  readonly #documents = new Map<string, Low<DocumentFile>>();
  readonly #mutex = new KeyedMutex();
  readonly #listeners = new Set<(event: StoreEvent) => void>();
  #indexDirty = false;
  #indexTimer: NodeJS.Timeout | null = null;
  #indexDeferrals = 0;
  #lastCreated = 0;
  /** contentHash → document id, so duplicate checks stay O(1) during a 10,000-file import. */
  readonly #byHash = new Map<string, string>();
  /** Hashes of documents being written right now, so two concurrent adds cannot both pass. */
  readonly #reservedHashes = new Set<string>();
  #closed = false;
  #closing = false;

  private constructor(dir: string, index: Low<CorpusIndex>, lock: CorpusLock) {
    this.dir = dir;
    this.#index = index;
    this.#lock = lock;
    this.#summaries = new Map(index.data.documents.map((s) => [s.id, s]));
    this.#rebuildHashIndex();
  }

  #rebuildHashIndex(): void {
    this.#byHash.clear();
    for (const summary of this.#summaries.values()) this.#byHash.set(summary.contentHash, summary.id);
  }

  static async open(dir: string, options: OpenOptions = {}): Promise<CorpusStore> {
    await mkdir(dir, { recursive: true });
    const entries = await readdir(dir);
    if (!entries.includes(INDEX_FILE) && entries.some((e) => e !== LOCK_FILE && e !== DOCUMENTS_DIR && !e.startsWith('.'))) {
      throw new IsnadError('invalid_input', `${dir} is not an Isnad corpus (no ${INDEX_FILE}) and is not empty; choose an empty folder.`);
    }
    const lock = await acquireCorpusLock(dir, options.owner ?? `isnad (${process.title})`);
    try {
      await mkdir(join(dir, DOCUMENTS_DIR), { recursive: true });
      await removeTempFiles(dir);
      const adapter = new DurableJSONFile<CorpusIndex>(join(dir, INDEX_FILE));
      const raw = await adapter.read();
      const fresh: CorpusIndex = {
        format: CORPUS_FORMAT,
        schemaVersion: CORPUS_SCHEMA_VERSION,
        createdAt: now(),
        documents: [],
        speakers: [],
        sessions: [],
        openForWriting: false,
      };
      const { index, migrated } = raw === null ? { index: fresh, migrated: true } : readIndex(`${dir}/${INDEX_FILE}`, raw);
      const low = new Low<CorpusIndex>(adapter, index);
      const store = new CorpusStore(dir, low, lock);
      const crashed = raw !== null && index.openForWriting;
      const repaired = await store.#reconcile(crashed ? (await stat(adapter.file)).mtimeMs : null);
      if (repaired) store.#rebuildHashIndex();
      if (migrated || repaired) await store.#writeIndexNow();
      return store;
    } catch (err) {
      await lock.release();
      throw err;
    }
  }

  /**
   * Brings the index in line with the document files. Documents written but not yet indexed
   * are added and entries whose file is gone are dropped. After a crash (`changedSince` set),
   * files modified since the index was last written also get their summaries refreshed;
   * after a clean close that costly check is skipped.
   */
  async #reconcile(changedSince: number | null): Promise<boolean> {
    const folder = join(this.dir, DOCUMENTS_DIR);
    await removeTempFiles(folder);
    const ids = (await readdir(folder)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
    const onDisk = new Set(ids);
    let repaired = false;
    for (const id of [...this.#summaries.keys()]) {
      if (!onDisk.has(id)) {
        this.#summaries.delete(id);
        repaired = true;
      }
    }
    const toRead: string[] = ids.filter((id) => !this.#summaries.has(id));
    if (changedSince !== null) {
      // Filesystems with coarse timestamps (1 s) make a small margin necessary.
      const known = ids.filter((id) => this.#summaries.has(id));
      for (let i = 0; i < known.length; i += 64) {
        const batch = known.slice(i, i + 64);
        const stats = await Promise.all(batch.map((id) => stat(this.#documentPath(id))));
        batch.forEach((id, j) => {
          if ((stats[j] as { mtimeMs: number }).mtimeMs >= changedSince - 1000) toRead.push(id);
        });
      }
    }
    for (const id of toRead) {
      const summary = summarize((await this.#load(id)).data);
      if (JSON.stringify(summary) !== JSON.stringify(this.#summaries.get(id))) {
        this.#summaries.set(id, summary);
        repaired = true;
      }
    }
    return repaired;
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(event: StoreEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  #assertOpen(): void {
    if (this.#closed) throw new IsnadError('unavailable', 'the corpus is closed');
  }

  #documentPath(id: string): string {
    return join(this.dir, DOCUMENTS_DIR, `${id}.json`);
  }

  async #load(id: string): Promise<Low<DocumentFile>> {
    const cached = this.#documents.get(id);
    if (cached) {
      this.#documents.delete(id);
      this.#documents.set(id, cached);
      return cached;
    }
    const adapter = new DurableJSONFile<DocumentFile>(this.#documentPath(id));
    const raw = await adapter.read();
    if (raw === null) throw new IsnadError('not_found', `no document with id "${id}"`, 'id');
    const { document } = readDocumentFile(`document ${id}`, raw);
    const low = new Low<DocumentFile>(adapter, document);
    this.#documents.set(id, low);
    if (this.#documents.size > DOCUMENT_CACHE_SIZE) {
      const oldest = this.#documents.keys().next().value as string;
      this.#documents.delete(oldest);
    }
    return low;
  }

  #scheduleIndexWrite(): void {
    this.#indexDirty = true;
    if (this.#indexTimer) return;
    const delay = this.#indexDeferrals > 0 ? BULK_INDEX_WRITE_DELAY_MS : INDEX_WRITE_DELAY_MS;
    this.#indexTimer = setTimeout(() => {
      this.#indexTimer = null;
      void this.flush().catch(() => {
        // The next change or close() retries; the documents themselves are already safe.
        this.#indexDirty = true;
      });
    }, delay);
  }

  /**
   * For bulk work: rewrite the index every few seconds rather than after each document.
   * Documents are still written (atomically) one by one, and a crash meanwhile is repaired
   * on the next open from the document files. The returned function ends the deferral and
   * writes the index.
   */
  deferIndexWrites(): () => Promise<void> {
    this.#indexDeferrals++;
    let ended = false;
    return async () => {
      if (ended) return;
      ended = true;
      this.#indexDeferrals--;
      if (!this.#closed) await this.flush();
    };
  }

  async #writeIndexNow(): Promise<void> {
    this.#indexDirty = false;
    this.#index.data.documents = [...this.#summaries.values()];
    this.#index.data.openForWriting = !this.#closing;
    await this.#index.write();
  }

  /** Before the first document write of a session, record that the index may fall behind. */
  async #markOpenForWriting(): Promise<void> {
    if (this.#index.data.openForWriting) return;
    this.#index.data.openForWriting = true;
    await this.#writeIndexNow();
  }

  /** Writes any batched index changes now. */
  async flush(): Promise<void> {
    if (this.#indexTimer) {
      clearTimeout(this.#indexTimer);
      this.#indexTimer = null;
    }
    if (this.#indexDirty) await this.#writeIndexNow();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#mutex.idle();
    this.#closing = true;
    if (this.#indexTimer || this.#indexDirty || this.#index.data.openForWriting) {
      if (this.#indexTimer) clearTimeout(this.#indexTimer);
      this.#indexTimer = null;
      await this.#writeIndexNow();
    }
    this.#closed = true;
    this.#documents.clear();
    await this.#lock.release();
  }

  get documentCount(): number {
    return this.#summaries.size;
  }

  /** In the order they were added (writes finish out of order when an import runs several at once). */
  listDocuments(): DocumentSummary[] {
    return this.readSummaries().map((s) => structuredClone(s));
  }

  /**
   * listDocuments without the copies, for services that only read them (cloning 10,000
   * summaries took ~80 ms of reopening a corpus). A summary is replaced on change, never
   * changed in place, so these stay as they were when read.
   */
  readSummaries(): ReadonlyArray<Readonly<DocumentSummary>> {
    this.#assertOpen();
    return [...this.#summaries.values()].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }

  /** One document's summary, not copied (see readSummaries). */
  readSummary(id: string): Readonly<DocumentSummary> | undefined {
    this.#assertOpen();
    return this.#summaries.get(id);
  }

  findByContentHash(hash: string): DocumentSummary | undefined {
    const id = this.#byHash.get(hash);
    return id === undefined ? undefined : this.#summaries.get(id);
  }

  /** The corpus-wide data kept in the index beside the summaries (e.g. the speaker registry). */
  get indexData(): Readonly<CorpusIndex> {
    return this.#index.data;
  }

  /**
   * Changes corpus-wide index data and writes it durably before resolving. The change is
   * made on a copy: if it throws, or the write fails, what is in memory stays as it was,
   * so a refused change cannot reach the disk later with some other write.
   */
  async updateIndexData(change: (index: CorpusIndex) => void): Promise<void> {
    this.#assertOpen();
    await this.#mutex.run('\u0000index', async () => {
      const current = this.#index.data;
      // Summaries are rebuilt from #summaries on every write; only the rest needs copying.
      const { documents, ...rest } = current;
      const draft: CorpusIndex = { ...structuredClone(rest), documents };
      change(draft);
      this.#index.data = draft;
      try {
        await this.#writeIndexNow();
      } catch (err) {
        this.#index.data = current;
        this.#indexDirty = true;
        throw err;
      }
    });
  }

  async getDocument(id: string): Promise<Document> {
    this.#assertOpen();
    if (!this.#summaries.has(id)) throw new IsnadError('not_found', `no document with id "${id}"`, 'id');
    return this.#mutex.run(id, async () => {
      const { schemaVersion: _version, ...document } = (await this.#load(id)).data;
      return structuredClone(document);
    });
  }

  async addDocument(input: NewDocument): Promise<Document> {
    this.#assertOpen();
    checkDocumentText(input.text);
    const text = normalizeText(input.text);
    if (text.trim().length === 0) throw new IsnadError('invalid_input', 'text is empty', 'text');
    const hash = contentHash(text);
    const existing = this.findByContentHash(hash);
    if (existing) {
      throw new IsnadError('conflict', `This text is already in the corpus as “${existing.title}” (${existing.id}).`, 'text');
    }
    if (this.#reservedHashes.has(hash)) {
      throw new IsnadError('conflict', 'This text is being added to the corpus right now.', 'text');
    }
    if (input.id !== undefined && this.#summaries.has(input.id)) {
      throw new IsnadError('conflict', `a document with id "${input.id}" already exists`, 'id');
    }
    const guess = detectLanguage(text);
    const lang = input.lang ?? guess.lang;
    const regions = input.regions ?? [];
    checkRegions(text, regions);
    const annotations = checkCarriedAnnotations(text, input.annotations ?? []);
    // Strictly increasing, so creation order survives writes that complete out of order.
    this.#lastCreated = Math.max(Date.now(), this.#lastCreated + 1);
    const stamp = new Date(this.#lastCreated).toISOString();
    const document: Document = {
      id: input.id ?? newId('d'),
      title: input.title?.trim() || titleFromText(text),
      text,
      lang,
      dir: input.dir ?? (input.lang ? directionOf(lang) : guess.dir),
      source: { outlet: '', url: '', publishedAt: '', author: '', ...input.source },
      contentHash: hash,
      createdAt: stamp,
      updatedAt: stamp,
      revision: 1,
      annotations,
      regions,
      links: input.links ?? [],
      rejectedSuggestions: [],
      ...(input.fingerprint ? { fingerprint: input.fingerprint } : {}),
    };
    this.#reservedHashes.add(hash);
    try {
      await this.#mutex.run(document.id, () => this.#writeNew(document));
    } finally {
      this.#reservedHashes.delete(hash);
    }
    this.#emit({ kind: 'document-added', documentId: document.id });
    return structuredClone(document);
  }

  /**
   * Inserts a complete document as it left another corpus (an import-back): its own id,
   * timestamps, revision, annotations, regions and links, all checked against the text
   * first. One atomic file write; a refused document leaves nothing behind.
   */
  async insertDocument(input: Document, options: { allowDuplicateText?: boolean } = {}): Promise<DocumentSummary> {
    this.#assertOpen();
    checkDocumentText(input.text);
    const document = checkCompleteDocument(input, contentHash);
    await this.#mutex.run(document.id, async () => {
      // Checked under the document's lock, so two imports of one id cannot both pass.
      if (this.#summaries.has(document.id)) {
        throw new IsnadError('conflict', `a document with id "${document.id}" is already in the corpus`, 'id');
      }
      const existing = options.allowDuplicateText ? undefined : this.findByContentHash(document.contentHash);
      if (existing) {
        throw new IsnadError('conflict', `This text is already in the corpus as “${existing.title}” (${existing.id}).`, 'text');
      }
      await this.#writeNew(document);
    });
    this.#emit({ kind: 'document-added', documentId: document.id });
    return structuredClone(this.#summaries.get(document.id) as DocumentSummary);
  }

  /** Writes a new document's file atomically, then indexes it; call under the document's lock. */
  async #writeNew(document: Document): Promise<void> {
    await this.#markOpenForWriting();
    const low = new Low<DocumentFile>(new DurableJSONFile(this.#documentPath(document.id)), {
      schemaVersion: CORPUS_SCHEMA_VERSION,
      ...document,
    });
    await low.write();
    this.#documents.set(document.id, low);
    this.#summaries.set(document.id, summarize(document));
    // Copies imported back may share a text; the first one stays the duplicate check's answer.
    if (!this.#byHash.has(document.contentHash)) this.#byHash.set(document.contentHash, document.id);
    this.#scheduleIndexWrite();
  }

  /** Runs `change` on a document under its lock, then persists it and its summary. */
  async #mutate<T>(id: string, expectedRevision: number | undefined, change: (doc: DocumentFile) => T): Promise<T> {
    this.#assertOpen();
    if (!this.#summaries.has(id)) throw new IsnadError('not_found', `no document with id "${id}"`, 'documentId');
    return this.#mutex.run(id, async () => {
      const low = await this.#load(id);
      if (expectedRevision !== undefined && expectedRevision !== low.data.revision) {
        throw new IsnadError(
          'conflict',
          `the document changed meanwhile (revision ${low.data.revision}, expected ${expectedRevision}); reload it`,
          'expectedRevision',
        );
      }
      // Work on a copy so a rejected change leaves the cached document untouched.
      const draft = structuredClone(low.data);
      const result = change(draft);
      await this.#markOpenForWriting();
      draft.revision += 1;
      draft.updatedAt = now();
      await low.adapter.write(draft);
      low.data = draft;
      this.#summaries.set(id, summarize(draft));
      this.#scheduleIndexWrite();
      return result;
    });
  }

  async updateDocument(patch: DocumentPatch): Promise<DocumentSummary> {
    await this.#mutate(patch.id, patch.expectedRevision, (doc) => {
      if (patch.title !== undefined) doc.title = patch.title.trim() || doc.title;
      if (patch.lang !== undefined) {
        doc.lang = patch.lang;
        if (patch.dir === undefined) doc.dir = directionOf(patch.lang);
      }
      if (patch.dir !== undefined) doc.dir = patch.dir;
      if (patch.source !== undefined) doc.source = { ...doc.source, ...patch.source };
      if (patch.regions !== undefined) {
        checkRegions(doc.text, patch.regions);
        doc.regions = patch.regions;
      }
      if (patch.links !== undefined) doc.links = patch.links;
    });
    this.#emit({ kind: 'document-updated', documentId: patch.id });
    return structuredClone(this.#summaries.get(patch.id) as DocumentSummary);
  }

  /** With `expectedRevision`, refuses (under the document's lock) if the document changed since. */
  async deleteDocument(id: string, options: { expectedRevision?: number } = {}): Promise<void> {
    this.#assertOpen();
    if (!this.#summaries.has(id)) throw new IsnadError('not_found', `no document with id "${id}"`, 'id');
    await this.#mutex.run(id, async () => {
      const revision = this.#summaries.get(id)?.revision;
      if (options.expectedRevision !== undefined && revision !== options.expectedRevision) {
        throw new IsnadError(
          'conflict',
          `the document changed meanwhile (revision ${revision}, expected ${options.expectedRevision}); nothing was deleted`,
          'expectedRevision',
        );
      }
      await this.#markOpenForWriting();
      // File first: if we crash before the index is written, reopening drops the entry.
      await unlink(this.#documentPath(id)).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      this.#documents.delete(id);
      const hash = this.#summaries.get(id)?.contentHash;
      this.#summaries.delete(id);
      if (hash !== undefined && this.#byHash.get(hash) === id) {
        // Copies imported back with allowDuplicateText may share the hash; point at one of them.
        this.#byHash.delete(hash);
        for (const other of this.#summaries.values()) {
          if (other.contentHash === hash) {
            this.#byHash.set(hash, other.id);
            break;
          }
        }
      }
      this.#scheduleIndexWrite();
    });
    this.#emit({ kind: 'document-deleted', documentId: id });
  }

  async createAnnotation(input: NewAnnotation): Promise<{ annotation: Annotation; revision: number }> {
    const { annotations, revision } = await this.createAnnotations(input.documentId, () => [input], input.expectedRevision);
    return { annotation: annotations[0] as Annotation, revision };
  }

  async updateAnnotation(patch: AnnotationPatch): Promise<{ annotation: Annotation; revision: number }> {
    const { documentId, expectedRevision, ...change } = patch;
    const result = await this.#mutate(documentId, expectedRevision, (doc) => {
      const list = [...doc.annotations];
      updateIn(doc.text, list, { kind: 'update', ...change }, now());
      doc.annotations = list;
      return { annotation: list.find((a) => a.id === patch.id) as Annotation, revision: doc.revision + 1 };
    });
    this.#emit({ kind: 'annotations-changed', documentId, annotationIds: [patch.id] });
    return structuredClone(result);
  }

  /** Applies a list of annotation edits in one write; any broken rule rejects them all. */
  async applyAnnotationEdits(input: {
    documentId: string;
    edits: AnnotationEdit[];
    expectedRevision?: number;
  }): Promise<{ revision: number; changed: Annotation[]; deleted: string[] }> {
    const result = await this.#mutate(input.documentId, input.expectedRevision, (doc) => {
      const outcome = applyAnnotationEdits(doc.text, doc.annotations, input.edits, now());
      doc.annotations = outcome.annotations;
      const byId = new Map(outcome.annotations.map((a) => [a.id, a]));
      const changed = outcome.touched.flatMap((id) => byId.get(id) ?? []);
      return { revision: doc.revision + 1, changed, deleted: outcome.deleted.filter((id) => !byId.has(id)), touched: outcome.touched };
    });
    this.#emit({ kind: 'annotations-changed', documentId: input.documentId, annotationIds: result.touched });
    const { touched: _touched, ...rest } = result;
    return structuredClone(rest);
  }

  /**
   * Deletes an annotation and clears links to it from other annotations in the same write,
   * returning those so an undo can restore them.
   */
  async deleteAnnotation(input: {
    documentId: string;
    id: string;
    expectedRevision?: number;
  }): Promise<{ id: string; revision: number; unlinked: Annotation[] }> {
    const result = await this.#mutate(input.documentId, input.expectedRevision, (doc) => {
      const list = [...doc.annotations];
      const touched: string[] = [];
      removeIn(list, input.id, now(), touched);
      doc.annotations = list;
      const unlinked = touched.map((id) => list.find((a) => a.id === id) as Annotation);
      return { id: input.id, revision: doc.revision + 1, unlinked };
    });
    this.#emit({
      kind: 'annotations-changed',
      documentId: input.documentId,
      annotationIds: [input.id, ...result.unlinked.map((a) => a.id)],
    });
    return structuredClone(result);
  }

  /**
   * Creates several annotations in one write, all or nothing. `plan` sees the current
   * document (under its lock) and returns the annotations to add, with ids assigned so
   * they may link to each other; links are checked once all of them are in.
   */
  async createAnnotations(
    documentId: string,
    plan: (doc: Readonly<Document>) => NewAnnotation[],
    expectedRevision?: number,
  ): Promise<{ annotations: Annotation[]; revision: number }> {
    const result = await this.#mutate(documentId, expectedRevision, (doc) => {
      const stamp = now();
      // `doc` is #mutate's private draft; plan only reads it (Readonly), so it needs no copy of its own.
      const inputs = plan(doc).map(({ documentId: _d, expectedRevision: _r, ...a }) => ({
        ...a,
        kind: 'create' as const,
        id: a.id ?? newId('a'),
      }));
      // Links among the new annotations are set after all exist, so their order does not matter.
      const list = [...doc.annotations];
      for (const input of inputs) createIn(doc.text, list, { ...input, attributes: unlinked(input) }, stamp);
      for (const input of inputs) {
        const links = linksOf(input);
        if (links) updateIn(doc.text, list, { kind: 'update', id: input.id, attributes: links }, stamp);
      }
      doc.annotations = list;
      const ids = new Set(inputs.map((i) => i.id));
      return { annotations: list.filter((a) => ids.has(a.id)), revision: doc.revision + 1 };
    });
    if (result.annotations.length > 0) {
      this.#emit({ kind: 'annotations-changed', documentId, annotationIds: result.annotations.map((a) => a.id) });
    }
    return structuredClone(result);
  }

  /** Remembers rejected suggestions (or forgets them, for undo); the text must match the document. */
  async setSuggestionRejections(
    documentId: string,
    change: { add?: RejectedSuggestion[]; remove?: RejectedSuggestion[] },
    expectedRevision?: number,
  ): Promise<{ rejected: number; revision: number }> {
    const result = await this.#mutate(documentId, expectedRevision, (doc) => {
      for (const r of change.add ?? []) {
        const problem = checkSpan(doc.text, r.start, r.end, r.text);
        if (problem) throw new IsnadError('invalid_input', problem.message, problem.field);
        if (!doc.rejectedSuggestions.some((x) => sameSuggestion(x, r))) doc.rejectedSuggestions.push({ type: r.type, start: r.start, end: r.end, text: r.text });
      }
      for (const r of change.remove ?? []) doc.rejectedSuggestions = doc.rejectedSuggestions.filter((x) => !sameSuggestion(x, r));
      return { rejected: doc.rejectedSuggestions.length, revision: doc.revision + 1 };
    });
    this.#emit({ kind: 'document-updated', documentId });
    return result;
  }
}

