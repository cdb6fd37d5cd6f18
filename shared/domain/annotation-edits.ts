import { z } from 'zod';
import { IsnadError } from '../errors';
import { checkSpan, spanContext } from '../text/offsets';
import { type Annotation, AnnotationOrigin, AnnotationType, Carried, Id, Verdict, VerdictPatch } from './annotation';
import { checkLinks, compareAnnotations, resolveAttributes, unlinkReferences } from './annotation-rules';
import { codedError, refiled } from '../error-text';

const Offset = z.number().int().nonnegative();

/** What an update may change: also the updateAnnotation operation's fields. */
export const updateFields = {
  id: Id,
  start: Offset.optional(),
  end: Offset.optional(),
  /** Required whenever start or end changes, as the anchor check. */
  text: z.string().min(1).optional(),
  /** Merged over the current attributes, then checked against the annotation type's schema. */
  attributes: z.record(z.string(), z.unknown()).optional(),
  verdict: VerdictPatch.optional(),
  /** The status a new version gave it (null: reviewed, clear it). */
  carried: Carried.nullable().optional(),
};

/**
 * One change to a document's annotations. A list of these is applied all-or-nothing in one
 * write, and applying it yields the list that undoes it, so undo is just another edit.
 */
export const AnnotationEdit = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('create'),
    id: Id,
    type: AnnotationType,
    start: Offset,
    end: Offset,
    text: z.string().min(1, 'text is empty'),
    attributes: z.record(z.string(), z.unknown()).optional(),
    verdict: Verdict.partial().optional(),
    origin: AnnotationOrigin.optional(),
  }),
  z.object({ kind: z.literal('update'), ...updateFields }),
  z.object({ kind: z.literal('delete'), id: Id }),
]);
export type AnnotationEdit = z.infer<typeof AnnotationEdit>;
export type CreateEdit = Extract<AnnotationEdit, { kind: 'create' }>;
export type UpdateEdit = Extract<AnnotationEdit, { kind: 'update' }>;

export interface EditOutcome {
  /** The new list in text order; annotations that did not change keep their identity. */
  annotations: Annotation[];
  /** Applying these to `annotations` restores the list as it was. */
  inverse: AnnotationEdit[];
  /** Ids created, updated, deleted or unlinked, in the order they were touched. */
  touched: string[];
  deleted: string[];
}

function fail(index: number, err: unknown): never {
  if (err instanceof IsnadError) {
    throw refiled(err, err.field ? `edits.${index}.${err.field}` : `edits.${index}`);
  }
  throw err;
}

function insertSorted(list: Annotation[], annotation: Annotation): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareAnnotations(list[mid] as Annotation, annotation) < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, annotation);
}

function indexOf(list: Annotation[], id: string): number {
  const index = list.findIndex((a) => a.id === id);
  if (index < 0) throw codedError('not_found', 'errors.annotations.notFound', { id }, 'id');
  return index;
}

function pick<T extends object>(source: T, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = (source as Record<string, unknown>)[key];
  return out;
}

/** Adds one annotation to `list` in text order; returns the edit that undoes it. */
export function createIn(text: string, list: Annotation[], edit: CreateEdit, stamp: string): AnnotationEdit[] {
  const problem = checkSpan(text, edit.start, edit.end, edit.text);
  if (problem) throw codedError('invalid_input', problem.messageId, problem.values, problem.field);
  if (list.some((a) => a.id === edit.id)) throw codedError('conflict', 'errors.annotations.idTaken', { id: edit.id }, 'id');
  const annotation = {
    id: edit.id,
    type: edit.type,
    start: edit.start,
    end: edit.end,
    text: edit.text,
    ...spanContext(text, edit.start, edit.end),
    attributes: resolveAttributes(edit.type, {}, edit.attributes ?? {}),
    verdict: Verdict.parse(edit.verdict ?? {}),
    origin: edit.origin ?? 'manual',
    createdAt: stamp,
    updatedAt: stamp,
  } as Annotation;
  checkLinks(list, annotation);
  insertSorted(list, annotation);
  return [{ kind: 'delete', id: edit.id }];
}

