import type { StateCreator } from 'zustand';
import { api } from '../../api/client';
import { describeError } from '../../app/notices';
import type { AgreementSlice, DeskState, HistorySlice } from './desk.state';

/** Reading what the desk did: an annotation's history, and how far annotators agree. */
export const createReviewSlice: StateCreator<DeskState, [], [], HistorySlice & AgreementSlice> = (set, get) => ({
  histories: {},
  async loadHistory(documentId, annotationId, layer) {
    const key = historyKey(documentId, annotationId, layer);
    set((s) => ({ histories: { ...s.histories, [key]: { loading: true, error: null, entries: s.histories[key]?.entries ?? [] } } }));
    try {
      const { entries } = await api.getAnnotationHistory({ documentId, annotationId, ...(layer ? { layer } : {}) });
      set((s) => ({ histories: { ...s.histories, [key]: { loading: false, error: null, entries } } }));
    } catch (err) {
      set((s) => ({ histories: { ...s.histories, [key]: { loading: false, error: describeError(err), entries: [] } } }));
    }
  },
  agreement: null,
  agreementLoading: false,
  agreementError: null,
  async loadAgreement() {
    set({ agreementLoading: true, agreementError: null });
    try {
      const agreement = await api.computeAgreement({});
      set({ agreement, agreementLoading: false });
      get().rememberNames(agreement.names);
    } catch (err) {
      set({ agreementLoading: false, agreementError: describeError(err) });
    }
  },
});

/** The key a card's history is kept under in the store. */
export function historyKey(documentId: string, annotationId: string, layer?: string): string {
  return `${documentId}/${layer ?? ''}/${annotationId}`;
}
