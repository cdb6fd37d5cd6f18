import type { DocumentSummary } from '../../../../shared/domain/document';
import { fold } from '../../../../shared/search/fold';
import type { MessageId } from '../../../../shared/i18n/catalogs';

/**
 * Which document to show once the library is (re)loaded: on the first load of a tab, the
 * one it showed before a reload, if still there; `null` when the one shown is gone (split,
 * deleted elsewhere), closing it; `undefined` to leave things as they are.
 */
export function documentToShow(
  documents: readonly DocumentSummary[],
  shown: string | null,
  previousInTab: string | null,
  firstLoad: boolean,
): string | null | undefined {
  const last = firstLoad && shown === null ? previousInTab : null;
  if (last && documents.some((d) => d.id === last)) return last;
  if (shown && !documents.some((d) => d.id === shown)) return null;
  return undefined;
}

/** Quotes, speakers and figures marked in a document, shown in the library list. */
export function annotationTotal(d: Pick<DocumentSummary, 'counts'>): number {
  return d.counts.quote + d.counts.speaker + d.counts.figure;
}

export const LIBRARY_SORTS = ['added', 'title', 'published', 'outlet', 'annotations'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export const SORT_LABEL: Record<LibrarySort, MessageId> = {
  added: 'library.sort.added',
  title: 'library.sort.title',
  published: 'library.sort.published',
  outlet: 'library.sort.outlet',
  annotations: 'library.sort.annotations',
};

/** Arabic and English titles sort together, by letters, with digits compared as numbers. */
const collator = new Intl.Collator(['ar', 'en'], { numeric: true, sensitivity: 'base' });

/**
 * The library in the order chosen. Ties keep the newest first; documents without the
 * field sorted on (no outlet, no publication date) go last, whatever the order.
 */
export function sortDocuments<D extends DocumentSummary>(documents: readonly D[], sort: LibrarySort): D[] {
  const newest = (a: D, b: D) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);
  const emptyLast = (x: string, y: string) => (x === '' ? (y === '' ? 0 : 1) : y === '' ? -1 : null);
  const by: Record<LibrarySort, (a: D, b: D) => number> = {
    added: () => 0,
    title: (a, b) => collator.compare(a.title, b.title),
    published: (a, b) =>
      emptyLast(a.source.publishedAt, b.source.publishedAt) ??
      (a.source.publishedAt < b.source.publishedAt ? 1 : a.source.publishedAt > b.source.publishedAt ? -1 : 0),
    outlet: (a, b) => emptyLast(a.source.outlet, b.source.outlet) ?? collator.compare(a.source.outlet, b.source.outlet),
    annotations: (a, b) => annotationTotal(b) - annotationTotal(a),
  };
  return [...documents].sort((a, b) => by[sort](a, b) || newest(a, b));
}

/**
 * The documents whose title, outlet, author or tags hold every word of `query`, matched
 * the way search matches (hamza, alef forms, diacritics, case and Arabic-Indic digits
 * folded), so "الاسبوع" finds "الأسبوع". `#tag` asks for a tag exactly.
 */
export function filterDocuments<D extends DocumentSummary>(documents: readonly D[], query: string): D[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...documents];
  const tagWanted = words.filter((w) => w.startsWith('#') && w.length > 1).map((w) => fold(w.slice(1)));
  const plain = words.filter((w) => !w.startsWith('#')).map(fold);
  return documents.filter((d) => {
    const tags = (d.tags ?? []).map(fold);
    if (!tagWanted.every((t) => tags.includes(t))) return false;
    const haystack = fold([d.title, d.source.outlet, d.source.author, ...(d.tags ?? [])].join('\n'));
    return plain.every((w) => haystack.includes(w));
  });
}

/** A tag box's text as tags: split at commas (Latin or Arabic), blanks dropped. The store checks each. */
export function parseTags(input: string): string[] {
  return input
    .split(/[,،]/)
    .map((t) => t.trim())
    .filter(Boolean);
}
