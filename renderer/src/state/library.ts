import { create } from 'zustand';
import type { DocumentSummary } from '../../../shared/domain/document';
import { api } from '../api/client';
import { reportError } from './notices';

interface LibraryState {
  documents: DocumentSummary[];
  loaded: boolean;
  selectedId: string | null;
  refresh(): Promise<void>;
  select(id: string | null): void;
  addFromText(title: string, text: string): Promise<boolean>;
}

export const useLibrary = create<LibraryState>((set, get) => ({
  documents: [],
  loaded: false,
  selectedId: null,
  async refresh() {
    try {
      const documents = await api.listDocuments({});
      set({ documents, loaded: true });
      const { selectedId } = get();
      if (selectedId && !documents.some((d) => d.id === selectedId)) set({ selectedId: null });
    } catch (err) {
      reportError('Could not load the library', err);
      set({ loaded: true });
    }
  },
  select(id) {
    set({ selectedId: id });
  },
  async addFromText(title, text) {
    try {
      const doc = await api.addDocument({ title, text });
      await get().refresh();
      set({ selectedId: doc.id });
      return true;
    } catch (err) {
      reportError('Could not add the document', err);
      return false;
    }
  },
}));
