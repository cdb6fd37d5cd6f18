import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { importProblem } from '../../../shared/error-text';
import { ImportProblem } from '../../../shared/import/problems';
import type { ZipLimits } from './limits';

/** Small parts may pack very well (a run of spaces); the ratio counts only past this size. */
const RATIO_GRACE_BYTES = 1024 * 1024;
/** More parts than any Word document has; a million empty entries is an attack of its own. */
const MAX_ENTRIES = 10_000;

const MB = 1024 * 1024;
/** Whole megabytes, one decimal under ten: as precise as the limit's advice needs. */
const megabytes = (bytes: number) => (bytes < 10 * MB ? Math.round((10 * bytes) / MB) / 10 : Math.round(bytes / MB));

/** `declared`: the directory's own figure; otherwise counted while inflating, which stops at the limit. */
function sizeProblem(total: number, limits: ZipLimits, declared: boolean): ImportProblem {
  const values = { declared: declared ? 'yes' : 'no', size: megabytes(total), limit: megabytes(limits.maxUnzippedBytes) };
  return importProblem('too-large', 'errors.import.zipTooLarge', values);
}

function ratioProblem(entry: Entry, ratio: number, limits: ZipLimits): ImportProblem {
  return importProblem('too-large', 'errors.import.zipRatio', { part: entry.fileName, ratio: Math.round(ratio), limit: limits.maxRatio });
}

function overRatio(unpacked: number, packed: number, limits: ZipLimits): boolean {
  return unpacked > RATIO_GRACE_BYTES && unpacked / Math.max(1, packed) > limits.maxRatio;
}

function damaged(err: unknown): ImportProblem {
  if (err instanceof ImportProblem) return err;
  if (/too many bytes in the stream/.test((err as Error).message)) return importProblem('too-large', 'errors.import.zipLies');
  return importProblem('not-docx', 'errors.import.docxDamaged', { detail: (err as Error).message.split('\n')[0] ?? '' });
}

/** Reads one entry to its end, keeping it, and stops the moment a limit is crossed. */
async function drain(stream: Readable, onBytes: (n: number) => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onBytes(chunk.length);
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

/** Parts read as text (XML and relationships); everything else (images, fonts) is never unpacked. */
export function isTextPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/**
 * Unpacks a zip archive's text parts within limits, checking twice: first from the central
 * directory (declared sizes), then while inflating, since a directory can lie.
 * Inflation stops the moment a limit is crossed, so memory never holds more than the limit.
 * Binary parts are left packed: nothing reads them, and a caller that passes on only what
 * this returns cannot be made to read them.
 * Throws a coded ImportProblem naming the limit crossed and how to raise it (its messages speak of
 * the .docx file: the one zip format Isnad reads).
 */
export async function readZipTextParts(bytes: Uint8Array, limits: ZipLimits, signal?: AbortSignal): Promise<Map<string, Buffer>> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (err) {
    throw damaged(err);
  }
  try {
    if (zip.entryCount > MAX_ENTRIES) {
      throw importProblem('too-large', 'errors.import.zipEntries', { count: zip.entryCount, limit: MAX_ENTRIES });
    }
    const entries: Entry[] = [];
    let declared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        // Images and other binary parts are never unpacked, so however they pack is harmless.
        if (entry.fileName.endsWith('/') || !isTextPart(entry.fileName)) continue;
        if (overRatio(entry.uncompressedSize, entry.compressedSize, limits)) {
          throw ratioProblem(entry, entry.uncompressedSize / Math.max(1, entry.compressedSize), limits);
        }
        declared += entry.uncompressedSize;
        if (declared > limits.maxUnzippedBytes) throw sizeProblem(declared, limits, true);
        entries.push(entry);
      }
    } catch (err) {
      throw damaged(err);
    }
    // The directory passed; now what the parts really hold.
    const parts = new Map<string, Buffer>();
    let total = 0;
    for (const entry of entries) {
      signal?.throwIfAborted();
      let inEntry = 0;
      try {
        const stream = await zip.openReadStreamPromise(entry);
        const data = await drain(stream, (n) => {
          inEntry += n;
          total += n;
          if (total > limits.maxUnzippedBytes) throw sizeProblem(total, limits, false);
          if (overRatio(inEntry, entry.compressedSize, limits))
            throw ratioProblem(entry, inEntry / Math.max(1, entry.compressedSize), limits);
        });
        parts.set(entry.fileName, data);
      } catch (err) {
        throw damaged(err);
      }
    }
    return parts;
  } finally {
    zip.close();
  }
}
