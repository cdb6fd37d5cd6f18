import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type FileHandle, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { IsnadError } from '../../../shared/errors';
import { type ErrorMessageId, codedError, englishText } from '../../../shared/error-text';
import { jsonPlaceValues, locateJsonError } from '../../../shared/import/json-position';

/**
 * A stored file that is not JSON, said as the reader's sentence (where, and what is wrong
 * there); JSON.parse's own words are kept only as the technical line.
 */
export function notJsonFile(file: string, text: string, err: unknown): IsnadError {
  const place = jsonPlaceValues('JSON', locateJsonError(text));
  return codedError('corrupt_data', 'errors.store.notJson', {
    file,
    ...place,
    // The clause in English too, for when this error is itself the detail of another (search's "could not be read (…)").
    detail: englishText(place.detailId as ErrorMessageId, place),
    technical: (err as Error).message,
  });
}

/**
 * Writes `data` to `file` so that a crash or power cut leaves either the old or the new
 * content, never a torn file: temp file in the same folder, fsync, then rename over.
 * steno (lowdb's own writer) renames without fsync, which on a laptop that dies can
 * leave an empty file behind.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await replaceAtomically(file, (handle) => handle.writeFile(data));
}

/** Writes all of `bytes` at the handle's position: one write may take only part of them. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
}

/**
 * A buffer the process keeps and lends to one write at a time (the next waits for the current
 * one to give it back, before its disk sync): a file written in pieces is gathered or encoded
 * into it, never into a buffer made per write. A megabyte made per save, or per piece, stayed
 * until the next full collection, three of them at the end of an import when the search
 * index is saved: the import's peak (issue 18).
 */
class LentBuffer {
  readonly #bytes: number;
  #buffer: Uint8Array | null = null;
  #turn: Promise<void> = Promise.resolve();

  constructor(bytes: number) {
    this.#bytes = bytes;
  }

  async use<T>(work: (buffer: Uint8Array) => Promise<T>): Promise<T> {
    let release = () => {};
    const done = new Promise<void>((resolve) => (release = resolve));
    const mine = this.#turn;
    this.#turn = this.#turn.then(() => done);
    await mine;
    try {
      return await work((this.#buffer ??= new Uint8Array(this.#bytes)));
    } finally {
      release();
    }
  }
}

/** Where writePiecesAtomic gathers small pieces before one write to disk. */
const pieceBatch = new LentBuffer(256 * 1024);

/**
 * writeFileAtomic for a file made of many pieces (a search index's word sequences and
 * postings), gathered a batch at a time: the pieces are never joined into one buffer the size
 * of the file, so saving a large index does not hold it twice in memory. A piece is copied
 * before the next is asked for, so an iterable may hand out one scratch array again and again.
 */
export async function writePiecesAtomic(file: string, pieces: Iterable<Uint8Array>): Promise<void> {
  await replaceAtomically(file, (handle) =>
    pieceBatch.use(async (batch) => {
      let used = 0;
      for (const piece of pieces) {
        if (used + piece.length > batch.length) {
          await writeAll(handle, batch.subarray(0, used));
          used = 0;
        }
        if (piece.length > batch.length) await writeAll(handle, piece);
        else {
          batch.set(piece, used);
          used += piece.length;
        }
      }
      await writeAll(handle, batch.subarray(0, used));
    }),
  );
}

/** The one buffer writeTextAtomic encodes into (see there). */
const textScratch = new LentBuffer(64 * 1024);
const encoder = new TextEncoder();

/**
 * writeFileAtomic for a text made of many fragments (a JSON record of every document), encoded
 * into one buffer the process keeps and written from it: the text is never one string, and no
 * buffer is made per write. A file rewritten during an import (every thousand files, or every
 * shard at the end) otherwise lived as a string and a buffer of its whole size across the disk
 * sync, long enough to be kept by the garbage collector's old generation; and a buffer made
 * per piece left the allocator's heap fragmented, memory the process kept (issue 18).
 */
export async function writeTextAtomic(file: string, fragments: Iterable<string>): Promise<void> {
  await replaceAtomically(file, (handle) =>
    textScratch.use(async (bytes) => {
      let used = 0;
      const flush = async () => {
        await writeAll(handle, bytes.subarray(0, used));
        used = 0;
      };
      for (const fragment of fragments) {
        let rest = fragment;
        while (rest.length > 0) {
          // Whole characters only: what does not fit waits for the next round.
          const { read, written } = encoder.encodeInto(rest, bytes.subarray(used));
          used += written;
          rest = read === rest.length ? '' : rest.slice(read);
          if (rest.length > 0) await flush();
        }
      }
      await flush();
    }),
  );
}

async function replaceAtomically(file: string, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await write(handle);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw err;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
}

/**
 * lowdb adapter for one JSON file: atomic durable writes, serialized per file, with
 * bursts of writes coalesced so only the latest state is written after the current one.
 */
export class DurableJSONFile<T> implements Adapter<T> {
  readonly file: string;
  #writing: Promise<void> | null = null;
  #pending: { data: string; waiters: Array<{ resolve: () => void; reject: (e: unknown) => void }> } | null = null;

  constructor(file: string) {
    this.file = file;
  }

  async read(): Promise<T | null> {
    return this.readNow();
  }

  /** read(), at once: for callers that must not yield between reading and using the data. */
  readNow(): T | null {
    let text: string;
    try {
      // At once, not through the thread pool: fs.promises.readFile takes four round trips
      // (open, stat, read, close), ~10× the CPU of reading a 7 KB document here, and a
      // corpus search reads twenty of them for one page of results.
      text = readFileSync(this.file, 'utf-8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw notJsonFile(this.file, text, err);
    }
  }

  write(data: T): Promise<void> {
    const serialized = JSON.stringify(data);
    if (!this.#writing) {
      this.#writing = this.#run(serialized);
      return this.#writing;
    }
    // A write is in flight: queue the newest data only; every caller waiting is
    // satisfied by that one later write because it contains their change too.
    if (!this.#pending) this.#pending = { data: serialized, waiters: [] };
    this.#pending.data = serialized;
    return new Promise((resolve, reject) => this.#pending?.waiters.push({ resolve, reject }));
  }

  async #run(serialized: string): Promise<void> {
    try {
      await writeFileAtomic(this.file, serialized);
    } finally {
      const next = this.#pending;
      this.#pending = null;
      if (next) {
        this.#writing = this.#run(next.data);
        this.#writing.then(
          () => next.waiters.forEach((w) => w.resolve()),
          (e: unknown) => next.waiters.forEach((w) => w.reject(e)),
        );
      } else {
        this.#writing = null;
      }
    }
  }
}
