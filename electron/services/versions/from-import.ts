import { codedError } from '../../../shared/error-text';
import type { NewVersionResult } from '../../../shared/contract/versions';
import type { CorpusStore } from '../corpus/store';

/**
 * An article just imported as a document of its own becomes the new version of the stored
 * one it matches (same URL or near-duplicate): its text, regions and source go to the old
 * document, which keeps its annotations carried over, and the fresh copy is removed. Every
 * import path (paste, file, folder, CLI) offers this on its report.
 */
export async function versionFromImported(store: CorpusStore, documentId: string, fromDocumentId: string): Promise<NewVersionResult> {
  if (documentId === fromDocumentId) throw codedError('invalid_input', 'errors.versions.ofItself', undefined, 'fromDocumentId');
  const from = await store.readDocument(fromDocumentId);
  if (from.annotations.length > 0) {
    throw codedError('invalid_input', 'errors.versions.hasAnnotations', { title: from.title }, 'fromDocumentId');
  }
  const result = await store.addVersion({
    documentId,
    text: from.text,
    regions: from.regions,
    source: from.source,
    replacing: fromDocumentId,
  });
  await store.deleteDocument(fromDocumentId);
  return result;
}
