import { type FileHandle, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { IsnadError } from '../../../shared/errors';
import { codedError } from '../../../shared/error-text';
import type { DocumentSummary } from '../../../shared/domain/document';
import { compileExportFilter } from '../../../shared/exchange/filter';
import type { ExportRequest } from '../../../shared/exchange/request';
import type { NeedsUrl } from '../../../shared/exchange/claimreview';
import { missingOrganization } from '../../../shared/exchange/options';
import { CODE_POINT_UNIT, EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader, OFFSET_UNIT } from '../../../shared/exchange/schema';
import { serializerFor } from '../../../shared/exchange/serializer';
import type { CorpusStore } from '../corpus/store';
import { throwIfCancelled } from '../jobs';
import { partialFileFor, removePartialFiles } from '../leftovers';
import { APP_NAME } from '../version';
import { checkExportLayer, exportLayerDocument } from './export-layers';

export interface ExportSummary {
  path: string;
  format: ExportRequest['format'];
  documents: number;
  annotations: number;
  bytes: number;
  /** ClaimReview: reviewed claims left out until their fact-check's URL is recorded. */
  needsUrl?: NeedsUrl[];
}

export interface ExportRun {
  appVersion: string;
  signal?: AbortSignal;
  onProgress?(done: number, total: number, current: string): void;
  now?: Date;
}

/** The documents an export will read, in corpus order; unknown ids are refused up front. */
export function documentsToExport(store: CorpusStore, request: ExportRequest): DocumentSummary[] {
  const problem = missingOrganization(request);
  if (problem) throw codedError('invalid_input', problem, undefined, 'organization');
  const all = store.listDocuments();
  const wanted = request.filter.documentIds;
  if (wanted === undefined) return all;
  const known = new Set(all.map((d) => d.id));
  const missing = wanted.find((id) => !known.has(id));
  if (missing !== undefined) throw codedError('not_found', 'errors.document.notFound', { id: missing }, 'filter.documentIds');
  const set = new Set(wanted);
  return all.filter((d) => set.has(d.id));
}

/**
 * Writes text as UTF-8 through one buffer kept for the whole export, filled piece by piece
 * and written to the file when full. A fresh buffer per document (Buffer.from) cost more than
 * the encoding: every one is new memory the system has to map and the collector to free,
 * about 150 MB of them for a W3C export of 100,000 annotations. Each piece is encoded
 * straight into the buffer, with room checked at 3 bytes a UTF-16 unit (UTF-8's most), so
 * no piece is measured first.
 */
function fileWriter(handle: FileHandle): { write(text: string | readonly string[]): Promise<number>; flush(): Promise<void> } {
  let buffer = Buffer.allocUnsafe(1 << 20);
  let used = 0;
  const flush = async () => {
    for (let offset = 0; offset < used;) offset += (await handle.write(buffer, offset, used - offset)).bytesWritten;
    used = 0;
  };
  return {
    async write(text) {
      let bytes = 0;
      for (const piece of typeof text === 'string' ? [text] : text) {
        const room = piece.length * 3;
        if (used + room > buffer.length) {
          await flush();
          if (room > buffer.length) buffer = Buffer.allocUnsafe(Math.max(room, buffer.length * 2));
        }
        const length = buffer.write(piece, used, 'utf8');
        used += length;
        bytes += length;
      }
      return bytes;
    },
    flush,
  };
}

async function refuseCorpusFolder(store: CorpusStore, outPath: string): Promise<void> {
  const inside = relative(resolve(store.dir), resolve(outPath));
  if (!inside.startsWith('..') && !isAbsolute(inside)) {
    throw codedError('invalid_input', 'errors.export.insideCorpus', { dir: store.dir }, 'out');
  }
  const folder = await stat(dirname(resolve(outPath))).catch(() => null);
  if (!folder?.isDirectory()) throw codedError('invalid_input', 'errors.export.noFolder', { dir: dirname(resolve(outPath)) }, 'out');
}

/**
 * Streams an export to `outPath`: one document is read from the store, converted and
 * written at a time, so memory stays bounded on any corpus size. Everything goes to a temp
 * file beside the target that is synced and renamed at the end; a failure or cancellation
 * removes it, so no partial export is ever left where the user looks for it.
 */
export async function writeExport(store: CorpusStore, request: ExportRequest, outPath: string, run: ExportRun): Promise<ExportSummary> {
  const summaries = documentsToExport(store, request);
  await refuseCorpusFolder(store, outPath);
  await checkExportLayer(store, request.layer);
  // verdict_by in CSV: the name of whoever recorded a verdict, as the corpus knows them.
  const annotatorNames = new Map(store.layerAnnotators().map((a) => [a.id, a.name] as const));
  const serializer = serializerFor({ ...request, annotatorNames });
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: (run.now ?? new Date()).toISOString(),
    app: { name: APP_NAME, version: run.appVersion },
    offsetUnit: OFFSET_UNIT,
    codePointOffsetUnit: CODE_POINT_UNIT,
    filter: request.filter,
    ...(request.layer === 'mine' ? {} : { layer: request.layer }),
  };
  // Partial files of an earlier export of this name that crashed (kill -9, power cut) go first.
  await removePartialFiles(outPath);
  const temp = partialFileFor(outPath);
  const handle = await open(temp, 'wx');
  const filter = compileExportFilter(request.filter);
  let documents = 0;
  let annotations = 0;
  let bytes = 0;
  const out = fileWriter(handle);
  try {
    bytes += await out.write(serializer.opening(header));
    for (const [i, summary] of summaries.entries()) {
      if (run.signal) throwIfCancelled(run.signal);
      // Read only (no copy of the annotations): the export converts, never edits, what it reads;
      // and not kept in the store's cache, which would otherwise hold the last 64 documents read.
      const doc = await store.readDocument(summary.id, { keep: false }).catch((err: unknown) => {
        // Deleted while we were exporting: the export reflects the corpus as it now is.
        if (err instanceof IsnadError && err.code === 'not_found') return null;
        throw err;
      });
      const exported = doc && (await exportLayerDocument(store, doc, request.layer, filter));
      if (exported) {
        bytes += await out.write(serializer.document(exported, documents));
        documents++;
        annotations += exported.annotations.length;
      }
      run.onProgress?.(i + 1, summaries.length, summary.title);
    }
    if (run.signal) throwIfCancelled(run.signal);
    bytes += await out.write(serializer.closing(documents));
    await out.flush();
    await handle.sync();
    await handle.close();
    await rename(temp, outPath);
  } catch (err) {
    await handle.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw err;
  }
  return {
    path: outPath,
    format: request.format,
    documents,
    annotations,
    bytes,
    ...(serializer.needsUrl ? { needsUrl: serializer.needsUrl } : {}),
  };
}
