import type { DocumentChange } from '../../../shared/contract/events';
import { api } from '../api/client';

/** Documents added or removed elsewhere show in the library within this long (a bulk import sends thousands). */
const LIBRARY_REFRESH_MS = 1500;

/** Whether the library list already shows every one of these additions and removals (this window made them). */
export function libraryShows(changes: readonly DocumentChange[], listed: ReadonlySet<string>): boolean {
  return changes.every((c) => (c.change === 'deleted' ? !listed.has(c.documentId) : listed.has(c.documentId)));
}

/** What the shell hands in from the features, which only App.tsx imports. */
export interface DocumentChangeTargets {
  /** The document screen: reloads the open document when someone else changed it. */
  document(change: DocumentChange): void;
  /** The ids the library lists now. */
  listed(): ReadonlySet<string>;
  refreshLibrary(): void;
}

/**
 * Keeps this window current when the corpus changes under it (another browser tab, a sync):
 * the open document reloads, and the library refreshes when documents come or go, unless
 * it already shows them (this window's own imports refresh it themselves).
 * Returns the function that stops listening.
 */
export function followDocumentChanges(targets: DocumentChangeTargets): () => void {
  let refresh: ReturnType<typeof setTimeout> | undefined;
  let pending: DocumentChange[] = [];
  const stop = api.on('documentChanged', (change) => {
    targets.document(change);
    if (change.change !== 'added' && change.change !== 'deleted') return;
    pending.push(change);
    refresh ??= setTimeout(() => {
      refresh = undefined;
      const changes = pending;
      pending = [];
      if (!libraryShows(changes, targets.listed())) targets.refreshLibrary();
    }, LIBRARY_REFRESH_MS);
  });
  return () => {
    stop();
    clearTimeout(refresh);
  };
}
