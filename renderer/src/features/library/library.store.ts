import { create } from 'zustand';
import type { DocumentSummary } from '../../../../shared/domain/document';
import { api } from '../../api/client';
import { lastOpenDocument, useNavigation } from '../../app/navigation';
import { reportError } from '../../app/notices';
import { documentToShow } from './library.logic';

interface LibraryState {
  documents: DocumentSummary[];
  loaded: boolean;
  refresh(): Promise<void>;
  /** Updates one document's summary in place (its counts after an edit, its title after a save). */
  patch(documentId: string, change: (summary: DocumentSummary) => DocumentSummary): void;
}

/** The corpus's documents, as the library lists them. */
export const useLibrary = create<LibraryState>((set, get) => ({
  documents: [],
  loaded: false,
  async refresh() {
    try {
      const documents = await api.listDocuments({});
      const firstLoad = !get().loaded;
      set({ documents, loaded: true });
      const { documentId, openDocument } = useNavigation.getState();
      const show = documentToShow(documents, documentId, lastOpenDocument(), firstLoad);
      if (show !== undefined) openDocument(show);
    } catch (err) {
      reportError('Could not load the library', err);
      set({ loaded: true });
    }
  },
  patch(documentId, change) {
    set((lib) => ({ documents: lib.documents.map((d) => (d.id === documentId ? change(d) : d)) }));
  },
}));
