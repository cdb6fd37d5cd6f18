import type { DocumentSummary } from '../../../../shared/domain/document';

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
