import { z } from 'zod';
import { Id } from '../domain/annotation';
import type { ExportFormat } from '../exchange/options';
import type { NeedsUrl } from '../exchange/claimreview';
import type { WebAnnotationImportResult } from '../exchange/web-annotation-place';
import { ExportRequest } from '../exchange/request';
import type { JobStatus } from './app';
import type { WarningCode } from '../import/report';
import { op, returns } from './define';

/** Largest dataset file accepted for import-back (the browser-mode host limits bodies to 100 MB). */
export const MAX_DATASET_CHARS = 90 * 1024 * 1024;

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
  stageDataset: op(
    'Read and check an Isnad .json or .jsonl export for import-back; reports conflicts, writes nothing.',
    z.object({
      fileName: z.string().max(255).default('the file'),
      content: z.string().max(MAX_DATASET_CHARS, 'the file is larger than 90 MB'),
    }),
    returns<DatasetPreview>(),
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
