import type { ImportSettings } from '../../../../shared/contract/import';
import { type FileOutcome, type ImportReport, totalsOf } from '../../../../shared/import/report';
import { extensionOf } from './files';

/** Raw bytes per upload request: well under the host's 100 MB body limit once in base64. */
export const UPLOAD_BATCH_BYTES = 16 * 1024 * 1024;
export const UPLOAD_BATCH_FILES = 500;

/**
 * Whether a file's bytes go to the server. Files it would refuse anyway (too large, an
 * unknown format, hidden files and folders) travel without them, so the report still
 * names them and says why.
 */
export function sendsBytes(name: string, size: number, settings: Pick<ImportSettings, 'maxFileBytes' | 'extensions'>): boolean {
  return (
    size <= settings.maxFileBytes && settings.extensions.includes(extensionOf(name)) && !name.split('/').some((p) => p.startsWith('.'))
  );
}

/** Whether a file of `size` bytes must start a new upload request after a batch of `files` files and `bytes` bytes. */
export function startsNewBatch(batch: { files: number; bytes: number }, size: number): boolean {
  return batch.files > 0 && (batch.bytes + size > UPLOAD_BATCH_BYTES || batch.files >= UPLOAD_BATCH_FILES);
}

/** A file imported again with a field mapping takes its own row's place in the report. */
export function replaceOutcome(report: ImportReport, outcome: FileOutcome): ImportReport {
  const files = report.files.map((f) => (f.fileKey !== undefined && f.fileKey === outcome.fileKey ? outcome : f));
  return { ...report, files, totals: totalsOf(files) };
}
