import type { CorpusStore } from '../corpus/store';
import type { SyncHost } from './host';

/**
 * The open corpus as sync sees it (docs/STORAGE.md, "For sync"): the store holds its writes
 * and folds its journals while sync commits and merges, reloads what a merge rewrote, and
 * keeps the list of tracked files it wrote so a commit reads only those.
 */
export function storeHost(store: CorpusStore): SyncHost {
  return {
    dir: store.dir,
    get annotator() {
      const { id, name, email } = store.annotator;
      return { id, name, email };
    },
    exclusive: (work) => store.exclusive(work),
    reloadChanged: (paths) => store.reloadChanged(paths),
    changedPaths: () => store.trackedChanges(),
    changesCommitted: (token) => store.forgetTrackedChanges(token),
  };
}
