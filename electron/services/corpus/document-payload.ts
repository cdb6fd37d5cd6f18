import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DocumentCache } from './document-cache';
import { writePiecesAtomic } from './durable-file';
import type { LayerState } from './layer-state';
import type { CorpusCore } from './opening';
import type { CorpusPaths } from './paths';
import type { DocumentFile } from './schema';
import { mergedDocument } from './summary';
import { packDocument } from '../../../shared/domain/packed-document';

/** Payloads of the last few documents opened, kept as bytes (a 200 KB article with 2,000 annotations is ~0.6 MB). */
const MEMORY_SLOTS = 4;

/**
 * What a saved payload holds, written before its files' signature: a payload saved in
 * another form (the whole Document, before packing; packed without a checksum) is rebuilt,
 * never served as this one.
 */
const FORM = 'packed-2';

/** How many documents served from saved payloads are followed for `refresh` (a session opens few). */
const SERVED_KEPT = 64;

interface Remembered {
  annotator: string;
  id: string;
  doc: DocumentFile;
  layer: LayerState;
  bytes: Buffer;
  /** The signature the payload on disk was saved under, once saved. */
  saved?: string;
}

/**
 * Whether `a` is the state `b`'s payload was built from: the store replaces what it holds on
 * change, never edits it in place, so the same objects mean the same content. Folding the
 * journal makes a new layer object around the same annotations.
 */
function sameContent(a: { doc: DocumentFile; layer: LayerState }, b: { doc: DocumentFile; layer: LayerState }): boolean {
  return (
    a.doc === b.doc &&
    a.layer.revision === b.layer.revision &&
    a.layer.updatedAt === b.layer.updatedAt &&
    a.layer.annotations === b.layer.annotations &&
    a.layer.rejectedSuggestions === b.layer.rejectedSuggestions
  );
}

/** The payload's form, then what the files a document's state comes from look like now: size and mtime of each, '-' when absent. */
async function signatureOf(files: string[]): Promise<string> {
  const parts = await Promise.all(
    files.map((f) =>
      stat(f, { bigint: true }).then(
        (s) => `${s.size}:${s.mtimeNs}`,
        () => '-',
      ),
    ),
  );
  return `${FORM} ${parts.join(' ')}`;
}

/**
 * A digest of the payload's bytes, saved in its first line: a fresh process serves saved
 * bytes without parsing them (or the layer they came from), so damage on disk (a torn or
 * edited file) must be caught some other way; a payload whose bytes do not match is rebuilt.
 * Hashing 0.6 MB costs about a millisecond; parsing it, tens.
 */
function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/** A saved payload's first line (its files' signature and its digest) and its bytes; null without one. */
function splitSaved(saved: Buffer): { signature: string; digest: string; bytes: Buffer } | null {
  const newline = saved.indexOf(10);
  if (newline <= 0) return null;
  const header = saved.toString('utf8', 0, newline);
  const space = header.lastIndexOf(' ');
  return { signature: header.slice(0, space), digest: header.slice(space + 1), bytes: saved.subarray(newline + 1) };
}

/** The saved payload's bytes when its first line is `signature` and they match its digest; else null. */
function servable(saved: Buffer, signature: string): Buffer | null {
  const parts = splitSaved(saved);
  return parts && parts.signature === signature && parts.digest === digestOf(parts.bytes) ? parts.bytes : null;
}

/**
 * Whether a saved payload file is whole (its bytes match the digest in its first line),
 * whatever files it was built from: what a check of a corpus on disk asks of it, since a
 * payload is not a JSON file as a whole.
 */
export function isWholePayload(saved: Buffer): boolean {
  const parts = splitSaved(saved);
  return parts !== null && parts.digest === digestOf(parts.bytes);
}

/** The bytes the screen opens a document from: packed (shared/domain/packed-document.ts). */
function payloadOf(doc: DocumentFile, layer: LayerState): Buffer {
  return Buffer.from(JSON.stringify(packDocument(mergedDocument(doc, layer))), 'utf8');
}

/**
 * getPackedDocument as the JSON bytes a client paints from, built when the document is
 * written (`prepare`: after its layer's journal is folded, after a change of its file) so
 * that no open has to build it, instead of packed and serialised on every request (0.6 MB
 * for the 200 KB / 2,000-annotation article).
 *
 * In memory, a payload is valid while the store still holds the very document and layer
 * objects it was built from (the cache replaces them on change, never edits them). On disk,
 * under `.isnad/payloads/<annotator>/<id>.json`, its first line is the signature (size and
 * mtime) of the document file, the layer file and the journal it was built from, taken under
 * the document's lock together with the state, and a digest of its bytes: a fresh process
 * (the app just started) serves it as it is while those three files are unchanged and the
 * bytes are whole, without reading or parsing them. Any write, compaction or sync changes one
 * of the files, so a stale payload is never served; it is rebuilt when the document is next
 * written, or else on the next open. Derived data: losing it costs one rebuild.
 */
