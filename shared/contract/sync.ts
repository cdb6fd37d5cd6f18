import { z } from 'zod';
import { Id } from '../domain/annotation';
import type { ChangeSummary } from '../sync/changes';
import type { SyncConflict } from '../sync/conflicts';
import type { AnnotationHistoryEntry } from '../sync/history';
import type { JobStatus } from './app';
import { op, returns } from './define';
import { checkReason } from '../error-text';

/** `JobStatus.result` of a finished sync job. */
export interface SyncJobResult {
  /** My changes this sync committed (null when there were none). */
  committed: { commit: string; summary: ChangeSummary } | null;
  /** What arrived from colleagues. */
  received: ChangeSummary;
  integration: 'up-to-date' | 'fast-forward' | 'merge' | 'first-push' | 'clone';
  /** Conflicts this sync found; and all those still waiting for a decision. */
  newConflicts: number;
  openConflicts: number;
  /** Copies of one article imported on two machines, merged into one document. */
  duplicatesMerged: number;
  pushed: boolean;
  head: string | null;
  remoteUrl: string;
  at: string;
}

/** What the header shows: what is waiting to go, what may be coming, when, and what to decide. */
export interface SyncStatus {
  remoteUrl: string | null;
  annotator: { id: string; name: string; email: string };
  /** Changes not yet shared: files edited since the last sync (counted), and commits not yet pushed. */
  toShare: { files: number; summary: ChangeSummary; commits: number };
  /** Commits fetched but not merged (known only from the last fetch; Isnad never fetches on its own). */
  arriving: { commits: number; fetchedAt: string | null };
  lastSyncAt: string | null;
  lastError: { code: string; message: string; at: string } | null;
  conflicts: { open: number; decided: number };
  /** The running sync job, if any (poll getJob). */
  syncing: JobStatus | null;
  /** Where a token would come from, and whether one is there (never the token itself). */
  credentials: { source: string; present: boolean };
}

const ConflictId = z.string().regex(/^c[0-9a-f]{16}$/, checkReason('errors.check.conflictId'));

export const syncOperations = {
  syncCorpus: op(
    'Sync with the shared git repository as a job: commit my changes, fetch, merge field by field, push.',
    z.object({}),
    returns<JobStatus>(),
  ),
  getSyncStatus: op('Changes to share, changes arriving, last sync, conflicts to decide, the remote.', z.object({}), returns<SyncStatus>()),
  setSyncRemote: op(
    'Set the shared repository (https URL) and optionally its token, kept outside the corpus (never in git config or logs).',
    z.object({
      url: z.string().trim().min(1, 'give the repository address').max(2_000),
      token: z.string().min(1).max(2_000).optional(),
      username: z.string().trim().max(200).optional(),
      forgetToken: z.boolean().default(false),
    }),
    returns<SyncStatus>(),
  ),
  listSyncConflicts: op(
    'Conflicts sync found between colleagues’ edits of shared data (a verdict above all), with both sides.',
    z.object({ documentId: Id.optional(), state: z.enum(['open', 'decided', 'all']).default('open') }),
    returns<{ conflicts: SyncConflict[] }>(),
  ),
  decideSyncConflict: op(
    'Decide a conflict: keep one side (0 or 1) or write another value; the next sync shares the decision.',
    z
      .object({ conflictId: ConflictId, side: z.union([z.literal(0), z.literal(1)]).optional(), value: z.json().optional() })
      .refine((d) => (d.side === undefined) !== (d.value === undefined), { ...checkReason('errors.check.sideOrValue'), path: ['side'] }),
    returns<{ conflict: SyncConflict }>(),
  ),
  getAnnotationHistory: op(
    'The history of an annotation from the git log and unsynced edits: who created it, who changed its span, attributes or verdict, and when.',
    z.object({ documentId: Id, annotationId: Id, layer: Id.optional() }),
    returns<{ layer: string; entries: AnnotationHistoryEntry[] }>(),
  ),
};
