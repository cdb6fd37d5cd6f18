import type { UnsearchableDocument } from '../../../shared/contract/search';
import { type ErrorMessageId, englishText } from '../../../shared/error-text';
import type { ErrorValues } from '../../../shared/errors';
import { VARIABLE } from './limits';

/** Why a document is left out of search, worded by the catalog: the English for logs, the id and values for every reader. */
export interface CodedReason {
  reason: string;
  reasonId: ErrorMessageId;
  reasonValues: ErrorValues;
}

function coded(reasonId: ErrorMessageId, reasonValues: ErrorValues): CodedReason {
  return { reason: englishText(reasonId, reasonValues), reasonId, reasonValues };
}

export function tooLongReason(length: number, limit: number): CodedReason {
  return coded('errors.search.tooLong', { length, limit, variable: VARIABLE });
}

/** A document that could not be read or indexed: the cause's own words (coded when it was) inside ours. */
export function failedReason(stage: 'read' | 'index', err: unknown): CodedReason {
  const cause = err as { message?: unknown; messageId?: unknown; values?: ErrorValues };
  const detail = typeof cause.message === 'string' ? cause.message : String(err);
  // A coded cause is written again from its own id and values (its own `detail`, if it has one,
  // is its inner clause: replacing it with the whole message would say the cause twice).
  // A machine's own words (`technical`) stay with the cause's full error, not in this one-line listing.
  const { technical: _technical, ...causeValues } = cause.values ?? {};
  const values: ErrorValues = typeof cause.messageId === 'string' ? { detail, ...causeValues, detailId: cause.messageId } : { detail };
  return coded(stage === 'read' ? 'errors.search.unreadable' : 'errors.search.indexFailed', values);
}

/** A left-out document as search results list it: its reason, coded where the cache kept the code. */
export function listedUnsearchable(
  documentId: string,
  { title, reason, reasonId, reasonValues }: { title: string; reason: string; reasonId?: string; reasonValues?: ErrorValues },
): UnsearchableDocument {
  return { documentId, title, reason, ...(reasonId ? { reasonId, reasonValues: reasonValues ?? {} } : {}) };
}
