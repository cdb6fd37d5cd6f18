import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as git from 'isomorphic-git';
import { gitHttp as http } from './transport';
import { type ChangeSummary, emptySummary } from '../../../shared/sync/changes';
import { codedError } from '../../../shared/error-text';
import { englishTranslator } from '../../../shared/i18n/translate';
import type { SyncJobResult } from '../../../shared/contract/sync';
import { commitLocalChanges, ensureGitignore, loadSnapshot } from './commit-local';
import type { CredentialSource } from './credentials';
import { describeSyncFailure, isPushRejected } from './errors';
import { plainFs } from './git-fs';
import type { SyncHost } from './host';
import { finishPending, integrate, moveMyLayers } from './integrate';
import { checkRemoteUrl } from './layout';
import { BRANCH, CorpusRepository } from './repository';
import { Snapshot } from './snapshot';
import { updateSyncState } from './state';
import { flattenTree } from './trees';
import { countOpenConflicts } from './conflict-log';

export type SyncPhase = 'committing' | 'receiving' | 'merging' | 'sending';

export interface SyncProgress {
  phase: SyncPhase;
  /** Words for a progress bar, in English ("Receiving from git.example.org"); `values` give them in any language. */
  message: string;
  /** The values of `SYNC_STEP` (desk.sync.step): the step, the server, and git's part of a transfer. */
  values: { phase: SyncPhase; host: string; part: string };
  /** Step of four, and within a transfer its own done/total when the server says. */
  step: number;
  loaded?: number;
  total?: number;
}

/** The message that words a step, in the CLI and on the progress bar. */
export const SYNC_STEP = 'desk.sync.step';

/** Git's names for the parts of a transfer, as the catalog's keys; a part we do not know is shown as git says it. */
const GIT_PARTS: Record<string, string> = {
  'Counting objects': 'counting',
  'Compressing objects': 'compressing',
  'Receiving objects': 'receiving',
  'Resolving deltas': 'resolving',
  'Analyzing workdir': 'analyzing',
  'Updating workdir': 'updating',
};

/** One step's progress, worded by the catalog (English in `message`). */
function stepProgress(phase: SyncPhase, step: number, host = '', gitPart?: string, loaded?: number, total?: number): SyncProgress {
  const values = { phase, host, part: gitPart === undefined ? 'none' : (GIT_PARTS[gitPart] ?? gitPart) };
  return {
    phase,
    step,
    message: englishTranslator().t(SYNC_STEP, values),
    values,
    ...(loaded === undefined ? {} : { loaded }),
    ...(total === undefined ? {} : { total }),
  };
}

/** What a sync did (the sync job's result). */
export type SyncOutcome = SyncJobResult;

export interface SyncOptions {
  /** Sets (or changes) the remote before syncing. */
  url?: string;
  credentials: CredentialSource;
  onProgress?: (progress: SyncProgress) => void;
  signal?: AbortSignal;
}

/** Pushes refused because colleagues pushed meanwhile are retried (fetch, merge, push) this often. */
const PUSH_ATTEMPTS = 4;

function cancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw codedError('cancelled', 'errors.sync.cancelled');
}

/**
 * Sync = commit my changes, fetch, merge, push (retrying when the remote moved). The store
 * is held (exclusive) only while the work tree is read or written, never during network
 * transfers, so the journalist can keep annotating while a slow server answers.
 */
export async function syncCorpus(host: SyncHost, options: SyncOptions): Promise<SyncOutcome> {
  const repo = new CorpusRepository(host.dir, options.credentials);
  const report = (phase: SyncPhase, step: number, host?: string, gitPart?: string, loaded?: number, total?: number) =>
    options.onProgress?.(stepProgress(phase, step, host, gitPart, loaded, total));
  let url = options.url ?? '';
  let committed: SyncOutcome['committed'] = null;
  try {
    report('committing', 1);
    // Nothing is written before we know where to sync to.
    url = options.url ? checkRemoteUrl(options.url) : ((await repo.remoteUrl()) ?? '');
    if (!url) throw codedError('invalid_input', 'errors.sync.noRemote', undefined, 'url');
    const snapshot = await host.exclusive(async () => {
      if (!(await repo.exists())) await repo.init();
      if (options.url) await repo.setRemoteUrl(url);
      await repo.clearStaleLocks();
      await ensureGitignore(host.dir);
      const snap = await loadSnapshot(repo);
      const recovered = await finishPending(repo, snap, host.annotator);
      if (recovered.length > 0) await host.reloadChanged(recovered);
      const local = await commitLocalChanges(repo, snap, host);
      if (local.commit) committed = { commit: local.commit, summary: local.summary };
      return snap;
    });
    const host_ = new URL(url).host;
    const received: ChangeSummary[] = [];
    let integration: SyncOutcome['integration'] = 'up-to-date';
    let newConflicts = 0;
    let duplicatesMerged = 0;
    let pushed = false;
    for (let attempt = 1; ; attempt++) {
      cancelled(options.signal);
      report('receiving', 2, host_);
      const theirs = await repo.fetch(url, (phase, loaded, total) => report('receiving', 2, host_, phase, loaded, total));
      await updateSyncState(host.dir, (s) => {
        s.lastFetchAt = new Date().toISOString();
      });
      cancelled(options.signal);
      report('merging', 3);
      const outcome = await host.exclusive(async () => {
        // Edits made while we fetched: only a store that lists what it wrote can have any.
        if (host.changedPaths) {
          const local = await commitLocalChanges(repo, snapshot, host);
          if (local.commit && !committed) committed = { commit: local.commit, summary: local.summary };
        }
        if (theirs === null) return null;
        const result = await integrate(repo, snapshot, theirs, host.annotator);
        const moved = await moveMyLayers(host.dir, host.annotator, result.paths);
        if (result.paths.length + moved.length > 0) await host.reloadChanged([...result.paths, ...moved]);
        if (moved.length > 0) await commitLocalChanges(repo, snapshot, host);
        return result;
      });
      if (outcome) {
        received.push(outcome.received);
        newConflicts += outcome.conflicts.length;
        duplicatesMerged += outcome.duplicates;
        if (outcome.kind !== 'up-to-date') integration = outcome.kind;
      } else integration = 'first-push';
      const head = await repo.head();
      if (head === null || head === theirs) break;
      report('sending', 4, host_);
      try {
        await repo.push(url, (phase, loaded, total) => report('sending', 4, host_, phase, loaded, total));
        pushed = true;
        break;
      } catch (err) {
        if (!isPushRejected(err) || attempt >= PUSH_ATTEMPTS) throw err;
      }
    }
    const at = new Date().toISOString();
    await updateSyncState(host.dir, (s) => {
      s.lastSyncAt = at;
      s.lastAttemptAt = at;
      delete s.lastError;
    });
    return {
      committed,
      received: received.reduce(addSummaries, emptySummary()),
      integration,
      newConflicts,
      openConflicts: await countOpenConflicts(host.dir),
      duplicatesMerged,
      pushed,
      head: await repo.head(),
      remoteUrl: url,
      at,
    };
  } catch (err) {
    const failure = describeSyncFailure(err, { url, credentials: options.credentials.describe, committed: committed !== null });
    const at = new Date().toISOString();
    await updateSyncState(host.dir, (s) => {
      s.lastAttemptAt = at;
      s.lastError = { code: failure.code, message: failure.message, at };
    }).catch(() => {});
    throw failure;
  }
}

