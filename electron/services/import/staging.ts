import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportProblem } from '../../../shared/import/problems';
import type { FieldMapping } from '../../../shared/import/records';
import { newId } from '../corpus/ids';
import { scratchPrefix } from '../leftovers';
import { tooLarge } from './limits';
import { isSupported, unsupported } from './readers';
import type { ImportSource } from './sources';
import { fileOnDisk } from './sources';
import { codedError, importProblem } from '../../../shared/error-text';

export interface UploadedFile {
  key?: string;
  name: string;
  size: number;
  /** base64; absent when the browser could not read the file or it is over the limit. */
  data?: string;
  readError?: string;
  mapping?: FieldMapping;
  ocr?: boolean;
}

interface Staged {
  key?: string;
  name: string;
  size: number;
  path?: string;
  problem?: ImportProblem;
  /** Set aside as skipped (hidden files) rather than failed. */
  skip?: boolean;
  mapping?: FieldMapping;
  ocr?: boolean;
}

function isHidden(name: string): boolean {
  return name.split(/[\\/]/).some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

interface Batch {
  dir: string;
  files: Staged[];
  touched: number;
}

/** Uploads not started within this time are removed. */
const EXPIRE_MS = 60 * 60 * 1000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Browser mode sends files in several requests (the host takes 100 MB per request); they
 * wait here, on disk in a temp folder, until the import job reads them one at a time.
 * Names from the browser are only ever shown, never used as paths.
 */
export class ImportStaging {
  readonly #batches = new Map<string, Batch>();

  async stage(stagingId: string | undefined, files: UploadedFile[], maxFileBytes: number): Promise<{ stagingId: string; staged: number }> {
    await this.#expire();
    let id = stagingId;
    let batch = id === undefined ? undefined : this.#batches.get(id);
    if (id !== undefined && !batch) throw codedError('not_found', 'errors.import.uploadExpired', undefined, 'stagingId');
    if (!batch) {
      id = newId('u');
      batch = { dir: await mkdtemp(scratchPrefix('upload')), files: [], touched: Date.now() };
      this.#batches.set(id, batch);
    }
    batch.touched = Date.now();
    for (const file of files) {
      const staged: Staged = {
        name: file.name,
        size: file.size,
        ...(file.key ? { key: file.key } : {}),
        ...(file.mapping ? { mapping: file.mapping } : {}),
        ...(file.ocr ? { ocr: true } : {}),
      };
      if (isHidden(file.name)) {
        staged.problem = importProblem('unsupported', 'errors.import.hidden');
        staged.skip = true;
      } else if (!isSupported(file.name)) {
        staged.problem = unsupported(file.name);
      } else if (file.readError) {
        staged.problem = importProblem('unreadable', 'errors.import.readFailed', { detail: file.readError });
      } else if (file.size > maxFileBytes) {
        staged.problem = tooLarge(file.size, maxFileBytes);
      } else if (file.data === undefined || !BASE64.test(file.data)) {
        staged.problem = importProblem('unreadable', 'errors.import.uploadDamaged');
      } else {
        const bytes = Buffer.from(file.data, 'base64');
        if (bytes.length !== file.size) {
          staged.problem = importProblem('unreadable', 'errors.import.uploadIncomplete', { received: bytes.length, size: file.size });
        } else {
          staged.path = join(batch.dir, String(batch.files.length));
          await writeFile(staged.path, bytes);
        }
      }
      batch.files.push(staged);
    }
    return { stagingId: id as string, staged: batch.files.length };
  }

  /** Hands a batch to an import: its sources, and a function that removes its files after. */
  take(stagingId: string): { sources: ImportSource[]; discard: () => Promise<void> } {
    const batch = this.#batches.get(stagingId);
    if (!batch) throw codedError('not_found', 'errors.import.uploadExpired', undefined, 'stagingId');
    this.#batches.delete(stagingId);
    const sources = batch.files.map((f): ImportSource => {
      if (f.problem) {
        return {
          kind: 'set-aside',
          name: f.name,
          status: f.skip ? 'skipped' : 'failed',
          problem: f.problem,
          ...(f.key ? { key: f.key } : {}),
        };
      }
      return fileOnDisk(f.path as string, { name: f.name, size: f.size, mapping: f.mapping, ...(f.key ? { key: f.key } : {}), ocr: f.ocr });
    });
    return { sources, discard: () => rm(batch.dir, { recursive: true, force: true }) };
  }

  async #expire(): Promise<void> {
    const cutoff = Date.now() - EXPIRE_MS;
    for (const [id, batch] of this.#batches) {
      if (batch.touched < cutoff) {
        this.#batches.delete(id);
        await rm(batch.dir, { recursive: true, force: true });
      }
    }
  }
}
