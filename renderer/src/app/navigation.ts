import { create } from 'zustand';

declare global {
  interface Window {
    /**
     * The navigation store other features drive (`openDocument(id, target)`); reachable here
     * so browser tests and the render benchmark can navigate exactly as a search result does.
     */
    isnadNavigation?: typeof useNavigation;
  }
}

/** The main areas of the window. Features add their own view names here. */
export type View = 'document' | 'search' | 'annotations' | 'speakers' | 'sessions' | 'conflicts' | 'agreement' | 'adjudication';

/** Where to land inside a document: an annotation, or a span of the text. */
export type DocumentTarget = { annotationId: string } | { start: number; end: number };

interface NavigationState {
  view: View;
  documentId: string | null;
  /** Set when something (a search hit, a filter row) asks to show a place in the document. */
  target: DocumentTarget | null;
  /** Increases on every request, so asking twice for the same target still scrolls. */
  targetSeq: number;
  showView(view: View): void;
  openDocument(documentId: string | null, target?: DocumentTarget): void;
}

const LAST_DOCUMENT = 'isnad.lastDocument';

/** The document open in this tab, so a reload comes back to it. */
export function lastOpenDocument(): string | null {
  try {
    return sessionStorage.getItem(LAST_DOCUMENT);
  } catch {
    return null;
  }
}

function rememberOpenDocument(documentId: string | null): void {
  try {
    if (documentId) sessionStorage.setItem(LAST_DOCUMENT, documentId);
    else sessionStorage.removeItem(LAST_DOCUMENT);
  } catch {
    // Storage may be disabled; reopening the document by hand still works.
  }
}

/**
 * Cross-feature navigation: search results, annotation tables and sessions call
 * `openDocument(id, target)`; the document view scrolls to and flashes the target.
 */
export const useNavigation = create<NavigationState>((set) => ({
  view: 'document',
  documentId: null,
  target: null,
  targetSeq: 0,
  showView(view) {
    set({ view });
  },
  openDocument(documentId, target) {
    rememberOpenDocument(documentId);
    set((s) => ({ view: 'document', documentId, target: target ?? null, targetSeq: s.targetSeq + 1 }));
  },
}));
