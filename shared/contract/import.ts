import { z } from 'zod';
import { Id } from '../domain/annotation';
import type { DocumentSummary } from '../domain/document';
import { FieldMapping } from '../import/mapping';
import type { FileOutcome } from '../import/report';
import type { JobStatus } from './app';
import { op, returns } from './define';
import { MAX_TEXT_CHARS } from './documents';
import { checkReason } from '../error-text';

const SplitMode = z.enum(['offer', 'always']).default('offer');

export const UploadedFile = z.object({
  /** The renderer's own handle for the file, echoed in the report (to re-import with a mapping). */
  key: z.string().max(100).optional(),
  /** Name, or path inside a dropped folder; shown in the report, never used as a path. */
  name: z.string().min(1).max(1_000),
  size: z.number().int().nonnegative(),
  /** The file's bytes in base64; left out when the browser could not read it or it is over the limit. */
  data: z.string().optional(),
  readError: z.string().max(500).optional(),
  mapping: FieldMapping.optional(),
  /** A scanned PDF the user asked to read with OCR (from the import report). */
  ocr: z.boolean().optional(),
});

export const StartImportInput = z
  .object({
    stagingId: Id.optional(),
    texts: z
      .array(z.object({ title: z.string().max(1_000).optional(), text: z.string().max(MAX_TEXT_CHARS) }))
      .max(100)
      .optional(),
    split: SplitMode,
    mapping: FieldMapping.optional(),
  })
  // Strict: the renderer sends bytes, never paths, so it cannot make the app read a file the user did not pick.
  .strict()
  .refine((i) => i.stagingId !== undefined || (i.texts?.length ?? 0) > 0, checkReason('errors.check.nothingToImport'));

export interface ImportFormat {
  format: string;
  extensions: string[];
}

export interface ImportSettings {
  maxFileBytes: number;
  extensions: string[];
  formats: ImportFormat[];
}

export const importOperations = {
  getImportSettings: op('The import size limit and the file types import reads.', z.object({}), returns<ImportSettings>()),
  stageImportFiles: op(
    'Upload files for an import in batches (browser mode); returns the staging id to pass to startImport.',
    z.object({ stagingId: Id.optional(), files: z.array(UploadedFile).min(1).max(5_000) }),
    returns<{ stagingId: string; staged: number }>(),
  ),
  startImport: op('Import staged files or pasted texts as a job; its result is the import report.', StartImportInput, returns<JobStatus>()),
  importText: op(
    'Import pasted text through the import pipeline (boilerplate, outlet, split offer, duplicates).',
    z.object({
      title: z.string().max(1_000).default(''),
      text: z.string().max(MAX_TEXT_CHARS, 'text is larger than 20 MB'),
      split: SplitMode,
    }),
    returns<FileOutcome>(),
  ),
  splitDocument: op(
    'Split a document at line starts into linked documents (previous/next article).',
    z.object({
      id: Id,
      at: z.array(z.number().int().positive()).min(1).max(200),
      expectedRevision: z.number().int().nonnegative().optional(),
    }),
    returns<{ documents: DocumentSummary[] }>(),
  ),
};
