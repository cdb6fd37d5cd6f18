import { type ErrorValues } from '../../../shared/errors';
import { englishText, importProblem, placeOf } from '../../../shared/error-text';
import type { ImportProblem } from '../../../shared/import/problems';
import type { FileOutcome } from '../../../shared/import/report';
import type { ImportSource } from './sources';

// What the import report says of one file: its blank start, a failure with its coded reason,
// and its status once every record of it has been tried.

export function blankOutcome(source: ImportSource, format: string): FileOutcome {
  return {
    name: source.name,
    format,
    status: 'failed',
    documents: [],
    duplicates: [],
    failures: [],
    warnings: [],
    ...(source.kind !== 'text' && source.key !== undefined ? { fileKey: source.key } : {}),
  };
}

export function failed(outcome: FileOutcome, problem: ImportProblem, status: 'failed' | 'skipped' = 'failed'): FileOutcome {
  const coded = problem.messageId ? { reasonId: problem.messageId, ...(problem.values ? { reasonValues: problem.values } : {}) } : {};
  return { ...outcome, status, reason: problem.message, problem: problem.kind, ...coded };
}

/** A failure's reason in English, with its catalog id and values when it was coded (shown in the reader's language). */
export function reasonOf(err: unknown): { reason: string; reasonId?: string; reasonValues?: ErrorValues } {
  const { messageId, values } = err as { messageId?: unknown; values?: ErrorValues };
  const reason = err instanceof Error ? err.message : String(err);
  return typeof messageId === 'string' ? { reason, reasonId: messageId, ...(values ? { reasonValues: values } : {}) } : { reason };
}

/** A file left out because the journalist cancelled the import. */
export const CANCELLED = {
  status: 'cancelled',
  reason: englishText('errors.import.cancelled'),
  reasonId: 'errors.import.cancelled',
} as const;

/**
 * The one empty list every settled outcome shares for what it has none of: a report lives as
 * long as the import, and three empty arrays per file add up over 10,000 files. Frozen, so
 * a late push fails loudly instead of landing in every file's list.
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** The outcome's lists at their length, and the shared empty one where they are empty. */
function compact(outcome: FileOutcome): FileOutcome {
  // Copied to their length: an array pushed to keeps room for sixteen.
  const fit = <T>(list: T[]): T[] => (list.length === 0 ? NONE : list.slice());
  return {
    ...outcome,
    documents: fit(outcome.documents),
    duplicates: fit(outcome.duplicates),
    failures: fit(outcome.failures),
    warnings: fit(outcome.warnings),
  };
}

export function settle(outcome: FileOutcome, signal: AbortSignal): FileOutcome {
  return compact(settled(outcome, signal));
}

function settled(outcome: FileOutcome, signal: AbortSignal): FileOutcome {
  if (outcome.documents.length > 0) return { ...outcome, status: 'imported' };
  if (outcome.duplicates.length > 0) return { ...outcome, status: 'duplicate' };
  if (signal.aborted) return { ...outcome, ...CANCELLED };
  const first = outcome.failures[0];
  if (!first) return { ...outcome, status: 'failed', ...reasonOf(importProblem('malformed', 'errors.import.noRecords', { count: 0 })) };
  // The first failure said of its place (record 3, line 12), as one sentence in the reader's language.
  const values: ErrorValues = {
    ...(first.reasonId ? { ...first.reasonValues, detailId: first.reasonId } : { detail: first.reason }),
    count: outcome.failures.length,
    ...placeOf(first.where),
  };
  const id = outcome.failures.length === 1 ? 'errors.import.oneRecordFailed' : 'errors.import.noRecordImported';
  return { ...outcome, status: 'failed', ...reasonOf(importProblem('malformed', id, values)) };
}

/** A URL as compared for "the same article": without its fragment, trailing slash and letter case of the host. */
export function sameUrl(url: string): string {
  const trimmed = url.trim().replace(/#.*$/, '').replace(/\/+$/, '');
  return trimmed.replace(/^(https?:\/\/[^/]+)/i, (host) => host.toLowerCase());
}
