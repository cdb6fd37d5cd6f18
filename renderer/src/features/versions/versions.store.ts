import { create } from 'zustand';
import type { NewVersionResult, OrphanView } from '../../../../shared/contract/versions';
import { api } from '../../api/client';
import { useDocument } from '../document/document.store';

/** The versions feature's state: which dialog is open, the orphans of the open document, the last outcome. */
interface VersionsState {
  /** The document the orphans and the last outcome belong to. */
  documentId: string | null;
  dialog: 'new' | 'compare' | null;
  orphansOpen: boolean;
  orphans: OrphanView[];
  lastResult: NewVersionResult | null;
  /** The orphan deleted last, for Undo. */
  deleted: OrphanView | null;
  open(dialog: 'new' | 'compare' | null): void;
  toggleOrphans(): void;
  loadOrphans(documentId: string): Promise<void>;
  /** After a new or restored version: reload the document (and so its orphans). */
  applied(result: NewVersionResult): Promise<void>;
  setDeleted(orphan: OrphanView | null): void;
}

export const useVersions = create<VersionsState>((set, get) => ({
  documentId: null,
  dialog: null,
  orphansOpen: false,
  orphans: [],
  lastResult: null,
  deleted: null,
  open: (dialog) => set({ dialog }),
  toggleOrphans: () => set({ orphansOpen: !get().orphansOpen }),
  async loadOrphans(documentId) {
    if (get().documentId !== documentId)
      set({ documentId, orphans: [], lastResult: null, deleted: null, dialog: null, orphansOpen: false });
    const orphans = await api.listOrphans({ documentId });
    if (useDocument.getState().documentId === documentId) set({ orphans, ...(orphans.length === 0 ? { orphansOpen: false } : {}) });
  },
  async applied(result) {
    set({ lastResult: result, dialog: null, orphansOpen: result.counts.orphaned > 0 || get().orphansOpen });
    // The reloaded document has a new revision, on which the versions bar lists the orphans again.
    await useDocument.getState().loadDocument(result.documentId, { keepSelection: false });
  },
  setDeleted: (deleted) => set({ deleted }),
}));
