import { create } from 'zustand';
import type { FactCheckState } from './factcheck.state';
import { createSessionsSlice } from './sessions.slice';
import { createTableSlice } from './table.slice';

/**
 * The fact-checking feature's one store: the annotations table across the corpus and the
 * sessions working through its claims. Its shape is written out in factcheck.state.ts.
 */
export const useFactCheck = create<FactCheckState>()((...store) => ({
  ...createTableSlice(...store),
  ...createSessionsSlice(...store),
}));
