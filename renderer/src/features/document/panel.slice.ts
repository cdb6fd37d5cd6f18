import type { StateCreator } from 'zustand';
import type { DocumentState, PanelSlice } from './document.state';
import { showAll, toggleType } from './panel-filter.logic';

/** The annotation panel's filters. */
export const createPanelSlice: StateCreator<DocumentState, [], [], PanelSlice> = (set) => ({
  panelFilter: showAll(),
  toggleTypeFilter(type) {
    set((s) => ({ panelFilter: toggleType(s.panelFilter, type) }));
  },
  setVerdictFilter(verdict) {
    set((s) => ({ panelFilter: { ...s.panelFilter, verdict } }));
  },
  clearPanelFilter() {
    set({ panelFilter: showAll() });
  },
});
