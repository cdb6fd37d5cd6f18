import type { CorpusStore } from '../corpus/store';
import type { SyncHost } from './host';

/**
 * The corpus store as sync sees it (docs/STORAGE.md: exclusive, reloadChanged, the list of
 * tracked files written since the last sync).
 */
interface SyncableStore {
  readonly dir: string;
  readonly annotator: { id: string; name: string; email: string };
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  reloadChanged(paths: string[]): Promise<void>;
  trackedChanges?(): { token: number; paths: string[]; complete: boolean };
  forgetTrackedChanges?(token: number): Promise<void>;
}

export function storeHost(corpus: CorpusStore): SyncHost {
  const store = corpus as unknown as SyncableStore;
  return {
    dir: store.dir,
    get annotator() {
      const { id, name, email } = store.annotator;
      return { id, name, email };
    },
    exclusive: (work) => store.exclusive(work),
    reloadChanged: (paths) => store.reloadChanged(paths),
    ...(store.trackedChanges ? { changedPaths: () => (store.trackedChanges as () => { token: number; paths: string[]; complete: boolean })() } : {}),
    ...(store.forgetTrackedChanges ? { changesCommitted: (token: number) => (store.forgetTrackedChanges as (t: number) => Promise<void>)(token) } : {}),
  };
}
