import type { CorpusSearchResult, SearchStatus } from '../../../../shared/contract/search';
import type { Translator } from '../../../../shared/i18n/translate';

/** The next page of corpus results below those already shown ("Show more"). */
export function appendPage(shown: CorpusSearchResult, next: CorpusSearchResult): CorpusSearchResult {
  return { ...next, documents: [...shown.documents, ...next.documents] };
}

/** What the status line says while a search waits for the index, or null once it is ready. */
export function indexingLabel(status: SearchStatus | null, t: Translator['t']): string | null {
  if (!status || status.state === 'ready') return null;
  return status.state === 'loading' ? t('search.status.opening') : t('search.status.indexing', { done: status.done, total: status.total });
}

/** The unfolded hit lists with one result's folded away again. */
export function withoutHits<T>(all: Record<string, T>, documentId: string): Record<string, T> {
  const { [documentId]: _folded, ...rest } = all;
  return rest;
}
