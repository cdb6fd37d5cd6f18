import { z } from 'zod';
import { Annotation, AnnotationOrigin, FigureAttributes, Id, QuoteAttributes, SpeakerAttributes, Verdict } from '../domain/annotation';
import { AnnotationEdit, updateFields } from '../domain/annotation-edits';
import { op, returns } from './define';

const Offset = z.number().int().nonnegative();

const createFields = {
  documentId: Id,
  /** Supplied when restoring a deleted annotation (undo), so links to it keep working. */
  id: Id.optional(),
  start: Offset,
  end: Offset,
  /** Must equal the document text at [start, end): the store refuses a mismatch. */
  text: z.string().min(1, 'text is empty'),
  verdict: Verdict.partial().optional(),
  origin: AnnotationOrigin.default('manual'),
  expectedRevision: z.number().int().nonnegative().optional(),
};

export const CreateAnnotationInput = z.discriminatedUnion('type', [
  z.object({ ...createFields, type: z.literal('quote'), attributes: QuoteAttributes.partial().optional() }),
  z.object({ ...createFields, type: z.literal('speaker'), attributes: SpeakerAttributes.partial().optional() }),
  z.object({ ...createFields, type: z.literal('figure'), attributes: FigureAttributes.partial().optional() }),
]);
export type CreateAnnotationInput = z.input<typeof CreateAnnotationInput>;

export const UpdateAnnotationInput = z.object({
  documentId: Id,
  ...updateFields,
  expectedRevision: z.number().int().nonnegative().optional(),
});
export type UpdateAnnotationInput = z.input<typeof UpdateAnnotationInput>;

export interface AnnotationChange {
  annotation: Annotation;
  /** The document's revision after the change. */
  revision: number;
}

export const ApplyAnnotationEditsInput = z.object({
  documentId: Id,
  edits: z.array(AnnotationEdit).min(1, 'no edits').max(5_000, 'at most 5,000 edits at once'),
  expectedRevision: z.number().int().nonnegative().optional(),
});
export type ApplyAnnotationEditsInput = z.input<typeof ApplyAnnotationEditsInput>;

export interface AnnotationEditsResult {
  /** The document's revision after the change. */
  revision: number;
  /** Annotations created, updated or unlinked, as stored. */
  changed: Annotation[];
  deleted: string[];
}

export const annotationOperations = {
  createAnnotation: op('Mark a quote, speaker or figure.', CreateAnnotationInput, returns<AnnotationChange>()),
  updateAnnotation: op('Change an annotation’s span, attributes or verdict.', UpdateAnnotationInput, returns<AnnotationChange>()),
  deleteAnnotation: op(
    'Delete an annotation.',
    z.object({ documentId: Id, id: Id, expectedRevision: z.number().int().nonnegative().optional() }),
    returns<{ id: string; revision: number }>(),
  ),
  applyAnnotationEdits: op(
    'Apply several annotation changes to one document in a single write, all or nothing (used by undo/redo).',
    ApplyAnnotationEditsInput,
    returns<AnnotationEditsResult>(),
  ),
};