function addSummaries(a: ChangeSummary, b: ChangeSummary): ChangeSummary {
  return {
    annotations: {
      added: a.annotations.added + b.annotations.added,
      changed: a.annotations.changed + b.annotations.changed,
      deleted: a.annotations.deleted + b.annotations.deleted,
    },
    verdicts: a.verdicts + b.verdicts,
    documents: {
      added: a.documents.added + b.documents.added,
      changed: a.documents.changed + b.documents.changed,
      deleted: a.documents.deleted + b.documents.deleted,
    },
    annotatedDocuments: a.annotatedDocuments + b.annotatedDocuments,
    speakers: a.speakers + b.speakers,
    other: a.other + b.other,
  };
}

/** Whether a folder is missing or holds nothing (a first sync there clones). */
export async function isEmptyFolder(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? [] : Promise.reject(err)));
  return entries.length === 0;
}

/**
 * First sync into an empty or missing folder: clone the shared corpus. The clone is made
 * beside the folder and renamed into place at the end, so an interrupted clone leaves no
 * half-checked-out corpus that a later sync would take for local deletions.
 */
export async function cloneCorpus(
  dir: string,
  remote: string,
  credentials: CredentialSource,
  onProgress?: (p: SyncProgress) => void,
): Promise<{ head: string | null; files: number }> {
  const url = checkRemoteUrl(remote);
  if (!(await isEmptyFolder(dir))) throw codedError('invalid_input', 'errors.sync.cloneNotEmpty', { dir });
  const prefix = `.${basename(dir)}.clone-`;
  // A clone killed earlier left its folder beside the target: nothing in it is anyone's work.
  for (const name of await readdir(dirname(dir)).catch(() => [] as string[])) {
    if (name.startsWith(prefix)) await rm(join(dirname(dir), name), { recursive: true, force: true });
  }
  const temp = join(dirname(dir), `${prefix}${process.pid}-${Date.now()}`);
  const repo = new CorpusRepository(temp, credentials);
  try {
    await mkdir(temp, { recursive: true });
    const host = new URL(url).host;
    onProgress?.(stepProgress('receiving', 2, host));
    let head: string | null = null;
    try {
      await git.clone({
        // Plain writes: the whole clone is thrown away unless it completes and is renamed into place.
        fs: plainFs,
        http,
        dir: temp,
        url,
        ref: BRANCH,
        singleBranch: true,
        noTags: true,
        cache: repo.cache,
        onAuth: async () => (await credentials.get(url)) ?? { cancel: true },
        onProgress: (e) => onProgress?.(stepProgress('receiving', 2, host, e.phase, e.loaded, e.total ?? 0)),
      });
      head = await repo.head();
    } catch (err) {
      // An empty shared repository: start a fresh corpus that the first sync will push.
      if (!(err instanceof git.Errors.NotFoundError)) throw err;
      await rm(temp, { recursive: true, force: true });
      await mkdir(temp, { recursive: true });
      await repo.init();
    }
    await repo.setRemoteUrl(url);
    const snapshot = new Snapshot();
    await snapshot.record(temp, await flattenTree(repo, await repo.treeOf(head)));
    await snapshot.save(temp);
    await rmdir(dir).catch(() => {});
    await rename(temp, dir);
    return { head, files: snapshot.entries.size };
  } catch (err) {
    await rm(temp, { recursive: true, force: true }).catch(() => {});
    throw describeSyncFailure(err, { url, credentials: credentials.describe, committed: false });
  }
}
