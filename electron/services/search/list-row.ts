import type { AnnotationListRow } from '../../../shared/contract/search';
import type { RegistrySpeaker } from '../../../shared/domain/speaker';
import type { DocumentMeta } from '../../../shared/search/filter';
import type { AnnotationRow } from '../../../shared/search/rows';

/** The part of a document that filters and tables read: kept per document, not its text. */
export function metaOf(doc: Readonly<DocumentMeta>): DocumentMeta {
  return { id: doc.id, title: doc.title, source: doc.source, createdAt: doc.createdAt, lang: doc.lang, dir: doc.dir };
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
