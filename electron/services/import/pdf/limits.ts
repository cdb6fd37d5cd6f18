import { parseByteSize } from '../../../../shared/import/problems';
import { envLimit, positiveNumber } from '../../corpus/limits';
import { DEFAULT_STREAM_LIMITS, type StreamLimits } from './stream-guard';

/** What one PDF may cost to read. */
export interface PdfLimits {
  /** Pages in one file: a thousand-page PDF is an archive, not a document to annotate. */
  maxPages: number;
  /** The PDF reader thread's memory allowance (JavaScript heap), in MB. */
  maxHeapMb: number;
  streams: StreamLimits;
}

const DEFAULT_MAX_PAGES = 500;
const DEFAULT_HEAP_BYTES = 1024 * 1024 * 1024;

function wholeNumber(raw: string): number | null {
  const value = positiveNumber(raw);
  return value !== null && Number.isInteger(value) ? value : null;
}

/**
 * ISNAD_MAX_PDF_PAGES (500), ISNAD_PDF_MEMORY (1GB for the reader thread), ISNAD_PDF_MAX_STREAM
 * (64MB per unpacked stream). The time one PDF may take is the import step limit
 * (ISNAD_IMPORT_STEP_TIMEOUT), per file and per page of OCR.
 */
export function pdfLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): PdfLimits {
  const maxStream = envLimit(env, 'ISNAD_PDF_MAX_STREAM', parseByteSize, DEFAULT_STREAM_LIMITS.maxStream, '128MB (default 64MB)', 'size');
  const heap = envLimit(env, 'ISNAD_PDF_MEMORY', parseByteSize, DEFAULT_HEAP_BYTES, '2GB (default 1GB)', 'size');
  return {
    maxPages: envLimit(env, 'ISNAD_MAX_PDF_PAGES', wholeNumber, DEFAULT_MAX_PAGES, '1000 (pages, default 500)', 'pages'),
    maxHeapMb: Math.max(64, Math.round(heap / (1024 * 1024))),
    streams: { maxStream, maxTotal: Math.max(DEFAULT_STREAM_LIMITS.maxTotal, maxStream * 8) },
  };
}
