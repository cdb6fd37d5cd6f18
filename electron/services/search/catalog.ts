import type {
  AnnotationListRow,
  CorpusSearchResult,
  DocumentHitSummary,
  DocumentSearchResult,
  SearchStatus,
} from '../../../shared/contract/search';
import { IsnadError } from '../../../shared/errors';
import type { Document } from '../../../shared/domain/document';
import type { RegistrySpeaker } from '../../../shared/domain/speaker';
import { type AnnotationFilter, type DocumentMeta, compileFilter } from '../../../shared/search/filter';
import { type CompiledQuery, type DocumentMatch, bestHits, compileQuery, matchText, snippet } from '../../../shared/search/match';
import { type ParsedQuery, QueryError, parseQuery } from '../../../shared/search/query';
import { type AnnotationRow, annotationRows } from '../../../shared/search/rows';
import { type TokenizedText, tokenizeOriginal } from '../../../shared/search/tokens';
import type { CorpusStore } from '../corpus/store';
import { type CachedDocument, type LoadedDocument, SearchCacheFile, documentKey } from './cache';
import { CorpusIndex } from './corpus-index';
import { TermDictionary, documentWords, positionalQuery, satisfies, wordForms } from './positions';
import { type Ranking, RecentResults } from './recent-results';
import { candidatePlan, indexedDocument } from './search-index';

interface Entry {
  meta: DocumentMeta;
  cached: CachedDocument;
  positions: Uint32Array;
}

export interface CatalogOptions {
  log?: (message: string) => void;
  /** Quiet time after the last change before the cache is saved (it is always saved on close). */
  saveDelayMs?: number;
}

/** A word in more than this share of documents is checked on word sequences, not intersected. */
const COMMON_SHARE = 0.2;
/** Tokenized documents kept for searches refined or paged through. */
const TOKENIZED_CACHE = 256;
/** Searches whose matching documents are kept for paging and running again (a session's worth). */
const RECENT_SEARCHES = 64;
const SNIPPETS_PER_DOCUMENT = 3;
const MAX_DOCUMENT_SNIPPETS = 500;

export function toQuery(text: string): ParsedQuery {
  try {
    return parseQuery(text);
  } catch (err) {
    if (err instanceof QueryError) throw new IsnadError('invalid_input', err.message, 'query');
    throw err;
  }
}

/**
 * Everything corpus-wide views need without opening every document: the full-text index
 * (MiniSearch over our folded words) and a flat row per annotation. Kept current through
 * `store.subscribe`, saved beside the corpus and reconciled by revision on open, so a
 * large corpus is searchable in well under the time it takes to read every document.
 */
export class CorpusCatalog {
  readonly #store: CorpusStore;
  readonly #file: SearchCacheFile;
  readonly #log: (message: string) => void;
  readonly #saveDelayMs: number;
  #index = new CorpusIndex();
  #dictionary = new TermDictionary();
  readonly #entries = new Map<string, Entry>();
  readonly #dirty = new Set<string>();
  #draining: Promise<void> | null = null;
  readonly #loaded: Promise<void>;
  readonly #unsubscribe: () => void;
  #status: SearchStatus = { state: 'loading', done: 0, total: 0, documentCount: 0 };
  #unsaved = false;
  #saveTimer: NodeJS.Timeout | null = null;
  #saving: Promise<void> = Promise.resolve();
  #closed = false;
  readonly #tokenized = new Map<string, { key: string; doc: Document; tokenized: TokenizedText }>();
  readonly #recent = new RecentResults(RECENT_SEARCHES);

