import { z } from 'zod';
import { Id } from '../domain/annotation';
import { CheckedSource, Direction, Document, DocumentSummary, Language, Region, Source, SourcePatch, TagList } from '../domain/document';
import type { PackedDocument } from '../domain/packed-document';
import { op, returns, textOp } from './define';
import { checkReason } from '../error-text';

/** Text larger than this is refused on paste; file import has its own configurable limit. */
export const MAX_TEXT_CHARS = 20 * 1024 * 1024;

export const AddDocumentInput = z.object({
  title: z.string().trim().max(1_000).default(''),
  text: z
    .string()
    .max(MAX_TEXT_CHARS, 'text is larger than 20 MB')
    .refine((t) => t.trim().length > 0, checkReason('errors.check.textEmpty')),
  lang: Language.optional(),
  dir: Direction.optional(),
  source: Source.partial().extend(CheckedSource.partial().shape).optional(),
});

export const UpdateDocumentInput = z.object({
  id: Id,
  title: z.string().trim().min(1, 'title is empty').max(1_000).optional(),
  lang: Language.optional(),
  dir: Direction.optional(),
  source: SourcePatch.optional(),
  regions: z.array(Region).max(10_000).optional(),
  /** Replaces the document's tags; [] removes them. */
  tags: TagList.optional(),
  expectedRevision: z.number().int().nonnegative().optional(),
});

export const documentOperations = {
  listDocuments: op('List every document in the corpus.', z.object({}), returns<DocumentSummary[]>()),
  getDocument: op('Get one document with its text and annotations.', z.object({ id: Id }), returns<Document>()),
  getPackedDocument: textOp(
    'Get one document as the screen opens it: each annotation without the fields its document rebuilds (unpackDocument).',
    z.object({ id: Id }),
    returns<PackedDocument>(),
  ),
  addDocument: op('Add a document from pasted text.', AddDocumentInput, returns<Document>()),
  updateDocument: op(
    'Change a document’s title, language, direction, source metadata or regions (never its text).',
    UpdateDocumentInput,
    returns<DocumentSummary>(),
  ),
  deleteDocument: op(
    'Move a document to the trash: out of the library, search, speaker counts and sessions until restored.',
    z.object({ id: Id, expectedRevision: z.number().int().nonnegative().optional() }),
    returns<{ id: string; deleted: true }>(),
  ),
  restoreDocument: op('Bring a document back from the trash, with all its annotations.', z.object({ id: Id }), returns<DocumentSummary>()),
  listTrash: op('The documents in the trash, most recently deleted first.', z.object({}), returns<DocumentSummary[]>()),
  emptyTrash: op(
    'Delete documents in the trash for good (all of them, or those named).',
    z.object({ ids: z.array(Id).max(20_000).optional() }),
    returns<{ removed: string[] }>(),
  ),
};
