import type { Annotation } from '../../../shared/domain/annotation';
import type { AnnotationEdit } from '../../../shared/domain/annotation-edits';
import type { Document, DocumentSummary } from '../../../shared/domain/document';
import type { FactCheckSession } from '../../../shared/domain/session';
import type { RegistrySpeaker } from '../../../shared/domain/speaker';
import type { RejectedSuggestion } from '../../../shared/domain/suggestion';
import type { Annotator, AnnotatorInput, LayerInfo, LayerView, LocalAnnotator } from '../../../shared/domain/annotator';
import { addDocument, deleteDocument, insertDocument, notFound, updateDocument } from './document-writes';
import type { StoreEvent } from './events';
import { createEdits } from './create-edits';
import type { AnnotationPatch, DocumentPatch, NewAnnotation, NewDocument } from './inputs';
import { annotatorsWithLayers, documentsWithLayers, getLayer, listLayers, readLayer, setAnnotator } from './layers';
import { emptyTrash, listTrash, restoreDocument, trashDocument } from './trash';
import { type CorpusCore, type OpenOptions, assertWritable, closeCore, openCore } from './opening';
import { mergedDocument } from './summary';
import { DocumentPayloads, buildPayloadsOnWrite } from './document-payload';
import { exclusive, reloadChanged, writeCorpusList } from './sync-support';
import type { NewVersionResult, OrphanEntry, OrphanView, VersionText } from '../../../shared/contract/versions';
import { type NewVersionInput, addVersion, getVersion, restoreVersion } from './versions';
import { deleteOrphan, listOrphans, placeOrphan, restoreOrphan } from './orphans';
import type { TrackedChangeList } from './tracked-changes';
import { codedError } from '../../../shared/error-text';

export { contentHash } from './ids';
export type { StoreEvent } from './events';
export type { OpenOptions } from './opening';
export type { AnnotationPatch, DocumentPatch, NewAnnotation, NewDocument } from './inputs';

/**
 * A corpus on disk (docs/STORAGE.md): shared document files, one layer of annotations per
 * annotator with a journal for edits, and derived summaries. The domain operations are here;
 * documents are written by document-writes.ts and every annotation change goes through the
 * one write path in annotation-writes.ts. One writer per corpus (the lock); any number of
 * read-only readers beside it.
 */
export class CorpusStore {
  readonly dir: string;
  readonly #core: CorpusCore;
  readonly #payloads: DocumentPayloads;

