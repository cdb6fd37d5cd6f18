import { ATTRIBUTE_SCHEMAS, type Annotation, type AnnotationType, Verdict } from './annotation';
import type { Document } from './document';
import { spanContext } from '../text/offsets';

/**
 * A document as the screen opens it: the whole Document, except that each annotation leaves
 * out every field the rest rebuilds exactly (unpackDocument): its text, prefix and suffix
 * (from the document's text and its offsets), a verdict or attributes still at their
 * defaults, origin "manual", updatedAt/updatedBy equal to createdAt/createdBy. A field is
 * left out only when the rebuilt value equals the stored one, so an annotation whose stored
 * text or context no longer matches the document keeps it, and is shown as stored.
 *
 * Why: the 200 KB article with 2,000 annotations was a 1.47 MB answer, three quarters of it
 * these fields; receiving and decoding it was the largest cost of opening it after the click.
 */
export type PackedAnnotation = Pick<Annotation, 'id' | 'type' | 'start' | 'end' | 'createdAt'> & {
  [field in Exclude<keyof Annotation, 'id' | 'type' | 'start' | 'end' | 'createdAt'>]?: unknown;
};

export type PackedDocument = Omit<Document, 'annotations'> & { annotations: PackedAnnotation[] };

const DEFAULT_VERDICT = Verdict.parse({});
const DEFAULT_ATTRIBUTES: Record<AnnotationType, object> = {
  quote: ATTRIBUTE_SCHEMAS.quote.parse({}),
  speaker: ATTRIBUTE_SCHEMAS.speaker.parse({}),
  figure: ATTRIBUTE_SCHEMAS.figure.parse({}),
};
const DEFAULT_ORIGIN = 'manual';

/** A type's default attributes as a fresh object (none for a type this version does not know). */
function freshAttributes(type: string): object | undefined {
  return Object.hasOwn(DEFAULT_ATTRIBUTES, type) ? { ...DEFAULT_ATTRIBUTES[type as AnnotationType] } : undefined;
}

/** Equal as JSON values: key order does not count, and a key holding undefined is no key (as after transport). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameValue(x, (b as unknown[])[i]));
  const keysOf = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const ka = keysOf(a);
  const kb = keysOf(b);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

type Context = { prefix: string; suffix: string };

/**
 * The value each left-out field takes in an annotation of document text `text` (undefined:
 * never left out); packing compares against it, unpackAnnotation writes the same out by hand.
 */
const REBUILT: Partial<Record<keyof Annotation, (text: string, a: PackedAnnotation, context: () => Context) => unknown>> = {
  text: (text, a) => text.slice(a.start, a.end),
  prefix: (_, __, context) => context().prefix,
  suffix: (_, __, context) => context().suffix,
  attributes: (_, a) => freshAttributes(a.type),
  verdict: () => ({ ...DEFAULT_VERDICT, evidence: [] }),
  origin: () => DEFAULT_ORIGIN,
  updatedAt: (_, a) => a.createdAt,
  updatedBy: (_, a) => a.createdBy,
};
/** The context of a span, worked out once and only when asked. */
function contextOf(text: string, a: { start: number; end: number }): () => Context {
  let context: Context | null = null;
  return () => (context ??= spanContext(text, a.start, a.end));
}

export function packAnnotation(text: string, annotation: Annotation): PackedAnnotation {
  const packed: Record<string, unknown> = {};
  const context = contextOf(text, annotation);
  for (const [field, value] of Object.entries(annotation)) {
    const rebuilt = REBUILT[field as keyof Annotation]?.(text, annotation, context);
    if (rebuilt === undefined || !sameValue(value, rebuilt)) packed[field] = value;
  }
  return packed as PackedAnnotation;
}

/**
 * Written out field by field, not through REBUILT: it runs for every annotation while the
 * journalist waits for the document, in a page whose code has not warmed up yet. The fields
 * come in the order annotations are made in (annotation-edits.ts), anything else after.
 */
export function unpackAnnotation(text: string, packed: PackedAnnotation): Annotation {
  const p = packed as PackedAnnotation & Partial<Annotation> & Record<string, unknown>;
  let prefix = p.prefix;
  let suffix = p.suffix;
  if (prefix === undefined || suffix === undefined) {
    const context = spanContext(text, p.start, p.end);
    prefix ??= context.prefix;
    suffix ??= context.suffix;
  }
  const out: Record<string, unknown> = {
    id: p.id,
    type: p.type,
    start: p.start,
    end: p.end,
    text: p.text ?? text.slice(p.start, p.end),
    prefix,
    suffix,
    attributes: p.attributes ?? freshAttributes(p.type),
    verdict: p.verdict ?? { ...DEFAULT_VERDICT, evidence: [] },
    origin: p.origin ?? DEFAULT_ORIGIN,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt ?? p.createdAt,
  };
  if (out.attributes === undefined) delete out.attributes;
  if (p.createdBy !== undefined) out.createdBy = p.createdBy;
  const updatedBy = p.updatedBy ?? p.createdBy;
  if (updatedBy !== undefined) out.updatedBy = updatedBy;
  for (const field in p) if (!(field in out)) out[field] = p[field];
  return out as Annotation;
}

export function packDocument(doc: Document): PackedDocument {
  return { ...doc, annotations: doc.annotations.map((a) => packAnnotation(doc.text, a)) };
}

export function unpackDocument(packed: PackedDocument): Document {
  return { ...packed, annotations: packed.annotations.map((a) => unpackAnnotation(packed.text, a)) };
}
