import { countByType } from '../../../shared/domain/counts';
import { type Document, type DocumentSummary, documentMeta } from '../../../shared/domain/document';
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

export function summarize(doc: DocumentFile, layer: LayerState): DocumentSummary {
  return {
    ...documentMeta({
      ...doc,
      revision: doc.revision + layer.revision,
      updatedAt: layer.updatedAt > doc.updatedAt ? layer.updatedAt : doc.updatedAt,
    }),
    length: doc.text.length,
    counts: countByType(layer.annotations),
    ...(doc.fingerprint ? { fingerprint: doc.fingerprint } : {}),
    ...(doc.tags?.length ? { tags: doc.tags } : {}),
    ...(doc.deletedAt ? { deletedAt: doc.deletedAt, deletedBy: doc.deletedBy ?? '' } : {}),
  };
}
