import { open } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { DatasetPreview } from '../../shared/contract/exchange';
import { codedError } from '../../shared/error-text';
import { type Envelope, toErrorInfo } from '../../shared/errors';
import type { Services } from '../services/api';
import { stageDatasetFile } from '../services/api/exchange';
import { capInMegabytes } from '../services/exchange/dataset-upload';

/** A body sent past the limit is read and dropped up to this much, then the connection is cut. */
const DRAIN_LIMIT_BYTES = 4 * 1024 * 1024 * 1024;

/** The file name the renderer sent in the query, kept to what a file name may be. */
function uploadedName(req: IncomingMessage): string {
  const name = new URL(req.url ?? '/', 'http://localhost').searchParams.get('name')?.trim() ?? '';
  return name === '' ? 'the file' : name.slice(0, 255);
}

/**
 * Browser mode's Import dataset…: the file's bytes, as the browser sends them, go straight to
 * a temp file (a scratch folder of the download registry, removed when the host closes if
 * nothing else removes it), never into one string; past `limit` bytes they stop and the
 * request is refused. The temp file is then read by the same datasetReader as a file the CLI
 * imports, and removed when the import ends, fails, is cancelled or is replaced by another file.
 */
export async function receiveDataset(
  req: IncomingMessage,
  services: Services,
  limit: number,
): Promise<{ status: number; envelope: Envelope<DatasetPreview> | null }> {
  const { ctx } = services;
  const fileName = uploadedName(req);
  const tooLarge = () => ({
    status: 413,
    envelope: {
      ok: false as const,
      error: codedError('invalid_input', 'errors.dataset.uploadTooLarge', {
        file: fileName,
        limit: capInMegabytes(limit),
      }).toInfo(),
    },
  });
  const scratch = await ctx.downloads.scratch('upload');
  const path = join(scratch, 'dataset');
  let received = 0;
  let over = false;
  try {
    const file = await open(path, 'wx', 0o600);
    try {
      for await (const chunk of req as AsyncIterable<Buffer>) {
        received += chunk.length;
        if (received > limit) over = true;
        // Past the limit the rest is read and dropped, so the browser, still sending, gets the
        // refusal and its reason rather than a reset connection; past DRAIN_LIMIT_BYTES it is cut.
        if (over && received > DRAIN_LIMIT_BYTES) break;
        if (!over) await file.write(chunk);
      }
    } finally {
      await file.close();
    }
    // The browser stopped sending before its own Content-Length: a cut upload, never a file to read.
    if (!over && !req.complete) throw new Error('upload cut short');
  } catch {
    // Aborted by the browser (closed tab, lost connection): nothing kept, and no one left to answer.
    await ctx.downloads.discard(scratch);
    return { status: 0, envelope: null };
  }
  if (over) {
    await ctx.downloads.discard(scratch);
    return tooLarge();
  }
  try {
    const preview = await stageDatasetFile(ctx, { fileName, path }, () => ctx.downloads.discard(scratch));
    return { status: 200, envelope: { ok: true, value: preview } };
  } catch (err) {
    return { status: 400, envelope: { ok: false, error: toErrorInfo(err) } };
  }
}
