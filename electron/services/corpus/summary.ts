import { countByType } from '../../../shared/domain/counts';
import { documentMeta, type AnnotationCounts, type Document, type DocumentSummary } from '../../../shared/domain/document';

export function countAnnotations(doc: Pick<Document, 'annotations'>): AnnotationCounts {
  return countByType(doc.annotations);
}

export function summarize(doc: Document): DocumentSummary {
  return {
    ...documentMeta(doc),
    length: doc.text.length,
    counts: countAnnotations(doc),
    ...(doc.fingerprint ? { fingerprint: doc.fingerprint } : {}),
  };
}
