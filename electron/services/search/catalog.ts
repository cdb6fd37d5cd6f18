import type {
  AnnotationListRow,
  CorpusSearchResult,
  DocumentSearchResult,
  SearchStatus,
  UnsearchableDocument,
} from '../../../shared/contract/search';
import type { Document } from '../../../shared/domain/document';
import type { RegistrySpeaker } from '../../../shared/domain/speaker';
import { IsnadError } from '../../../shared/errors';
import { type AnnotationFilter, type DocumentMeta, compileFilter } from '../../../shared/search/filter';
import { FOLD_CHUNK_CHARS } from '../../../shared/search/fold';
import type { AnnotationRow } from '../../../shared/search/rows';
import type { CorpusStore } from '../corpus/store';
import { type CachedDocument, SearchCacheFile, type Unsearchable, documentKey, excludedKey } from './cache';
import { type CatalogOptions, type SearchLimits, searchLimitsFromEnv } from './limits';
import { type CodedReason, failedReason, listedUnsearchable, tooLongReason } from './unsearchable';

export type { CatalogOptions };
import { ResultPages } from './pages';
import { listRowOf, metaOf, rowsOf } from './list-row';
import { documentWords } from './positions';
import { type Entry, reconcileSaved, savedDocuments } from './reconcile';
import { SearchIndex } from './search-index';

/** Unsearchable documents listed in a status or a result (all are counted). */
const LISTED_UNSEARCHABLE = 20;
/** How long after opening a saved index its word sequences are read, if nothing needed them sooner. */
const WORDS_AFTER_MS = 1_000;
/** How long closing goes on indexing before it saves what is done (the rest is caught up on the next open). */
const CLOSE_INDEXING_MS = 1_500;

/** Lets other work run between the pieces of a very long document. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Everything corpus-wide views need without opening every document: the full-text index
 * (search-index.ts) and a flat row per annotation. Kept current through `store.subscribe`,
 * saved beside the corpus and reconciled by revision on open, so a large corpus is
 * searchable in well under the time it takes to read every document. A document that
 * cannot be indexed is left out of search with its reason, and everything else works.
 */
export class CorpusCatalog {
  readonly #store: CorpusStore;
  readonly #file: SearchCacheFile;
  readonly #log: (message: string) => void;
  readonly #saveDelayMs: number;
  readonly #limits: SearchLimits;
  #index = new SearchIndex();
  readonly #entries = new Map<string, Entry>();
  readonly #unsearchable = new Map<string, Unsearchable>();
  readonly #dirty = new Set<string>();
  #draining: Promise<void> | null = null;
  #loaded: Promise<void> | null = null;
  readonly #unsubscribe: () => void;
  #status: SearchStatus['state'] = 'loading';
  #progress = { done: 0, total: 0 };
  #unsaved = false;
  #saveTimer: NodeJS.Timeout | null = null;
  #saving: Promise<void> = Promise.resolve();
  #closing = false;
  #closed = false;
  readonly #pages: ResultPages;