export class DocumentPayloads {
  readonly #paths: CorpusPaths;
  readonly #writable: boolean;
  readonly #trustDisk: boolean;
  readonly #memory = new Map<string, Remembered>();
  /**
   * Documents served from their saved payload in this session (and not built since), with the
   * signature it was saved under: an edit after such an open leaves that payload stale, and
   * `refresh` must save it anew on close, as it does for the payloads it holds.
   */
  readonly #servedFromDisk = new Map<string, { annotator: string; id: string; saved: string }>();
  readonly #saving = new Set<Promise<unknown>>();

  /** `trustDisk`: `.isnad/` was made on this machine (local-origin.ts); else saved payloads are never served. */
  constructor(paths: CorpusPaths, writable: boolean, trustDisk: boolean) {
    this.#paths = paths;
    this.#writable = writable;
    this.#trustDisk = trustDisk;
  }

  #file(annotator: string, id: string): string {
    return join(this.#paths.payloadsDir, annotator, `${id}.json`);
  }

  /** The files a document's state (as `annotator` sees it) is read from. */
  #sourcesOf(annotator: string, id: string): string[] {
    return [this.#paths.document(id), this.#paths.layer(annotator, id), this.#paths.journal(annotator, id)];
  }

  /** Keeps `work` (a save) for `settled`, so the store closes only once it is done. */
  #track(work: Promise<unknown>): void {
    const kept = work.catch(() => {}).finally(() => this.#saving.delete(kept));
    this.#saving.add(kept);
  }

