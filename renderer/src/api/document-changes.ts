import type { DocumentChange } from '../../../shared/contract/events';
import { documentChangedElsewhere } from '../document/session';
import { useLibrary } from '../state/library';
import { api } from './client';

/** Documents added or removed elsewhere show in the library within this long (a bulk import sends thousands). */
const LIBRARY_REFRESH_MS = 1500;

/** Whether the library list already shows every one of these additions and removals (this window made them). */
export function libraryShows(changes: readonly DocumentChange[], listed: ReadonlySet<string>): boolean {
  return changes.every((c) => (c.change === 'deleted' ? !listed.has(c.documentId) : listed.has(c.documentId)));
}

/**
 * Keeps this window current when the corpus changes under it (another browser tab, a sync):
 * the open document reloads, and the library refreshes when documents come or go, unless
 * it already shows them (this window's own imports refresh it themselves).
 * Returns the function that stops listening.
 */
export function followDocumentChanges(): () => void {
  let refresh: ReturnType<typeof setTimeout> | undefined;
  let pending: DocumentChange[] = [];
  const stop = api.on('documentChanged', (change) => {
    documentChangedElsewhere(change);
    if (change.change !== 'added' && change.change !== 'deleted') return;
    pending.push(change);
    refresh ??= setTimeout(() => {
      refresh = undefined;
      const changes = pending;
      pending = [];
      const library = useLibrary.getState();
      if (!libraryShows(changes, new Set(library.documents.map((d) => d.id)))) void library.refresh();
    }, LIBRARY_REFRESH_MS);
  });
  return () => {
    stop();
    clearTimeout(refresh);
  };
}
