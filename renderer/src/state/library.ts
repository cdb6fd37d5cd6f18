import { create } from 'zustand';
import type { DocumentSummary } from '../../../shared/domain/document';
import { api } from '../api/client';
import { useNavigation } from './navigation';
import { reportError } from './notices';

interface LibraryState {
  documents: DocumentSummary[];
  loaded: boolean;
  refresh(): Promise<void>;
  addFromText(title: string, text: string): Promise<boolean>;
}

export const useLibrary = create<LibraryState>((set, get) => ({
  documents: [],
  loaded: false,
  async refresh() {
    try {
      const documents = await api.listDocuments({});
      set({ documents, loaded: true });
      const { documentId, openDocument } = useNavigation.getState();
      if (documentId && !documents.some((d) => d.id === documentId)) openDocument(null);
    } catch (err) {
      reportError('Could not load the library', err);
      set({ loaded: true });
    }
  },
  async addFromText(title, text) {
    try {
      const doc = await api.addDocument({ title, text });
      await get().refresh();
      useNavigation.getState().openDocument(doc.id);
      return true;
    } catch (err) {
      reportError('Could not add the document', err);
      return false;
    }
  },
}));
