import { z } from 'zod';
import { Id } from '../domain/annotation';
import { AnnotationEdit } from '../domain/annotation-edits';
import { AnnotatorInput, type LayerInfo, type LayerView, type LocalAnnotator } from '../domain/annotator';
import type { AnnotationEditsResult } from './annotations';
import { op, returns } from './define';

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
    'Change the curated layer of a document (adjudication), all or nothing.',
    z.object({
      documentId: Id,
      edits: z.array(AnnotationEdit).min(1, 'no edits').max(5_000, 'at most 5,000 edits at once'),
      expectedRevision: z.number().int().nonnegative().optional(),
    }),
    returns<AnnotationEditsResult>(),
  ),
};
