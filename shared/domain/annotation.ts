import { z } from 'zod';
import { patchOf } from './patch';
import { checkReason } from '../error-text';

/** Identifiers end up in file names, so they are restricted to a safe alphabet. */
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, checkReason('errors.check.id', { min: 1, max: 64 }));

export const AnnotationType = z.enum(['quote', 'speaker', 'figure']);
export type AnnotationType = z.infer<typeof AnnotationType>;
export const ANNOTATION_TYPES = AnnotationType.options;

export const VerdictStatus = z.enum(['unchecked', 'verified', 'disputed', 'false', 'unverifiable']);
export type VerdictStatus = z.infer<typeof VerdictStatus>;
export const VERDICT_STATUSES = VerdictStatus.options;

export const Verdict = z.object({
  status: VerdictStatus.default('unchecked'),
  note: z.string().max(20_000).default(''),
  evidence: z.array(z.string().max(2_000)).max(100).default([]),
  checkedBy: z.string().max(200).default(''),
  checkedAt: z.string().max(40).default(''),
  /**
   * Where the published fact-check lives (ClaimReview's required `url`). Absent or empty
   * until the review is published: an export never makes one up. Optional so verdicts written before these fields existed stay byte-identical on disk.
   */
  reviewUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2_000)]).optional(),
});
export type Verdict = z.infer<typeof Verdict>;

/** A change to some verdict fields (the others are left alone). */
export const VerdictPatch = patchOf(Verdict);
export type VerdictPatch = z.infer<typeof VerdictPatch>;

export const QuoteKind = z.enum(['direct', 'indirect', 'partial']);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const QuoteAttributes = z.object({
  kind: QuoteKind.default('direct'),
  cue: z.string().max(200).default(''),
  /** Id of the speaker annotation in the same document this quote is attributed to. */
  speakerId: Id.nullable().default(null),
});
export type QuoteAttributes = z.infer<typeof QuoteAttributes>;

export const SpeakerAttributes = z.object({
  name: z.string().max(300).default(''),
  role: z.string().max(300).default(''),
  affiliation: z.string().max(300).default(''),
  /** Id of an earlier speaker annotation that names the same person (e.g. surname-only mention). */
  sameAs: Id.nullable().default(null),
  /** Entry in the corpus-wide speaker registry, when linked. */
  registryId: Id.nullable().default(null),
});
export type SpeakerAttributes = z.infer<typeof SpeakerAttributes>;

export const FigureKind = z.enum(['', 'count', 'percent', 'money', 'date', 'duration', 'measure']);
export type FigureKind = z.infer<typeof FigureKind>;

/** A number, an inclusive [low, high] range, an ISO date string, or not yet normalized. */
export const FigureValue = z.union([
  z.number().finite(),
  z.tuple([z.number().finite(), z.number().finite()]),
  z.string().max(40),
  z.null(),
]);
export type FigureValue = z.infer<typeof FigureValue>;

export const FigureAttributes = z.object({
  raw: z.string().max(500).default(''),
  value: FigureValue.default(null),
  unit: z.string().max(100).default(''),
  kind: FigureKind.default(''),
  /** What the figure counts ("deaths", "hostages"…). */
  counts: z.string().max(300).default(''),
});
export type FigureAttributes = z.infer<typeof FigureAttributes>;

export const ATTRIBUTE_SCHEMAS = {
  quote: QuoteAttributes,
  speaker: SpeakerAttributes,
  figure: FigureAttributes,
} as const;

export type AttributesOf<T extends AnnotationType> = z.infer<(typeof ATTRIBUTE_SCHEMAS)[T]>;

export const AnnotationOrigin = z.enum(['manual', 'suggested', 'imported']);
export type AnnotationOrigin = z.infer<typeof AnnotationOrigin>;

/** How an annotation came through a new version of its document (shared/versions/carry.ts). */
export const CarryStatus = z.enum(['kept', 'moved', 'changed']);
export type CarryStatus = z.infer<typeof CarryStatus>;

export const Carried = z.object({
  status: CarryStatus,
  /** The document version it was carried onto. */
  version: z.number().int().positive(),
  /** What it marked in the version before, when that differs from its text now. */
  previousText: z.string().max(20_000).optional(),
  /** It had a verdict and its text changed: the verdict must be checked again. */
  recheck: z.boolean().optional(),
});
export type Carried = z.infer<typeof Carried>;

const annotationBase = {
  id: Id,
  /** UTF-16 code units into the document's normalized text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  verdict: Verdict,
  origin: AnnotationOrigin,
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * Annotator ids (docs/STORAGE.md), stamped by the store: who created it, who changed it
   * last, and who last changed its verdict. Absent on annotations from before attribution.
   */
  createdBy: Id.optional(),
  updatedBy: Id.optional(),
  verdictBy: Id.optional(),
  /** Set when a new version of the document moved it; cleared once the journalist has reviewed it. */
  carried: Carried.optional(),
};

export const QuoteAnnotation = z.object({ ...annotationBase, type: z.literal('quote'), attributes: QuoteAttributes });
export const SpeakerAnnotation = z.object({ ...annotationBase, type: z.literal('speaker'), attributes: SpeakerAttributes });
export const FigureAnnotation = z.object({ ...annotationBase, type: z.literal('figure'), attributes: FigureAttributes });

export const Annotation = z.discriminatedUnion('type', [QuoteAnnotation, SpeakerAnnotation, FigureAnnotation]);
export type Annotation = z.infer<typeof Annotation>;
export type QuoteAnnotation = z.infer<typeof QuoteAnnotation>;
export type SpeakerAnnotation = z.infer<typeof SpeakerAnnotation>;
export type FigureAnnotation = z.infer<typeof FigureAnnotation>;

export { CONTEXT_CHARS } from '../text/offsets';
