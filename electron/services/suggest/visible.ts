import type { Annotation } from '../../../shared/domain/annotation';
import type { Document } from '../../../shared/domain/document';
import { type Suggestion, sameSuggestion } from '../../../shared/domain/suggestion';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * What the journalist should see: suggestions minus rejected ones and minus those that
 * overlap an existing annotation of the same type (never offer to duplicate or overwrite
 * work). When a suggested speaker is already annotated, quotes that pointed at the
 * suggestion point at the existing annotation instead, so accepting them keeps the link.
 */
export function visibleSuggestions(doc: Pick<Document, 'annotations' | 'rejectedSuggestions'>, suggestions: Suggestion[]): Suggestion[] {
  const replacedBy = new Map<string, string | null>();
  const kept: Suggestion[] = [];
  for (const s of suggestions) {
    if (doc.rejectedSuggestions.some((r) => sameSuggestion(r, s))) {
      replacedBy.set(s.id, null);
      continue;
    }
    const existing = doc.annotations.find((a: Annotation) => a.type === s.type && overlaps(a, s));
    if (existing) {
      replacedBy.set(s.id, existing.type === 'speaker' ? existing.id : null);
      continue;
    }
    kept.push(s);
  }
  const relink = (id: string | null) => (id !== null && replacedBy.has(id) ? (replacedBy.get(id) ?? null) : id);
  return kept.map((s) => {
    if (s.type === 'quote' && s.attributes.speakerId !== null) {
      return { ...s, attributes: { ...s.attributes, speakerId: relink(s.attributes.speakerId) } };
    }
    if (s.type === 'speaker' && s.attributes.sameAs !== null) {
      return { ...s, attributes: { ...s.attributes, sameAs: relink(s.attributes.sameAs) } };
    }
    return s;
  });
}
