import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportProblem, formatBytes } from '../../../shared/import/problems';
import type { ZipLimits } from './limits';

/** Small parts may pack very well (a run of spaces); the ratio counts only past this size. */
const RATIO_GRACE_BYTES = 1024 * 1024;
/** More parts than any Word document has; a million empty entries is an attack of its own. */
const MAX_ENTRIES = 10_000;

/** `declared`: the directory's own figure; otherwise counted while inflating, which stops at the limit. */
function sizeProblem(what: string, total: number, limits: ZipLimits, declared: boolean): ImportProblem {
  return new ImportProblem(
    'too-large',
    `${what} unpacks to ${declared ? formatBytes(total) : `more than ${formatBytes(limits.maxUnzippedBytes)}`} of text (XML), over the limit of ${formatBytes(limits.maxUnzippedBytes)} for unpacked text (set ISNAD_MAX_UNZIPPED_SIZE, e.g. ISNAD_MAX_UNZIPPED_SIZE=50MB, to raise it)`,
  );
}

function ratioProblem(what: string, entry: Entry, ratio: number, limits: ZipLimits): ImportProblem {
  return new ImportProblem(
    'too-large',
    `${what} is not safe to open: its part "${entry.fileName}" unpacks to ${Math.round(ratio)} times its packed size, over the limit of ${limits.maxRatio}× (a "zip bomb"; set ISNAD_MAX_ZIP_RATIO to raise it)`,
  );
}

function overRatio(unpacked: number, packed: number, limits: ZipLimits): boolean {
  return unpacked > RATIO_GRACE_BYTES && unpacked / Math.max(1, packed) > limits.maxRatio;
}

function damaged(what: string, err: unknown, format = 'Word document'): ImportProblem {
  if (err instanceof ImportProblem) return err;
  if (/too many bytes in the stream/.test((err as Error).message)) {
    return new ImportProblem(
      'too-large',
      `${what} is not safe to open: a part unpacks to more than the archive's directory says (a "zip bomb" that lies about its size)`,
    );
  }
  return new ImportProblem('not-docx', `${what} is damaged or not a ${format} (${(err as Error).message.split('\n')[0]})`);
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
 * Throws an ImportProblem naming the limit crossed and how to raise it.
 */
export async function readZipTextParts(
  bytes: Uint8Array,
  limits: ZipLimits,
  what = 'the file',
  signal?: AbortSignal,
): Promise<Map<string, Buffer>> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (err) {
    throw damaged(what, err);
  }
  try {
    if (zip.entryCount > MAX_ENTRIES) {
      throw new ImportProblem('too-large', `${what} holds ${zip.entryCount} parts, more than the ${MAX_ENTRIES} any document needs`);
    }
    const entries: Entry[] = [];
    let declared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        // Images and other binary parts are never unpacked, so however they pack is harmless.
        if (entry.fileName.endsWith('/') || !isTextPart(entry.fileName)) continue;
        if (overRatio(entry.uncompressedSize, entry.compressedSize, limits)) {
          throw ratioProblem(what, entry, entry.uncompressedSize / Math.max(1, entry.compressedSize), limits);
        }
        declared += entry.uncompressedSize;
        if (declared > limits.maxUnzippedBytes) throw sizeProblem(what, declared, limits, true);
        entries.push(entry);
      }
    } catch (err) {
      throw damaged(what, err);
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
          if (total > limits.maxUnzippedBytes) throw sizeProblem(what, total, limits, false);
          if (overRatio(inEntry, entry.compressedSize, limits))
            throw ratioProblem(what, entry, inEntry / Math.max(1, entry.compressedSize), limits);
        });
        parts.set(entry.fileName, data);
      } catch (err) {
        throw damaged(what, err);
      }
    }
    return parts;
  } finally {
    zip.close();
  }
}
