import { IsnadError } from '../../../shared/errors';
import { formatBytes, parseByteSize } from '../../../shared/import/problems';

const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The import size limit: ISNAD_MAX_IMPORT_SIZE (e.g. "50MB") if set, else 20 MB. A value
 * that is not a size is refused, not quietly replaced: the user set it for a reason.
 */
export function maxFileBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ISNAD_MAX_IMPORT_SIZE;
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_FILE_BYTES;
  const bytes = parseByteSize(raw);
  if (bytes === null) {
    throw new IsnadError('invalid_input', `ISNAD_MAX_IMPORT_SIZE="${raw}" is not a size; write it like 50MB, 800KB or 1GB, or unset it for the 20 MB default`);
  }
  return bytes;
}

export function tooLargeReason(size: number, limit: number): string {
  return `the file is ${formatBytes(size)}, over the import limit of ${formatBytes(limit)}`;
}
