import type { CorpusStore } from '../corpus/store';
import { newId } from '../corpus/ids';
import { readWebAnnotations } from '../../../shared/exchange/web-annotation-read';
import { type PlacementPlan, type WebAnnotationImportResult, planPlacement } from '../../../shared/exchange/web-annotation-place';

/**
 * Places the annotations of a W3C file onto one stored document. The file is read and
 * checked in full first; the placement is planned against the document as stored (under
 * its write lock) and every placed annotation is written in one all-or-nothing write, so a
 * bad file stores nothing and a good one never half.
 */
export async function importWebAnnotations(
  store: CorpusStore,
  documentId: string,
  content: string,
  fileName: string,
): Promise<WebAnnotationImportResult> {
  const read = readWebAnnotations(content, fileName);
  // Fail before taking the lock when the file cannot apply (wrong document, out of range).
  const plan: PlacementPlan = planPlacement(await store.getDocument(documentId), read, () => newId('a'));
  if (plan.create.length === 0) return { documentId, imported: 0, ...summary(plan), revision: null };
  let final = plan;
  const { revision } = await store.createAnnotations(documentId, (doc) => {
    final = planPlacement(doc, read, () => newId('a'));
    return final.create.map((a) => ({ ...a, documentId }));
  });
  return { documentId, imported: final.create.length, ...summary(final), revision };
}

function summary(plan: PlacementPlan) {
  const { placed, orphaned, alreadyThere, unlinked, otherDocuments } = plan;
  return { placed, orphaned, alreadyThere, unlinked, otherDocuments };
}
