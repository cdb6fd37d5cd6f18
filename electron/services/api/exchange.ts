import { basename, join, resolve } from 'node:path';
import type { HandlersOf } from '../../../shared/contract/define';
import { codedError } from '../../../shared/error-text';
import type { DatasetPreview, ExportJobResult, ImportJobResult, exchangeOperations } from '../../../shared/contract/exchange';
import { looksLikeJsonl } from '../../../shared/exchange/dataset-line';
import { exportFileName } from '../../../shared/exchange/request';
import { serializerFor } from '../../../shared/exchange/serializer';
import { newId } from '../corpus/ids';
import type { CorpusStore } from '../corpus/store';
import { type ConflictPolicy, type DocumentRef, type ImportRun, conflictsError, findConflicts } from '../exchange/import-dataset';
import { importJsonExport, scanJsonExport, textChunks } from '../exchange/import-json-stream';
import { importDatasetLines, scanDatasetLines, textLines } from '../exchange/import-stream';
import { documentsToExport, writeExport } from '../exchange/write-export';
import { importWebAnnotations } from '../exchange/import-web-annotations';
import type { ServiceContext } from './context';
import { warningFields } from '../../../shared/import/report';

interface ExchangeState {
  /** Paths the user picked in the save dialog; the renderer may write nowhere else. */
  approvedPaths: Set<string>;
  /** The dataset last read for import-back, waiting for the user's conflict choice. */
  staged: StagedDataset | null;
}

/** A checked file and how to write it: read again from the string the renderer sent, one document at a time. */
interface StagedDataset {
  id: string;
  documents: readonly DocumentRef[];
  write(store: CorpusStore, policy: ConflictPolicy, run: ImportRun): Promise<ImportJobResult>;
}

async function stage(
  fileName: string,
  content: string,
): Promise<{ staged: StagedDataset; preview: Omit<DatasetPreview, 'stageId' | 'conflicts'> }> {
  const id = newId('s');
  if (looksLikeJsonl(content)) {
    // Only each document's id, title and hash are kept between the check and the import.
    const scan = await scanDatasetLines(textLines(content), fileName);
    return {
      staged: {
        id,
        documents: scan.documents,
        write: (store, policy, run) => importDatasetLines(store, textLines(content), scan, policy, run),
      },
      preview: { fileName, documents: scan.documents.length, annotations: scan.annotationCount, ...warningFields(scan.warnings) },
    };
  }
  // A .json export: streamed too, so the parsed file is never held whole beside the string.
  const scan = await scanJsonExport(textChunks(content), fileName);
  return {
    staged: {
      id,
      documents: scan.documents,
      write: (store, policy, run) => importJsonExport(store, textChunks(content), scan, policy, run),
    },
    preview: {
      fileName,
      exportedAt: scan.header.exportedAt,
      appVersion: scan.header.app.version,
      documents: scan.documents.length,
      annotations: scan.annotationCount,
      ...warningFields(scan.warnings),
    },
  };
}

const states = new WeakMap<ServiceContext, ExchangeState>();

function stateOf(ctx: ServiceContext): ExchangeState {
  let state = states.get(ctx);
  if (!state) {
    state = { approvedPaths: new Set(), staged: null };
    states.set(ctx, state);
  }
  return state;
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

  async stageDataset({ fileName, content }, ctx) {
    const { staged, preview } = await stage(fileName, content);
    stateOf(ctx).staged = staged;
    return { stageId: staged.id, ...preview, conflicts: findConflicts(ctx.store, staged) };
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
