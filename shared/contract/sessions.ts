import { z } from 'zod';
import { Id } from '../domain/annotation';
import { SessionState } from '../domain/session';
import { AnnotationFilter } from '../search/filter';
import type { AnnotationListRow, ReportFile } from './search';
import { InterfaceSettings } from '../i18n/locale';
import { op, returns } from './define';

export interface SessionProgress {
  /** Claims whose verdict is no longer "unchecked". */
  checked: number;
  total: number;
  /** Claims whose annotation or document was deleted since the session started. */
  missing: number;
}

export interface SessionSummary {
  id: string;
  name: string;
  filterDescription: string;
  checkedBy: string;
  state: SessionState;
  position: number;
  createdAt: string;
  updatedAt: string;
  finishedAt: string;
  progress: SessionProgress;
}

/** One claim of a session as the checker sees it: the annotation in its context. */
export interface SessionClaimView {
  sessionId: string;
  position: number;
  total: number;
  documentId: string;
  annotationId: string;
  /** The annotation or its document was deleted; the claim can only be skipped. */
  missing: boolean;
  row: AnnotationListRow | null;
  /** Paragraphs around the claim; claimStart/claimEnd are offsets into `text`, which starts at `offset` in the document. */
  context: { text: string; offset: number; claimStart: number; claimEnd: number } | null;
  /** The document's revision, for a conflict-safe verdict update. */
  revision: number;
}

export const sessionOperations = {
  startSession: op(
    'Start a fact-checking session over the annotations matching a filter.',
    z.object({
      name: z.string().trim().max(200).default(''),
      filter: AnnotationFilter,
      checkedBy: z.string().trim().max(200).default(''),
    }),
    returns<SessionSummary>(),
  ),
  listSessions: op('Every fact-checking session, newest first, with progress.', z.object({}), returns<SessionSummary[]>()),
  getSessionClaim: op(
    'One claim of a session in its context (the current one when no position is given).',
    z.object({ id: Id, position: z.number().int().nonnegative().optional() }),
    returns<SessionClaimView>(),
  ),
  moveSession: op(
    'Go to a claim: a position, the next or previous one, or the next still unchecked.',
    z.object({
      id: Id,
      position: z.number().int().nonnegative().optional(),
      step: z.enum(['next', 'previous', 'next-unchecked']).optional(),
    }),
    returns<SessionSummary>(),
  ),
  setSessionState: op('Pause, resume or finish a session.', z.object({ id: Id, state: SessionState }), returns<SessionSummary>()),
  deleteSession: op('Delete a session (the verdicts stay on the annotations).', z.object({ id: Id }), returns<{ id: string }>()),
  exportSessionReport: op(
    'The session report (claims, verdicts, notes, evidence) as CSV, JSON or a printable HTML page.',
    // `interface`: the language and digits of the HTML page (else the corpus's interface setting).
    z.object({ id: Id, format: z.enum(['csv', 'json', 'html']), interface: InterfaceSettings.optional() }),
    returns<ReportFile>(),
  ),
};
