import { mkdir } from 'node:fs/promises';
import { z } from 'zod';
import { DurableJSONFile, writeTextAtomic } from './durable-file';
import { type CorpusPaths, LOCAL_DIR } from './paths';

const Saved = z.object({ complete: z.boolean(), paths: z.array(z.string()) });

export interface TrackedChangeList {
  /** Pass to `forget` once these are committed. */
  token: number;
  /** Tracked files (corpus-relative, forward slashes) written since sync last took them. */
  paths: string[];
  /**
   * False when the list may miss files (after a crash, or before the first sync): then the
   * whole work tree must be compared (git status) instead.
   */
  complete: boolean;
}

/**
 * Which tracked files this copy has written since the last sync, so a sync can look at those
 * instead of hashing 10,000 documents. Kept in memory and saved to `.isnad/sync/changed.json`
 * on flush, before a sync and on close (not after each change: during an import that would
 * rewrite a list growing to 10,000 paths again and again). A crash loses the unsaved part,
 * which is why a crash makes the list incomplete until the next sync has compared everything.
 */
export class TrackedChanges {
  readonly #paths: CorpusPaths;
  readonly #changed = new Map<string, number>();
  #seq = 0;
  #complete: boolean;
  #saving: Promise<void> = Promise.resolve();
  #unsaved = false;
  readonly #persist: boolean;

  private constructor(paths: CorpusPaths, complete: boolean, persist: boolean) {
    this.#paths = paths;
    this.#complete = complete;
    this.#persist = persist;
  }

  static async load(paths: CorpusPaths, options: { crashed: boolean; persist: boolean }): Promise<TrackedChanges> {
    let saved: z.infer<typeof Saved> | null = null;
    try {
      const parsed = Saved.safeParse(await new DurableJSONFile<unknown>(paths.trackedChanges).read());
      if (parsed.success) saved = parsed.data;
    } catch {
      // Machine-local and derived: a damaged list only means "compare everything".
    }
    const changes = new TrackedChanges(paths, (saved?.complete ?? false) && !options.crashed, options.persist);
    for (const path of saved?.paths ?? []) changes.#changed.set(path, 0);
    return changes;
  }

  record(path: string): void {
    const relative = this.#paths.relative(path);
    if (relative.startsWith(`${LOCAL_DIR}/`)) return;
    this.#changed.set(relative, ++this.#seq);
    this.#unsaved = true;
  }

  list(): TrackedChangeList {
    return { token: this.#seq, paths: [...this.#changed.keys()].sort(), complete: this.#complete };
  }

  /** Sync committed everything listed up to `token` (having compared the whole tree if the list was incomplete). */
  forget(token: number): void {
    for (const [path, seq] of this.#changed) if (seq <= token) this.#changed.delete(path);
    this.#complete = true;
    this.#unsaved = true;
  }

  save(): Promise<void> {
    if (!this.#persist) return Promise.resolve();
    this.#saving = this.#saving.then(async () => {
      if (!this.#unsaved) return;
      this.#unsaved = false;
      try {
        await mkdir(this.#paths.sync, { recursive: true });
        // What JSON.stringify of { complete, paths } gives, a path at a time: 10,000 after an import.
        const paths = [...this.#changed.keys()].sort();
        const complete = this.#complete;
        await writeTextAtomic(
          this.#paths.trackedChanges,
          (function* () {
            yield `{"complete":${JSON.stringify(complete)},"paths":[`;
            for (let i = 0; i < paths.length; i++) yield `${i === 0 ? '' : ','}${JSON.stringify(paths[i])}`;
            yield ']}';
          })(),
        );
      } catch (err) {
        this.#unsaved = true;
        throw err;
      }
    });
    return this.#saving;
  }
}
