import type { Annotation, AnnotationType } from '../domain/annotation';
import type { Document } from '../domain/document';
import type { RejectedSuggestion, Suggestion } from '../domain/suggestion';
import { OverlapIndex } from './overlap-index';

const rejectionKey = (r: RejectedSuggestion) => `${r.type}:${r.start}:${r.end}:${r.text}`;

/** One overlap index per annotation type, built once per list of annotations. */
export function annotationIndexes(annotations: readonly Annotation[]): Record<AnnotationType, OverlapIndex<Annotation>> {
  return {
    quote: new OverlapIndex(annotations.filter((a) => a.type === 'quote')),
    speaker: new OverlapIndex(annotations.filter((a) => a.type === 'speaker')),
    figure: new OverlapIndex(annotations.filter((a) => a.type === 'figure')),
  };
}

/**
 * What the journalist should see: suggestions minus rejected ones and minus those that
 * overlap an existing annotation of the same type (never offer to duplicate or overwrite
 * work). When a suggested speaker is already annotated, quotes that pointed at the
 * suggestion point at the existing annotation instead, so accepting them keeps the link.
 * Runs on the server for `suggestAnnotations` and on the screen after every edit, so it
 * stays O((n + m) log n).
 */
export function visibleSuggestions(
  doc: Pick<Document, 'annotations' | 'rejectedSuggestions'>,
  suggestions: readonly Suggestion[],
): Suggestion[] {
  const rejected = new Set(doc.rejectedSuggestions.map(rejectionKey));
  const indexes = annotationIndexes(doc.annotations);
  const replacedBy = new Map<string, string | null>();
  const kept: Suggestion[] = [];
  for (const s of suggestions) {
    if (rejected.has(rejectionKey(s))) {
      replacedBy.set(s.id, null);
      continue;
    }
    const existing = indexes[s.type].overlapping(s.start, s.end);
    if (existing) {
      replacedBy.set(s.id, existing.type === 'speaker' ? existing.id : null);
      continue;
    }
    kept.push(s);
  }
  if (replacedBy.size === 0) return kept;
  const relink = (id: string | null) => (id !== null && replacedBy.has(id) ? (replacedBy.get(id) ?? null) : id);
  // Unchanged suggestions keep their identity, so the screen can skip redrawing them.
  return kept.map((s) => {
    if (s.type === 'quote' && s.attributes.speakerId !== null && replacedBy.has(s.attributes.speakerId)) {
      return { ...s, attributes: { ...s.attributes, speakerId: relink(s.attributes.speakerId) } };
    }
    if (s.type === 'speaker' && s.attributes.sameAs !== null && replacedBy.has(s.attributes.sameAs)) {
      return { ...s, attributes: { ...s.attributes, sameAs: relink(s.attributes.sameAs) } };
    }
    return s;
  });
}
