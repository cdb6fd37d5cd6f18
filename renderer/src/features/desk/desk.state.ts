import type { AgreementReport } from '../../../../shared/agreement/corpus';
import type { JobStatus } from '../../../../shared/contract/app';
import type { SyncStatus } from '../../../../shared/contract/sync';
import type { Annotation, VerdictStatus } from '../../../../shared/domain/annotation';
import type { AnnotationEdit } from '../../../../shared/domain/annotation-edits';
import type { LayerInfo, LocalAnnotator } from '../../../../shared/domain/annotator';
import type { RejectedSuggestion } from '../../../../shared/domain/suggestion';
import type { SyncConflict } from '../../../../shared/sync/conflicts';
import type { AnnotationHistoryEntry } from '../../../../shared/sync/history';
import type { AnnotatorErrors } from './annotator.logic';

/**
 * The desk's one store (desk.store.ts): who I am, sharing through git, the other annotators'
 * layers beside mine, each annotation's history, agreement and adjudication. Each slice file
 * implements a part.
 */

export interface AnnotatorSlice {
  annotator: LocalAnnotator | null;
  /** The "who are you" dialog: shown at first start until confirmed, and from Desk settings. */
  annotatorPromptOpen: boolean;
  annotatorErrors: AnnotatorErrors;
  annotatorSaving: boolean;
  /** Display names of every annotator met so far (layers, agreement, sync), by id. */
  names: Record<string, string>;
  loadAnnotator(): Promise<void>;
  openAnnotatorPrompt(): void;
  closeAnnotatorPrompt(): void;
  /** Checks and stores name and email; false (with the errors shown) when refused. */
  saveAnnotator(name: string, email: string): Promise<boolean>;
  rememberNames(names: Record<string, string>): void;
}

export interface SyncSlice {
  sync: SyncStatus | null;
  syncError: string | null;
  /** The running sync job, for the progress bar. */
  syncJob: JobStatus | null;
  /** What the last sync did, or why it failed. */
  syncOutcome: { ok: boolean; message: string } | null;
  remoteOpen: boolean;
  remoteError: { field: 'url' | 'token' | null; message: string } | null;
  remoteSaving: boolean;
  conflicts: SyncConflict[];
  conflictsError: string | null;
  conflictState: 'open' | 'decided' | 'all';
  refreshSync(): Promise<void>;
  startSync(): Promise<void>;
  openRemote(): void;
  closeRemote(): void;
  /** An empty token keeps the one stored; `forgetToken` removes it. */
  saveRemote(input: { url: string; token: string; username: string; forgetToken: boolean }): Promise<boolean>;
  loadConflicts(state?: 'open' | 'decided' | 'all'): Promise<void>;
  decideConflict(conflictId: string, side: 0 | 1): Promise<boolean>;
}

export interface LayersSlice {
  /** The layers on the open document (mine, others', curated), as listed by the store. */
  layerList: { documentId: string; layers: LayerInfo[] } | null;
  /** Other layers shown beside mine, by annotator id (in list order). */
  shownLayers: string[];
  loadLayers(documentId: string): Promise<void>;
  toggleLayer(documentId: string, annotatorId: string): Promise<void>;
  /** The open document changed: layers shown stay shown (reloaded for it), or are cleared. */
  refreshShownLayers(documentId: string): Promise<void>;
}

export interface HistorySlice {
  histories: Record<string, { loading: boolean; error: string | null; entries: AnnotationHistoryEntry[] }>;
  loadHistory(documentId: string, annotationId: string, layer?: string): Promise<void>;
}

export interface AgreementSlice {
  agreement: AgreementReport | null;
  agreementLoading: boolean;
  agreementError: string | null;
  loadAgreement(): Promise<void>;
}

export interface LeftOutChange {
  add?: RejectedSuggestion[];
  remove?: RejectedSuggestion[];
}

/** What the editor may change on the curated version of a disagreement. */
export interface CuratedChange {
  start?: number;
  end?: number;
  attributes?: Record<string, unknown>;
  verdict?: { status?: VerdictStatus; note?: string; checkedAt?: string };
}

export interface CuratedStep {
  label: string;
  edits: AnnotationEdit[];
  inverse: AnnotationEdit[];
  /** Left-out marks this step adds to or removes from the curated layer (undo swaps them). */
  leftOut?: LeftOutChange;
  /** The disagreement that was current, where undo takes the editor back. */
  at?: number;
}

export interface AdjudicationSlice {
  adjudication: {
    documentId: string;
    text: string;
    /** The two annotators compared. */
    pair: [string, string];
    /** Every annotator with a layer on the document (not curated), most annotations first: the editor picks the pair. */
    people: string[];
    layers: { a: Annotation[]; b: Annotation[]; curated: Annotation[] };
    /** Stretches left out of the curated layer on purpose, as stored in it. */
    leftOut: RejectedSuggestion[];
    current: number;
    undo: CuratedStep[];
    redo: CuratedStep[];
    saving: boolean;
    error: string | null;
  } | null;
  adjudicationError: string | null;
  /** Opens a document for adjudication: the two annotators with the most annotations, unless given. */
  openAdjudication(documentId: string, pair?: [string, string]): Promise<void>;
  setCurrent(index: number): void;
  accept(side: 0 | 1): Promise<boolean>;
  leaveOut(): Promise<boolean>;
  /** Edits the curated version of the current disagreement: its boundaries, attributes or verdict. */
  editCurated(change: CuratedChange, label: string): Promise<boolean>;
  undoCurated(): Promise<boolean>;
  redoCurated(): Promise<boolean>;
}

export type DeskState = AnnotatorSlice & SyncSlice & LayersSlice & HistorySlice & AgreementSlice & AdjudicationSlice;
