import type { StateCreator } from 'zustand';
import { api } from '../../api/client';
import { describeError, reportError } from '../../app/notices';
import { useExchange } from '../exchange/exchange.store';
import { EMPTY_FILTER } from './factcheck.logic';
import type { FactCheckState, TableSlice } from './factcheck.state';
import { translate } from '../../ui/i18n/i18n.store';

const PAGE = 500;

/** The annotations table across the corpus, filtered; rows load page by page as it scrolls. */
export const createTableSlice: StateCreator<FactCheckState, [], [], TableSlice> = (set, get) => {
  /** Numbers the loads, so rows for an older filter never replace the newer filter's. */
  let generation = 0;
  const patch = (change: Partial<TableSlice['table']>) => set((s) => ({ table: { ...s.table, ...change } }));

  return {
    table: { filter: EMPTY_FILTER, rows: [], total: 0, counts: null, loading: false, error: null },
    speakerNames: [],

    setTableFilter(filter) {
      patch({ filter });
    },

    async loadTable() {
      const mine = ++generation;
      patch({ loading: true, error: null });
      try {
        const list = await api.filterAnnotations({ filter: get().table.filter, limit: PAGE });
        if (mine === generation) patch({ rows: list.rows, total: list.total, counts: list.counts, loading: false });
      } catch (err) {
        if (mine === generation) patch({ error: describeError(err), loading: false, rows: [], total: 0, counts: null });
      }
    },

    async loadMoreRows() {
      const { rows, total, loading, filter } = get().table;
      if (loading || rows.length >= total) return;
      const mine = generation;
      patch({ loading: true });
      try {
        const list = await api.filterAnnotations({ filter, offset: rows.length, limit: PAGE });
        if (mine === generation) patch({ rows: [...rows, ...list.rows], loading: false });
      } catch (err) {
        if (mine === generation) patch({ error: describeError(err), loading: false });
      }
    },

    async exportTableRows() {
      try {
        const { documentIds, annotationIds } = await api.matchAnnotationIds({ filter: get().table.filter });
        useExchange.getState().openExport({
          label: translate('factcheck.table.exportLabel', { count: annotationIds.length }),
          // The table shows annotations in boilerplate regions too, so the export keeps them.
          filter: { documentIds, annotationIds, includeExcluded: true },
        });
      } catch (err) {
        reportError(translate('factcheck.error.export'), err);
      }
    },

    async loadSpeakerNames() {
      try {
        const overview = await api.getSpeakers({});
        set({ speakerNames: overview.speakers.map((s) => s.speaker) });
      } catch {
        // Without the registry the speaker field still takes any name typed.
      }
    },

    async countClaims(filter) {
      return (await api.filterAnnotations({ filter, limit: 1 })).total;
    },
  };
};
