import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ChangeSummary, commitMessage, emptySummary, summarizeChanges } from '../../../shared/sync/changes';
import type { SyncHost } from './host';
import { GITIGNORE } from './layout';
import type { CorpusRepository } from './repository';
import { Snapshot, scanWorkTree } from './snapshot';
import { readSyncState, updateSyncState } from './state';
import { flattenTree, rewriteTree } from './trees';

export interface LocalCommit {
  commit: string | null;
  summary: ChangeSummary;
  files: number;
}

/**
 * The snapshot of this copy, or, when it is missing (first sync of a clone made elsewhere,
 * `.isnad` deleted), one rebuilt from HEAD: every file is then hashed once.
 */
export async function loadSnapshot(repo: CorpusRepository): Promise<Snapshot> {
  const saved = await Snapshot.load(repo.dir);
  if (saved) return saved;
  const snapshot = new Snapshot(new Map(), 0);
  for (const [path, oid] of await flattenTree(repo, await repo.treeOf(await repo.head()))) snapshot.set(path, oid);
  return snapshot;
}

/** Writes .gitignore when it is missing or lacks `.isnad/`, keeping lines the desk added. */
export async function ensureGitignore(dir: string): Promise<void> {
  const file = join(dir, '.gitignore');
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current !== null && current.split('\n').some((l) => l.trim() === '.isnad/' || l.trim() === '.isnad')) return;
  await writeFile(file, current === null ? GITIGNORE : `${current.replace(/\n?$/, '\n')}${GITIGNORE}`);
}

/**
 * Commits what changed in the work tree since the last commit: only files whose stat moved
 * are read, only folders on changed paths are rewritten. With the store's list of files it
 * wrote (complete unless it crashed), only those are looked at; otherwise the whole tree is
 * compared. Call inside `exclusive`.
 */
export async function commitLocalChanges(repo: CorpusRepository, snapshot: Snapshot, host: SyncHost): Promise<LocalCommit> {
  const annotator = host.annotator;
  const head = await repo.head();
  const headTree = await repo.treeOf(head);
  const listed = host.changedPaths?.();
  const narrow = listed?.complete === true && snapshot.takenAt > 0;
  const { unlisted = [] } = await readSyncState(repo.dir);
  const scan = await scanWorkTree(repo.dir, snapshot, narrow ? [...new Set([...listed.paths, ...unlisted, '.gitignore'])] : undefined);
  const done = async () => {
    if (listed) await host.changesCommitted?.(listed.token);
    if (unlisted.length > 0) {
      await updateSyncState(repo.dir, (s) => {
        s.unlisted = (s.unlisted ?? []).filter((p) => !unlisted.includes(p));
      });
    }
  };
  if (scan.changed.size === 0 && scan.deleted.length === 0) {
    // Refresh stats so files that were only touched are not read again next time.
    for (const [path, s] of scan.stats) {
      const known = snapshot.entries.get(path);
      if (known) snapshot.set(path, known.oid, s);
    }
    await snapshot.save(repo.dir);
    await done();
    return { commit: null, summary: emptySummary(), files: 0 };
  }
  const changes = new Map<string, string | null>();
  // Several at a time: compression runs off the main thread and file writes overlap.
  const entries = [...scan.changed];
  for (let i = 0; i < entries.length; i += 32) {
    const batch = entries.slice(i, i + 32);
    const oids = await Promise.all(batch.map(([, { content }]) => repo.writeBlob(content)));
    batch.forEach(([path], j) => changes.set(path, oids[j] as string));
  }
  for (const path of scan.deleted) changes.set(path, null);
  const tree = await rewriteTree(repo, headTree, changes);
  const before = async (path: string) => {
    const oid = snapshot.entries.get(path)?.oid;
    return oid ? repo.readText(oid).catch(() => null) : null;
  };
  const files = await Promise.all(
    [...changes.keys()].map(async (path) => ({
      path,
      before: await before(path),
      after: scan.changed.get(path)?.content.toString('utf8') ?? null,
    })),
  );
  const summary = summarizeChanges(files);
  let commit: string | null = null;
  if (tree !== headTree) {
    commit = await repo.commit({
      tree,
      parents: head ? [head] : [],
      message: commitMessage(annotator, summary, files.length),
      author: annotator,
    });
  }
  for (const [path, s] of scan.stats) {
    const oid = changes.get(path) ?? snapshot.entries.get(path)?.oid;
    if (oid) snapshot.set(path, oid, s);
  }
  for (const path of scan.deleted) snapshot.entries.delete(path);
  await snapshot.save(repo.dir);
  await done();
  return { commit, summary, files: files.length };
}
