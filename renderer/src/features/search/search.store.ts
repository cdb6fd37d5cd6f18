import { create } from 'zustand';
import type { CorpusSearchResult, DocumentSearchResult, SearchStatus } from '../../../../shared/contract/search';
import type { Snippet } from '../../../../shared/search/match';
import { api } from '../../api/client';
import { wait } from '../../util/delay';
import { describeError } from '../../app/notices';
import { appendPage, withoutHits } from './search.logic';

export type SearchScope = 'corpus' | 'document';

/** Every hit of one result, listed under its card ("Show all N hits"). */
export interface AllHits {
  loading: boolean;
  snippets: Snippet[];
  hitCount: number;
  error: string | null;
}

interface SearchState {
  query: string;
  clitics: boolean;
  /** Leave out words in excluded regions (boilerplate). */
  skipExcluded: boolean;
  scope: SearchScope;
  /** Document searched when the scope is "document". */
  documentId: string | null;
  corpus: CorpusSearchResult | null;
  inDocument: DocumentSearchResult | null;
  busy: boolean;
  error: string | null;
  status: SearchStatus | null;
  /** Results whose every hit is shown, by document id. */
  allHits: Record<string, AllHits>;
  set(patch: Partial<Pick<SearchState, 'query' | 'clitics' | 'skipExcluded' | 'scope' | 'documentId'>>): void;
  run(): Promise<void>;
  more(): Promise<void>;
  /** Lists every hit of one result under its card, or folds the list away again. */
  toggleAllHits(documentId: string): Promise<void>;
}

const PAGE = 20;

/**
 * Polls indexing progress while a search waits for the index (a large corpus opening).
 * `waiting()` turns false once the search is answered or replaced, so no poll follows it.
 */
async function watchStatus(set: (patch: Partial<SearchState>) => void, waiting: () => boolean): Promise<void> {
  for (;;) {
    await wait(300);
    if (!waiting()) return;
    try {
      const status = await api.getSearchStatus({});
      if (!waiting()) return;
      set({ status });
      if (status.state === 'ready') return;
    } catch {
      return;
    }
  }
}

/** The search screen's state, kept while the user jumps into a document and back. */
export const useSearch = create<SearchState>((set, get) => {
  /** Numbers the searches, so a late answer never shows over a newer query's. */
  let generation = 0;
  return {
    query: '',
    clitics: false,
    skipExcluded: false,
    scope: 'corpus',
    documentId: null,
    corpus: null,
    inDocument: null,
    busy: false,
    error: null,
    status: null,
    allHits: {},
    set(patch) {
      set(patch);
    },
    async run() {
      const { query, clitics, skipExcluded, scope, documentId } = get();
      const mine = ++generation;
      if (query.trim().length === 0) {
        set({ corpus: null, inDocument: null, error: null, busy: false, allHits: {} });
        return;
      }
      set({ busy: true, error: null, allHits: {} });
      let answered = false;
      void watchStatus(set, () => !answered && mine === generation);
      try {
        if (scope === 'document' && documentId) {
          const inDocument = await api.searchDocument({ documentId, query, clitics, skipExcluded });
          if (mine === generation) set({ inDocument, corpus: null, busy: false, status: null });
        } else {
          const corpus = await api.searchCorpus({ query, clitics, skipExcluded, limit: PAGE });
          if (mine === generation) set({ corpus, inDocument: null, busy: false, status: null });
        }
      } catch (err) {
        if (mine === generation) set({ error: describeError(err), busy: false, corpus: null, inDocument: null, status: null });
      } finally {
        answered = true;
      }
    },
    async more() {
      const { corpus, query, clitics, skipExcluded } = get();
      if (!corpus) return;
      const mine = generation;
      set({ busy: true });
      try {
        const next = await api.searchCorpus({ query, clitics, skipExcluded, offset: corpus.documents.length, limit: PAGE });
        if (mine === generation) set({ corpus: appendPage(corpus, next), busy: false });
      } catch (err) {
        if (mine === generation) set({ error: describeError(err), busy: false });
      }
    },
    async toggleAllHits(documentId) {
      const { allHits, corpus, clitics, skipExcluded } = get();
      if (allHits[documentId] || !corpus) {
        set({ allHits: withoutHits(allHits, documentId) });
        return;
      }
      const mine = generation;
      const put = (hits: AllHits) => {
        if (mine === generation) set({ allHits: { ...get().allHits, [documentId]: hits } });
      };
      put({ loading: true, snippets: [], hitCount: 0, error: null });
      try {
        // The search as it was run, not as the box reads now.
        const found = await api.searchDocument({ documentId, query: corpus.query, clitics, skipExcluded });
        put({ loading: false, snippets: found.snippets, hitCount: found.hitCount, error: null });
      } catch (err) {
        put({ loading: false, snippets: [], hitCount: 0, error: describeError(err) });
      }
    },
  };
});