  private constructor(store: CorpusStore, options: CatalogOptions) {
    this.#store = store;
    this.#file = new SearchCacheFile(store.dir);
    this.#log = options.log ?? (() => {});
    this.#saveDelayMs = options.saveDelayMs ?? 5_000;
    this.#limits = options.limits ?? searchLimitsFromEnv();
    this.#pages = new ResultPages(store, {
      index: () => this.#index,
      key: (id) => this.#entries.get(id)?.cached.key,
    });
    // Subscribe before loading so no change made meanwhile is missed.
    // Rows are of my layer: another layer changing (curated, a colleague's) changes nothing here.
    this.#unsubscribe = store.subscribe((event) => {
      if (event.kind !== 'layer-changed') this.#markDirty(event.documentId);
    });
    if (!options.lazy) this.#load();
  }

  /** Starts loading in the background (unless lazy); every query waits until the catalog is current. */
  static open(store: CorpusStore, options: CatalogOptions = {}): CorpusCatalog {
    return new CorpusCatalog(store, options);
  }

  status(): SearchStatus {
    const unsearchable = this.#unsearchableList();
    return { state: this.#status, ...this.#progress, documentCount: this.#entries.size, ...unsearchable };
  }

  #unsearchableList(): { unsearchable: UnsearchableDocument[]; unsearchableCount: number } {
    const unsearchable = [...this.#unsearchable].slice(0, LISTED_UNSEARCHABLE).map(([documentId, u]) => listedUnsearchable(documentId, u));
    return { unsearchable, unsearchableCount: this.#unsearchable.size };
  }

  #load(): Promise<void> {
    if (!this.#loaded) {
      this.#loaded = this.#read();
      this.#loaded.catch(() => {});
    }
    return this.#loaded;
  }

  async #read(): Promise<void> {
    // An index this machine did not save (a copied folder read beside no writer) is rebuilt, never trusted.
    const { cache, reason } = this.#store.localCachesTrusted ? await this.#file.read() : { cache: null, reason: 'missing' };
    if (!cache && reason !== 'missing') this.#log(`isnad: the saved search index is ${reason}; rebuilding it`);
    const summaries = this.#store.readSummaries();
    let index: SearchIndex | null = null;
    try {
      if (cache) index = SearchIndex.restore(cache.index);
    } catch (err) {
      this.#log(`isnad: the saved search index is damaged (${(err as Error).message}); rebuilding it`);
    }
    const state = { entries: this.#entries, unsearchable: this.#unsearchable, dirty: this.#dirty };
    const { gone, unsaved } = reconcileSaved(summaries, cache, index, this.#limits.maxDocumentChars, state);
    if (index) {
      this.#index = index;
      if (gone.length > 0) await this.#readWords();
      for (const id of gone) this.#index.remove(id);
    }
    // Dirty again if the saved words could not be read (the index is then built anew).
    this.#unsaved = unsaved || this.#dirty.size > 0;
    this.#status = this.#dirty.size > 0 ? 'indexing' : 'ready';
    this.#progress = { done: 0, total: this.#dirty.size };
    // Phrases need the word sequences, prefixes the words grouped: done in the background,
    // after the first searches had the machine.
    setTimeout(() => {
      if (this.#closing || this.#closed) return;
      this.#index.dictionary.groupForPrefixes();
      void this.#readWords().then(() => this.#drain());
    }, WORDS_AFTER_MS).unref();
  }

  #markDirty(documentId: string): void {
    if (this.#closed) return;
    this.#dirty.add(documentId);
    // After the change's own reply has gone out: re-indexing a long document must not delay the edit.
    setImmediate(() => {
      void this.#load()
        .then(() => this.#drain())
        .catch((err: unknown) => this.#log(`isnad: search index update failed: ${String(err)}`));
    });
  }

  /** Brings changed documents into the index and rows, one at a time. */
  #drain(): Promise<void> {
    if (this.#draining) return this.#draining;
    if (this.#dirty.size === 0 || this.#closing) return Promise.resolve();
    this.#draining = (async () => {
      try {
        if (this.#status === 'ready') this.#progress = { done: 0, total: this.#dirty.size };
        this.#status = 'indexing';
        while (this.#dirty.size > 0 && !this.#closing) {
          const id = this.#dirty.values().next().value as string;
          this.#dirty.delete(id);
          await this.#refresh(id);
          const done = this.#progress.done + 1;
          this.#progress = { done, total: Math.max(this.#progress.total, done + this.#dirty.size) };
        }
      } finally {
        this.#draining = null;
        if (this.#dirty.size === 0) this.#status = 'ready';
        this.#scheduleSave();
      }
    })();
    return this.#draining;
  }

  /** The index's word sequences, read if not yet; if they cannot be, the index is built again from the documents. */
  async #readWords(): Promise<void> {
    try {
      await this.#index.readWords();
    } catch (err) {
      this.#log(`isnad: the saved search index is incomplete (${(err as Error).message}); rebuilding it`);
      this.#index = new SearchIndex();
      this.#pages.forget();
      for (const id of this.#entries.keys()) this.#dirty.add(id);
      this.#unsaved = true;
    }
  }

  async #refresh(id: string): Promise<void> {
    await this.#readWords();
    const summary = this.#store.readSummary(id);
    const length = summary ? summary.title.length + summary.length : 0;
    if (summary && length > this.#limits.maxDocumentChars && this.#entries.get(id)?.cached.key === documentKey(summary)) {
      // Over a limit set since it was indexed: its rows are current, so it need not be read (it may be huge).
      this.#remove(id, false);
      this.#leaveOut(
        id,
        documentKey(summary),
        summary.title,
        tooLongReason(length, this.#limits.maxDocumentChars),
        this.#limits.maxDocumentChars,
      );
      return;
    }
    let doc: Document;
    try {
      // Not kept in the store's cache: indexing reads each changed document once (after an
      // import, every one of them), and the documents the journalist works on stay cached.
      doc = await this.#store.readDocument(id, { keep: false });
    } catch (err) {
      if (err instanceof IsnadError && err.code === 'not_found') this.#remove(id);
      else {
        this.#remove(id);
        const summary = this.#store.readSummary(id);
        if (summary) this.#leaveOut(id, documentKey(summary), summary.title, failedReason('read', err));
      }
      return;
    }
    this.#pages.forget();
    const previous = this.#entries.get(id);
    // Read again: the document may have changed while it was read; its title is the summary's string, not a copy.
    const current = this.#store.readSummary(id);
    const meta = current?.revision === doc.revision ? current : metaOf(doc);
    const cached: CachedDocument = {
      // From the summary when it is of this revision: its hash string, not a second copy per document read back.
      key: documentKey(current?.revision === doc.revision && current.contentHash === doc.contentHash ? current : doc),
      title: meta.title,
      excluded: excludedKey(doc.regions),
      rows: rowsOf(doc),
    };
    this.#entries.set(id, { meta, cached });
    this.#unsaved = true;
    // Annotation edits leave the words as they are; the text never changes (its hash is in the key).
    const sameText = previous?.cached.key.endsWith(`:${doc.contentHash}`) === true;
    const unchanged = sameText && previous?.cached.title === doc.title && previous.cached.excluded === cached.excluded;
    const size = doc.title.length + doc.text.length;
    if (size > this.#limits.maxDocumentChars) {
      this.#index.remove(id);
      this.#leaveOut(id, cached.key, doc.title, tooLongReason(size, this.#limits.maxDocumentChars), this.#limits.maxDocumentChars);
      return;
    }
    if (unchanged && this.#index.has(id)) return;
    this.#index.remove(id);
    try {
      const reading = documentWords(
        this.#index.dictionary,
        doc.title,
        doc.text,
        doc.regions.filter((r) => r.excluded),
      );
      let step = reading.next();
      for (; !step.done; step = reading.next()) {
        if (length <= FOLD_CHUNK_CHARS) continue;
        await pause();
        // Closing does not wait for a long document: it is indexed on the next open.
        if (this.#closing) return;
      }
      this.#index.add(id, step.value);
      this.#unsearchable.delete(id);
    } catch (err) {
      this.#index.remove(id);
      this.#leaveOut(id, cached.key, doc.title, failedReason('index', err));
    }
  }

  #leaveOut(id: string, key: string, title: string, why: CodedReason, limit?: number): void {
    this.#unsearchable.set(id, { key, title, ...why, ...(limit === undefined ? {} : { limit }) });
    this.#unsaved = true;
    this.#log(`isnad: document ${id} (“${title}”) is not searchable: ${why.reason}`);
  }

  /** Out of the index, and (unless its rows are kept) out of the catalog. */
  #remove(id: string, rows = true): void {
    this.#pages.forget();
    this.#index.remove(id);
    this.#unsearchable.delete(id);
    if (rows && this.#entries.delete(id)) this.#unsaved = true;
  }

  /** Resolves when every change reported so far is in the index and rows. */
  async ready(): Promise<void> {
    await this.#load();
    while ((this.#dirty.size > 0 || this.#draining) && !this.#closing) await this.#drain();
  }

  #scheduleSave(): void {
    if (!this.#unsaved || this.#closed || this.#closing) return;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = null;
      void this.save().catch((err: unknown) => this.#log(`isnad: could not save the search index: ${String(err)}`));
    }, this.#saveDelayMs);
    this.#saveTimer.unref?.();
  }

  /** Writes the index and rows beside the corpus (atomically), if anything changed. */
  async save(): Promise<void> {
    this.#saving = this.#saving.then(async () => {
      // A read-only reader (a CLI command beside the app) leaves the writer's index alone.
      if (!this.#unsaved || this.#store.readOnly) return;
      await this.#readWords();
      this.#unsaved = false;
      // Taken now, as the index is: documents changed while the files are written are saved next time.
      const index = this.#index.forSave();
      const documents = savedDocuments(this.#entries, this.#index);
      try {
        await this.#file.write({ documents, unsearchable: this.#unsearchable, index });
      } catch (err) {
        this.#unsaved = true;
        throw err;
      }
    });
    return this.#saving;
  }

  /**
   * Stops listening, goes on indexing for a moment at most, and saves what is indexed: a
   * command that never searched does not wait for a whole corpus to be indexed.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#unsubscribe();
    if (this.#loaded) {
      const indexed = this.ready().catch(() => {});
      const late = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_INDEXING_MS).unref());
      await Promise.race([indexed, late]);
      this.#closing = true;
      await this.#draining;
    }
    this.#closed = true;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
    if (this.#loaded) await this.save().catch((err: unknown) => this.#log(`isnad: could not save the search index: ${String(err)}`));
  }

  // ── Queries ──────────────────────────────────────────────────────────────

  async search(
    text: string,
    options: { clitics: boolean; skipExcluded?: boolean; offset: number; limit: number },
  ): Promise<CorpusSearchResult> {
    const parsed = ResultPages.parse(text);
    await this.ready();
    // Phrases are checked on word sequences, which a reopened index reads when first needed.
    if (parsed.clauses.some((c) => c.terms.length > 1)) {
      await this.#readWords();
      await this.ready();
    }
    const result = await this.#pages.search(text, parsed, { skipExcluded: false, ...options });
    return { ...result, ...this.#unsearchableList() };
  }

  async searchDocument(documentId: string, text: string, clitics: boolean, skipExcluded = false): Promise<DocumentSearchResult> {
    return this.#pages.inDocument(documentId, ResultPages.parse(text), text, clitics, skipExcluded);
  }

  // ── Annotations ──────────────────────────────────────────────────────────

  speakers(): Map<string, RegistrySpeaker> {
    return new Map(this.#store.speakers.map((s) => [s.id, s]));
  }

  documentMeta(id: string): Readonly<DocumentMeta> | undefined {
    return this.#entries.get(id)?.meta;
  }

  /** Every row, document by document in library order, each document's rows in text order. */
  *rows(): Generator<AnnotationRow> {
    for (const entry of this.#entries.values()) yield* entry.cached.rows;
  }

  row(documentId: string, annotationId: string): AnnotationRow | undefined {
    return this.#entries.get(documentId)?.cached.rows.find((r) => r.id === annotationId);
  }

  async filter(filter: AnnotationFilter): Promise<AnnotationRow[]> {
    await this.ready();
    const documents = new Map([...this.#entries].map(([id, e]) => [id, e.meta]));
    const keep = compileFilter(filter, { documents, speakers: this.speakers() });
    const out: AnnotationRow[] = [];
    for (const row of this.rows()) if (keep(row)) out.push(row);
    return out;
  }

  /** Joins a row with its document and registry entry, for tables and reports. */
  listRow(row: AnnotationRow, speakers: Map<string, RegistrySpeaker>): AnnotationListRow {
    return listRowOf(row, this.#entries.get(row.documentId)?.meta, speakers);
  }
}
