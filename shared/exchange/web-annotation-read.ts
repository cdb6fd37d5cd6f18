import { z } from 'zod';
import { AnnotationOrigin, AnnotationType, Id, Verdict, VerdictStatus } from '../domain/annotation';
import { ISNAD_BODY_SCHEMA } from './web-annotation';
import { type ErrorMessageId, checkReason, codedError } from '../error-text';
import type { ErrorValues } from '../errors';
import { issueClause } from '../input-errors';

/**
 * Reading a W3C Web Annotation file: a single Annotation, a list of them, an
 * AnnotationPage, or an AnnotationCollection with its first page embedded (what Isnad
 * writes). Only text annotations with a TextQuoteSelector can be placed on a document;
 * anything else is refused with the annotation's number and the reason.
 */

const NonNegative = z.number().int().nonnegative();

const QuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'exact is empty'),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
});
const PositionSelector = z
  .object({ type: z.literal('TextPositionSelector'), start: NonNegative, end: NonNegative })
  .refine((s) => s.end > s.start, checkReason('errors.check.positionOrder'));
const OtherSelector = z.looseObject({ type: z.string() });

const Target = z.looseObject({
  source: z.string().min(1),
  scope: z.string().optional(),
  selector: z.union([z.array(OtherSelector), OtherSelector]).transform((s) => (Array.isArray(s) ? s : [s])),
});

const Body = z.looseObject({
  type: z.string().optional(),
  purpose: z.string().optional(),
  value: z.string().optional(),
  format: z.string().optional(),
});

const WebAnnotation = z.looseObject({
  type: z.union([
    z.literal('Annotation'),
    z.array(z.string()).refine((t) => t.includes('Annotation'), checkReason('errors.check.annotationType')),
  ]),
  body: z
    .union([z.array(Body), Body])
    .optional()
    .transform((b) => (b === undefined ? [] : Array.isArray(b) ? b : [b])),
  target: z.union([Target, z.array(Target).min(1)]).transform((t) => (Array.isArray(t) ? t[0] : t) as z.infer<typeof Target>),
});

/** The Isnad fields carried in the describing body, checked like any input. */
const IsnadBody = z.object({
  schema: z.literal(ISNAD_BODY_SCHEMA),
  id: Id,
  type: AnnotationType,
  attributes: z.record(z.string(), z.unknown()),
  verdict: Verdict,
  origin: AnnotationOrigin,
});

export interface ReadAnnotation {
  /** Its number in the file (1-based), for error messages. */
  index: number;
  /** The document it targets, and the page URL it was made on (`scope`), if given. */
  source: string;
  scope?: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** Code points, as the W3C model counts; absent when the file has no TextPositionSelector. */
  position?: { start: number; end: number };
  id?: string;
  type: AnnotationType;
  attributes: Record<string, unknown>;
  verdict: Partial<Verdict>;
  origin: AnnotationOrigin;
}

/** What is wrong, said of where it is ("annotation 3: …"): the whole sentence in the reader's language. */
function fail(where: string | number, id: ErrorMessageId, values?: ErrorValues): never {
  if (typeof where === 'number') throw codedError('invalid_input', 'errors.w3c.atAnnotation', { ...values, index: where, detailId: id });
  throw codedError('invalid_input', 'errors.w3c.at', { ...values, where, detailId: id });
}

function itemsOf(json: unknown, fileName: string): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    if (o.type === 'AnnotationCollection') {
      const first = o.first as Record<string, unknown> | undefined;
      if (!first || typeof first !== 'object' || !Array.isArray(first.items)) {
        fail(fileName, 'errors.w3c.collectionNotEmbedded');
      }
      return first.items as unknown[];
    }
    if (o.type === 'AnnotationPage') {
      if (!Array.isArray(o.items)) fail(fileName, 'errors.w3c.pageNoItems');
      return o.items as unknown[];
    }
    return [json];
  }
  fail(fileName, 'errors.w3c.notW3c');
}

/**
 * Refuses annotation `where` for the first zod issue of a part of it (`part` names that part:
 * "TextQuoteSelector"), in the reader's language: zod's English is no sentence for a journalist.
 */
function failIssue(where: number, error: z.ZodError, part?: string): never {
  const issue = error.issues[0];
  if (!issue) fail(where, 'errors.input.invalid', { field: part ?? '—' });
  const clause = issueClause({ ...issue, path: part ? [part, ...issue.path] : issue.path } as z.core.$ZodIssue);
  // A reason written without its field (a check's) is said of the annotation; one with its field names it.
  fail(where, clause.messageId, clause.values);
}

function readOne(raw: unknown, index: number): ReadAnnotation {
  // Annotation n of the file, named in the reader's language where the error is shown.
  const where = index;
  const parsed = WebAnnotation.safeParse(raw);
  if (!parsed.success) failIssue(where, parsed.error);
  const { body, target } = parsed.data;
  const quoteRaw = target.selector.find((s) => s.type === 'TextQuoteSelector');
  if (!quoteRaw) fail(where, 'errors.w3c.noQuote');
  const quote = QuoteSelector.safeParse(quoteRaw);
  if (!quote.success) failIssue(where, quote.error, 'TextQuoteSelector');
  const positionRaw = target.selector.find((s) => s.type === 'TextPositionSelector');
  const position = positionRaw === undefined ? undefined : PositionSelector.safeParse(positionRaw);
  if (position && !position.success) failIssue(where, position.error, 'TextPositionSelector');
  const common = {
    index,
    source: target.source,
    ...(target.scope ? { scope: target.scope } : {}),
    exact: quote.data.exact,
    prefix: quote.data.prefix,
    suffix: quote.data.suffix,
    ...(position?.success ? { position: { start: position.data.start, end: position.data.end } } : {}),
  };
  const own = body.find((b) => b.purpose === 'describing' && b.format === 'application/json' && b.value?.includes(ISNAD_BODY_SCHEMA));
  if (own?.value !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(own.value);
    } catch {
      fail(where, 'errors.w3c.bodyNotJson');
    }
    const fields = IsnadBody.safeParse(json);
    if (!fields.success) failIssue(where, fields.error, 'body');
    const { schema: _s, ...rest } = fields.data;
    return { ...common, ...rest };
  }
  // Made by another tool: the type from a tagging body, the verdict from assessing/commenting ones.
  const tag = body.find((b) => b.purpose === 'tagging' && AnnotationType.safeParse(b.value).success);
  if (!tag) fail(where, 'errors.w3c.noType');
  const status = VerdictStatus.safeParse(body.find((b) => b.purpose === 'assessing')?.value);
  const note = body.find((b) => b.purpose === 'commenting')?.value;
  return {
    ...common,
    type: tag.value as AnnotationType,
    attributes: {},
    verdict: { ...(status.success ? { status: status.data } : {}), ...(note ? { note } : {}) },
    origin: 'imported',
  };
}

/** Every annotation in a W3C file, or a clear error naming the first problem (nothing is stored by reading). */
export function readWebAnnotations(content: string, fileName = 'the file'): ReadAnnotation[] {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (err) {
    fail(fileName, 'errors.w3c.notJson', { detail: (err as Error).message });
  }
  const items = itemsOf(json, fileName);
  if (items.length === 0) fail(fileName, 'errors.w3c.empty');
  return items.map((item, i) => readOne(item, i + 1));
}
