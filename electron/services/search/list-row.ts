import type { AnnotationListRow } from '../../../shared/contract/search';
import type { RegistrySpeaker } from '../../../shared/domain/speaker';
import type { DocumentMeta } from '../../../shared/search/filter';
import type { Document } from '../../../shared/domain/document';
import { type AnnotationRow, annotationRows } from '../../../shared/search/rows';

/** The part of a document that filters and tables read: kept per document, not its text. */
export function metaOf(doc: Readonly<DocumentMeta>): DocumentMeta {
  return { id: doc.id, title: doc.title, source: doc.source, createdAt: doc.createdAt, lang: doc.lang, dir: doc.dir };
}

/**
 * The one empty list of rows every document without annotations shares (most, right after an
 * import): kept per document for as long as the library is open. Frozen: rows are replaced, never pushed to.
 */
const NO_ROWS: AnnotationRow[] = Object.freeze([]) as unknown as AnnotationRow[];

/** A document's annotation rows, as the catalog keeps them. */
export function rowsOf(doc: Pick<Document, 'id' | 'annotations'>): AnnotationRow[] {
  return doc.annotations.length === 0 ? NO_ROWS : annotationRows(doc);
}

/** Joins a row with its document and registry entry, for tables and reports. */
export function listRowOf(row: AnnotationRow, meta: DocumentMeta | undefined, speakers: Map<string, RegistrySpeaker>): AnnotationListRow {
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
