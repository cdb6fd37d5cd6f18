import { z } from 'zod';
import { Id } from '../domain/annotation';
import { AnnotationEdit } from '../domain/annotation-edits';
import { AnnotatorInput, type LayerInfo, type LayerView, type LocalAnnotator } from '../domain/annotator';
import { RejectedSuggestion } from '../domain/suggestion';
import type { AnnotationEditsResult } from './annotations';
import { op, returns } from './define';
import { checkReason } from '../error-text';

/** Annotators and their layers (docs/STORAGE.md): mine is edited; the others are read beside it. */
export const layerOperations = {
  getAnnotator: op(
    'Who annotates on this copy ("me"), and whether they have confirmed their name and email.',
    z.object({}),
    returns<LocalAnnotator>(),
  ),
  setAnnotator: op('Set who annotates on this copy: name and email, asked once.', AnnotatorInput, returns<LocalAnnotator>()),
  listLayers: op(
    'The layers on a document: mine, other annotators’ and the curated one, with their counts.',
    z.object({ documentId: Id }),
    returns<LayerInfo[]>(),
  ),
  getLayer: op(
    'One layer’s annotations on a document (another annotator’s, or the curated one), read-only.',
    z.object({ documentId: Id, annotator: Id }),
    returns<LayerView>(),
  ),
  applyCuratedEdits: op(
    'Change the curated layer of a document (adjudication), all or nothing: its annotations, and the stretches the editor left out.',
    z
      .object({
        documentId: Id,
        edits: z.array(AnnotationEdit).max(5_000, 'at most 5,000 edits at once'),
        /** Disagreements the editor decided go into neither version (docs/STORAGE.md, "Left out"). */
        leftOut: z
          .object({ add: z.array(RejectedSuggestion).max(5_000).optional(), remove: z.array(RejectedSuggestion).max(5_000).optional() })
          .optional(),
        expectedRevision: z.number().int().nonnegative().optional(),
      })
      .refine((x) => x.edits.length > 0 || (x.leftOut?.add?.length ?? 0) + (x.leftOut?.remove?.length ?? 0) > 0, {
        ...checkReason('errors.check.noEdits'),
        path: ['edits'],
      }),
    returns<AnnotationEditsResult>(),
  ),
};
