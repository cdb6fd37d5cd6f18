/**
 * What the store reports to its listeners (search re-indexes from these; contract events
 * will be fed from them). `layer-changed` is another layer than mine (the curated one, or a
 * colleague's after a sync).
 */
export type StoreEvent =
  | { kind: 'document-added' | 'document-updated' | 'document-deleted'; documentId: string }
  | { kind: 'annotations-changed'; documentId: string; annotationIds: string[] }
  | { kind: 'layer-changed'; documentId: string; annotator: string };
