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

/** The value each left-out field takes in an annotation of document text `text`; undefined: never left out. */
const REBUILT: Partial<Record<keyof Annotation, (text: string, a: PackedAnnotation, context: () => Context) => unknown>> = {
  text: (text, a) => text.slice(a.start, a.end),
  prefix: (_, __, context) => context().prefix,
  suffix: (_, __, context) => context().suffix,
  // Fresh objects each time (the defaults hold no nested object but the verdict's evidence):
  // the screen's store must not share one between annotations.
  attributes: (_, a) => (a.type in DEFAULT_ATTRIBUTES ? { ...DEFAULT_ATTRIBUTES[a.type] } : undefined),
  verdict: () => ({ ...DEFAULT_VERDICT, evidence: [] }),
  origin: () => DEFAULT_ORIGIN,
  updatedAt: (_, a) => a.createdAt,
  updatedBy: (_, a) => a.createdBy,
};
/** The order annotations are made in (annotation-edits.ts); anything else follows in its own order. */
const ORDER: Array<keyof Annotation> = [
  'id',
  'type',
  'start',
  'end',
  'text',
  'prefix',
  'suffix',
  'attributes',
  'verdict',
  'origin',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
];

/** The context of a span, worked out once and only when asked. */
function contextOf(text: string, a: { start: number; end: number }): () => Context {
  let context: Context | null = null;
  return () => (context ??= spanContext(text, a.start, a.end));
}

export function packAnnotation(text: string, annotation: Annotation): PackedAnnotation {
  const packed = { ...annotation } as Record<string, unknown>;
  const context = contextOf(text, annotation);
  for (const [field, rebuild] of Object.entries(REBUILT)) {
    if (!(field in packed)) continue;
    const rebuilt = rebuild(text, annotation, context);
    if (rebuilt !== undefined && sameValue(packed[field], rebuilt)) delete packed[field];
  }
  return packed as PackedAnnotation;
}

export function unpackAnnotation(text: string, packed: PackedAnnotation): Annotation {
  const given = packed as Record<string, unknown>;
  const context = contextOf(text, packed);
  const out: Record<string, unknown> = {};
  for (const field of ORDER) {
    const rebuild = REBUILT[field];
    const value = field in given ? given[field] : rebuild?.(text, packed, context);
    if (value !== undefined) out[field] = value;
  }
  for (const [field, value] of Object.entries(given)) if (!(field in out)) out[field] = value;
  return out as Annotation;
}

export function packDocument(doc: Document): PackedDocument {
  return { ...doc, annotations: doc.annotations.map((a) => packAnnotation(doc.text, a)) };
}

export function unpackDocument(packed: PackedDocument): Document {
  return { ...packed, annotations: packed.annotations.map((a) => unpackAnnotation(packed.text, a)) };
}
