import { z } from 'zod';
import { type Annotation, AnnotationType, Id, VerdictStatus } from '../domain/annotation';
import type { Document, Region } from '../domain/document';
import { wordsMatcher } from '../search/filter';
import { terms } from '../search/tokens';
import type { SpeakerNames } from './speakers';
import { checkReason } from '../error-text';

/**
 * Which annotations an export (or any other "work on these annotations" feature: search,
 * the annotation panel) is about. Every field narrows; an empty filter means everything.
 */
export const AnnotationFilter = z.object({
  /** Only these documents, in corpus order. */
  documentIds: z.array(Id).max(100_000).optional(),
  /** Only these annotations (ids are unique within a document). */
  annotationIds: z.array(Id).max(1_000_000).optional(),
  types: z.array(AnnotationType).max(3).optional(),
  verdicts: z.array(VerdictStatus).max(5).optional(),
  /**
   * Quotes attributed to, and speaker mentions of, a speaker whose name has every word of
   * this, matched as search matches words (case, hamza, diacritics and clitics folded:
   * «المسؤول» finds «والمسئول»). Figures never match a speaker filter.
   */
  speaker: z
    .string()
    .trim()
    .min(1)
    .max(300)
    // Punctuation alone folds to no words, which would match every speaker.
    .refine((name) => /[\p{L}\p{N}]/u.test(name), checkReason('errors.check.speakerName'))
    .optional(),
  /** Annotations lying entirely inside an excluded region (boilerplate) are left out unless this is true. */
  includeExcluded: z.boolean().default(false),
});
export type AnnotationFilter = z.infer<typeof AnnotationFilter>;
export type AnnotationFilterInput = z.input<typeof AnnotationFilter>;

/** Whether the filter narrows annotations, not just documents: then documents with no match are left out. */
export function narrowsAnnotations(filter: AnnotationFilter): boolean {
  return filter.annotationIds !== undefined || filter.types !== undefined || filter.verdicts !== undefined || filter.speaker !== undefined;
}

export function insideExcludedRegion(regions: readonly Region[], annotation: Pick<Annotation, 'start' | 'end'>): boolean {
  return regions.some((r) => r.excluded && r.start <= annotation.start && annotation.end <= r.end);
}

/**
 * A filter prepared for running over many documents: the id set and the speaker-name test
 * are built once per export, not once per document (there may be a million ids).
 */
export interface CompiledExportFilter {
  readonly filter: AnnotationFilter;
  readonly annotationIds?: ReadonlySet<string>;
  /** Whether a speaker's name has every word of `filter.speaker`. */
  readonly speakerMatches?: (name: string) => boolean;
}

export function compileExportFilter(filter: AnnotationFilter): CompiledExportFilter {
  return {
    filter,
    annotationIds: filter.annotationIds ? new Set(filter.annotationIds) : undefined,
    speakerMatches: filter.speaker !== undefined ? wordsMatcher(terms(filter.speaker)) : undefined,
  };
}

export function matchesFilter(
  doc: Pick<Document, 'regions'>,
  annotation: Annotation,
  compiled: CompiledExportFilter,
  names: SpeakerNames,
): boolean {
  const { filter, annotationIds, speakerMatches } = compiled;
  if (annotationIds && !annotationIds.has(annotation.id)) return false;
  if (filter.types && !filter.types.includes(annotation.type)) return false;
  if (filter.verdicts && !filter.verdicts.includes(annotation.verdict.status)) return false;
  if (speakerMatches) {
    const speakerId = annotation.type === 'quote' ? annotation.attributes.speakerId : annotation.type === 'speaker' ? annotation.id : null;
    const name = speakerId === null ? undefined : names.get(speakerId);
    if (name === undefined || !speakerMatches(name)) return false;
  }
  if (!filter.includeExcluded && insideExcludedRegion(doc.regions, annotation)) return false;
  return true;
}
