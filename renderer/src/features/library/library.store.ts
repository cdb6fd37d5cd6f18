import { create } from 'zustand';
import type { DocumentSummary } from '../../../../shared/domain/document';
import { api } from '../../api/client';
import { useImporter } from '../import/import.store';
import { lastOpenDocument, useNavigation } from '../../app/navigation';
import { reportError } from '../../app/notices';

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
      const firstLoad = !get().loaded;
      set({ documents, loaded: true });
      const { documentId, openDocument } = useNavigation.getState();
      const last = firstLoad && documentId === null ? lastOpenDocument() : null;
      if (last && documents.some((d) => d.id === last)) openDocument(last);
      else if (documentId && !documents.some((d) => d.id === documentId)) openDocument(null);
    } catch (err) {
      reportError('Could not load the library', err);
      set({ loaded: true });
    }
  },
  /** Pasted text goes through the import pipeline: boilerplate, outlet, duplicates, split offer. */
  async addFromText(title, text) {
    try {
      const outcome = await api.importText({ title, text });
      const doc = outcome.documents[0];
      if (!doc) {
        const of = outcome.duplicates[0]?.of;
        reportError('Could not add the document', of ? `This text is already in the corpus as “${of.title}”.` : (outcome.reason ?? 'nothing was imported'));
        return false;
      }
      await get().refresh();
      useNavigation.getState().openDocument(doc.id);
      // Several articles, or a near-duplicate: show the report so the user can act on it.
      if (doc.split || doc.nearDuplicateOf) useImporter.getState().showOutcome(outcome);
      return true;
    } catch (err) {
      reportError('Could not add the document', err);
      return false;
    }
  },
}));
