import { mkdir, readdir, stat } from 'node:fs/promises';
import { z } from 'zod';
import { DocumentSummary } from '../../../shared/domain/document';
import { DurableJSONFile, writeFileAtomic, writeTextAtomic } from './durable-file';
import { type CorpusPaths, SUMMARY_SHARDS } from './paths';

/** How long summary writes may be batched after an edit. */
const WRITE_DELAY_MS = 150;
/**
 * During bulk work (import) shards are written this rarely instead: every flush then rewrites
 * most of the 64 shards, and a crash meanwhile only means reading the documents added since.
 */
const BULK_WRITE_DELAY_MS = 30_000;
/** Filesystems with coarse timestamps (1 s) make a margin necessary when comparing mtimes. */
const MTIME_MARGIN_MS = 1_000;

const Shard = z.object({ annotator: z.string(), summaries: z.array(DocumentSummary) });
const State = z.object({
  annotator: z.string(),
  /** True while a writer has changes that may not be in the shards yet; a crash leaves it so. */
  openForWriting: z.boolean(),
  /** Every change made before this time (ms) is in the shards. */
  flushedAt: z.number(),
});
type State = z.infer<typeof State>;

/** FNV-1a: a cheap, stable spread of ids over the shards. */
function shardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SUMMARY_SHARDS;
}

/**
 * The library's summaries (derived: title, counts… per document), kept in memory and in
 * `.isnad/summaries/<shard>.json`. A change marks one shard dirty; a batched flush rewrites
 * only the dirty shards, so an edit never rewrites an index proportional to the corpus.
 */
export class SummaryIndex {
  readonly #paths: CorpusPaths;
  #annotator: string;
  readonly #map = new Map<string, DocumentSummary>();
  /** contentHash → document id, so duplicate checks stay O(1) during a 10,000-file import. */
  readonly #byHash = new Map<string, string>();
  readonly #dirty = new Set<number>();
  #state: State;
  #timer: NodeJS.Timeout | null = null;
  #deferrals = 0;
  #flushing: Promise<void> = Promise.resolve();
  #failed = false;
  /** False for a read-only reader: its summaries never reach the disk. */
  readonly #persist: boolean;

  private constructor(paths: CorpusPaths, annotator: string, state: State, persist: boolean) {
    this.#paths = paths;
    this.#annotator = annotator;
    this.#state = state;
    this.#persist = persist;
  }

  /**
   * The saved summaries. `trusted` is false after a crash, or when the saved state is
   * missing or belongs to another annotator: then files changed since `changedSince` (or
   * all, when it is null) must be summarized again.
   */
  static async load(
    paths: CorpusPaths,
    annotator: string,
    persist: boolean,
    trustSaved = true,
  ): Promise<{ index: SummaryIndex; trusted: boolean; changedSince: number | null }> {
    let state: State | null = null;
    // Not made on this machine (a reader of a copied folder, local-origin.ts): summarize everything afresh.
    try {
      const raw = trustSaved ? await new DurableJSONFile<unknown>(paths.summaryState).read() : null;
      const parsed = State.safeParse(raw);
      if (parsed.success && parsed.data.annotator === annotator) state = parsed.data;
    } catch {
      // Derived data: a damaged state means "check everything".
    }
    const index = new SummaryIndex(paths, annotator, { annotator, openForWriting: false, flushedAt: 0 }, persist);
    if (!state) return { index, trusted: false, changedSince: null };
    for (let shard = 0; shard < SUMMARY_SHARDS; shard++) {
      // A missing or damaged shard loses its entries; reconciling reads those documents again.
      try {
        const raw = await new DurableJSONFile<unknown>(paths.summaryShard(shard)).read();
        if (raw === null) continue;
        const parsed = Shard.safeParse(raw);
        if (parsed.success && parsed.data.annotator === annotator) for (const s of parsed.data.summaries) index.#put(s);
        else index.#dirty.add(shard);
      } catch {
        index.#dirty.add(shard);
      }
    }
    index.#state = { ...state, openForWriting: false };
    return { index, trusted: !state.openForWriting, changedSince: state.openForWriting ? state.flushedAt : null };
  }

