import { create } from 'zustand';
import { createAdjudicationSlice } from './adjudication.slice';
import { createAnnotatorSlice } from './annotator.slice';
import type { DeskState } from './desk.state';
import { createLayersSlice } from './layers.slice';
import { createReviewSlice } from './review.slice';
import { createSyncSlice } from './sync.slice';

/**
 * The desk's one store: the local annotator, sync through git, other layers beside mine,
 * history, agreement and adjudication. Its shape is written out in desk.state.ts.
 */
export const useDesk = create<DeskState>()((...store) => ({
  ...createAnnotatorSlice(...store),
  ...createSyncSlice(...store),
  ...createLayersSlice(...store),
  ...createReviewSlice(...store),
  ...createAdjudicationSlice(...store),
}));
