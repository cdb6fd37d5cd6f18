import { ANNOTATION_TYPES, type Annotation, type AnnotationType, type VerdictStatus } from '../../../../shared/domain/annotation';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { type PanelItem, panelItems } from './suggestion-review.logic';

export type VerdictFilter = 'all' | VerdictStatus;

export interface PanelFilter {
  types: ReadonlySet<AnnotationType>;
  verdict: VerdictFilter;
}

/** Every card shown: how each document opens. */
export function showAll(): PanelFilter {
  return { types: new Set(ANNOTATION_TYPES), verdict: 'all' };
}

/** The filter with `type`'s cards shown if they were hidden, hidden if they were shown. */
export function toggleType(filter: PanelFilter, type: AnnotationType): PanelFilter {
  const types = new Set(filter.types);
  if (types.has(type)) types.delete(type);
  else types.add(type);
  return { ...filter, types };
}

/**
 * The cards the panel shows. Suggestions follow the type filter; a verdict filter shows
 * annotations only, since a suggestion has no verdict yet.
 */
export function filteredItems(annotations: readonly Annotation[], suggestions: readonly Suggestion[], filter: PanelFilter): PanelItem[] {
  const all = filter.types.size === ANNOTATION_TYPES.length;
  const shownAnnotations =
    all && filter.verdict === 'all'
      ? annotations
      : annotations.filter((a) => filter.types.has(a.type) && (filter.verdict === 'all' || a.verdict.status === filter.verdict));
  const shownSuggestions = filter.verdict !== 'all' ? [] : all ? suggestions : suggestions.filter((s) => filter.types.has(s.type));
  return panelItems(shownAnnotations, shownSuggestions);
}
