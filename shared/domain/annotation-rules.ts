import { ATTRIBUTE_SCHEMAS, type Annotation, type AnnotationType } from './annotation';
import { codedError } from '../error-text';
import { issueError } from '../input-errors';

/** Text order: by start, longer span first, so a quote precedes the figure nested in it. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);
}

/**
 * Each type's attribute schema refusing unknown fields, made once: zod compiles a schema the
 * first time it parses with it, and a `.strict()` copy made per call was compiled afresh for
 * every annotation (a fifth of an import-back's time went on compiling the same schema).
 */
const STRICT_ATTRIBUTES = {
  quote: ATTRIBUTE_SCHEMAS.quote.strict(),
  speaker: ATTRIBUTE_SCHEMAS.speaker.strict(),
  figure: ATTRIBUTE_SCHEMAS.figure.strict(),
} as const;

/**
 * Merges a patch over the current attributes and validates the result against the
 * annotation type's schema, rejecting unknown fields so a typo is not silently stored.
 */
export function resolveAttributes(type: AnnotationType, current: object, patch: Record<string, unknown>): Annotation['attributes'] {
  const schema = STRICT_ATTRIBUTES[type];
  const result = schema.safeParse({ ...current, ...patch });
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path.map(String).join('.') || (issue && 'keys' in issue ? String(issue.keys) : '');
    throw issueError(issue, ['attributes'], key ? `attributes.${key}` : 'attributes');
  }
  return result.data;
}

/** A quote's speaker and a speaker's "same as" must point at speaker annotations in the same document. */
export function checkLinks(annotations: readonly Annotation[], annotation: Annotation): void {
  const target =
    annotation.type === 'quote'
      ? { field: 'attributes.speakerId', id: annotation.attributes.speakerId }
      : annotation.type === 'speaker'
        ? { field: 'attributes.sameAs', id: annotation.attributes.sameAs }
        : null;
  if (!target || target.id === null) return;
  if (target.id === annotation.id) throw codedError('invalid_input', 'errors.annotations.linkSelf', { field: target.field }, target.field);
  const linked = annotations.find((a) => a.id === target.id);
  if (!linked || linked.type !== 'speaker') {
    throw codedError('invalid_input', 'errors.annotations.noSpeaker', { field: target.field, id: target.id }, target.field);
  }
  if (annotation.type === 'speaker') checkSameAsChain(annotations, annotation.id, linked);
}

/** "Same as" chains must end at one canonical mention; a loop would leave no person to name. */
function checkSameAsChain(annotations: readonly Annotation[], selfId: string, first: Annotation): void {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const seen = new Set<string>();
  let current: Annotation | undefined = first;
  while (current && current.type === 'speaker' && !seen.has(current.id)) {
    if (current.id === selfId) {
      throw codedError('invalid_input', 'errors.annotations.sameAsLoop', undefined, 'attributes.sameAs');
    }
    seen.add(current.id);
    current = current.attributes.sameAs === null ? undefined : byId.get(current.attributes.sameAs);
  }
}

/** Clears links to a removed annotation; returns the annotations that changed. */
export function unlinkReferences(annotations: Annotation[], removedId: string, stamp: string): Annotation[] {
  const changed: Annotation[] = [];
  for (const a of annotations) {
    if (a.type === 'quote' && a.attributes.speakerId === removedId) a.attributes.speakerId = null;
    else if (a.type === 'speaker' && a.attributes.sameAs === removedId) a.attributes.sameAs = null;
    else continue;
    a.updatedAt = stamp;
    changed.push(a);
  }
  return changed;
}