  #put(summary: DocumentSummary): void {
    this.#map.set(summary.id, summary);
    if (summary.deletedAt) {
      this.#trashed.add(summary.id);
      return;
    }
    this.#trashed.delete(summary.id);
    // Copies imported back may share a text; the first one stays the duplicate check's answer.
    if (!this.#byHash.has(summary.contentHash)) this.#byHash.set(summary.contentHash, summary.id);
  }

  // Documents in the trash (deletedAt set) keep their summary here, so opening the corpus
  // need not read them again, but every reader below sees only the live ones: a trashed
  // document is out of the library, search, counts and duplicate checks until restored.
  // `hasAny`, `getAny`, `ids` and `trashedValues` are for the trash itself and reconciling.
  readonly #trashed = new Set<string>();

  get size(): number {
    return this.#map.size - this.#trashed.size;
  }
  has(id: string): boolean {
    return this.#map.has(id) && !this.#trashed.has(id);
  }
  hasAny(id: string): boolean {
    return this.#map.has(id);
  }
  get(id: string): DocumentSummary | undefined {
    return this.#trashed.has(id) ? undefined : this.#map.get(id);
  }
  getAny(id: string): DocumentSummary | undefined {
    return this.#map.get(id);
  }
  isTrashed(id: string): boolean {
    return this.#trashed.has(id);
  }
  /** Every id with a summary, trashed ones included. */
  ids(): string[] {
    return [...this.#map.keys()];
  }
  *values(): IterableIterator<DocumentSummary> {
    for (const summary of this.#map.values()) if (!summary.deletedAt) yield summary;
  }
  trashedValues(): DocumentSummary[] {
    return [...this.#trashed].map((id) => this.#map.get(id) as DocumentSummary);
  }
  idForHash(hash: string): string | undefined {
    return this.#byHash.get(hash);
  }

  /** A summary is replaced, never changed in place, so readers may keep the one they got. */
  set(summary: DocumentSummary): boolean {
    const before = this.#map.get(summary.id);
    if (before && JSON.stringify(before) === JSON.stringify(summary)) return false;
    if (before && (before.contentHash !== summary.contentHash || summary.deletedAt)) this.#unhash(summary.id, before.contentHash);
    this.#put(summary);
    this.#dirty.add(shardOf(summary.id));
    this.#schedule();
    return true;
  }

  delete(id: string): void {
    const before = this.#map.get(id);
    if (!before) return;
    this.#map.delete(id);
    this.#trashed.delete(id);
    this.#unhash(id, before.contentHash);
    this.#dirty.add(shardOf(id));
    this.#schedule();
  }

  #unhash(id: string, hash: string): void {
    if (this.#byHash.get(hash) !== id) return;
    this.#byHash.delete(hash);
    for (const other of this.values()) {
      if (other.contentHash === hash && other.id !== id) {
        this.#byHash.set(hash, other.id);
        break;
      }
    }
  }

  #schedule(): void {
    if (this.#timer || !this.#persist) return;
    this.#timer = setTimeout(
      () => {
        this.#timer = null;
        void this.flush().catch(() => {
          // The next change or close() retries; the documents and layers are already safe.
        });
      },
      this.#deferrals > 0 ? BULK_WRITE_DELAY_MS : WRITE_DELAY_MS,
    );
  }

  /** True while bulk work (an import) is on: see `defer`. */
  get bulk(): boolean {
    return this.#deferrals > 0;
  }

  /** For bulk work: write shards every few seconds; the returned function ends it and flushes. */
  defer(): () => Promise<void> {
    this.#deferrals++;
    let ended = false;
    return async () => {
      if (ended) return;
      ended = true;
      this.#deferrals--;
      await this.flush();
    };
  }

  /** Before the first write of a session: record that the shards may fall behind the files. */
  async markOpenForWriting(): Promise<void> {
    if (this.#state.openForWriting || !this.#persist) return;
    this.#state = { ...this.#state, openForWriting: true };
    await this.#flushing;
    await this.#writeState();
  }

  async #writeState(): Promise<void> {
    await mkdir(this.#paths.summariesDir, { recursive: true });
    await writeFileAtomic(this.#paths.summaryState, JSON.stringify(this.#state));
  }

  /** Writes the dirty shards now, then the time up to which they hold every change. */
  flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    if (!this.#persist) return Promise.resolve();
    this.#flushing = this.#flushing.then(async () => {
      if (this.#dirty.size === 0 && !this.#failed) return;
      const startedAt = Date.now();
      const shards = [...this.#dirty];
      this.#dirty.clear();
      const grouped = new Map<number, DocumentSummary[]>(shards.map((s) => [s, []]));
      for (const summary of this.#map.values()) grouped.get(shardOf(summary.id))?.push(summary);
      try {
        await mkdir(this.#paths.summariesDir, { recursive: true });
        for (const [shard, summaries] of grouped) {
          await writeTextAtomic(this.#paths.summaryShard(shard), shardJson(this.#annotator, summaries));
        }
        this.#failed = false;
        if (this.#state.openForWriting) {
          this.#state = { ...this.#state, flushedAt: startedAt };
          await this.#writeState();
        }
      } catch (err) {
        for (const shard of shards) this.#dirty.add(shard);
        this.#failed = true;
        throw err;
      }
    });
    return this.#flushing;
  }

  /** After a clean close the shards hold everything: the next open skips the costly check. */
  async close(): Promise<void> {
    await this.flush();
    if (!this.#state.openForWriting || !this.#persist) return;
    this.#state = { ...this.#state, openForWriting: false, flushedAt: Date.now() };
    await this.#writeState();
  }

  /** Counts are of my layer: after switching annotator, every shard is rewritten for the new one. */
  rebind(annotator: string): void {
    this.#annotator = annotator;
    this.#state = { ...this.#state, annotator };
    for (let shard = 0; shard < SUMMARY_SHARDS; shard++) this.#dirty.add(shard);
    this.#schedule();
  }
}

/**
 * A shard as JSON (what JSON.stringify of { annotator, summaries } gives), a summary at a time:
 * the flush at the end of an import rewrites every shard, and a shard's whole text held
 * across its disk sync outlived young garbage collections (issue 18, import memory flat).
 */
function* shardJson(annotator: string, summaries: readonly DocumentSummary[]): Generator<string> {
  yield `{"annotator":${JSON.stringify(annotator)},"summaries":[`;
  for (let i = 0; i < summaries.length; i++) yield `${i === 0 ? '' : ','}${JSON.stringify(summaries[i])}`;
  yield ']}';
}

/** Ids of documents whose file, layer or journal changed at or after `since` (ms). */
export async function changedSince(paths: CorpusPaths, annotator: string, ids: string[], since: number): Promise<string[]> {
  const changed: string[] = [];
  const recent = async (path: string) => {
    try {
      return (await stat(path)).mtimeMs >= since - MTIME_MARGIN_MS;
    } catch {
      return false;
    }
  };
  for (let i = 0; i < ids.length; i += 64) {
    const batch = ids.slice(i, i + 64);
    const flags = await Promise.all(
      batch.map(async (id) => (await recent(paths.document(id))) || (await recent(paths.layer(annotator, id)))),
    );
    batch.forEach((id, j) => {
      if (flags[j]) changed.push(id);
    });
  }
  return changed;
}

/** Ids with a journal: their summaries include edits the layer files do not hold yet. */
export async function journaledIds(paths: CorpusPaths, annotator: string): Promise<string[]> {
  try {
    return (await readdir(paths.journalDir(annotator))).filter((n) => n.endsWith('.jsonl')).map((n) => n.slice(0, -'.jsonl'.length));
  } catch {
    return [];
  }
}
