import { z } from 'zod';
import { AnnotationType, Id, VerdictStatus } from './annotation';
import { checked, dateIssue } from './dates';
import { checkReason } from '../error-text';

const Day = checked(z.string().trim(), (value) => dateIssue(value, { dayOnly: true })).default('');

export const DATE_FIELDS = ['published', 'annotated', 'checked'] as const;

/**
 * Which annotations a table, a report or a fact-check session covers. Every part is
 * optional; empty means "any". Lists mean "any of these".
 */
export const AnnotationFilter = z
  .object({
    types: z.array(AnnotationType).max(3).default([]),
    verdicts: z.array(VerdictStatus).max(5).default([]),
    /** Words of a speaker's name, alias, role or affiliation ("وربيرج", "المتحدث"). */
    speaker: z.string().trim().max(300).default(''),
    /** Registry entries. */
    speakerIds: z.array(Id).max(500).default([]),
    documentIds: z.array(Id).max(20_000).default([]),
    /** Words of the outlet's name. */
    outlet: z.string().trim().max(300).default(''),
    /** Which date `from`/`to` apply to: the article's publication, the annotation's creation, or its verdict. */
    dateField: z.enum(DATE_FIELDS).default('published'),
    from: Day,
    to: Day,
    /** Words in the annotation, its context or its figure's description. */
    text: z.string().trim().max(300).default(''),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { ...checkReason('errors.check.fromAfterTo'), path: ['from'] });
export type AnnotationFilter = z.infer<typeof AnnotationFilter>;
export type AnnotationFilterInput = z.input<typeof AnnotationFilter>;
