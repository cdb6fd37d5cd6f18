import { create } from 'zustand';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import type { DocumentState } from './document.state';
import { fetchOnNavigation } from './early-open';
import { createEditingSlice } from './editing.slice';
import { createPanelSlice } from './panel.slice';
import { createSelectionSlice } from './selection.slice';
import { createSplitSlice } from './split.slice';
import { createSuggestionsSlice } from './suggestions.slice';

/**
 * The document screen's one store: the open document and my layer of annotations, the undo
 * history and stored revisions of every document edited here, the save queue, selection,
 * suggestions under review and the panel's filters. Views read it with selectors and change
 * it only through its actions. Its shape is written out in document.state.ts.
 */
export const useDocument = create<DocumentState>()((...store) => ({
  ...createEditingSlice(...store),
  ...createSelectionSlice(...store),
  ...createSuggestionsSlice(...store),
  ...createPanelSlice(...store),
  ...createSplitSlice(...store),
}));

// A document opened is fetched from the click on, not from the screen's first effect.
fetchOnNavigation(() => useDocument.getState().save.pending > 0);

/** The suggestions on offer, for components: re-renders only when what is on offer changes. */
export function useOfferedSuggestions(): Suggestion[] {
  return useDocument((s) => s.offeredIn(s));
}
