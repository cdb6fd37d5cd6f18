import type { DocumentSummary } from '../../../shared/domain/document';
import type { DocumentMeta } from '../../../shared/search/filter';
import { type CachedDocument, type SavedCache, type SearchCache, type Unsearchable, documentKey } from './cache';
import type { SearchIndex } from './search-index';

/** The catalog's own record of a document. */
export interface Entry {
  /** The store's own summary where it has one (replaced on change, never changed in place): not a second object per document. */
  meta: Readonly<DocumentMeta>;
  cached: CachedDocument;
}

/** What the catalog keeps per document, filled in from a saved cache on open. */
export interface CatalogState {
  entries: Map<string, Entry>;
  unsearchable: Map<string, Unsearchable>;
  /** Documents to (re)index. */
  dirty: Set<string>;
}

/**
 * Reconciles a saved cache (and the index restored from it, null if there is none or it was
 * damaged) with the documents stored now: what is current is kept, what changed, went over
 * `maxDocumentChars` or is new goes to `dirty`. Returns the ids the saved index holds that
 * are no longer stored, and whether the cache needs saving again.
 */
export function reconcileSaved(
  summaries: ReadonlyArray<Readonly<DocumentSummary>>,
  cache: SearchCache | null,
  index: SearchIndex | null,
  maxDocumentChars: number,
  state: CatalogState,
): { gone: string[]; unsaved: boolean } {
  const live = new Set<string>();
  for (const summary of summaries) {
    live.add(summary.id);
    const cached = index ? cache?.documents.get(summary.id) : undefined;
    const current = cached !== undefined && cached.key === documentKey(summary);
    if (cached) state.entries.set(summary.id, { meta: summary, cached });
    const failed = cache?.unsearchable.get(summary.id);
    // A document that failed is tried again only once it changes, or the limit it was over does.
    const sameLimit = failed?.limit === undefined || failed.limit === maxDocumentChars;
    // Indexed under a higher limit than this one: left out now.
    const overLimit = summary.title.length + summary.length > maxDocumentChars;
    if (current && failed && failed.key === cached.key && sameLimit) state.unsearchable.set(summary.id, failed);
    else if (!current || !index?.has(summary.id) || overLimit) state.dirty.add(summary.id);
  }
  if (!index) return { gone: [], unsaved: summaries.length > 0 };
  // Documents deleted since the index was saved (taking them out needs their words).
  const gone = (cache?.index.ids ?? []).filter((id) => !live.has(id));
  const unsaved = [...(cache?.documents.keys() ?? [])].some((id) => !live.has(id)) || state.dirty.size > 0;
  return { gone, unsaved };
}

/**
 * The catalog's documents as a save writes them, taken now with their slots in `index`
 * (call after `index.forSave()`, which may renumber them): arrays side by side, not a copy of
 * the Map, which a save after a long import held beside the catalog's own (issue 18).
 */
export function savedDocuments(entries: ReadonlyMap<string, Entry>, index: SearchIndex): SavedCache['documents'] {
  const ids = [...entries.keys()];
  const cached = Array.from(entries.values(), (entry) => entry.cached);
  return { ids, cached, slots: Int32Array.from(ids, (id) => index.slotOf(id)) };
}
