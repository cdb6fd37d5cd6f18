import type { AnnotationList, AnnotationListRow } from '../../../../shared/contract/search';
import type { SessionClaimView, SessionSummary } from '../../../../shared/contract/sessions';
import type { VerdictStatus } from '../../../../shared/domain/annotation';
import type { RegistrySpeaker } from '../../../../shared/domain/speaker';
import type { Draft, FilterState } from './factcheck.logic';

/**
 * The shape of the fact-checking feature's one store (factcheck.store.ts): the annotations
 * table across the corpus, and the sessions that work through its claims one by one.
 */

export interface TableSlice {
  /** The annotations table: the filter and the rows loaded so far (more load as the table scrolls). */
  table: {
    filter: FilterState;
    rows: AnnotationListRow[];
    total: number;
    counts: AnnotationList['counts'] | null;
    loading: boolean;
    error: string | null;
  };
  /** The registry's names and aliases, offered while typing a speaker in a filter. */
  speakerNames: RegistrySpeaker[];
  setTableFilter(filter: FilterState): void;
  loadTable(): Promise<void>;
  loadMoreRows(): Promise<void>;
  /** Hands exactly the rows of the table to the Export dialog, which writes the file. */
  exportTableRows(): Promise<void>;
  loadSpeakerNames(): Promise<void>;
  /** How many claims a filter matches now, for the "start a session" form. */
  countClaims(filter: FilterState): Promise<number>;
}

export interface RunnerState {
  sessionId: string | null;
  session: SessionSummary | null;
  claim: SessionClaimView | null;
  /** The verdict form, reset to the claim's verdict whenever another claim shows. */
  draft: Draft;
  error: string | null;
  saving: boolean;
}

export interface SessionsSlice {
  sessions: SessionSummary[];
  loaded: boolean;
  /** The session being worked through, or null for the list. */
  activeId: string | null;
  runner: RunnerState;
  refreshSessions(): Promise<void>;
  openSession(id: string): void;
  closeSession(): void;
  /** Starts a session over the claims a filter matches now; gives its id. */
  startSession(input: { name: string; filter: FilterState; checkedBy: string }): Promise<string>;
  /** Resumes a paused or finished session, and opens it. */
  resumeSession(session: SessionSummary): Promise<void>;
  deleteSession(session: SessionSummary): Promise<void>;
  exportReport(id: string, format: 'csv' | 'json' | 'html'): Promise<void>;
  /** The runner shows `sessionId` from scratch, its current claim loaded. */
  startRunner(sessionId: string): Promise<void>;
  /** The runner left the screen: nothing of it lingers for the next one. */
  stopRunner(): void;
  /** Reloads the session and its current claim (after a move, with the session as it now is). */
  loadClaim(summary?: SessionSummary): Promise<void>;
  moveInSession(target: { step?: 'next' | 'previous' | 'next-unchecked'; position?: number }): Promise<void>;
  editDraft(change: Partial<Draft>): void;
  /**
   * Writes the verdict onto the claim's annotation, through the document's undo log and
   * save queue like any edit, then goes to the next unchecked claim once it is stored.
   */
  saveVerdict(status: VerdictStatus): Promise<void>;
  setSessionState(state: 'paused' | 'finished'): Promise<void>;
}

export type FactCheckState = TableSlice & SessionsSlice;
