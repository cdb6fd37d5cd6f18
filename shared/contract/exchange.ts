import { z } from 'zod';
import { Id } from '../domain/annotation';
import type { ExportFormat } from '../exchange/options';
import type { NeedsUrl } from '../exchange/claimreview';
import type { WebAnnotationImportResult } from '../exchange/web-annotation-place';
import { ExportRequest } from '../exchange/request';
import type { JobStatus } from './app';
import type { WarningCode } from '../import/report';
import { op, returns } from './define';
import { checkReason } from '../error-text';

/**
 * Largest W3C Web Annotation file accepted as text (the browser-mode host limits bodies to
 * 100 MB). A dataset for import-back is not sent as text: it goes to a temp file (browser
 * mode: DATASET_UPLOAD_PATH; desktop: the *DatasetUpload operations, piece by piece).
 */
export const MAX_DATASET_CHARS = 90 * 1024 * 1024;

/** Desktop: the piece of a dataset file the renderer reads and sends at a time (memory stays at about one piece). */
export const DATASET_CHUNK_BYTES = 8 * 1024 * 1024;
/** Desktop: the largest piece appendDatasetUpload takes. */
export const MAX_DATASET_CHUNK_BYTES = 16 * 1024 * 1024;

/** A piece of a file's bytes: a Uint8Array crosses Electron's IPC (structured clone) as it is; JSON cannot carry it. */
const DatasetChunk = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, checkReason('errors.check.fileBytes'))
  .refine(
    (chunk) => chunk.byteLength <= MAX_DATASET_CHUNK_BYTES,
    checkReason('errors.check.pieceTooLarge', { limit: MAX_DATASET_CHUNK_BYTES }),
  );
const UploadId = z.string().regex(/^u[A-Za-z0-9_-]{1,64}$/, checkReason('errors.check.uploadId'));

export const StartExportInput = ExportRequest.extend({
  /** Desktop only: a path the user picked in chooseExportPath's save dialog. */
  path: z.string().min(1).max(4_096).optional(),
});

/** `JobStatus.result` of a finished export job. */
export interface ExportJobResult {
  fileName: string;
  format: ExportFormat;
  documents: number;
  annotations: number;
  bytes: number;
  /** ClaimReview: reviewed claims left out because their fact-check has no published URL yet. */
  needsUrl?: NeedsUrl[];
  /** Browser mode: offer `downloadUrl(downloadId)`. */
  downloadId?: string;
  /** Desktop mode: where the file was written. */
  path?: string;
}

export interface ImportConflictInfo {
  documentId: string;
  title: string;
  reason: 'same-id' | 'same-text';
  existingId: string;
  existingTitle: string;
}

export interface DatasetPreview {
  stageId: string;
  fileName: string;
  /** Absent for a JSONL export: its lines carry no header. */
  exportedAt?: string;
  appVersion?: string;
  documents: number;
  annotations: number;
  conflicts: ImportConflictInfo[];
  warnings: string[];
  /** The catalog id and values of `warnings[i]` (null where it has none), so the dialog reads in any language. */
  warningCodes?: Array<WarningCode | null>;
}

/** `JobStatus.result` of a finished import-back job. */
export interface ImportJobResult {
  imported: number;
  skipped: number;
  duplicated: number;
  annotations: number;
  documentIds: string[];
  warnings: string[];
  warningCodes?: Array<WarningCode | null>;
}

export const exchangeOperations = {
  startExport: op(
    'Export documents and annotations (CSV, JSON, JSONL, ClaimReview, W3C Web Annotation, BIO/CoNLL, spaCy JSONL) as a job with progress and cancel.',
    StartExportInput,
    returns<JobStatus>(),
  ),
  chooseExportPath: op(
    'Desktop only: ask where to save an export (a save dialog); "unavailable" in browser mode.',
    z.object({ suggestedName: z.string().min(1).max(255) }),
    returns<{ path: string | null }>(),
  ),
  beginDatasetUpload: op(
    'Desktop only: start sending a dataset file for import-back, piece by piece, to a temp file; refuses a file over the cap. Any unfinished upload is dropped.',
    z.object({
      fileName: z.string().max(255).default('the file'),
      size: z.number().int().nonnegative(),
    }),
    returns<{ uploadId: string }>(),
  ),
  appendDatasetUpload: op(
    'Desktop only: the next piece of the file (`offset`: the bytes sent before it), written to the temp file. Any failure drops the upload.',
    z.object({ uploadId: UploadId, offset: z.number().int().nonnegative(), chunk: DatasetChunk }),
    returns<{ received: number }>(),
  ),
  finishDatasetUpload: op(
    'Desktop only: the whole file has been sent; read and check it like a browser-mode upload (reports conflicts, writes nothing).',
    z.object({ uploadId: UploadId }),
    returns<DatasetPreview>(),
  ),
  cancelDatasetUpload: op(
    'Desktop only: stop an upload (also while it is being checked); its temp file goes and nothing is staged.',
    z.object({ uploadId: UploadId }),
    returns<{ cancelled: boolean }>(),
  ),
  importWebAnnotations: op(
    'Place the annotations of a W3C Web Annotation file onto one document: by position, else by quote and context (exact, then approximate); all placed ones in one write, the rest reported as orphaned.',
    z.object({
      documentId: Id,
      fileName: z.string().max(255).default('the file'),
      content: z.string().max(MAX_DATASET_CHARS, 'the file is larger than 90 MB'),
    }),
    returns<WebAnnotationImportResult>(),
  ),
  importDataset: op(
    'Import a staged dataset as a job; conflicts are skipped or duplicated as chosen, never overwritten.',
    z.object({ stageId: Id, onConflict: z.enum(['fail', 'skip', 'duplicate']).default('fail') }),
    returns<JobStatus>(),
  ),
};