  /**
   * The payload of document `id` as `annotator` sees it. Call under the document's lock:
   * `load` reads the state the store holds, and nothing may change it meanwhile.
   */
  async bytes(annotator: string, id: string, load: () => Promise<{ doc: DocumentFile; layer: LayerState }>): Promise<Buffer> {
    const key = `${annotator}\u0000${id}`;
    const sources = this.#sourcesOf(annotator, id);
    const remembered = this.#memory.get(key);
    if (remembered) {
      const state = await load();
      if (sameContent(state, remembered)) {
        // A compaction replaces the layer object without changing what it holds.
        remembered.layer = state.layer;
        return remembered.bytes;
      }
      const { doc, layer } = state;
      return this.#build(key, annotator, id, doc, layer, sources);
    }
    const signature = await signatureOf(sources);
    const saved = this.#trustDisk ? await readFile(this.#file(annotator, id)).catch(() => null) : null;
    const bytes = saved && servable(saved, signature);
    if (bytes) {
      this.#servedFromDisk.delete(key);
      this.#servedFromDisk.set(key, { annotator, id, saved: signature });
      if (this.#servedFromDisk.size > SERVED_KEPT) this.#servedFromDisk.delete(this.#servedFromDisk.keys().next().value as string);
      return bytes;
    }
    const { doc, layer } = await load();
    return this.#build(key, annotator, id, doc, layer, sources, signature);
  }

  /**
   * Builds and saves the payload of document `id` just written (its journal folded into the
   * layer file, or its file changed), so the next open, in this session or after a restart,
   * is served without building it. `underLock` runs its work under the document's lock: the
   * state and the files' signature are taken together there; the payload is built and saved
   * after, outside it, so edits are not held up. A layer with journal lines still to fold is
   * left to the compaction that follows them; a document gone meanwhile is skipped.
   */
  prepare(
    annotator: string,
    id: string,
    underLock: <T>(work: () => Promise<T>) => Promise<T>,
    load: () => Promise<{ doc: DocumentFile; layer: LayerState }>,
  ): Promise<void> {
    if (!this.#writable) return Promise.resolve();
    const key = `${annotator}\u0000${id}`;
    const sources = this.#sourcesOf(annotator, id);
    const work = (async () => {
      const taken = await underLock(async () => {
        const state = await load();
        if (state.layer.journalLines > 0) return null;
        return { ...state, signature: await signatureOf(sources) };
      }).catch(() => null);
      if (!taken) return;
      const remembered = this.#memory.get(key);
      if (remembered && remembered.saved === taken.signature) return;
      const bytes = remembered && sameContent(taken, remembered) ? remembered.bytes : payloadOf(taken.doc, taken.layer);
      const fresh: Remembered = { annotator, id, doc: taken.doc, layer: taken.layer, bytes };
      // Unless an open built a newer one meanwhile, this is the one to serve from memory.
      if (this.#memory.get(key) === remembered) this.#remember(key, fresh);
      await this.#save(fresh, taken.signature);
    })();
    this.#track(work);
    return work.catch(() => {});
  }

  /** Whether document `id` has a payload for `annotator`, in memory or saved (current or not). */
  has(annotator: string, id: string): boolean {
    return this.#memory.has(`${annotator}\u0000${id}`) || existsSync(this.#file(annotator, id));
  }

  #remember(key: string, remembered: Remembered): void {
    this.#servedFromDisk.delete(key);
    this.#memory.delete(key);
    this.#memory.set(key, remembered);
    if (this.#memory.size > MEMORY_SLOTS) this.#memory.delete(this.#memory.keys().next().value as string);
  }

  async #build(
    key: string,
    annotator: string,
    id: string,
    doc: DocumentFile,
    layer: LayerState,
    sources: string[],
    known?: string,
  ): Promise<Buffer> {
    const bytes = payloadOf(doc, layer);
    const remembered: Remembered = { annotator, id, doc, layer, bytes };
    this.#remember(key, remembered);
    if (this.#writable) {
      // The signature belongs to the state just read (we hold the lock); the file is written after.
      const signature = known ?? (await signatureOf(sources));
      // Saved after the answer has gone out; a failure only means the next start rebuilds it.
      this.#track(this.#save(remembered, signature));
    }
    return bytes;
  }

  async #save(remembered: Remembered, signature: string): Promise<void> {
    if (await this.#write(remembered.annotator, remembered.id, remembered.bytes, signature)) remembered.saved = signature;
  }

  /** Whether the payload is on disk now; a failure only means the next start rebuilds it (derived data). */
  async #write(annotator: string, id: string, bytes: Buffer, signature: string): Promise<boolean> {
    const file = this.#file(annotator, id);
    try {
      await mkdir(dirname(file), { recursive: true });
      await writePiecesAtomic(file, [Buffer.from(`${signature} ${digestOf(bytes)}\n`), bytes]);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * On close, with nothing else running (edits over, journals folded into layer files): the
   * documents opened in this session get payloads saved under their files' signatures as
   * they are now, where the writes' own `prepare` did not already leave them so (a document
   * whose file changed while its journal still had lines, say). Either way the first open
   * after the next start would otherwise rebuild the payload (600–800 ms for the 200 KB
   * article) while the journalist waits. A document gone meanwhile is skipped.
   */
  async refresh(cache: DocumentCache): Promise<void> {
    const load = async (annotator: string, id: string) => ({ doc: await cache.document(id), layer: await cache.layer(annotator, id) });
    await this.settled();
    if (!this.#writable) return;
    for (const remembered of this.#memory.values()) {
      const { annotator, id } = remembered;
      const signature = await signatureOf(this.#sourcesOf(annotator, id));
      if (remembered.saved === signature) continue;
      const state = await load(annotator, id).catch(() => null);
      if (!state) continue;
      if (!sameContent(state, remembered)) remembered.bytes = payloadOf(state.doc, state.layer);
      remembered.doc = state.doc;
      remembered.layer = state.layer;
      await this.#save(remembered, signature);
    }
    for (const [key, served] of this.#servedFromDisk) {
      const { annotator, id } = served;
      if (this.#memory.has(key)) continue;
      const signature = await signatureOf(this.#sourcesOf(annotator, id));
      if (served.saved === signature) continue;
      const state = await load(annotator, id).catch(() => null);
      if (state && (await this.#write(annotator, id, payloadOf(state.doc, state.layer), signature))) served.saved = signature;
    }
  }

  /** Resolves once every payload being built or saved is on disk (the store is closing). */
  async settled(): Promise<void> {
    while (this.#saving.size > 0) await Promise.all([...this.#saving]);
  }
}

/**
 * Has `payloads` built as the store writes: after my layer's journal is folded into its file
 * (an edit's last step), and after the document file changes (title, tags, rejections, a
 * sync) when it has a payload to bring up to date. Not for a document just added, nor for
 * one never opened whose file changes: with no annotations of mine, its payload is built on
 * its first open in milliseconds, and an import or a sync of thousands need not read and
 * write as many files again.
 */
export function buildPayloadsOnWrite(
  core: Pick<CorpusCore, 'mutex' | 'cache' | 'annotator' | 'listeners' | 'onFolded'>,
  payloads: DocumentPayloads,
): void {
  const { mutex, cache } = core;
  const prepare = (id: string) => {
    const me = core.annotator.id;
    void payloads.prepare(
      me,
      id,
      (work) => mutex.run(id, work),
      async () => ({ doc: await cache.document(id), layer: await cache.layer(me, id) }),
    );
  };
  core.onFolded = (owner, id) => {
    if (owner === core.annotator.id) prepare(id);
  };
  core.listeners.add((event) => {
    if (event.kind === 'document-updated' && payloads.has(core.annotator.id, event.documentId)) prepare(event.documentId);
  });
}
