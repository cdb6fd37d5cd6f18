import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_DATASET_UPLOAD_BYTES } from '../../../shared/contract/transport';
import { codedError } from '../../../shared/error-text';
import { newId } from '../corpus/ids';
import type { DownloadRegistry } from '../downloads';

/** A file the desktop renderer is sending piece by piece, written to a scratch folder of the download registry. */
interface Upload {
  id: string;
  fileName: string;
  /** What the renderer said the file's size is: the upload is complete at exactly this many bytes. */
  size: number;
  received: number;
  scratch: string;
  path: string;
  /** Pieces, finish and cancel of one upload run one after another, in the order they came. */
  queue: Promise<unknown>;
  /** Set by cancel while the file is being checked: the check's result is then thrown away. */
  cancelled: boolean;
}

/** The file a finished upload left on disk; `release` removes it (once its import ends, or it is replaced). */
export interface ReceivedDataset {
  fileName: string;
  path: string;
  release: () => Promise<void>;
  /** The check is over (cancel no longer reaches this upload); true when it was cancelled meanwhile. */
  checked: () => boolean;
}

/** The dataset cap the desktop app takes (ISNAD_MAX_DATASET_MB, as for `isnad serve`; 2 GB otherwise). */
export function maxDatasetBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.ISNAD_MAX_DATASET_MB);
  return mb > 0 ? Math.floor(mb * 1024 * 1024) : MAX_DATASET_UPLOAD_BYTES;
}

/** A dataset cap in MB, as both ways of importing a dataset state it (browser upload and desktop stream). */
export function capInMegabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 100) / 100;
}

/**
 * Desktop Import dataset…: the renderer reads the chosen file a piece at a time and sends
 * each piece here, where it is appended to a temp file; the whole file is never one string
 * or one message on either side. The renderer never names a path: main writes only into a
 * scratch folder it made itself, so a page cannot make it read or write anywhere else.
 *
 * One upload at a time: a new one drops any unfinished one (the journalist chose another
 * file, or the window was reloaded mid-way), so abandoned uploads cannot pile up. Any failed
 * piece drops the upload and its file: the renderer starts again from the beginning.
 */
export class DatasetUploads {
  #current: Upload | null = null;
  /** Uploads handed over and being checked, so cancel can reach them. */
  readonly #finishing = new Set<Upload>();
  readonly #downloads: DownloadRegistry;
  readonly #limit: number;

  constructor(downloads: DownloadRegistry, limit: number) {
    this.#downloads = downloads;
    this.#limit = limit;
  }

  async begin(fileName: string, size: number): Promise<string> {
    await this.#replace(null);
    if (size > this.#limit) throw this.#tooLarge(fileName);
    const scratch = await this.#downloads.scratch('upload');
    const path = join(scratch, 'dataset');
    try {
      // Created empty and private, so finish reads a file (an empty one is refused by the reader, as in browser mode).
      await (await open(path, 'wx', 0o600)).close();
    } catch (err) {
      await this.#downloads.discard(scratch);
      throw err;
    }
    const upload: Upload = { id: newId('u'), fileName, size, received: 0, scratch, path, queue: Promise.resolve(), cancelled: false };
    // Another begin may have come while this one made its folder: the later one wins.
    await this.#replace(upload);
    return upload.id;
  }

  /** Appends the piece that starts at `offset`; returns how many bytes the temp file now holds. */
  append(id: string, offset: number, chunk: Uint8Array): Promise<number> {
    return this.#inTurn(id, async (upload) => {
      if (offset !== upload.received) {
        throw codedError('invalid_input', 'errors.dataset.uploadOutOfOrder', { file: upload.fileName, offset, expected: upload.received });
      }
      // The size the renderer stated is checked on every piece too: the cap holds for what arrives.
      if (upload.received + chunk.byteLength > this.#limit) throw this.#tooLarge(upload.fileName);
      if (upload.received + chunk.byteLength > upload.size) {
        throw codedError('invalid_input', 'errors.dataset.uploadSizeChanged', { file: upload.fileName, size: upload.size });
      }
      const file = await open(upload.path, 'r+');
      try {
        await file.write(chunk, 0, chunk.byteLength, offset);
      } finally {
        await file.close();
      }
      upload.received += chunk.byteLength;
      return upload.received;
    });
  }

  /**
   * The whole file has arrived: hands it over (the upload is no longer open to pieces) to be
   * staged. A file shorter than stated is refused, never read: it was cut short.
   */
  finish(id: string): Promise<ReceivedDataset> {
    return this.#inTurn(id, async (upload) => {
      if (upload.received !== upload.size) {
        throw codedError('invalid_input', 'errors.dataset.uploadIncomplete', {
          file: upload.fileName,
          received: upload.received,
          size: upload.size,
        });
      }
      this.#current = null;
      this.#finishing.add(upload);
      return {
        fileName: upload.fileName,
        path: upload.path,
        release: () => this.#downloads.discard(upload.scratch),
        checked: () => {
          this.#finishing.delete(upload);
          return upload.cancelled;
        },
      };
    });
  }

  /**
   * Stops an upload: the temp file goes at once (after a piece being written). An upload being
   * checked is marked, and its check's result thrown away when it ends. False when there is no
   * such upload (finished and staged already, or dropped): nothing to stop.
   */
  async cancel(id: string): Promise<boolean> {
    const checking = [...this.#finishing].find((u) => u.id === id);
    if (checking) {
      checking.cancelled = true;
      return true;
    }
    const upload = this.#current;
    if (!upload || upload.id !== id) return false;
    this.#current = null;
    upload.cancelled = true;
    await upload.queue.catch(() => {});
    await this.#downloads.discard(upload.scratch);
    return true;
  }

  #inTurn<T>(id: string, work: (upload: Upload) => Promise<T>): Promise<T> {
    const upload = this.#current;
    if (!upload || upload.id !== id) return Promise.reject(codedError('not_found', 'errors.dataset.uploadNotFound', { id }, 'uploadId'));
    const turn = upload.queue.then(async () => {
      // Cancelled, replaced or failed while this waited its turn.
      if (this.#current !== upload) {
        if (!upload.cancelled) throw codedError('not_found', 'errors.dataset.uploadNotFound', { id }, 'uploadId');
        // The answer says the file is gone only once it is (cancel removes it too; removing twice is harmless).
        await this.#downloads.discard(upload.scratch);
        throw codedError('cancelled', 'errors.dataset.uploadCancelled', { file: upload.fileName });
      }
      try {
        return await work(upload);
      } catch (err) {
        await this.#drop(upload);
        throw err;
      }
    });
    upload.queue = turn.catch(() => {});
    return turn;
  }

  /** Makes `next` the upload; the one it replaces goes, after a piece still being written (its queue never rejects). */
  async #replace(next: Upload | null): Promise<void> {
    const previous = this.#current;
    this.#current = next;
    if (!previous || previous === next) return;
    await previous.queue;
    await this.#downloads.discard(previous.scratch);
  }

  async #drop(upload: Upload): Promise<void> {
    if (this.#current === upload) this.#current = null;
    await this.#downloads.discard(upload.scratch);
  }

  #tooLarge(fileName: string) {
    return codedError('invalid_input', 'errors.dataset.desktopTooLarge', { file: fileName, limit: capInMegabytes(this.#limit) });
  }
}
