import type { CorpusSearchResult, DocumentHitSummary, DocumentSearchResult } from '../../../shared/contract/search';
import type { Document } from '../../../shared/domain/document';
import { FOLD_CHUNK_CHARS } from '../../../shared/search/fold';
import { type CompiledQuery, type TextMatch, bestHits, compileQuery, matchLongText, snippet } from '../../../shared/search/match';
import { type ParsedQuery, QueryError, parseQuery } from '../../../shared/search/query';
import { type TokenizedText, tokenizeOriginal } from '../../../shared/search/tokens';
import type { CorpusStore } from '../corpus/store';
import { documentKey } from './cache';
import { rank } from './rank';
import { RecentResults } from './recent-results';
import type { SearchIndex } from './search-index';
import { codedError } from '../../../shared/error-text';

/** Tokenized documents kept for searches refined or paged through. */
const TOKENIZED_CACHE = 256;
/** Searches whose best documents are kept for paging and running again (a session's worth). */
const RECENT_SEARCHES = 64;
const SNIPPETS_PER_DOCUMENT = 3;
const MAX_DOCUMENT_SNIPPETS = 500;
/** Hits of one document kept (in text order) for a result card or the in-document list; all are counted. */
const MAX_DOCUMENT_HITS = 5_000;
/**
 * Of a very long text, how much a result card reads for its hits: a card shows three, and
 * reading all of a 200-million-character document would hold every search up for seconds.
 * Searching within the document reads all of it.
 */
const CARD_CHARS = 256 * 1024;

export interface PageSource {
  index(): SearchIndex;
  /** The document's key as indexed, so a kept tokenized copy is known to be current. */
  key(id: string): string | undefined;
}

interface Tokenized {
  key: string;
  doc: Document;
  title: TokenizedText;
  /** Null for a text longer than a piece: it is folded piece by piece on each search instead of kept. */
  text: TokenizedText | null;
}

export interface PageOptions {
  clitics: boolean;
  skipExcluded: boolean;
  offset: number;
  limit: number;
}

/** A document's title and text matched against a query. */
interface DocumentMatch {
  text: TextMatch;
  titleHit: boolean;
}

function excludedSpans(doc: Document, skipExcluded: boolean) {
  return skipExcluded ? doc.regions.filter((r) => r.excluded) : [];
}

function matchDocument(loaded: Tokenized, query: CompiledQuery, skipExcluded: boolean, maxChars?: number): DocumentMatch {
  const title = matchLongText(loaded.doc.title, query, { tokenized: loaded.title, maxHits: 1 });
  const text = matchLongText(loaded.doc.text, query, {
    skip: excludedSpans(loaded.doc, skipExcluded),
    maxHits: MAX_DOCUMENT_HITS,
    ...(loaded.text ? { tokenized: loaded.text } : {}),
    ...(maxChars === undefined ? {} : { maxChars, pieceChars: maxChars }),
  });
  return { text, titleHit: title.hitCount > 0 };
}

/**
 * A page of results: the ranking (kept for paging and running again), then only the
 * page's documents opened for their hits and snippets.
 */
export class ResultPages {
  readonly #store: CorpusStore;
  readonly #source: PageSource;
  readonly #tokenized = new Map<string, Tokenized>();
  /** The last very long document read: reading one again costs as much as its size. */
  #long: Tokenized | null = null;
  readonly #recent = new RecentResults(RECENT_SEARCHES);

  constructor(store: CorpusStore, source: PageSource) {
    this.#store = store;
    this.#source = source;
  }

  static parse(text: string): ParsedQuery {
    try {
      return parseQuery(text);
    } catch (err) {
      if (err instanceof QueryError) throw codedError('invalid_input', err.messageId, err.values, 'query');
      throw err;
    }
  }

  /** Drops kept rankings: the index changed. */
  forget(): void {
    this.#recent.clear();
  }

