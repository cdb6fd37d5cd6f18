import type { Document } from '../../../../shared/domain/document';
import { unpackDocument } from '../../../../shared/domain/packed-document';
import { api } from '../../api/client';
import { useNavigation } from '../../app/navigation';

/**
 * The document asked for by a click in the library (or a search hit), fetched from the
 * moment of the click instead of from the document screen's first effect: that comes only
 * after React has taken the previous screen down and drawn this one's frame, which is the
 * longest task of the click (tens of ms on a loaded machine). The answer is used by the
 * `loadDocument` that follows at once; it is never kept for later.
 */
interface Early {
  id: string;
  at: number;
  answer: Promise<Document>;
}

/** An answer older than this is not used: the screen fetches afresh. */
const FRESH_MS = 2000;

let early: Early | null = null;

/**
 * A document as the screen opens it: sent packed (each annotation without what its text
 * rebuilds, less than half the bytes of the 200 KB article's getDocument) and rebuilt here.
 */
export function fetchDocument(id: string): Promise<Document> {
  return api.getPackedDocument({ id }).then(unpackDocument);
}

/** Starts fetching `id` now, unless saves are still on their way (the answer could miss them). */
export function fetchEarly(id: string, savesPending: boolean): void {
  if (savesPending) {
    early = null;
    return;
  }
  const answer = fetchDocument(id);
  // Taken and awaited by loadDocument, or dropped: either way a failure here is no one's error.
  answer.catch(() => {});
  early = { id, at: performance.now(), answer };
}

/** The early answer for `id` when there is a fresh one (taken once), else null. */
export function takeEarly(id: string): Promise<Document> | null {
  const found = early;
  early = null;
  if (!found || found.id !== id || performance.now() - found.at > FRESH_MS) return null;
  return found.answer;
}

/**
 * Follows navigation: a document opened (a new id, on the document view) is fetched at once.
 * `savesPending` tells whether any save is still queued.
 */
export function fetchOnNavigation(savesPending: () => boolean): () => void {
  return useNavigation.subscribe((now, before) => {
    if (now.view === 'document' && now.documentId && now.documentId !== before.documentId) fetchEarly(now.documentId, savesPending());
  });
}
