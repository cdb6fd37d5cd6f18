import { z } from 'zod';
import { AnnotationType, FigureAttributes, Id, QuoteKind, SpeakerAttributes } from './annotation';

/**
 * A suggested annotation, produced by the suggestion engine and not stored until the
 * journalist accepts it. Ids are derived from type and span (`q120-180`, `s95-110`,
 * `f12-20`), so the same suggestion keeps its id across runs and links stay meaningful.
 */
export const SuggestionQuoteAttributes = z.object({
  kind: QuoteKind,
  /** True for words inside quotation marks (direct, or partial with a marked fragment). */
  direct: z.boolean(),
  /** The reporting verb or attribution phrase, as written ("وقال", "according to"). */
  cue: z.string().max(200),
  /** Id of the linked speaker: a speaker suggestion, or an existing speaker annotation. */
  speakerId: Id.nullable(),
  /** Text of the linked speaker mention ("وربيرج", "the minister"). */
  speakerText: z.string().max(300),
  /** Canonical name of that speaker ("سامويل وربيرج"). */
  speakerName: z.string().max(300),
  /** 0–1: how sure the rules are that this speaker said it (apart from the quote's own confidence). */
  speakerConfidence: z.number().min(0).max(1).optional(),
});
export type SuggestionQuoteAttributes = z.infer<typeof SuggestionQuoteAttributes>;

export const SuggestionSpeakerAttributes = SpeakerAttributes.pick({ name: true, role: true, affiliation: true }).extend({
  /** Id of the first speaker suggestion naming the same person, or null for a first mention. */
  sameAs: Id.nullable(),
});
export type SuggestionSpeakerAttributes = z.infer<typeof SuggestionSpeakerAttributes>;

export const SuggestionFigureAttributes = FigureAttributes.required();
export type SuggestionFigureAttributes = z.infer<typeof SuggestionFigureAttributes>;

const base = {
  id: Id,
  /** UTF-16 code units into the document's normalized text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  /** 0–1: how sure the rules are. */
  confidence: z.number().min(0).max(1),
};

export const Suggestion = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('quote'), attributes: SuggestionQuoteAttributes }),
  z.object({ ...base, type: z.literal('speaker'), attributes: SuggestionSpeakerAttributes }),
  z.object({ ...base, type: z.literal('figure'), attributes: SuggestionFigureAttributes }),
]);
export type Suggestion = z.infer<typeof Suggestion>;
export type QuoteSuggestion = Extract<Suggestion, { type: 'quote' }>;
export type SpeakerSuggestion = Extract<Suggestion, { type: 'speaker' }>;
export type FigureSuggestion = Extract<Suggestion, { type: 'figure' }>;

/** What a rejection remembers: enough to recognize the same suggestion on the next run. */
export const RejectedSuggestion = z.object({
  type: AnnotationType,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1).max(100_000),
});
export type RejectedSuggestion = z.infer<typeof RejectedSuggestion>;

export function suggestionId(type: AnnotationType, start: number, end: number): string {
  return `${type[0]}${start}-${end}`;
}

export function sameSuggestion(a: RejectedSuggestion, b: RejectedSuggestion): boolean {
  return a.type === b.type && a.start === b.start && a.end === b.end && a.text === b.text;
}

/** A suggestion that accepting did not turn into an annotation, and why (an equal or overlapping annotation exists). */
export interface SkippedSuggestion {
  id: string;
  reason: string;
  existingId?: string;
}
