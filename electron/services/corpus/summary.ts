import { documentMeta, type AnnotationCounts, type Document, type DocumentSummary } from '../../../shared/domain/document';

export function countAnnotations(doc: Pick<Document, 'annotations'>): AnnotationCounts {
  const counts: AnnotationCounts = { quote: 0, speaker: 0, figure: 0 };
  for (const a of doc.annotations) counts[a.type]++;
  return counts;
}

export function summarize(doc: Document): DocumentSummary {
  return {
    ...documentMeta(doc),
    length: doc.text.length,
    counts: countAnnotations(doc),
    ...(doc.fingerprint ? { fingerprint: doc.fingerprint } : {}),
  };
}
