import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { newId } from './corpus/ids';
import { scratchPrefix } from './leftovers';
import { codedError } from '../../shared/error-text';

export interface Download {
  id: string;
  path: string;
  fileName: string;
  contentType: string;
}

/** A download link stays valid this long; the browser fetches it at once. */
const KEEP_MS = 60 * 60 * 1000;

/**
 * Files the browser-mode host may hand to the user's browser (exports, reports). Only a
 * registered id is served, never an arbitrary path from a request. Each file lives in a
 * scratch folder of its own, removed when its link expires and when the services close,
 * so exports of a whole corpus do not pile up in the temp folder.
 */
export class DownloadRegistry {
  readonly #downloads = new Map<string, Download & { scratch: string; at: number }>();
  readonly #scratches = new Set<string>();
  readonly #now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? Date.now;
  }

  /** A new empty folder to write one download into. */
  async scratch(kind: string): Promise<string> {
    const dir = await mkdtemp(scratchPrefix(kind));
    this.#scratches.add(dir);
    return dir;
  }

  /** Removes a scratch folder whose file will not be offered (the export failed). */
  async discard(scratch: string): Promise<void> {
    this.#scratches.delete(scratch);
    await rm(scratch, { recursive: true, force: true });
  }

  async register(scratch: string, fileName: string, contentType: string): Promise<Download> {
    await this.#expire();
    const download = { id: newId('f'), path: join(scratch, fileName), fileName, contentType, scratch, at: this.#now() };
    this.#downloads.set(download.id, download);
    return download;
  }

  get(id: string): Download {
    const download = this.#downloads.get(id);
    if (!download || this.#now() - download.at > KEEP_MS) throw codedError('not_found', 'errors.downloads.notFound', { id }, 'id');
    return download;
  }

  async close(): Promise<void> {
    this.#downloads.clear();
    await Promise.all([...this.#scratches].map((dir) => this.discard(dir)));
  }

  async #expire(): Promise<void> {
    for (const [id, d] of this.#downloads) {
      if (this.#now() - d.at <= KEEP_MS) continue;
      this.#downloads.delete(id);
      await this.discard(d.scratch);
    }
  }
}
