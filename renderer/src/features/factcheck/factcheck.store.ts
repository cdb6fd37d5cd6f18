import { create } from 'zustand';
import type { AnnotationList, AnnotationListRow } from '../../../../shared/contract/search';
import { api } from '../../api/client';
import { EMPTY_FILTER, type FilterState } from './FilterBar';
import { describeError } from '../../app/notices';

interface AnnotationsState {
  filter: FilterState;
  rows: AnnotationListRow[];
  total: number;
  counts: AnnotationList['counts'] | null;
  loading: boolean;
  error: string | null;
  setFilter(filter: FilterState): void;
  load(): Promise<void>;
  loadMore(): Promise<void>;
}

const PAGE = 500;
let generation = 0;

/** The annotations table: the filter and the rows loaded so far (more load as the table scrolls). */
export const useAnnotations = create<AnnotationsState>((set, get) => ({
  filter: EMPTY_FILTER,
  rows: [],
  total: 0,
  counts: null,
  loading: false,
  error: null,
  setFilter(filter) {
    set({ filter });
  },
  async load() {
    const mine = ++generation;
    set({ loading: true, error: null });
    try {
      const list = await api.filterAnnotations({ filter: get().filter, limit: PAGE });
      if (mine === generation) set({ rows: list.rows, total: list.total, counts: list.counts, loading: false });
    } catch (err) {
      if (mine === generation) set({ error: describeError(err), loading: false, rows: [], total: 0, counts: null });
    }
  },
  async loadMore() {
    const { rows, total, loading, filter } = get();
    if (loading || rows.length >= total) return;
    const mine = generation;
    set({ loading: true });
    try {
      const list = await api.filterAnnotations({ filter, offset: rows.length, limit: PAGE });
      if (mine === generation) set({ rows: [...rows, ...list.rows], loading: false });
    } catch (err) {
      if (mine === generation) set({ error: describeError(err), loading: false });
    }
  },
}));
