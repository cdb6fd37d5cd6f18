import { mkdir, readFile, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { JobStatus } from '../../../shared/contract/app';
import type { SyncJobResult, SyncStatus } from '../../../shared/contract/sync';
import { emptySummary, summarizeChanges } from '../../../shared/sync/changes';
import { CONFLICTS_FILE } from '../../../shared/sync/corpus-shapes';
import { type SyncConflict, applyDecision, formatConflictsFile } from '../../../shared/sync/conflicts';
import type { Json } from '../../../shared/sync/json';
import { writeFileAtomic } from '../corpus/durable-file';
import type { JobRegistry } from '../jobs';
import { readConflictLog } from './conflict-log';
import { type CredentialSource, type CredentialStore, DEFAULT_TOKEN_USER, credentialChain } from './credentials';
import { SYNC_STEP, type SyncProgress, syncCorpus } from './engine';
import type { SyncHost } from './host';
import { checkRemoteUrl } from './layout';
import { CorpusRepository } from './repository';
import { Snapshot, scanWorkTree } from './snapshot';
import { readSyncState, updateSyncState } from './state';
import { codedError } from '../../../shared/error-text';

/**
 * Sync for one open corpus: runs syncs as jobs (one at a time), reports the state the
 * header shows, sets the remote and its token, and lists and decides conflicts.
 */
export class SyncService {
  readonly #host: SyncHost;
  readonly #jobs: JobRegistry;
  readonly #store: CredentialStore;
  readonly #credentials: CredentialSource;
  #running: string | null = null;
  /** Kept between status calls: isomorphic-git caches pack indexes in it. */
  readonly #repo: CorpusRepository;

  constructor(host: SyncHost, jobs: JobRegistry, credentials: { store: CredentialStore; environment?: CredentialSource | null }) {
    this.#host = host;
    this.#jobs = jobs;
    this.#store = credentials.store;
    this.#credentials = credentialChain([credentials.environment ?? null, credentials.store]);
    this.#repo = new CorpusRepository(host.dir, this.#credentials);
  }

  get credentials(): CredentialSource {
    return this.#credentials;
  }

  /** Starts a sync job, or returns the one already running (two at once would only fight). */
  start(): JobStatus {
    if (this.#running) {
      const current = this.#jobs.get(this.#running);
      if (current.state === 'running') return current;
    }
    const status = this.#jobs.start('sync', async (progress): Promise<SyncJobResult> => {
      try {
        return await this.run({
          signal: progress.signal,
          onProgress: (p) => {
            const within = p.total ? Math.min(1, (p.loaded ?? 0) / p.total) : 0;
            progress.update(Math.round((p.step - 1 + within) * 100), 400, { text: p.message, id: SYNC_STEP, values: p.values });
          },
        });
      } finally {
        this.#running = null;
      }
    });
    this.#running = status.id;
    return status;
  }

  /** One sync, awaited (the CLI); the app goes through start() and polls the job. */
  run(options: { signal?: AbortSignal; onProgress?: (p: SyncProgress) => void } = {}): Promise<SyncJobResult> {
    return syncCorpus(this.#host, { credentials: this.#credentials, ...options });
  }

  async status(): Promise<SyncStatus> {
    const repo = this.#repo;
    const state = await readSyncState(this.#host.dir);
    const log = await readConflictLog(this.#host.dir);
    const remoteUrl = await repo.remoteUrl();
    const exists = await repo.exists();
    const head = exists ? await repo.head() : null;
    const remoteHead = exists ? await repo.remoteHead() : null;
    const toShare = exists ? await this.#unshared(repo) : { files: 0, summary: emptySummary() };
    const running = this.#running ? this.#jobs.get(this.#running) : null;
    return {
      remoteUrl,
      annotator: this.#host.annotator,
      toShare: { ...toShare, commits: await countAhead(repo, head, remoteHead) },
      arriving: { commits: await countAhead(repo, remoteHead, head), fetchedAt: state.lastFetchAt ?? null },
      lastSyncAt: state.lastSyncAt ?? null,
      lastError: state.lastError ?? null,
      conflicts: {
        open: log.conflicts.filter((c) => c.state === 'open').length,
        decided: log.conflicts.filter((c) => c.state === 'decided').length,
      },
      syncing: running?.state === 'running' ? running : null,
      credentials: {
        source: this.#credentials.describe,
        present: remoteUrl ? (await this.#credentials.get(remoteUrl).catch(() => null)) !== null : false,
      },
    };
  }

  /** Files changed since the last sync, counted by what they hold. */
  async #unshared(repo: CorpusRepository): Promise<{ files: number; summary: SyncStatus['toShare']['summary'] }> {
    const snapshot = await Snapshot.load(repo.dir);
    if (!snapshot) return { files: 0, summary: emptySummary() };
    const listed = this.#host.changedPaths?.();
    const scan = await scanWorkTree(repo.dir, snapshot, listed?.complete ? listed.paths : undefined);
    const paths = [...scan.changed.keys(), ...scan.deleted];
    const files = await Promise.all(
      paths.slice(0, 500).map(async (path) => {
        const oid = snapshot.entries.get(path)?.oid;
        return {
          path,
          before: oid ? await repo.readText(oid).catch(() => null) : null,
          after: scan.changed.get(path)?.content.toString('utf8') ?? null,
        };
      }),
    );
    return { files: paths.length, summary: summarizeChanges(files) };
  }

  async setRemote(input: { url: string; token?: string; username?: string; forgetToken: boolean }): Promise<SyncStatus> {
    const url = checkRemoteUrl(input.url);
    const repo = new CorpusRepository(this.#host.dir, this.#credentials);
    await this.#host.exclusive(async () => {
      if (!(await repo.exists())) await repo.init();
      await repo.setRemoteUrl(url);
    });
    if (input.forgetToken) await this.#store.forget(url);
    if (input.token) await this.#store.save(url, { username: input.username || DEFAULT_TOKEN_USER, password: input.token });
    return this.status();
  }

  async conflicts(filter: { documentId?: string; state: 'open' | 'decided' | 'all' }): Promise<SyncConflict[]> {
    const log = await readConflictLog(this.#host.dir);
    return log.conflicts.filter(
      (c) => (filter.state === 'all' || c.state === filter.state) && (!filter.documentId || c.documentId === filter.documentId),
    );
  }

  /**
   * Writes the chosen value into the file and marks the conflict decided; both are committed
   * by the next sync. A conflict in someone's own layer is theirs to decide (only they write
   * that folder); shared data and the curated layer may be decided by anyone on the desk.
   */
  async decide(input: { conflictId: string; side?: 0 | 1; value?: Json }): Promise<SyncConflict> {
    const me = this.#host.annotator;
    // Refused before the store is held (holding it saves journals): a refused decision writes nothing.
    const known = (await readConflictLog(this.#host.dir)).conflicts.find((c) => c.id === input.conflictId);
    if (!known) throw codedError('not_found', 'errors.sync.noConflict', { id: input.conflictId }, 'conflictId');
    if (known.layer && known.layer !== me.id && known.layer !== 'curated') {
      throw codedError('forbidden', 'errors.sync.othersLayer', { layer: known.layer }, 'conflictId');
    }
    return this.#host.exclusive(async () => {
      const log = await readConflictLog(this.#host.dir);
      const conflict = log.conflicts.find((c) => c.id === input.conflictId);
      if (!conflict) throw codedError('not_found', 'errors.sync.noConflict', { id: input.conflictId }, 'conflictId');
      const value = input.side === undefined ? input.value : conflict.sides[input.side].value;
      const file = join(this.#host.dir, conflict.file);
      const current = await readFile(file, 'utf8').catch(() => null);
      let next: string | null;
      try {
        next = applyDecision(conflict, current, value);
      } catch (err) {
        throw codedError('conflict', 'errors.sync.cannotDecide', { detail: (err as Error).message }, 'conflictId');
      }
      if (next === null) await unlink(file).catch(() => {});
      else {
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomic(file, next);
      }
      const at = new Date().toISOString();
      conflict.state = 'decided';
      conflict.decision = {
        side: input.side ?? null,
        ...(input.side === undefined && value !== undefined ? { value } : {}),
        by: me.id,
        at,
      };
      await mkdir(dirname(join(this.#host.dir, CONFLICTS_FILE)), { recursive: true });
      await writeFileAtomic(join(this.#host.dir, CONFLICTS_FILE), formatConflictsFile(log));
      // Written behind the store's back: the next sync must look at them even when it looks only at the store's list.
      await updateSyncState(this.#host.dir, (s) => {
        s.unlisted = [...new Set([...(s.unlisted ?? []), conflict.file, CONFLICTS_FILE])];
      });
      await this.#host.reloadChanged([conflict.file, CONFLICTS_FILE]);
      return conflict;
    });
  }
}

/** Commits in `from`'s history that `to` lacks (up to 100). */
async function countAhead(repo: CorpusRepository, from: string | null, to: string | null): Promise<number> {
  if (from === null || from === to) return 0;
  return repo.countAhead(from, to);
}
