import { promisify } from 'node:util';
import { inflate } from 'node:zlib';
import { formatBytes } from '../../../../shared/import/problems';
import { importProblem } from '../../../../shared/error-text';

const inflateAsync = promisify(inflate);

/**
 * A PDF bomb packs a content stream that inflates a thousandfold (a few hundred KB
 * becoming gigabytes); pdf.js would hold all of it in memory. Before pdf.js sees a file,
 * every compressed stream it will decode for text (page contents, forms, fonts, object
 * streams: not images, which text extraction never decodes) is inflated here with a
 * ceiling, off the main thread (zlib runs in the thread pool), and the file is refused when
 * one stream, or all of them together, would unpack to more than the limits allow.
 */
export interface StreamLimits {
  /** One stream unpacked (bytes). */
  maxStream: number;
  /** All streams unpacked together. */
  maxTotal: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = { maxStream: 64 * 1024 * 1024, maxTotal: 512 * 1024 * 1024 };

const STREAM = Buffer.from('stream');
const DICT_LOOKBACK = 4096;

interface FoundStream {
  dict: string;
  data: Buffer;
}

/** Compressed, non-image streams, found by their keywords (no full parse: pdf.js does that next). */
function* flateStreams(pdf: Buffer): Generator<FoundStream> {
  let at = pdf.indexOf(STREAM, 0);
  while (at >= 0) {
    const next = pdf.indexOf(STREAM, at + STREAM.length);
    const isEnd = at >= 3 && pdf.toString('latin1', at - 3, at) === 'end';
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (!isEnd && pdf[start] === 0x0a) {
      start++;
      const head = pdf.toString('latin1', Math.max(0, at - DICT_LOOKBACK), at);
      const dict = head.slice(head.lastIndexOf('obj') + 1);
      const end = pdf.indexOf('endstream', start, 'latin1');
      if (end > start && /\/FlateDecode/.test(dict) && !/\/Subtype\s*\/Image/.test(dict)) {
        yield { dict, data: pdf.subarray(start, end) };
      }
    }
    at = next;
  }
}

export async function checkStreams(pdf: Uint8Array, limits: StreamLimits = DEFAULT_STREAM_LIMITS, signal?: AbortSignal): Promise<void> {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  let total = 0;
  for (const stream of flateStreams(bytes)) {
    signal?.throwIfAborted();
    let size: number;
    try {
      size = (await inflateAsync(stream.data, { maxOutputLength: limits.maxStream + 1 })).length;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw importProblem('damaged', 'errors.import.pdfBombStream', {
          packed: formatBytes(stream.data.length),
          limit: formatBytes(limits.maxStream),
        });
      }
      // Encrypted or damaged data: pdf.js decides what it can read.
      continue;
    }
    total += size;
    if (total > limits.maxTotal) throw importProblem('damaged', 'errors.import.pdfBombTotal', { limit: formatBytes(limits.maxTotal) });
  }
}
