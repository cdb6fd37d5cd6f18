import type { DocumentSummary } from '../../../shared/domain/document';
import { changeDocument, deleteDocument } from './document-writes';
import type { CorpusCore } from './opening';
import { codedError } from '../../../shared/error-text';

/**
 * The trash (docs/STORAGE.md): deleting a document sets `deletedAt` in its file, a field
 * change like any other, so it is undone by clearing it, survives a restart, and merges in
 * a sync. The document's layers stay untouched meanwhile. Everything that lists, searches
 * or counts sees only live documents (SummaryIndex hides trashed ones), and hears of the
 * change as a deletion or, on restore, as an addition.
 */
export async function trashDocument(core: CorpusCore, id: string, expectedRevision?: number): Promise<DocumentSummary> {
  return changeDocument(core, id, expectedRevision, 'document-deleted', (doc) => {
    doc.deletedAt = new Date().toISOString();
    doc.deletedBy = core.annotator.id;
  });
}

export async function restoreDocument(core: CorpusCore, id: string): Promise<DocumentSummary> {
  if (core.summaries.has(id)) throw codedError('invalid_input', 'errors.document.notInTrashPlain', { id }, 'id');
  return changeDocument(
    core,
    id,
    undefined,
    'document-added',
    (doc) => {
      delete doc.deletedAt;
      delete doc.deletedBy;
    },
    { allowTrashed: true },
  );
}

/** Most recently deleted first. */
export function listTrash(core: CorpusCore): DocumentSummary[] {
  return core.summaries
    .trashedValues()
    .sort((a, b) => ((a.deletedAt ?? '') < (b.deletedAt ?? '') ? 1 : -1))
    .map((s) => structuredClone(s));
}

/**
 * Deletes documents in the trash for good (all of them, or those named): the document file
 * and my and the curated layer of it. A named document that is not in the trash is refused
 * before anything is removed.
 */
export async function emptyTrash(core: CorpusCore, ids?: string[]): Promise<string[]> {
  const chosen = ids ?? core.summaries.trashedValues().map((s) => s.id);
  for (const id of chosen) {
    if (!core.summaries.hasAny(id)) throw codedError('not_found', 'errors.document.notFound', { id }, 'ids');
    if (!core.summaries.isTrashed(id)) throw codedError('invalid_input', 'errors.document.notInTrashDelete', { id }, 'ids');
  }
  const removed: string[] = [];
  for (const id of chosen) {
    await deleteDocument(core, id, {});
    removed.push(id);
  }
  return removed;
}
