import { create } from 'zustand';
import { ANNOTATION_TYPES, type Annotation, type AnnotationType, type VerdictStatus } from '../../../../shared/domain/annotation';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { type PanelItem, panelItems } from './suggestion-review.logic';

export type VerdictFilter = 'all' | VerdictStatus;

export interface PanelFilter {
  types: ReadonlySet<AnnotationType>;
  verdict: VerdictFilter;
}

/**
 * The panel's type and verdict filters. A store rather than component state because
 * reviewing suggestions by key needs the cards as shown (the next suggestion is the next
 * one the journalist can see).
 */
export const usePanelFilter = create<PanelFilter>(() => ({ types: new Set(ANNOTATION_TYPES), verdict: 'all' }));

export function toggleTypeFilter(type: AnnotationType): void {
  usePanelFilter.setState((f) => {
    const types = new Set(f.types);
    if (types.has(type)) types.delete(type);
    else types.add(type);
    return { types };
  });
}

export function setVerdictFilter(verdict: VerdictFilter): void {
  usePanelFilter.setState({ verdict });
}

export function clearPanelFilter(): void {
  usePanelFilter.setState({ types: new Set(ANNOTATION_TYPES), verdict: 'all' });
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