  private constructor(store: CorpusStore, options: CatalogOptions) {
    this.#store = store;
    this.#file = new SearchCacheFile(store.dir);
    this.#log = options.log ?? (() => {});
    this.#saveDelayMs = options.saveDelayMs ?? 5_000;
    // Subscribe before loading so no change made meanwhile is missed.
    // Rows are of my layer: another layer changing (curated, a colleague's) changes nothing here.
    this.#unsubscribe = store.subscribe((event) => {
      if (event.kind !== 'layer-changed') this.#markDirty(event.documentId);
    });
    this.#loaded = this.#load();
    this.#loaded.catch(() => {});
  }

  /** Starts loading in the background; every query waits until the catalog is current. */
  static open(store: CorpusStore, options: CatalogOptions = {}): CorpusCatalog {
    return new CorpusCatalog(store, options);
  }

  status(): SearchStatus {
    return { ...this.#status, documentCount: this.#entries.size };
  }

  async #load(): Promise<void> {
    const { cache, reason } = await this.#file.read();
    const summaries = this.#store.readSummaries();
    let index: CorpusIndex | null = null;
    if (cache) {
      try {
        index = CorpusIndex.restore(cache.index);
      } catch (err) {
        this.#log(`isnad: the saved search index is damaged (${(err as Error).message}); rebuilding it`);
      }
    } else if (reason !== 'missing') {
      this.#log(`isnad: the saved search index is ${reason}; rebuilding it`);
    }
    if (cache && index) {
      this.#index = index;
      // The saved frequencies count every cached document: take out the ones gone since.
      this.#dictionary = TermDictionary.from(cache.terms, cache.frequencies);
      const live = new Set<string>();
      for (const summary of summaries) {
        live.add(summary.id);
        const cached = cache.documents[summary.id];
        if (cached) {
          const { positions, ...rest } = cached;
          this.#entries.set(summary.id, { meta: metaOf(summary), cached: rest, positions });
        }
        if (!cached || cached.key !== documentKey(summary) || !index.has(summary.id)) this.#dirty.add(summary.id);
      }
      for (const [id, cached] of Object.entries(cache.documents)) {
        if (!live.has(id)) {
          this.#dictionary.count(cached.positions, -1);
          if (index.has(id)) index.discard(id);
          this.#unsaved = true;
        }
      }
    } else {
      this.#index = new CorpusIndex();
      for (const summary of summaries) this.#dirty.add(summary.id);
      this.#unsaved = summaries.length > 0;
    }
    this.#status = { state: this.#dirty.size > 0 ? 'indexing' : 'ready', done: 0, total: this.#dirty.size, documentCount: 0 };
  }

  #markDirty(documentId: string): void {
    if (this.#closed) return;
    this.#dirty.add(documentId);
    // After the change's own reply has gone out: re-indexing a long document must not delay the edit.
    setImmediate(() => {
      void this.#loaded.then(() => this.#drain()).catch((err: unknown) => this.#log(`isnad: search index update failed: ${String(err)}`));
    });
  }

  /** Brings changed documents into the index and rows, one at a time. */
  #drain(): Promise<void> {
    if (this.#draining) return this.#draining;
    if (this.#dirty.size === 0) return Promise.resolve();
    this.#draining = (async () => {
      try {
        if (this.#status.state === 'ready') this.#status = { ...this.#status, state: 'indexing', done: 0, total: this.#dirty.size };
        while (this.#dirty.size > 0) {
          const id = this.#dirty.values().next().value as string;
          this.#dirty.delete(id);
          await this.#refresh(id);
          this.#status = { ...this.#status, done: this.#status.done + 1, total: Math.max(this.#status.total, this.#status.done + 1 + this.#dirty.size) };
        }
      } finally {
        this.#draining = null;
        this.#status = { ...this.#status, state: 'ready' };
        this.#scheduleSave();
      }
    })();
    return this.#draining;
  }

  async #refresh(id: string): Promise<void> {
    let doc: Document;
    try {
      doc = await this.#store.readDocument(id);
    } catch (err) {
      if (!(err instanceof IsnadError && err.code === 'not_found')) {
        this.#log(`isnad: document ${id} could not be indexed: ${(err as Error).message}`);
      }
      this.#remove(id);
      return;
    }
    this.#recent.clear();
    const previous = this.#entries.get(id);
    let positions = previous?.positions;
    if (!previous || !positions || previous.cached.title !== doc.title || !this.#index.has(id)) {
      if (positions) this.#dictionary.count(positions, -1);
      const words = documentWords(this.#dictionary, doc.title, doc.text);
      this.#dictionary.count(words.positions, 1);
      const indexed = indexedDocument(id, words.titleWords, words.textWords);
      if (this.#index.has(id)) this.#index.replace(indexed);
      else this.#index.add(indexed);
      positions = words.positions;
    }
    this.#entries.set(id, {
      meta: metaOf(doc),
      cached: { key: documentKey(doc), title: doc.title, rows: annotationRows(doc) },
      positions,
    });
    this.#unsaved = true;
  }

  #remove(id: string): void {
    this.#recent.clear();
    if (this.#index.has(id)) this.#index.discard(id);
    const entry = this.#entries.get(id);
    if (entry) this.#dictionary.count(entry.positions, -1);
    if (this.#entries.delete(id)) this.#unsaved = true;
  }

  /** Resolves when every change reported so far is in the index and rows. */
  async ready(): Promise<void> {
    await this.#loaded;
    while (this.#dirty.size > 0 || this.#draining) await this.#drain();
  }

  #scheduleSave(): void {
    if (!this.#unsaved || this.#closed) return;
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
      this.#unsaved = false;
      const documents = new Map<string, LoadedDocument>();
      for (const [id, entry] of this.#entries) documents.set(id, { ...entry.cached, positions: entry.positions });
      try {
        const index = this.#index.snapshot();
        await this.#file.write({ documents, terms: this.#dictionary.toJSON(), frequencies: this.#dictionary.frequencies(), index });
      } catch (err) {
        this.#unsaved = true;
        throw err;
      }
    });
    return this.#saving;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#unsubscribe();
    await this.ready().catch(() => {});
    this.#closed = true;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
    await this.save().catch((err: unknown) => this.#log(`isnad: could not save the search index: ${String(err)}`));
  }

  // ── Queries ──────────────────────────────────────────────────────────────

  /**
   * A document with its title and text tokenized together; a blank line keeps a phrase from spanning both.
   * Searches wait for the index, so its key is current for them, and skip a document that cannot be read.
   * `direct` is for callers that do not wait: the key is the store's, and the store's error is thrown.
   */
  async #tokenizedDocument(id: string): Promise<{ doc: Document; tokenized: TokenizedText } | null>;
  async #tokenizedDocument(id: string, direct: true): Promise<{ doc: Document; tokenized: TokenizedText }>;
  async #tokenizedDocument(id: string, direct = false): Promise<{ doc: Document; tokenized: TokenizedText } | null> {
    const cached = this.#tokenized.get(id);
    const summary = direct ? this.#store.readSummary(id) : undefined;
    const current = direct ? summary && documentKey(summary) : this.#entries.get(id)?.cached.key;
    if (cached && current !== undefined && cached.key === current) {
      this.#tokenized.delete(id);
      this.#tokenized.set(id, cached);
      return cached;
    }
    const read = this.#store.readDocument(id);
    const doc = direct ? await read : await read.catch(() => null);
    if (!doc) return null;
    const fresh = { key: documentKey(doc), doc, tokenized: tokenizeOriginal(`${doc.title}\n\n${doc.text}`) };
    this.#tokenized.set(id, fresh);
    if (this.#tokenized.size > TOKENIZED_CACHE) this.#tokenized.delete(this.#tokenized.keys().next().value as string);
    return fresh;
  }

  #matchDocument(doc: Document, tokenized: TokenizedText, query: CompiledQuery): { match: DocumentMatch; titleHit: boolean } {
    const bodyOffset = doc.title.length + 2;
    const match = matchText('', query, {}, tokenized);
    const titleHit = match.hits.some((h) => h.start < bodyOffset);
    const hits = match.hits.filter((h) => h.start >= bodyOffset).map((h) => ({ ...h, start: h.start - bodyOffset, end: h.end - bodyOffset }));
    return { match: { matches: match.matches, hits }, titleHit };
  }

  /** Every matching document, best first. */
  #matching(parsed: ParsedQuery, clitics: boolean): Ranking {
    const common = COMMON_SHARE * this.#entries.size;
    const plan = candidatePlan(
      parsed,
      clitics,
      (t) => this.#dictionary.documentFrequency(wordForms(t, clitics)),
      this.#entries.size > 50 ? common : Number.POSITIVE_INFINITY,
      (form) => this.#dictionary.documentFrequency([form]) > 0,
    );
    let candidates = this.#index.search(plan.query);
    const { words, phrases } = plan.unchecked;
    if (words.length > 0 || phrases.length > 0) {
      // MiniSearch knows the rarer words are there; the postings say whether the common ones
      // are, and the word sequences whether phrases stand in order.
      const has = words.map((c) => this.#index.containing(wordForms(c.terms[0] as string, clitics)));
      const clauses = positionalQuery({ clauses: phrases }, clitics, this.#dictionary);
      candidates = candidates.filter(({ id }) => {
        if (!has.every((contains) => contains(id))) return false;
        if (clauses.length === 0) return true;
        const positions = this.#entries.get(id)?.positions;
        return positions !== undefined && satisfies(positions, clauses);
      });
    }
    const scores = new Float64Array(candidates.length);
    for (let i = 0; i < candidates.length; i++) scores[i] = (candidates[i] as { score: number }).score;
    return { ids: candidates.map((c) => c.id as string), scores };
  }

  async search(text: string, options: { clitics: boolean; offset: number; limit: number }): Promise<CorpusSearchResult> {
    const parsed = toQuery(text);
    await this.ready();
    const began = performance.now();
    const key = RecentResults.key(parsed, options.clitics);
    let matching = this.#recent.get(key);
    if (!matching) {
      matching = this.#matching(parsed, options.clitics);
      this.#recent.set(key, matching);
    }
    const query = compileQuery(parsed, { clitics: options.clitics });
    const documents: DocumentHitSummary[] = [];
    // Only the page's documents are opened, for their hits and snippets.
    const page = matching.ids.slice(options.offset, options.offset + options.limit);
    const loadedPage = await Promise.all(page.map((id) => this.#tokenizedDocument(id)));
    for (const [i, loaded] of loadedPage.entries()) {
      if (!loaded) continue;
      const { match, titleHit } = this.#matchDocument(loaded.doc, loaded.tokenized, query);
      documents.push(this.#summarize(loaded.doc, matching.scores[options.offset + i] as number, match, titleHit));
    }
    return { query: text, total: matching.ids.length, totalExact: true, offset: options.offset, documents, tookMs: performance.now() - began };
  }

  #summarize(doc: Document, score: number, match: DocumentMatch, titleHit: boolean): DocumentHitSummary {
    const shown = bestHits(match.hits, SNIPPETS_PER_DOCUMENT, doc.text).sort((a, b) => a.start - b.start);
    return {
      documentId: doc.id,
      title: doc.title,
      outlet: doc.source.outlet,
      publishedAt: doc.source.publishedAt,
      lang: doc.lang,
      dir: doc.dir,
      score,
      hitCount: match.hits.length,
      titleHit,
      snippets: shown.map((h) => snippet(doc.text, h)),
    };
  }

  async searchDocument(documentId: string, text: string, clitics: boolean): Promise<DocumentSearchResult> {
    const query = compileQuery(toQuery(text), { clitics });
    const { doc, tokenized } = await this.#tokenizedDocument(documentId, true);
    const { match, titleHit } = this.#matchDocument(doc, tokenized, query);
    return {
      documentId,
      query: text,
      hits: match.hits,
      snippets: match.hits.slice(0, MAX_DOCUMENT_SNIPPETS).map((h) => snippet(doc.text, h)),
      titleHit,
    };
  }

  // ── Annotations ──────────────────────────────────────────────────────────

  speakers(): Map<string, RegistrySpeaker> {
    return new Map(this.#store.speakers.map((s) => [s.id, s]));
  }

  documentMeta(id: string): DocumentMeta | undefined {
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
    const meta = this.#entries.get(row.documentId)?.meta;
    const entry = row.speaker?.registryId ? speakers.get(row.speaker.registryId) : undefined;
    return {
      ...row,
      documentTitle: meta?.title ?? '',
      outlet: meta?.source.outlet ?? '',
      publishedAt: meta?.source.publishedAt ?? '',
      lang: meta?.lang ?? 'und',
      dir: meta?.dir ?? 'ltr',
      speakerName: entry?.name ?? row.speaker?.name ?? '',
    };
  }
}

function metaOf(doc: Readonly<DocumentMeta>): DocumentMeta {
  return { id: doc.id, title: doc.title, source: doc.source, createdAt: doc.createdAt, lang: doc.lang, dir: doc.dir };
}