/** Changes one annotation of `list`; returns the edit that undoes it. */
export function updateIn(text: string, list: Annotation[], edit: UpdateEdit, stamp: string): AnnotationEdit[] {
  const index = indexOf(list, edit.id);
  const current = list[index] as Annotation;
  const next = { ...current, updatedAt: stamp } as Annotation;
  const undo: UpdateEdit = { kind: 'update', id: edit.id };
  if (edit.start !== undefined || edit.end !== undefined) {
    const start = edit.start ?? current.start;
    const end = edit.end ?? current.end;
    if (edit.text === undefined) throw codedError('invalid_input', 'errors.annotations.textRequired', undefined, 'text');
    const problem = checkSpan(text, start, end, edit.text);
    if (problem) throw codedError('invalid_input', problem.messageId, problem.values, problem.field);
    Object.assign(next, { start, end, text: edit.text }, spanContext(text, start, end));
    Object.assign(undo, { start: current.start, end: current.end, text: current.text });
  } else if (edit.text !== undefined && edit.text !== current.text) {
    throw codedError('invalid_input', 'errors.annotations.textOnlyWithSpan', undefined, 'text');
  }
  if (edit.attributes !== undefined) {
    next.attributes = resolveAttributes(current.type, current.attributes, edit.attributes) as never;
    undo.attributes = pick(current.attributes, Object.keys(edit.attributes));
  }
  if (edit.verdict !== undefined) {
    next.verdict = Verdict.parse({ ...current.verdict, ...edit.verdict });
    undo.verdict = pick(current.verdict, Object.keys(edit.verdict)) as UpdateEdit['verdict'];
  }
  if (edit.carried !== undefined) {
    undo.carried = current.carried ?? null;
    if (edit.carried === null) delete (next as { carried?: unknown }).carried;
    else next.carried = edit.carried;
  }
  checkLinks(list, next);
  list.splice(index, 1);
  insertSorted(list, next);
  return [undo];
}

/** Removes one annotation from `list` and clears links to it; returns the edits that undo both. */
export function removeIn(list: Annotation[], id: string, stamp: string, touched: string[]): AnnotationEdit[] {
  const index = indexOf(list, id);
  const removed = list[index] as Annotation;
  list.splice(index, 1);
  // unlinkReferences edits in place, so hand it copies of the annotations it may change.
  const linking = new Set<number>();
  list.forEach((a, i) => {
    if ((a.type === 'quote' && a.attributes.speakerId === id) || (a.type === 'speaker' && a.attributes.sameAs === id)) {
      linking.add(i);
      list[i] = structuredClone(a);
    }
  });
  const unlinked = unlinkReferences(
    [...linking].map((i) => list[i] as Annotation),
    id,
    stamp,
  );
  const restore: AnnotationEdit = {
    kind: 'create',
    id: removed.id,
    type: removed.type,
    start: removed.start,
    end: removed.end,
    text: removed.text,
    attributes: { ...removed.attributes },
    verdict: { ...removed.verdict },
    origin: removed.origin,
  };
  const relink: AnnotationEdit[] = unlinked.map((a) => ({
    kind: 'update',
    id: a.id,
    attributes: a.type === 'quote' ? { speakerId: id } : { sameAs: id },
  }));
  touched.push(...unlinked.map((a) => a.id));
  return [restore, ...relink];
}

/**
 * Applies edits in order to a copy of `annotations`. Throws IsnadError (field
 * `edits.N.…`) on the first edit that breaks a rule, leaving the input untouched.
 */
export function applyAnnotationEdits(
  text: string,
  annotations: readonly Annotation[],
  edits: readonly AnnotationEdit[],
  stamp: string,
): EditOutcome {
  const list = [...annotations];
  const inverse: AnnotationEdit[] = [];
  const touched: string[] = [];
  const deleted: string[] = [];
  edits.forEach((edit, i) => {
    try {
      touched.push(edit.id);
      let undo: AnnotationEdit[];
      if (edit.kind === 'create') undo = createIn(text, list, edit, stamp);
      else if (edit.kind === 'update') undo = updateIn(text, list, edit, stamp);
      else {
        undo = removeIn(list, edit.id, stamp, touched);
        deleted.push(edit.id);
      }
      inverse.unshift(...undo);
    } catch (err) {
      fail(i, err);
    }
  });
  return { annotations: list, inverse, touched: [...new Set(touched)], deleted };
}
