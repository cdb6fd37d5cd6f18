import { create } from 'zustand';
import type { CorpusSearchResult, DocumentSearchResult, SearchStatus } from '../../../../shared/contract/search';
import { api } from '../../api/client';
import { wait } from '../../util/delay';
import { describeError } from '../../app/notices';
import { appendPage } from './search.logic';

export type SearchScope = 'corpus' | 'document';

interface SearchState {
  query: string;
  clitics: boolean;
  scope: SearchScope;
  /** Document searched when the scope is "document". */
  documentId: string | null;
  corpus: CorpusSearchResult | null;
  inDocument: DocumentSearchResult | null;
  busy: boolean;
  error: string | null;
  status: SearchStatus | null;
  set(patch: Partial<Pick<SearchState, 'query' | 'clitics' | 'scope' | 'documentId'>>): void;
  run(): Promise<void>;
  more(): Promise<void>;
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
    scope: 'corpus',
    documentId: null,
    corpus: null,
    inDocument: null,
    busy: false,
    error: null,
    status: null,
    set(patch) {
      set(patch);
    },
    async run() {
      const { query, clitics, scope, documentId } = get();
      const mine = ++generation;
      if (query.trim().length === 0) {
        set({ corpus: null, inDocument: null, error: null, busy: false });
        return;
      }
      set({ busy: true, error: null });
      let answered = false;
      void watchStatus(set, () => !answered && mine === generation);
      try {
        if (scope === 'document' && documentId) {
          const inDocument = await api.searchDocument({ documentId, query, clitics });
          if (mine === generation) set({ inDocument, corpus: null, busy: false, status: null });
        } else {
          const corpus = await api.searchCorpus({ query, clitics, limit: PAGE });
          if (mine === generation) set({ corpus, inDocument: null, busy: false, status: null });
        }
      } catch (err) {
        if (mine === generation) set({ error: describeError(err), busy: false, corpus: null, inDocument: null, status: null });
      } finally {
        answered = true;
      }
    },
    async more() {
      const { corpus, query, clitics } = get();
      if (!corpus) return;
      const mine = generation;
      set({ busy: true });
      try {
        const next = await api.searchCorpus({ query, clitics, offset: corpus.documents.length, limit: PAGE });
        if (mine === generation) set({ corpus: appendPage(corpus, next), busy: false });
      } catch (err) {
        if (mine === generation) set({ error: describeError(err), busy: false });
      }
    },
  };
});
