import { IsnadError } from '../../../../shared/errors';
import { parseByteSize } from '../../../../shared/import/problems';
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
const DEFAULT_HEAP_MB = 1024;

function positive(raw: string): number | null {
  const value = Number(raw.trim().replace(/[_,]/g, ''));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** One setting from the environment; a value that is not valid is refused with how to write it. */
function setting(env: NodeJS.ProcessEnv, name: string, parse: (raw: string) => number | null, fallback: number, example: string): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = parse(raw);
  if (value === null) throw new IsnadError('invalid_input', `${name}="${raw}" is not valid; write it like ${example}, or unset it for the default`);
  return value;
}

/** ISNAD_MAX_PDF_PAGES (500), ISNAD_PDF_MEMORY (1GB), ISNAD_PDF_MAX_STREAM (64MB per unpacked stream). */
export function pdfLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): PdfLimits {
  const maxStream = setting(env, 'ISNAD_PDF_MAX_STREAM', parseByteSize, DEFAULT_STREAM_LIMITS.maxStream, '128MB (default 64MB)');
  return {
    maxPages: setting(env, 'ISNAD_MAX_PDF_PAGES', positive, DEFAULT_MAX_PAGES, '1000 (pages, default 500)'),
    maxHeapMb: Math.max(64, Math.round(setting(env, 'ISNAD_PDF_MEMORY', parseByteSize, DEFAULT_HEAP_MB * 1024 * 1024, '2GB (default 1GB)') / (1024 * 1024))),
    streams: { maxStream, maxTotal: Math.max(DEFAULT_STREAM_LIMITS.maxTotal, maxStream * 8) },
  };
}
