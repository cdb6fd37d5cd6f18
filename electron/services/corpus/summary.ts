import { countByType } from '../../../shared/domain/counts';
import { type AnnotationCounts, type Document, type DocumentSummary, documentMeta } from '../../../shared/domain/document';
import type { LayerState } from './layer-state';
import type { DocumentFile } from './schema';

/**
 * What a client sees of a document: the shared document file merged with my layer. Its
 * revision is the sum of both, so it grows with any change to either and `expectedRevision`
 * works unchanged; it was last updated when either was.
 */
export function mergedDocument(doc: DocumentFile, layer: LayerState): Document {
  const { schemaVersion: _version, ...fields } = doc;
  return {
    ...fields,
    revision: doc.revision + layer.revision,
    updatedAt: layer.updatedAt > doc.updatedAt ? layer.updatedAt : doc.updatedAt,
    annotations: layer.annotations,
    rejectedSuggestions: layer.rejectedSuggestions,
  };
}

/** The counts of a document without annotations, shared: a summary is replaced on change, never changed in place. */
const NO_COUNTS: AnnotationCounts = Object.freeze({ quote: 0, speaker: 0, figure: 0 }) as AnnotationCounts;

export function summarize(doc: DocumentFile, layer: LayerState): DocumentSummary {
  const meta = documentMeta({
    ...doc,
    revision: doc.revision + layer.revision,
    updatedAt: layer.updatedAt > doc.updatedAt ? layer.updatedAt : doc.updatedAt,
  });
  // Literals with their fields always in this order (the order summaries had when built by
  // spreads): the summaries of a corpus share a few hidden classes. The spreads gave each
  // summary made on the import path a hidden class of its own (about 360 bytes a document,
  // held for as long as the library is open).
  const length = doc.text.length;
  // Most documents of a library have no annotations yet (all of an import): one frozen zero count for them.
  const counts = layer.annotations.length === 0 ? NO_COUNTS : countByType(layer.annotations);
  const { id, title, lang, dir, source, contentHash, createdAt, updatedAt, revision, ocr } = meta;
  // The fingerprint (every imported document has one) in the literal too: added after, it
  // would need a property array of its own per summary.
  const { fingerprint } = doc;
  let summary: DocumentSummary;
  if (ocr) {
    summary = fingerprint
      ? { id, title, lang, dir, source, contentHash, createdAt, updatedAt, revision, ocr, length, counts, fingerprint }
      : { id, title, lang, dir, source, contentHash, createdAt, updatedAt, revision, ocr, length, counts };
  } else {
    summary = fingerprint
      ? { id, title, lang, dir, source, contentHash, createdAt, updatedAt, revision, length, counts, fingerprint }
      : { id, title, lang, dir, source, contentHash, createdAt, updatedAt, revision, length, counts };
  }
  if (doc.tags?.length) summary.tags = doc.tags;
  if (doc.deletedAt) {
    summary.deletedAt = doc.deletedAt;
    summary.deletedBy = doc.deletedBy ?? '';
  }
  return summary;
}
