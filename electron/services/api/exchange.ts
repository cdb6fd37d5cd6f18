import { basename, join, resolve } from 'node:path';
import type { HandlersOf } from '../../../shared/contract/define';
import { codedError } from '../../../shared/error-text';
import type { DatasetPreview, ExportJobResult, ImportJobResult, exchangeOperations } from '../../../shared/contract/exchange';
import { exportFileName } from '../../../shared/exchange/request';
import { serializerFor } from '../../../shared/exchange/serializer';
import { newId } from '../corpus/ids';
import type { CorpusStore } from '../corpus/store';
import { type ConflictPolicy, type DocumentRef, type ImportRun, conflictsError, findConflicts } from '../exchange/import-dataset';
import { type DatasetSource, datasetKind, datasetReader } from '../exchange/dataset-reader';
import { documentsToExport, writeExport } from '../exchange/write-export';
import { importWebAnnotations } from '../exchange/import-web-annotations';
import { DatasetUploads, maxDatasetBytesFromEnv } from '../exchange/dataset-upload';
import type { ServiceContext } from './context';
import { warningFields } from '../../../shared/import/report';

interface ExchangeState {
  /** Paths the user picked in the save dialog; the renderer may write nowhere else. */
  approvedPaths: Set<string>;
  /** The dataset last read for import-back, waiting for the user's conflict choice. */
  staged: StagedDataset | null;
  /** Desktop: the dataset file the renderer is sending piece by piece. */
  uploads: DatasetUploads;
}

/** A checked file and how to write it: from what its first pass kept aside, one document at a time. */
interface StagedDataset {
  id: string;
  documents: readonly DocumentRef[];
  write(store: CorpusStore, policy: ConflictPolicy, run: ImportRun): Promise<ImportJobResult>;
  discard(): Promise<void>;
}

/**
 * Reads a file the user chose (sent as text, or uploaded to disk in browser mode) through
 * datasetReader, nothing written. `release` removes the uploaded file: once its import ends
 * either way, or the user chooses another file.
 */
async function stage(
  source: DatasetSource,
  release: () => Promise<void>,
): Promise<{ staged: StagedDataset; preview: Omit<DatasetPreview, 'stageId' | 'conflicts'> }> {
  const reader = datasetReader(await datasetKind(source), source);
  const scan = await reader.scan();
  const { header } = scan;
  const discard = async () => {
    await reader.discard();
    await release();
  };
  return {
    staged: {
      id: newId('s'),
      documents: scan.documents,
      write: (store, policy, run) => reader.write(store, scan, policy, run).finally(discard),
      discard,
    },
    preview: {
      fileName: source.fileName,
      ...(header ? { exportedAt: header.exportedAt, appVersion: header.app.version } : {}),
      documents: scan.documents.length,
      annotations: scan.annotationCount,
      ...warningFields(scan.warnings),
    },
  };
}

/** Stages a file for import-back: the last one chosen replaces (and lets go of) any file staged before. */
async function stageInto(
  ctx: ServiceContext,
  source: DatasetSource,
  release: () => Promise<void> = async () => {},
): Promise<DatasetPreview> {
  const { staged, preview } = await stage(source, release).catch(async (err: unknown) => {
    await release();
    throw err;
  });
  const state = stateOf(ctx);
  await state.staged?.discard();
  state.staged = staged;
  return { stageId: staged.id, ...preview, conflicts: findConflicts(ctx.store, staged) };
}

/** A dataset received as a file (browser mode: electron/host/upload.ts; desktop: the upload operations); `release` removes it. */
export function stageDatasetFile(ctx: ServiceContext, source: { fileName: string; path: string }, release: () => Promise<void>) {
  return stageInto(ctx, source, release);
}

const states = new WeakMap<ServiceContext, ExchangeState>();

function stateOf(ctx: ServiceContext): ExchangeState {
  let state = states.get(ctx);
  if (!state) {
    state = {
      approvedPaths: new Set(),
      staged: null,
      uploads: new DatasetUploads(ctx.downloads, ctx.maxDatasetBytes ?? maxDatasetBytesFromEnv()),
    };
    states.set(ctx, state);
  }
  return state;
}

