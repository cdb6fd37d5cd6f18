import type { AnnotationEdit, CreateEdit } from '../../../shared/domain/annotation-edits';
import { newId } from './ids';
import type { NewAnnotation } from './inputs';

/** The link fields of new annotations (quote → speaker, speaker → same as), set once all exist. */
function linksOf(input: Pick<NewAnnotation, 'type' | 'attributes'>): Record<string, unknown> | null {
  const key = input.type === 'quote' ? 'speakerId' : input.type === 'speaker' ? 'sameAs' : null;
  const value = key ? input.attributes?.[key] : undefined;
  return key && value !== undefined && value !== null ? { [key]: value } : null;
}

function unlinked(input: Pick<NewAnnotation, 'type' | 'attributes'>): Record<string, unknown> {
  const { speakerId: _s, sameAs: _a, ...rest } = input.attributes ?? {};
  return input.type === 'figure' ? (input.attributes ?? {}) : rest;
}

/**
 * The edits that create `inputs` in one write: each gets its id (so they may link to each
 * other), is created without its links, and the links are set by updates after all exist,
 * because a link must name an annotation that is already there.
 */
export function createEdits(inputs: NewAnnotation[]): { ids: string[]; edits: AnnotationEdit[] } {
  const creates: CreateEdit[] = inputs.map(({ documentId: _d, expectedRevision: _r, ...a }) => ({
    ...a,
    kind: 'create',
    id: a.id ?? newId('a'),
  }));
  const links: AnnotationEdit[] = creates.flatMap((c) => {
    const attributes = linksOf(c);
    return attributes ? [{ kind: 'update' as const, id: c.id, attributes }] : [];
  });
  return { ids: creates.map((c) => c.id), edits: [...creates.map((c) => ({ ...c, attributes: unlinked(c) })), ...links] };
}
