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

type Context = { prefix: string; suffix: string };

/** sameValue for the defaults, whose values are all primitives but an empty array: no allocation, no recursion. */
function sameFlat(value: unknown, defaults: object): boolean {
  if (typeof value !== 'object' || value === null) return false;
  let count = 0;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    count++;
    const d = (defaults as Record<string, unknown>)[key];
    if (v !== d && !(Array.isArray(v) && Array.isArray(d) && v.length === 0 && d.length === 0)) return false;
  }
  return count === Object.keys(defaults).length;
}

/**
 * Field by field, like unpackAnnotation: it runs for every annotation whenever an opened
 * document's payload is built (a generic table of rebuilders took 60–200 ms for 2,000).
 * `updatedBy: null` stands for "none" where a createdBy would otherwise fill it in.
 */
export function packAnnotation(text: string, annotation: Annotation): PackedAnnotation {
  const a = annotation as Annotation & Record<string, unknown>;
  const packed: Record<string, unknown> = {};
  let context: Context | null = null;
  const contextOf = () => (context ??= spanContext(text, a.start, a.end));
  for (const field in a) {
    const value = a[field];
    if (value === undefined) continue;
    if (field === 'text' && value === text.slice(a.start, a.end)) continue;
    if (field === 'prefix' && value === contextOf().prefix) continue;
    if (field === 'suffix' && value === contextOf().suffix) continue;
    if (field === 'attributes' && Object.hasOwn(DEFAULT_ATTRIBUTES, a.type) && sameFlat(value, DEFAULT_ATTRIBUTES[a.type])) continue;
    if (field === 'verdict' && sameFlat(value, DEFAULT_VERDICT)) continue;
    if (field === 'origin' && value === DEFAULT_ORIGIN) continue;
    if (field === 'updatedAt' && value === a.createdAt) continue;
    if (field === 'updatedBy' && value === a.createdBy) continue;
    packed[field] = value;
  }
  if (a.createdBy !== undefined && a.updatedBy === undefined) packed.updatedBy = null;
  return packed as PackedAnnotation;
}

/**
 * Written out field by field: it runs for every annotation while the
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
  const updatedBy = p.updatedBy === null ? undefined : (p.updatedBy ?? p.createdBy);
  if (updatedBy !== undefined) out.updatedBy = updatedBy;
  for (const field in p) if (!(field in out) && field !== 'updatedBy') out[field] = p[field];
  return out as Annotation;
}

export function packDocument(doc: Document): PackedDocument {
  return { ...doc, annotations: doc.annotations.map((a) => packAnnotation(doc.text, a)) };
}

export function unpackDocument(packed: PackedDocument): Document {
  return { ...packed, annotations: packed.annotations.map((a) => unpackAnnotation(packed.text, a)) };
}
