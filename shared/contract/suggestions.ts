import { z } from 'zod';
import { type Annotation, AnnotationType, Id } from '../domain/annotation';
import { RejectedSuggestion, type SkippedSuggestion, Suggestion } from '../domain/suggestion';
import { op, returns } from './define';

const Revision = z.number().int().nonnegative();

export interface SuggestionsResult {
  documentId: string;
  /** The document revision the suggestions were computed on. */
  revision: number;
  suggestions: Suggestion[];
}

export interface AcceptResult {
  /** The annotations created, with `origin: "suggested"`. */
  annotations: Annotation[];
  /** Suggestions not turned into annotations, and why. */
  skipped: SkippedSuggestion[];
  revision: number;
}

export const RejectSuggestionInput = RejectedSuggestion.extend({ documentId: Id, expectedRevision: Revision.optional() });

export const suggestionOperations = {
  suggestAnnotations: op(
    'Suggest quotes, speakers and figures for a document, leaving out rejected ones, existing annotations and excluded regions.',
    z.object({
      documentId: Id,
      /** Only these types; all by default. An empty list finds none: it checks the document is there (the window runs the engine in its own worker). */
      types: z.array(AnnotationType).optional(),
      /**
       * Also return suggestions already rejected or annotated: for a screen that filters
       * them itself (with `visibleSuggestions`), so undoing an accept or a rejection can
       * bring one back without asking again.
       */
      includeReviewed: z.boolean().optional(),
    }),
    returns<SuggestionsResult>(),
  ),
  acceptSuggestions: op(
    'Turn suggestions into annotations (origin "suggested"), keeping quote–speaker links and never duplicating an annotation.',
    z.object({
      documentId: Id,
      suggestions: z.array(Suggestion).min(1, 'no suggestions given').max(10_000),
      expectedRevision: Revision.optional(),
    }),
    returns<AcceptResult>(),
  ),
  rejectSuggestion: op(
    'Reject a suggestion for this document, so the same suggestion (type, span and text) does not come back.',
    RejectSuggestionInput,
    returns<{ rejected: number; revision: number }>(),
  ),
  restoreSuggestion: op(
    'Forget a rejection (undo), so the suggestion may be offered again.',
    RejectSuggestionInput,
    returns<{ rejected: number; revision: number }>(),
  ),
};
