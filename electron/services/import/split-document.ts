import { IsnadError } from '../../../shared/errors';
import type { DocumentSummary } from '../../../shared/domain/document';
import { ImportProblem } from '../../../shared/import/problems';
import { checkDocumentText } from '../corpus/limits';
import type { CorpusStore } from '../corpus/store';
import { buildPieces } from './pieces';
import { NEAR_DUPLICATE } from './pipeline';
import { codeOf, codedError } from '../../../shared/error-text';

/**
 * Replaces a stored document by the articles run together in it. The pieces are written
 * first; if any fails, those already written are removed again and the original stays.
 * Only when every piece is safely stored, and the original is still the revision they were
 * cut from, is the original deleted.
 */
export async function splitStoredDocument(
  store: CorpusStore,
  input: { id: string; at: number[]; expectedRevision?: number },
): Promise<DocumentSummary[]> {
  const doc = await store.getDocument(input.id);
  if (input.expectedRevision !== undefined && input.expectedRevision !== doc.revision) {
    throw codedError(
      'conflict',
      'errors.document.changedMeanwhile',
      { revision: doc.revision, expected: input.expectedRevision, then: 'reload' },
      'expectedRevision',
    );
  }
  let pieces;
  try {
    pieces = buildPieces(doc, input.at);
  } catch (err) {
    if (err instanceof ImportProblem) throw new IsnadError('invalid_input', err.message, 'at', codeOf(err)); // i18n: passes on err's code
    throw err;
  }
  const keptLinks = doc.links.filter((l) => l.relation !== NEAR_DUPLICATE);
  // Every piece is checked before the first is written, so a refusal leaves nothing to undo.
  for (const piece of pieces) checkDocumentText(piece.text);
  const written: string[] = [];
  try {
    for (const piece of pieces) {
      await store.addDocument({
        id: piece.id,
        title: piece.title,
        text: piece.text,
        source: piece.source,
        regions: piece.regions,
        annotations: piece.annotations,
        fingerprint: piece.fingerprint,
        links: [...piece.links, ...keptLinks],
      });
      written.push(piece.id);
    }
    // The original goes only if nobody changed it while the pieces were written; otherwise
    // the pieces would miss that change, so they are removed and the original stays.
    await store.deleteDocument(doc.id, { expectedRevision: doc.revision });
  } catch (err) {
    for (const id of written) await store.deleteDocument(id).catch(() => {});
    throw err;
  }
  // Copies: the caller owns what it is given.
  return written.map((id) => structuredClone(store.readSummary(id)) as DocumentSummary);
}
