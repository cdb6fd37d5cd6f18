import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DocumentCache } from './document-cache';
import { writeFileAtomic } from './durable-file';
import type { LayerState } from './layer-state';
import type { CorpusPaths } from './paths';
import type { DocumentFile } from './schema';
import { mergedDocument } from './summary';
import { packDocument } from '../../../shared/domain/packed-document';

/** Payloads of the last few documents opened, kept as bytes (a 200 KB article with 2,000 annotations is ~0.6 MB). */
const MEMORY_SLOTS = 4;

/**
 * What a saved payload holds, written before its files' signature: a payload saved in
 * another form (the whole Document, before packing) is rebuilt, never served as this one.
 */
const FORM = 'packed-1';

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

/** The bytes the screen opens a document from: packed (shared/domain/packed-document.ts). */
function payloadOf(doc: DocumentFile, layer: LayerState): Buffer {
  return Buffer.from(JSON.stringify(packDocument(mergedDocument(doc, layer))), 'utf8');
}

/**
 * getPackedDocument as the JSON bytes a client paints from, built once per revision instead
 * of packed and serialised on every request (0.6 MB for the 200 KB / 2,000-annotation article).
 *
 * In memory, a payload is valid while the store still holds the very document and layer
 * objects it was built from (the cache replaces them on change, never edits them). On disk,
 * under `.isnad/payloads/<annotator>/<id>.json`, its first line is the signature (size and
 * mtime) of the document file, the layer file and the journal it was built from, taken under
 * the document's lock together with the state: a fresh process (the app just started) serves
 * it as it is while those three files are unchanged, without reading or parsing them. Any
 * write, compaction or sync changes one of them, so a stale payload is never served; it is
 * rebuilt on the next open. Derived data: losing it costs one rebuild.
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
  readonly #saving = new Set<Promise<void>>();

  /** `trustDisk`: `.isnad/` was made on this machine (local-origin.ts); else saved payloads are never served. */
  constructor(paths: CorpusPaths, writable: boolean, trustDisk: boolean) {
    this.#paths = paths;
    this.#writable = writable;
    this.#trustDisk = trustDisk;
  }

  #file(annotator: string, id: string): string {
    return join(this.#paths.payloadsDir, annotator, `${id}.json`);
  }

  /**
   * The payload of document `id` as `annotator` sees it. Call under the document's lock:
   * `load` reads the state the store holds, and nothing may change it meanwhile.
   */
  async bytes(annotator: string, id: string, load: () => Promise<{ doc: DocumentFile; layer: LayerState }>): Promise<Buffer> {
    const key = `${annotator}\u0000${id}`;
    const sources = [this.#paths.document(id), this.#paths.layer(annotator, id), this.#paths.journal(annotator, id)];
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
    if (saved) {
      const newline = saved.indexOf(10);
      if (newline > 0 && saved.toString('utf8', 0, newline) === signature) {
        this.#servedFromDisk.delete(key);
        this.#servedFromDisk.set(key, { annotator, id, saved: signature });
        if (this.#servedFromDisk.size > SERVED_KEPT) this.#servedFromDisk.delete(this.#servedFromDisk.keys().next().value as string);
        return saved.subarray(newline + 1);
      }
    }
    const { doc, layer } = await load();
    return this.#build(key, annotator, id, doc, layer, sources, signature);
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
    this.#servedFromDisk.delete(key);
    this.#memory.delete(key);
    this.#memory.set(key, remembered);
    if (this.#memory.size > MEMORY_SLOTS) this.#memory.delete(this.#memory.keys().next().value as string);
    if (this.#writable) {
      // The signature belongs to the state just read (we hold the lock); the file is written after.
      const signature = known ?? (await signatureOf(sources));
      // Saved after the answer has gone out; a failure only means the next start rebuilds it.
      const saving = this.#save(remembered, signature).finally(() => this.#saving.delete(saving));
      this.#saving.add(saving);
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
      await writeFileAtomic(file, Buffer.concat([Buffer.from(`${signature}\n`), bytes]));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * On close, with nothing else running (edits over, journals folded into layer files): the
   * documents opened in this session get payloads saved under their files' signatures as
   * they are now. Folding a journal changes those files without changing the document, and
   * an edit made since the last open changes it: either way the first open after the next
   * start would otherwise rebuild the payload (600–800 ms for the 200 KB article) while the
   * journalist waits. The same for documents served from a saved payload and edited after.
   * A document gone meanwhile is skipped.
   */
  async refresh(cache: DocumentCache): Promise<void> {
    const load = async (annotator: string, id: string) => ({ doc: await cache.document(id), layer: await cache.layer(annotator, id) });
    await this.settled();
    if (!this.#writable) return;
    for (const remembered of this.#memory.values()) {
      const { annotator, id } = remembered;
      const sources = [this.#paths.document(id), this.#paths.layer(annotator, id), this.#paths.journal(annotator, id)];
      const signature = await signatureOf(sources);
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
      const sources = [this.#paths.document(id), this.#paths.layer(annotator, id), this.#paths.journal(annotator, id)];
      const signature = await signatureOf(sources);
      if (served.saved === signature) continue;
      const state = await load(annotator, id).catch(() => null);
      if (state && (await this.#write(annotator, id, payloadOf(state.doc, state.layer), signature))) served.saved = signature;
    }
  }

  /** Resolves once every payload being saved is on disk (the store is closing). */
  async settled(): Promise<void> {
    await Promise.all([...this.#saving]);
  }
}