  /**
   * A document with its title and text tokenized (a long text is not). Searches wait for
   * the index, so its key is current for them, and skip a document that cannot be read.
   * `direct` is for callers that do not wait: the key is the store's, and the store's error is thrown.
   */
  async #document(id: string, direct = false): Promise<Tokenized | null> {
    const kept = this.#tokenized.get(id) ?? (this.#long?.doc.id === id ? this.#long : undefined);
    const summary = direct ? this.#store.readSummary(id) : undefined;
    const current = direct ? summary && documentKey(summary) : this.#source.key(id);
    if (kept && current !== undefined && kept.key === current) {
      if (this.#tokenized.delete(id)) this.#tokenized.set(id, kept);
      return kept;
    }
    const read = this.#store.readDocument(id);
    const doc = direct ? await read : await read.catch(() => null);
    if (!doc) return null;
    const short = doc.text.length <= FOLD_CHUNK_CHARS;
    const fresh: Tokenized = {
      key: documentKey(doc),
      doc,
      title: tokenizeOriginal(doc.title),
      text: short ? tokenizeOriginal(doc.text) : null,
    };
    if (short && doc.title.length <= FOLD_CHUNK_CHARS) {
      this.#tokenized.set(id, fresh);
      if (this.#tokenized.size > TOKENIZED_CACHE) this.#tokenized.delete(this.#tokenized.keys().next().value as string);
    } else {
      this.#long = fresh;
    }
    return fresh;
  }

  async search(
    text: string,
    parsed: ParsedQuery,
    options: PageOptions,
  ): Promise<Omit<CorpusSearchResult, 'unsearchable' | 'unsearchableCount'>> {
    const began = performance.now();
    const { clitics, skipExcluded, offset, limit } = options;
    const want = offset + limit;
    const key = RecentResults.key(parsed, clitics, skipExcluded);
    let kept = this.#recent.get(key);
    // A ranking cut at fewer documents than this page needs is extended, in doubling steps.
    if (!kept || (kept.want < want && kept.ranking.ids.length >= kept.want)) {
      const wider = Math.max(want, (kept?.want ?? 0) * 2);
      kept = { want: wider, ranking: rank(this.#source.index(), parsed, { clitics, skipExcluded, want: wider }) };
      this.#recent.set(key, kept);
    }
    const { ranking } = kept;
    const query = compileQuery(parsed, { clitics });
    const page = ranking.ids.slice(offset, want);
    const loaded = await Promise.all(page.map((id) => this.#document(id)));
    const documents: DocumentHitSummary[] = [];
    loaded.forEach((doc, i) => {
      if (doc)
        documents.push(summarize(doc.doc, ranking.scores[offset + i] as number, matchDocument(doc, query, skipExcluded, CARD_CHARS)));
    });
    return { query: text, total: ranking.total, totalExact: ranking.totalExact, offset, documents, tookMs: performance.now() - began };
  }

  async inDocument(
    documentId: string,
    parsed: ParsedQuery,
    text: string,
    clitics: boolean,
    skipExcluded: boolean,
  ): Promise<DocumentSearchResult> {
    const query = compileQuery(parsed, { clitics });
    const loaded = (await this.#document(documentId, true)) as Tokenized;
    const { text: match, titleHit } = matchDocument(loaded, query, skipExcluded);
    return {
      documentId,
      query: text,
      hits: match.hits,
      hitCount: match.hitCount,
      snippets: match.hits.slice(0, MAX_DOCUMENT_SNIPPETS).map((h) => snippet(loaded.doc.text, h)),
      titleHit,
    };
  }
}

function summarize(doc: Document, score: number, match: DocumentMatch): DocumentHitSummary {
  const shown = bestHits(match.text.hits, SNIPPETS_PER_DOCUMENT, doc.text).sort((a, b) => a.start - b.start);
  return {
    documentId: doc.id,
    title: doc.title,
    outlet: doc.source.outlet,
    publishedAt: doc.source.publishedAt,
    lang: doc.lang,
    dir: doc.dir,
    score,
    hitCount: match.text.hitCount,
    scannedChars: match.text.scannedChars < doc.text.length ? match.text.scannedChars : null,
    titleHit: match.titleHit,
    snippets: shown.map((h) => snippet(doc.text, h)),
  };
}
