import type { CorpusFiles } from './corpus-files';
import { type LayerState, loadLayer } from './layer-state';
import type { DocumentFile } from './schema';
import { codedError } from '../../../shared/error-text';

const DOCUMENT_CACHE_SIZE = 64;
/** My layer for each cached document, plus others' layers shown beside it. */
const LAYER_CACHE_SIZE = 96;

/** Least recently used entries go first; a hit moves an entry to the back. */
class Lru<V> {
  readonly #map = new Map<string, V>();
  constructor(readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.#map.get(key);
    if (value !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, value);
    }
    return value;
  }
  peek(key: string): V | undefined {
    return this.#map.get(key);
  }
  set(key: string, value: V): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.capacity) this.#map.delete(this.#map.keys().next().value as string);
  }
  delete(key: string): void {
    this.#map.delete(key);
  }
  keys(): string[] {
    return [...this.#map.keys()];
  }
  clear(): void {
    this.#map.clear();
  }
}

function layerKey(owner: string, documentId: string): string {
  return `${owner}\u0000${documentId}`;
}

/**
 * Recently used document files and layers, as read from disk (layers with their journals
 * replayed). Entries are replaced on change, never edited in place. An evicted layer loses
 * nothing: its journal is on disk and is replayed on the next load.
 */
export class DocumentCache {
  readonly #files: CorpusFiles;
  readonly #repair: boolean;
  readonly #documents = new Lru<DocumentFile>(DOCUMENT_CACHE_SIZE);
  readonly #layers = new Lru<LayerState>(LAYER_CACHE_SIZE);

  /** `repair`: this process is the writer and may cut a torn journal line (layer-state.ts). */
  constructor(files: CorpusFiles, repair: boolean) {
    this.#files = files;
    this.#repair = repair;
  }

  /**
   * `keep` false: a pass over the whole corpus (an export) uses what is held but keeps
   * nothing it reads, so it neither pushes out what the app is working on nor holds
   * documents it will not read again (memory stays flat, and the collector has less to do).
   */
  async document(id: string, keep = true): Promise<DocumentFile> {
    const cached = keep ? this.#documents.get(id) : this.#documents.peek(id);
    if (cached) return cached;
    const doc = this.#files.readDocument(id);
    if (!doc) throw codedError('not_found', 'errors.document.notFound', { id }, 'id');
    if (keep) this.#documents.set(id, doc);
    return doc;
  }

  async layer(owner: string, documentId: string, keep = true): Promise<LayerState> {
    const key = layerKey(owner, documentId);
    const cached = keep ? this.#layers.get(key) : this.#layers.peek(key);
    if (cached) return cached;
    const state = await loadLayer(this.#files, owner, documentId, this.#repair);
    if (keep) this.#layers.set(key, state);
    return state;
  }

  peekLayer(owner: string, documentId: string): LayerState | undefined {
    return this.#layers.peek(layerKey(owner, documentId));
  }

  putDocument(doc: DocumentFile): void {
    this.#documents.set(doc.id, doc);
  }

  putLayer(state: LayerState): void {
    this.#layers.set(layerKey(state.annotator, state.documentId), state);
  }

  dropLayer(owner: string, documentId: string): void {
    this.#layers.delete(layerKey(owner, documentId));
  }

  /** Forgets a document and every layer of it held here. */
  dropDocument(id: string): void {
    this.#documents.delete(id);
    for (const key of this.#layers.keys()) if (key.endsWith(`\u0000${id}`)) this.#layers.delete(key);
  }

  clear(): void {
    this.#documents.clear();
    this.#layers.clear();
  }
}
