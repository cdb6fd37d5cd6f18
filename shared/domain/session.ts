import { z } from 'zod';
import { AnnotationFilter } from './annotation-filter';
import { Id } from './annotation';

export const SessionClaim = z.object({ documentId: Id, annotationId: Id });
export type SessionClaim = z.infer<typeof SessionClaim>;

export const SessionState = z.enum(['active', 'paused', 'finished']);
export type SessionState = z.infer<typeof SessionState>;

/** The most claims one session may queue; a bigger filter is refused with a clear message. */
export const MAX_SESSION_CLAIMS = 5_000;

/**
 * A fact-checking session: a fixed queue of claims taken from a filter when it started,
 * and where the checker is in it. Verdicts themselves live on the annotations.
 */
export const FactCheckSession = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  /** The filter the queue was taken from, kept for the report. */
  filter: AnnotationFilter,
  filterDescription: z.string().max(1_000).default(''),
  checkedBy: z.string().trim().max(200).default(''),
  claims: z.array(SessionClaim).max(MAX_SESSION_CLAIMS),
  /** Index of the claim on screen. */
  position: z.number().int().nonnegative(),
  state: SessionState,
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().default(''),
});
export type FactCheckSession = z.infer<typeof FactCheckSession>;
