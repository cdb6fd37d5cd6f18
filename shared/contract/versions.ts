import { z } from 'zod';
import { Annotation, Id } from '../domain/annotation';
import { op, returns } from './define';
import { MAX_TEXT_CHARS } from './documents';
import { checkReason } from '../error-text';

/** How a new version placed the annotations of every layer (shared/versions/carry.ts). */
export interface NewVersionResult {
  documentId: string;
  version: number;
  counts: { kept: number; moved: number; changed: number; orphaned: number };
  /** Annotations with a verdict whose text changed: flagged for re-checking. */
  recheck: number;
  layers: number;
}

export interface VersionText {
  documentId: string;
  version: number;
  current: boolean;
  title: string;
  text: string;
  importedAt: string;
  url: string;
}

/** An annotation no version could place, kept as it was on the text it was made on (also its stored form). */
export const OrphanEntry = z.object({
  /** The version whose arrival left it without a place (it was made on the one before). */
  version: z.number().int().positive(),
  orphanedAt: z.string().max(40),
  annotation: Annotation,
});
export type OrphanEntry = z.infer<typeof OrphanEntry>;

/** An orphan as listed: with the layer it belongs to, and whether that layer is mine. */
export interface OrphanView extends OrphanEntry {
  annotator: string;
  mine: boolean;
}

/** Versions of a document's text (docs/STORAGE.md, "Versions"): each annotation is carried to the new text. */
export const versionOperations = {
  addDocumentVersion: op(
    'Make a text (pasted or from a file) the new version of a document, or a just-imported document (fromDocumentId) the new version of another; every layer’s annotations are carried onto it.',
    z
      .object({
        documentId: Id,
        text: z.string().max(MAX_TEXT_CHARS, 'text is larger than 20 MB').optional(),
        fromDocumentId: Id.optional(),
        expectedRevision: z.number().int().nonnegative().optional(),
      })
      .refine((v) => (v.text === undefined) !== (v.fromDocumentId === undefined), checkReason('errors.check.textOrSource')),
    returns<NewVersionResult>(),
  ),
  getDocumentVersion: op(
    'The text of one version of a document (earlier ones are read-only).',
    z.object({ documentId: Id, version: z.number().int().positive() }),
    returns<VersionText>(),
  ),
  restoreDocumentVersion: op(
    'Make an earlier version current again, as a new version (annotations are carried back onto it).',
    z.object({ documentId: Id, version: z.number().int().positive(), expectedRevision: z.number().int().nonnegative().optional() }),
    returns<NewVersionResult>(),
  ),
  listOrphans: op(
    'Annotations a new version could not place, in every layer: kept aside until re-placed or deleted.',
    z.object({ documentId: Id }),
    returns<OrphanView[]>(),
  ),
  placeOrphan: op(
    'Re-place an orphaned annotation (mine or curated) on the current text at start–end.',
    z.object({
      documentId: Id,
      annotator: Id,
      id: Id,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string().min(1, 'select the text to place it on'),
    }),
    returns<Annotation>(),
  ),
  deleteOrphan: op(
    'Delete an orphaned annotation for good (returns it, for undo).',
    z.object({ documentId: Id, annotator: Id, id: Id }),
    returns<OrphanView>(),
  ),
  restoreOrphan: op(
    'Put a deleted orphan back on the list (undo).',
    z.object({ documentId: Id, annotator: Id, entry: OrphanEntry }),
    returns<{ restored: true }>(),
  ),
};