/** The piece-by-piece upload is the desktop's: browser mode POSTs the file itself (DATASET_UPLOAD_PATH). */
function desktopUploads(ctx: ServiceContext): DatasetUploads {
  if (ctx.mode !== 'desktop') throw codedError('unavailable', 'errors.dataset.uploadDesktopOnly');
  return stateOf(ctx).uploads;
}

export const exchangeHandlers: HandlersOf<typeof exchangeOperations, ServiceContext> = {
  async startExport({ path, ...request }, ctx) {
    const documents = documentsToExport(ctx.store, request);
    const single = documents.length === 1 ? documents[0]?.title : undefined;
    let target: string;
    let scratch: string | null = null;
    if (path !== undefined) {
      if (ctx.mode !== 'desktop' || !stateOf(ctx).approvedPaths.has(resolve(path))) {
        throw codedError('forbidden', 'errors.export.notApproved', undefined, 'path');
      }
      target = resolve(path);
    } else {
      scratch = await ctx.downloads.scratch('export');
      target = join(scratch, exportFileName(request.format, new Date(), single));
    }
    const fileName = basename(target);
    const { contentType } = serializerFor(request);
    return ctx.jobs.start('export', async (progress): Promise<ExportJobResult> => {
      const summary = await writeExport(ctx.store, request, target, {
        appVersion: ctx.version,
        signal: progress.signal,
        onProgress: (done, total, current) => progress.update(done, total, current),
      }).catch(async (err: unknown) => {
        if (scratch) await ctx.downloads.discard(scratch);
        throw err;
      });
      const { path: _written, ...counts } = summary;
      return scratch
        ? { fileName, ...counts, downloadId: (await ctx.downloads.register(scratch, fileName, contentType)).id }
        : { fileName, ...counts, path: target };
    });
  },

  async chooseExportPath({ suggestedName }, ctx) {
    if (ctx.mode !== 'desktop' || !ctx.saveDialog) {
      throw codedError('unavailable', 'errors.export.noSaveDialog');
    }
    const path = await ctx.saveDialog(suggestedName);
    if (path) stateOf(ctx).approvedPaths.add(resolve(path));
    return { path };
  },

  async beginDatasetUpload({ fileName, size }, ctx) {
    return { uploadId: await desktopUploads(ctx).begin(fileName, size) };
  },

  async appendDatasetUpload({ uploadId, offset, chunk }, ctx) {
    return { received: await desktopUploads(ctx).append(uploadId, offset, chunk) };
  },

  async finishDatasetUpload({ uploadId }, ctx) {
    const received = await desktopUploads(ctx).finish(uploadId);
    let cancelled = false;
    const preview = await stageDatasetFile(ctx, received, received.release).finally(() => {
      cancelled = received.checked();
    });
    // Cancelled while it was being checked: what was staged goes, and the dialog hears so.
    if (cancelled) {
      const state = stateOf(ctx);
      if (state.staged?.id === preview.stageId) {
        await state.staged.discard();
        state.staged = null;
      }
      throw codedError('cancelled', 'errors.dataset.uploadCancelled', { file: received.fileName });
    }
    return preview;
  },

  async cancelDatasetUpload({ uploadId }, ctx) {
    return { cancelled: await desktopUploads(ctx).cancel(uploadId) };
  },

  async importWebAnnotations({ documentId, fileName, content }, ctx) {
    return importWebAnnotations(ctx.store, documentId, content, fileName);
  },

  async importDataset({ stageId, onConflict }, ctx) {
    const state = stateOf(ctx);
    const staged = state.staged;
    if (!staged || staged.id !== stageId) {
      throw codedError('not_found', 'errors.dataset.notStaged', undefined, 'stageId');
    }
    // Fail fast on conflicts the user has not decided about, before a job starts.
    if (onConflict === 'fail') {
      const conflicts = findConflicts(ctx.store, staged);
      if (conflicts.length > 0) throw conflictsError(conflicts);
    }
    state.staged = null;
    return ctx.jobs.start('import-dataset', async (progress): Promise<ImportJobResult> =>
      staged.write(ctx.store, onConflict, {
        signal: progress.signal,
        onProgress: (done, total, current) => progress.update(done, total, current),
      }),
    );
  },
};
