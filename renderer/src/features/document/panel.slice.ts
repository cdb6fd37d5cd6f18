import type { StateCreator } from 'zustand';
import type { DocumentState, PanelSlice } from './document.state';
import { showAll, toggleType } from './panel-filter.logic';

/** The annotation panel's filters, and whether it is open where it is a drawer. */
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
  listOpen: false,
  setListOpen(listOpen) {
    set({ listOpen });
  },
});
