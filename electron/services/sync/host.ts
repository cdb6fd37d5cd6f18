/** The local annotator: who commits, and whose layer this copy writes. */
export interface Annotator {
  id: string;
  name: string;
  email: string;
}

/**
 * What sync needs of the open corpus (electron/services/corpus implements it). The engine
 * reads and writes the work tree itself, but only inside `exclusive`, when the store has
 * written every tracked file and holds new writes back; afterwards `reloadChanged` tells
 * the store (and through its events, search) which files a merge rewrote.
 */
export interface SyncHost {
  readonly dir: string;
  readonly annotator: Annotator;
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  reloadChanged(paths: string[]): Promise<void>;
  /**
   * The tracked files the store wrote since the last sync, when it keeps such a list;
   * `complete: false` (after a crash) means the whole tree must be compared.
   */
  changedPaths?(): { token: number; paths: string[]; complete: boolean };
  /** The listed changes up to `token` are committed. */
  changesCommitted?(token: number): Promise<void>;
}

/** A corpus folder with no store open on it (a fresh clone, tests of the engine alone). */
export function folderHost(dir: string, annotator: Annotator): SyncHost {
  return { dir, annotator, exclusive: (work) => work(), reloadChanged: async () => {} };
}