  private constructor(dir: string, core: CorpusCore) {
    this.dir = dir;
    this.#core = core;
    this.#payloads = new DocumentPayloads(core.paths, !core.readOnly, core.localTrusted);
    buildPayloadsOnWrite(core, this.#payloads);
  }

  static async open(dir: string, options: OpenOptions = {}): Promise<CorpusStore> {
    const store = new CorpusStore(dir, await openCore(dir, options));
    const me = store.annotator;
    const asked = options.annotator;
    if (asked && !options.readOnly && (!me.confirmed || me.name !== asked.name || me.email.toLowerCase() !== asked.email.toLowerCase())) {
      try {
        await store.setAnnotator(asked);
      } catch (err) {
        await store.close();
        throw err;
      }
    }
    return store;
  }

  get readOnly(): boolean {
    return this.#core.readOnly;
  }

  /** `.isnad/` was made on this machine, so derived caches saved there may be used (local-origin.ts). */
  get localCachesTrusted(): boolean {
    return this.#core.localTrusted;
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.#core.listeners.add(listener);
    return () => this.#core.listeners.delete(listener);
  }

  #assertOpen(): void {
    if (this.#core.closed) throw codedError('unavailable', 'errors.corpus.closed');
  }

  /** For bulk work (import): summaries are written every few seconds; the returned function ends it. */
  deferIndexWrites(): () => Promise<void> {
    return this.#core.summaries.defer();
  }

  /** Writes batched summaries (and the list of changed files for sync) now. */
  async flush(): Promise<void> {
    await this.#core.summaries.flush();
    await this.#core.tracked.save();
  }

  async close(): Promise<void> {
    // Payloads land before the lock goes, those opened this session signed as compaction leaves the files.
    return closeCore(this.#core, () => this.#payloads.refresh(this.#core.cache));
  }

  get documentCount(): number {
    return this.#core.summaries.size;
  }

  /** In the order they were added (writes finish out of order when an import runs several at once). */
  listDocuments(): DocumentSummary[] {
    return this.readSummaries().map((s) => structuredClone(s));
  }

  /**
   * listDocuments without the copies, for services that only read them. A summary is
   * replaced on change, never changed in place, so these stay as they were when read.
   */
  readSummaries(): ReadonlyArray<Readonly<DocumentSummary>> {
    this.#assertOpen();
    return [...this.#core.summaries.values()].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }

  readSummary(id: string): Readonly<DocumentSummary> | undefined {
    this.#assertOpen();
    return this.#core.summaries.get(id);
  }

  findByContentHash(hash: string): DocumentSummary | undefined {
    const id = this.#core.summaries.idForHash(hash);
    return id === undefined ? undefined : this.#core.summaries.get(id);
  }

  /** The document file merged with my layer. */
  async getDocument(id: string): Promise<Document> {
    this.#assertOpen();
    const { summaries, mutex, cache } = this.#core;
    if (!summaries.has(id)) throw notFound(this.#core, id, 'id');
    return mutex.run(id, async () =>
      structuredClone(mergedDocument(await cache.document(id), await cache.layer(this.#core.annotator.id, id))),
    );
  }

  /**
   * getDocument packed for the screen (shared/domain/packed-document.ts), as the JSON bytes the HTTP
   * host sends as they are: built as the document is written (document-payload.ts), not per request.
   */
  async documentBytes(id: string): Promise<Buffer> {
    this.#assertOpen();
    const { summaries, mutex, cache, annotator } = this.#core;
    if (!summaries.has(id)) throw notFound(this.#core, id, 'id');
    return mutex.run(id, () =>
      this.#payloads.bytes(annotator.id, id, async () => ({ doc: await cache.document(id), layer: await cache.layer(annotator.id, id) })),
    );
  }

  /**
   * getDocument without the copy, for services that only read it (the search catalog reads
   * the 200 KB document after every edit). The store replaces what it holds on change and
   * never edits it in place, so this stays as it was when read.
   */
  async readDocument(id: string, options: { keep?: boolean } = {}): Promise<Readonly<Document>> {
    this.#assertOpen();
    const { summaries, mutex, cache } = this.#core;
    if (!summaries.has(id)) throw notFound(this.#core, id, 'id');
    const keep = options.keep ?? true; // false: a pass over the corpus (document-cache.ts)
    return mutex.run(id, async () => mergedDocument(await cache.document(id, keep), await cache.layer(this.#core.annotator.id, id, keep)));
  }

  addDocument(input: NewDocument): Promise<Document> {
    return addDocument(this.#core, input);
  }

  /** A complete document as it left another corpus (an import-back); its annotations join my layer. */
  insertDocument(input: Document, options: { allowDuplicateText?: boolean } = {}): Promise<DocumentSummary> {
    return insertDocument(this.#core, input, options);
  }

  updateDocument(patch: DocumentPatch): Promise<DocumentSummary> {
    return updateDocument(this.#core, patch);
  }

  /** Moves a document to the trash: gone from every list, search and count until restored. */
  trashDocument(id: string, options: { expectedRevision?: number } = {}): Promise<DocumentSummary> {
    return trashDocument(this.#core, id, options.expectedRevision);
  }

  restoreDocument(id: string): Promise<DocumentSummary> {
    return restoreDocument(this.#core, id);
  }

  listTrash(): DocumentSummary[] {
    this.#assertOpen();
    return listTrash(this.#core);
  }

  /** Deletes documents in the trash for good (all, or those named); returns their ids. */
  emptyTrash(ids?: string[]): Promise<string[]> {
    return emptyTrash(this.#core, ids);
  }

  /**
   * Deletes a document for good, at once (an import rolled back; the journalist's delete is
   * `trashDocument`). With `expectedRevision`, refuses (under its lock) if it changed since.
   */
  deleteDocument(id: string, options: { expectedRevision?: number } = {}): Promise<void> {
    return deleteDocument(this.#core, id, options);
  }

  // ── Versions of a document's text (versions.ts, orphans.ts) ──────────────────────────

  /** A new version of the text; every layer's annotations are carried onto it. */
  addVersion(input: NewVersionInput): Promise<NewVersionResult> {
    return addVersion(this.#core, input);
  }
  getVersion(documentId: string, version: number): Promise<VersionText> {
    return getVersion(this.#core, documentId, version);
  }
  restoreVersion(documentId: string, version: number, expectedRevision?: number): Promise<NewVersionResult> {
    return restoreVersion(this.#core, documentId, version, expectedRevision);
  }
  listOrphans(documentId: string): Promise<OrphanView[]> {
    return listOrphans(this.#core, documentId);
  }
  placeOrphan(input: { documentId: string; annotator: string; id: string; start: number; end: number; text: string }): Promise<Annotation> {
    return placeOrphan(this.#core, input);
  }
  deleteOrphan(documentId: string, annotator: string, id: string): Promise<OrphanEntry> {
    return deleteOrphan(this.#core, documentId, annotator, id);
  }
  restoreOrphan(documentId: string, annotator: string, entry: OrphanEntry): Promise<void> {
    return restoreOrphan(this.#core, documentId, annotator, entry);
  }

  // ── Annotations: every change below is one call of the one write path ──────────────

  async createAnnotation(input: NewAnnotation): Promise<{ annotation: Annotation; revision: number }> {
    const { annotations, revision } = await this.createAnnotations(input.documentId, () => [input], input.expectedRevision);
    return { annotation: annotations[0] as Annotation, revision };
  }

  /**
   * Creates several annotations in one write, all or nothing. `plan` sees the current
   * document (under its lock) and returns the annotations to add, with ids assigned so
   * they may link to each other; links are set once all of them exist.
   */
  async createAnnotations(
    documentId: string,
    plan: (doc: Readonly<Document>) => NewAnnotation[],
    expectedRevision?: number,
  ): Promise<{ annotations: Annotation[]; revision: number }> {
    let ids: string[] = [];
    const result = await this.#core.writes.write(documentId, this.#core.annotator.id, expectedRevision, (doc) => {
      const planned = createEdits(plan(doc));
      ids = planned.ids;
      return { edits: planned.edits, plainFields: true };
    });
    const created = new Set(ids);
    return structuredClone({ annotations: result.changed.filter((a) => created.has(a.id)), revision: result.revision });
  }

  async updateAnnotation(patch: AnnotationPatch): Promise<{ annotation: Annotation; revision: number }> {
    const { documentId, expectedRevision, ...change } = patch;
    const result = await this.#core.writes.write(documentId, this.#core.annotator.id, expectedRevision, () => ({
      edits: [{ kind: 'update', ...change }],
      plainFields: true,
    }));
    return structuredClone({ annotation: result.changed.find((a) => a.id === patch.id) as Annotation, revision: result.revision });
  }

  /** Applies a list of annotation edits in one write; any broken rule rejects them all. */
  async applyAnnotationEdits(input: {
    documentId: string;
    edits: AnnotationEdit[];
    expectedRevision?: number;
  }): Promise<{ revision: number; changed: Annotation[]; deleted: string[] }> {
    const result = await this.#core.writes.write(input.documentId, this.#core.annotator.id, input.expectedRevision, () => ({
      edits: input.edits,
    }));
    return structuredClone({ revision: result.revision, changed: result.changed, deleted: result.deleted });
  }

  /** Deletes an annotation and clears links to it in the same write, returning those so an undo can restore them. */
  async deleteAnnotation(input: {
    documentId: string;
    id: string;
    expectedRevision?: number;
  }): Promise<{ id: string; revision: number; unlinked: Annotation[] }> {
    const result = await this.#core.writes.write(input.documentId, this.#core.annotator.id, input.expectedRevision, () => ({
      edits: [{ kind: 'delete', id: input.id }],
      plainFields: true,
    }));
    return structuredClone({ id: input.id, revision: result.revision, unlinked: result.changed });
  }

  /** Remembers rejected suggestions (or forgets them, for undo); the text must match the document. */
  async setSuggestionRejections(
    documentId: string,
    change: { add?: RejectedSuggestion[]; remove?: RejectedSuggestion[] },
    expectedRevision?: number,
  ): Promise<{ rejected: number; revision: number }> {
    const result = await this.#core.writes.write(documentId, this.#core.annotator.id, expectedRevision, () => ({
      edits: [],
      rejections: change,
      plainFields: true,
    }));
    return { rejected: result.rejected.length, revision: result.revision };
  }

  // ── Corpus-wide lists: the shared speaker registry and my fact-checking sessions ───────

  get speakers(): ReadonlyArray<Readonly<RegistrySpeaker>> {
    return this.#core.speakers.items;
  }

  /** Changes the registry on a copy and writes speakers.json durably; a refused change leaves it as it was. */
  updateSpeakers(change: (speakers: RegistrySpeaker[]) => RegistrySpeaker[] | void): Promise<void> {
    return writeCorpusList(this.#core, '\u0000speakers', () => this.#core.speakers.update(change));
  }

  get sessions(): ReadonlyArray<Readonly<FactCheckSession>> {
    return this.#core.sessions.items;
  }

  updateSessions(change: (sessions: FactCheckSession[]) => FactCheckSession[] | void): Promise<void> {
    return writeCorpusList(this.#core, '\u0000sessions', () => this.#core.sessions.update(change));
  }

  // ── Annotators and layers ───────────────────────────────────────────────────────────

  /** Who "me" is on this copy; my layer is the one edited. */
  get annotator(): LocalAnnotator {
    return { ...this.#core.annotator };
  }

  /** Sets who I am (confirmed); switching to another person makes their layer mine. */
  setAnnotator(input: AnnotatorInput): Promise<LocalAnnotator> {
    return setAnnotator(this.#core, input);
  }

  listLayers(documentId: string): Promise<LayerInfo[]> {
    return listLayers(this.#core, documentId);
  }

  /** Another annotator's layer (or the curated one, or mine), read-only. */
  getLayer(documentId: string, annotator: string): Promise<LayerView> {
    return getLayer(this.#core, documentId, annotator);
  }

  /** getLayer without the copy, for a pass over many documents (`keep` as in readDocument). */
  readLayer(documentId: string, annotator: string, options: { keep?: boolean } = {}): ReturnType<typeof readLayer> {
    return readLayer(this.#core, documentId, annotator, options.keep ?? true);
  }
  /** Annotators with a layer on this copy, with their names: me first, others by name (not the curated layer). */
  layerAnnotators(): Annotator[] {
    return annotatorsWithLayers(this.#core);
  }
  /** Whose layers each document has (annotator ids), from the folders' file names alone. */
  documentsWithLayers(): Promise<Map<string, string[]>> {
    return documentsWithLayers(this.#core);
  }

  /** Edits the curated layer (adjudication), through the same write path as my layer. */
  async applyCuratedEdits(input: {
    documentId: string;
    edits: AnnotationEdit[];
    /** Stretches left out of the curated layer on purpose: kept as the curated layer's rejections. */
    leftOut?: { add?: RejectedSuggestion[]; remove?: RejectedSuggestion[] };
    expectedRevision?: number;
  }): Promise<{ revision: number; changed: Annotation[]; deleted: string[] }> {
    const result = await this.#core.writes.write(input.documentId, 'curated', input.expectedRevision, () => ({
      edits: input.edits,
      ...(input.leftOut ? { rejections: input.leftOut } : {}),
    }));
    return structuredClone({ revision: result.revision, changed: result.changed, deleted: result.deleted });
  }

  // ── For sync (docs/STORAGE.md, "What sync can call") ─────────────────────────────────

  /**
   * Waits for the writes in flight, holds new ones, folds every journal into its layer
   * file and saves everything, runs `work` (commit, merge), then lets writes through again.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return exclusive(this.#core, work);
  }

  /** Folds every journal into its layer file now. */
  compactAll(): Promise<void> {
    assertWritable(this.#core);
    return this.#core.gate.shared(() => this.#core.writes.compactAll());
  }

  /** After a merge rewrote tracked files (corpus-relative paths): refresh caches and summaries, and report the changes. */
  reloadChanged(paths: string[]): Promise<void> {
    return reloadChanged(this.#core, paths);
  }

  /** Tracked files written since sync last called forgetTrackedChanges. */
  trackedChanges(): TrackedChangeList {
    return this.#core.tracked.list();
  }

  forgetTrackedChanges(token: number): Promise<void> {
    this.#core.tracked.forget(token);
    return this.#core.tracked.save();
  }
}
