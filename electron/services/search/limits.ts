import { codedError } from '../../../shared/error-text';

export interface SearchLimits {
  /** Documents longer than this (title and text, UTF-16 units) are left out of search with a reason. */
  maxDocumentChars: number;
}

export const VARIABLE = 'ISNAD_SEARCH_MAX_CHARS';
const UNITS: Record<string, number> = { '': 1, k: 1e3, m: 1e6 };

/**
 * Search indexes documents of any length the store accepts (folded a piece at a time).
 * ISNAD_SEARCH_MAX_CHARS=50M leaves longer ones out, with that reason shown beside the
 * results, for a machine where indexing a document of hundreds of millions of characters
 * costs more memory than it has.
 */
export function searchLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): SearchLimits {
  const raw = env[VARIABLE]?.trim() ?? '';
  if (raw === '') return { maxDocumentChars: Number.POSITIVE_INFINITY };
  const match = /^(\d+(?:\.\d+)?)\s*([km]?)$/i.exec(raw);
  const chars = match ? Math.floor(Number(match[1]) * (UNITS[(match[2] as string).toLowerCase()] as number)) : Number.NaN;
  if (!Number.isSafeInteger(chars) || chars < 1) {
    throw codedError('invalid_input', 'errors.search.badLimit', { variable: VARIABLE, raw });
  }
  return { maxDocumentChars: chars };
}

/** How a catalog is opened: its log, save delay, laziness and limits. */
export interface CatalogOptions {
  log?: (message: string) => void;
  /** Quiet time after the last change before the cache is saved (it is always saved on close). */
  saveDelayMs?: number;
  /** Read the saved index only when something needs it (a command that may never search), not at once. */
  lazy?: boolean;
  limits?: SearchLimits;
}
