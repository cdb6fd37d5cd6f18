import { describe, expect, it } from 'vitest';
import { appendPage, indexingLabel } from '../../../../renderer/src/features/search/search.logic';
import { createTranslator } from '../../../../shared/i18n/translate';

const { t } = createTranslator({ language: 'en', digits: 'latn' });
const ar = createTranslator({ language: 'ar', digits: 'arab' }).t;
import type { CorpusSearchResult } from '../../../../shared/contract/search';

describe('the search screen', () => {
  it('adds the next page below the results shown, with the newest totals', () => {
    const page = (ids: string[], total: number) =>
      ({ query: 'العمري', total, documents: ids.map((documentId) => ({ documentId })) }) as unknown as CorpusSearchResult;
    const shown = appendPage(page(['a', 'b'], 30), page(['c'], 31));
    expect(shown.documents.map((d) => d.documentId)).toEqual(['a', 'b', 'c']);
    expect(shown.total).toBe(31);
  });

  it('says what the index is doing while a search waits for it, and nothing once it is ready', () => {
    expect(indexingLabel({ state: 'loading', done: 0, total: 0 } as never, t)).toBe('Opening the search index…');
    expect(indexingLabel({ state: 'indexing', done: 120, total: 10000 } as never, t)).toBe('Indexing the corpus… 120 / 10,000');
    expect(indexingLabel({ state: 'indexing', done: 120, total: 10000 } as never, ar)).toBe('جارٍ فهرسة المدوّنة… ١٢٠ / ١٠٬٠٠٠');
    expect(indexingLabel({ state: 'ready', done: 10000, total: 10000 } as never, t)).toBeNull();
    expect(indexingLabel(null, t)).toBeNull();
  });
});
