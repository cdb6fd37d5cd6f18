import { create } from 'zustand';
import type { DocumentSummary } from '../../../../shared/domain/document';
import { api } from '../../api/client';
import { lastOpenDocument, useNavigation } from '../../app/navigation';
import { reportError, reportInfo, useNotices } from '../../app/notices';
import { translate } from '../../ui/i18n/i18n.store';
import { LIBRARY_SORTS, type LibrarySort, documentToShow } from './library.logic';

const SORT_KEY = 'isnad.library.sort';

function savedSort(): LibrarySort {
  try {
    const saved = localStorage.getItem(SORT_KEY);
    return (LIBRARY_SORTS as readonly string[]).includes(saved ?? '') ? (saved as LibrarySort) : 'added';
  } catch {
    return 'added';
  }
}

interface LibraryState {
  documents: DocumentSummary[];
  loaded: boolean;
  /** How the list is ordered (remembered) and the filter box's text. */
  sort: LibrarySort;
  query: string;
  /** The trash, loaded when its dialog opens and kept current by what this window does. */
  trash: DocumentSummary[];
  refresh(): Promise<void>;
  /** Updates one document's summary in place (its counts after an edit, its title after a save). */
  patch(documentId: string, change: (summary: DocumentSummary) => DocumentSummary): void;
  setSort(sort: LibrarySort): void;
  setQuery(query: string): void;
  /** Title and tags; resolves to an error message when refused (shown in the form), else null. */
  edit(documentId: string, change: { title?: string; tags?: string[] }): Promise<string | null>;
  /** Moves the document to the trash, with an Undo on the notice. */
  remove(documentId: string): Promise<void>;
  restore(documentId: string): Promise<boolean>;
  loadTrash(): Promise<void>;
  /** Deletes for good: those named, or the whole trash. */
  emptyTrash(ids?: string[]): Promise<void>;
}

/** The corpus's documents, as the library lists them. */
export const useLibrary = create<LibraryState>((set, get) => ({
  documents: [],
  loaded: false,
  sort: savedSort(),
  query: '',
  trash: [],
  async refresh() {
    try {
      const documents = await api.listDocuments({});
      const firstLoad = !get().loaded;
      set({ documents, loaded: true });
      const { documentId, openDocument } = useNavigation.getState();
      const show = documentToShow(documents, documentId, lastOpenDocument(), firstLoad);
      if (show !== undefined) openDocument(show);
    } catch (err) {
      reportError(translate('library.error.load'), err);
      set({ loaded: true });
    }
  },
  patch(documentId, change) {
    set((lib) => ({ documents: lib.documents.map((d) => (d.id === documentId ? change(d) : d)) }));
  },
  setSort(sort) {
    set({ sort });
    try {
      localStorage.setItem(SORT_KEY, sort);
    } catch {
      // Private mode: the order is kept for this session only.
    }
  },
  setQuery(query) {
    set({ query });
  },
  async edit(documentId, change) {
    try {
      const summary = await api.updateDocument({ id: documentId, ...change });
      get().patch(documentId, () => summary);
      return null;
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  },
  async remove(documentId) {
    const doc = get().documents.find((d) => d.id === documentId);
    try {
      await api.deleteDocument({ id: documentId });
    } catch (err) {
      reportError(translate('library.error.delete'), err);
      return;
    }
    set((lib) => ({ documents: lib.documents.filter((d) => d.id !== documentId) }));
    if (useNavigation.getState().documentId === documentId) useNavigation.getState().openDocument(null);
    useNotices.getState().push({
      kind: 'info',
      title: translate('library.notice.trashed'),
      detail: doc?.title ?? documentId,
      detailIsUserText: true,
      action: { label: translate('library.notice.undo'), run: () => void get().restore(documentId) },
    });
  },
  async restore(documentId) {
    try {
      const summary = await api.restoreDocument({ id: documentId });
      set((lib) => ({ trash: lib.trash.filter((d) => d.id !== documentId) }));
      await get().refresh();
      reportInfo(translate('library.notice.restored'), summary.title, true);
      return true;
    } catch (err) {
      reportError(translate('library.error.restore'), err);
      return false;
    }
  },
  async loadTrash() {
    try {
      set({ trash: await api.listTrash({}) });
    } catch (err) {
      reportError(translate('library.error.trash'), err);
    }
  },
  async emptyTrash(ids) {
    try {
      const { removed } = await api.emptyTrash(ids ? { ids } : {});
      set((lib) => ({ trash: lib.trash.filter((d) => !removed.includes(d.id)) }));
      reportInfo(translate('library.notice.deletedForGood', { count: removed.length }));
    } catch (err) {
      reportError(translate('library.error.emptyTrash'), err);
    }
  },
}));
