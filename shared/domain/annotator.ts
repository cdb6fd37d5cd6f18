import { z } from 'zod';
import type { Annotation } from './annotation';
import type { AnnotationCounts } from './document';
import type { RejectedSuggestion } from './suggestion';
import { checkReason } from '../error-text';

/** A person who annotates; each has their own layer of annotations (docs/STORAGE.md). */
export interface Annotator {
  /** Chosen once per person from their email, e.g. `layla-3f9a1c`. */
  id: string;
  name: string;
  email: string;
}

/** "Me" on this copy of the corpus; `confirmed` is false until the journalist has said who they are. */
export interface LocalAnnotator extends Annotator {
  confirmed: boolean;
}

/** What a journalist types about themselves (the app's prompt, `--annotator`, ISNAD_ANNOTATOR). */
export const AnnotatorInput = z.object({
  name: z.string().trim().min(1, 'name is empty').max(200),
  email: z
    .string()
    .trim()
    .max(254)
    .regex(/^[^\s@<>]+@[^\s@<>]+$/, checkReason('errors.check.email')),
});
export type AnnotatorInput = z.infer<typeof AnnotatorInput>;

/** The layer only adjudication writes. */
export const CURATED_LAYER = 'curated';

/** One layer present on a document, as listed beside mine. */
export interface LayerInfo {
  annotator: Annotator;
  mine: boolean;
  curated: boolean;
  revision: number;
  updatedAt: string;
  counts: AnnotationCounts;
}

/** A layer's annotations, read-only. */
export interface LayerView {
  documentId: string;
  annotator: string;
  revision: number;
  updatedAt: string;
  annotations: Annotation[];
  rejectedSuggestions: RejectedSuggestion[];
}
