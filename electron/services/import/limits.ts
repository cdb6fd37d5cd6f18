import { formatBytes, parseByteSize } from '../../../shared/import/problems';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The import size limit: ISNAD_MAX_IMPORT_SIZE (e.g. "50MB") if set and valid, else 20 MB. */
export function maxFileBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ISNAD_MAX_IMPORT_SIZE;
  if (!raw) return DEFAULT_MAX_FILE_BYTES;
  return parseByteSize(raw) ?? DEFAULT_MAX_FILE_BYTES;
}

export function tooLargeReason(size: number, limit: number): string {
  return `the file is ${formatBytes(size)}, over the import limit of ${formatBytes(limit)}`;
}
