import { IsnadError } from '../../../shared/errors';
import { codedError } from '../../../shared/error-text';
import type { ImportConflictInfo, ImportJobResult } from '../../../shared/contract/exchange';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Document } from '../../../shared/domain/document';
import { type Dataset, parseDataset } from '../../../shared/exchange/dataset';
import { newId } from '../corpus/ids';
import { documentLengthProblem } from '../corpus/limits';
import { type CorpusStore, contentHash } from '../corpus/store';
import { throwIfCancelled } from '../jobs';
import { warningFields } from '../../../shared/import/report';

export type ConflictPolicy = 'fail' | 'skip' | 'duplicate';

/** What conflicts are decided on: enough of a document to find it in the corpus, without its text. */
export type DocumentRef = Pick<Document, 'id' | 'title' | 'contentHash'>;

export interface ImportRun {
  signal?: AbortSignal;
  onProgress?(done: number, total: number, current: string): void;
}

/**
 * The checks that need Node (the corpus's length limit, crypto: each text still has its hash),
 * for a .json export read whole and each line of a .jsonl one read as a stream alike.
 */
export function checkStorable(doc: Document, fileName: string, index: number): void {
  const tooLong = documentLengthProblem(doc.text.length);
  if (tooLong)
    throw codedError('invalid_input', 'errors.dataset.documentTooLong', { file: fileName, index, title: doc.title, ...tooLong.values });
  if (contentHash(doc.text) !== doc.contentHash)
    throw codedError('invalid_input', 'errors.dataset.hashMismatch', { file: fileName, index });
}

/** parseDataset plus the checks that need Node. */
export function readDataset(text: string, fileName = 'the file'): Dataset {
  const dataset = parseDataset(text, fileName);
  dataset.documents.forEach((doc, i) => checkStorable(doc, fileName, i));
  return dataset;
}

/** The documents in the file that are already in the corpus, by id or by identical text. */
export function findConflicts(store: CorpusStore, dataset: { documents: readonly DocumentRef[] }): ImportConflictInfo[] {
  const conflicts: ImportConflictInfo[] = [];
  for (const doc of dataset.documents) {
    const sameId = store.readSummary(doc.id);
    const clash = sameId ?? store.findByContentHash(doc.contentHash);
    if (clash) {
      conflicts.push({
        documentId: doc.id,
        title: doc.title,
        reason: sameId ? 'same-id' : 'same-text',
        existingId: clash.id,
        existingTitle: clash.title,
      });
    }
  }
  return conflicts;
}

function remapLink(annotation: Annotation, ids: ReadonlyMap<string, string>): Annotation {
  if (annotation.type === 'quote' && annotation.attributes.speakerId !== null) {
    return { ...annotation, attributes: { ...annotation.attributes, speakerId: ids.get(annotation.attributes.speakerId) ?? null } };
  }
  if (annotation.type === 'speaker' && annotation.attributes.sameAs !== null) {
    return { ...annotation, attributes: { ...annotation.attributes, sameAs: ids.get(annotation.attributes.sameAs) ?? null } };
  }
  return annotation;
}

/** A copy of a document under new ids, with quote→speaker and "same as" links following the new ids. */
function duplicate(doc: Document, documentId: string): Document {
  const ids = new Map(doc.annotations.map((a) => [a.id, newId('a')]));
  return {
    ...doc,
    id: documentId,
    annotations: doc.annotations.map((a) => remapLink({ ...a, id: ids.get(a.id) as string }, ids)),
  };
}

/** Why an import with the 'fail' policy was refused; also thrown before a job starts. */
/** The documents of a file already in the corpus, as a coded error: the first three named, with the id they match. */
export function conflictsError(conflicts: ImportConflictInfo[], fromCli = false): IsnadError {
  const titles = conflicts
    .slice(0, 3)
    .map((c) => `“${c.title}” (${c.reason === 'same-id' ? c.documentId : c.existingId})`)
    .join(', ');
  return codedError('conflict', 'errors.dataset.conflicts', {
    count: conflicts.length,
    titles,
    more: Math.max(0, conflicts.length - 3),
    cli: fromCli ? 'yes' : 'no',
  });
}

/**
 * Inserts a checked dataset. Conflicts are resolved by the caller's choice, never by
 * overwriting. Documents are written one at a time; if anything fails or the user cancels,
 * the ones already written are removed again, so the corpus ends as it began.
 * `documentIds` in the result: the documents now in the corpus, in file order (new ids for duplicates).
 */
export async function importDataset(
  store: CorpusStore,
  dataset: Dataset,
  policy: ConflictPolicy,
  run: ImportRun = {},
): Promise<ImportJobResult> {
  return importDocuments(store, dataset.documents, dataset.documents, dataset.warnings, policy, run);
}

/**
 * The writing half of every import-back. `refs` (checked beforehand, in file order) settle the
 * conflicts before anything is written; `documents` then yields the same documents in the same
 * order, from memory or read again from the file one at a time, so a large file never has to
 * be held whole. All or nothing: on any failure or cancel the documents written are removed.
 */
export async function importDocuments(
  store: CorpusStore,
  refs: readonly DocumentRef[],
  documents: Iterable<Document> | AsyncIterable<Document>,
  warnings: Dataset['warnings'],
  policy: ConflictPolicy,
  run: ImportRun,
): Promise<ImportJobResult> {
  const conflicts = findConflicts(store, { documents: refs });
  if (conflicts.length > 0 && policy === 'fail') throw conflictsError(conflicts);
  const conflicted = new Set(conflicts.map((c) => c.documentId));
  const renamed = new Map<string, string>();
  if (policy === 'duplicate') for (const id of conflicted) renamed.set(id, newId('d'));
  const total = refs.filter((doc) => policy !== 'skip' || !conflicted.has(doc.id)).length;
  const inserted: string[] = [];
  let annotations = 0;
  try {
    for await (const doc of documents) {
      if (run.signal) throwIfCancelled(run.signal);
      if (policy === 'skip' && conflicted.has(doc.id)) continue;
      const copy = renamed.has(doc.id) ? duplicate(doc, renamed.get(doc.id) as string) : doc;
      // Links between documents of this file follow the copies.
      const planned = { ...copy, links: copy.links.map((l) => ({ ...l, documentId: renamed.get(l.documentId) ?? l.documentId })) };
      // Same-text clashes with the corpus were settled above; within the file they are legitimate.
      await store.insertDocument(planned, { allowDuplicateText: true });
      inserted.push(planned.id);
      annotations += planned.annotations.length;
      run.onProgress?.(inserted.length, total, planned.title);
    }
    if (run.signal) throwIfCancelled(run.signal);
  } catch (err) {
    for (const id of [...inserted].reverse()) await store.deleteDocument(id).catch(() => {});
    throw err;
  }
  return {
    imported: inserted.length,
    skipped: refs.length - total,
    duplicated: renamed.size,
    annotations,
    documentIds: inserted,
    ...warningFields(warnings),
  };
}
