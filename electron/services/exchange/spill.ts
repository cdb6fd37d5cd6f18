import { type FileHandle, mkdtemp, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '../../../shared/domain/document';
import { fileLines } from './import-stream';
import { scratchPrefix } from '../leftovers';

/** Written to the file in batches of about this many characters. */
const BATCH = 1 << 20;

/**
 * The documents an import-back's first pass checked, kept on disk one JSON line each, in file
 * order, for the second pass to write: memory holds one document (and a batch of lines) at a
 * time. In the system's temp folder, private to this process, removed by `discard` (or by the next
 * start's sweep of scratch folders, after a crash).
 */
export class Spill {
  readonly #dir: string;
  readonly #path: string;
  #handle: FileHandle | null;
  #batch: string[] = [];
  #batched = 0;

  private constructor(dir: string, handle: FileHandle) {
    this.#dir = dir;
    this.#path = join(dir, 'documents.jsonl');
    this.#handle = handle;
  }

  static async create(): Promise<Spill> {
    // Named like the other scratch folders, so a crash mid-import leaves nothing the next start keeps.
    const dir = await mkdtemp(scratchPrefix('spill'));
    return new Spill(dir, await open(join(dir, 'documents.jsonl'), 'wx', 0o600));
  }

  async add(doc: Document): Promise<void> {
    const line = `${JSON.stringify(doc)}\n`;
    this.#batch.push(line);
    this.#batched += line.length;
    if (this.#batched >= BATCH) await this.#flush();
  }

  async #flush(): Promise<void> {
    if (!this.#handle || this.#batch.length === 0) return;
    const text = this.#batch.join('');
    this.#batch = [];
    this.#batched = 0;
    await this.#handle.write(text, null, 'utf8');
  }

  /** Everything added is on disk and the file closed; `documents` may read it from now on. */
  async finish(): Promise<void> {
    await this.#flush();
    await this.#handle?.close();
    this.#handle = null;
  }

  /** The documents in the order added, read again from the top on every call. */
  documents(): () => AsyncGenerator<Document> {
    const lines = fileLines(this.#path);
    return async function* documents() {
      for await (const { line } of lines()) if (line !== '') yield JSON.parse(line) as Document;
    };
  }

  async discard(): Promise<void> {
    await this.#handle?.close().catch(() => {});
    this.#handle = null;
    this.#batch = [];
    await rm(this.#dir, { recursive: true, force: true });
  }
}
