import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type ChangeSummary, describeSummary, emptySummary, summarizeChanges } from '../../../shared/sync/changes';
import { CONFLICTS_FILE, trackedKind } from '../../../shared/sync/corpus-shapes';
import { type DocumentHeader, duplicatePairs, duplicateTarget, headerOf, markDuplicate, moveLayer } from '../../../shared/sync/duplicates';
import { type Json, type JsonRecord, isRecord } from '../../../shared/sync/json';
import { formatTracked } from '../../../shared/sync/merge-file';
import { writeFileAtomic } from '../corpus/durable-file';
import { type SyncConflict, addConflicts, conflictRecord, formatConflictsFile, readConflictsFile } from '../../../shared/sync/conflicts';
import { mergeTrackedFile } from '../../../shared/sync/merge-file';
import type { MergeConflict } from '../../../shared/sync/merge';
import type { Annotator } from './host';
import type { CorpusRepository } from './repository';
import type { Snapshot } from './snapshot';
import { readSyncState, updateSyncState } from './state';
import { type BlobChange, diffTrees, rewriteTree } from './trees';
import { mergeVersionedDocuments } from './version-merge';
import { type WorkTreeUpdate, updateWorkTree } from './worktree';

export interface Integration {
  kind: 'up-to-date' | 'fast-forward' | 'merge';
  /** What arrived, counted over the files that changed here. */
  received: ChangeSummary;
  /** Work-tree paths rewritten (for the store to reload). */
  paths: string[];
  /** Conflicts this merge found, already recorded in sync/conflicts.json. */
  conflicts: SyncConflict[];
  /** Articles imported on both sides, now one document (the other copy trashed and linked to it). */
  duplicates: number;
}

/**
 * Brings `theirs` (the fetched remote branch) into HEAD: nothing when HEAD has it already,
 * a fast-forward when HEAD is behind, otherwise a merge commit whose files are merged
 * field by field (shared/sync). Only trees that differ are read, both for what arrived
 * (merge base → theirs) and what we did (merge base → ours).
 */
export async function integrate(repo: CorpusRepository, snapshot: Snapshot, theirs: string, me: Annotator): Promise<Integration> {
  const ours = await repo.head();
  if (ours !== null && (await repo.contains(ours, theirs)))
    return { kind: 'up-to-date', received: emptySummary(), paths: [], conflicts: [], duplicates: 0 };
  const oursTree = await repo.treeOf(ours);
  const theirsTree = await repo.treeOf(theirs);
  if (ours === null || (await repo.contains(theirs, ours))) {
    const updates = [...(await diffTrees(repo, oursTree, theirsTree))].map(([path, c]) => ({ path, from: c.a, to: c.b }));
    const received = await summarize(repo, updates);
    return { kind: 'fast-forward', received, paths: await land(repo, snapshot, theirs, ours, updates, me), conflicts: [], duplicates: 0 };
  }
  const baseTree = await repo.treeOf(await repo.mergeBase(ours, theirs));
  const [fromTheirs, fromOurs] = await Promise.all([diffTrees(repo, baseTree, theirsTree), diffTrees(repo, baseTree, oursTree)]);
  const author = await repo.author(theirs);
  const now = new Date().toISOString();
  const context = { ours: { by: me.id, at: now }, theirs: { by: author.name, at: author.at }, detectedBy: me.id, now };
  const text = (oid: string | null | undefined) => (oid ? repo.readText(oid) : Promise.resolve(null));
  // A document given a new version on either side merges with its layers and earlier texts as one.
  const versioned = await mergeVersionedDocuments(repo, fromOurs, fromTheirs);
  const result = new Map<string, string | null>(versioned.result);
  const found: SyncConflict[] = versioned.conflicts.map(({ path, conflict }) => conflictRecord(path, conflict, context));
  for (const [path, { a: baseOid, b: theirOid }] of fromTheirs) {
    const mine = fromOurs.get(path);
    if (versioned.handled.has(path)) continue;
    if (!mine) result.set(path, theirOid);
    else if (mine.b !== theirOid) {
      const merged = mergeTrackedFile(path, { base: await text(baseOid), ours: await text(mine.b), theirs: await text(theirOid) });
      const oid = merged.content === null ? null : await repo.writeBlob(merged.content);
      if (oid !== mine.b) result.set(path, oid);
      for (const c of merged.conflicts) found.push(conflictRecord(path, c, context));
    }
  }
  const pairs = await markDuplicates(repo, fromOurs, fromTheirs, result, me, now);
  if (found.length > 0) {
    // The conflict log as this merge leaves it (merged above if both sides changed it), plus the new ones.
    const current = result.has(CONFLICTS_FILE)
      ? result.get(CONFLICTS_FILE)
      : fromOurs.has(CONFLICTS_FILE)
        ? fromOurs.get(CONFLICTS_FILE)?.b
        : fromTheirs.get(CONFLICTS_FILE)?.a;
    const log = addConflicts(readConflictsFile(await text(current)), found);
    result.set(CONFLICTS_FILE, await repo.writeBlob(formatConflictsFile(log)));
  }
  const tree = await rewriteTree(repo, oursTree, result);
  const updates: WorkTreeUpdate[] = [...result].map(([path, to]) => ({
    path,
    from: fromOurs.has(path) ? (fromOurs.get(path)?.b ?? null) : (fromTheirs.get(path)?.a ?? null),
    to,
  }));
  const received = await summarize(repo, updates);
  const what = describeSummary(received);
  const open = found.length ? `; ${found.length} conflict${found.length === 1 ? '' : 's'} to decide` : '';
  const commit = await repo.commitObject({
    tree,
    parents: [ours, theirs],
    message: `${me.name}: merged from ${author.name}${what ? `: ${what}` : ''}${open}`,
    author: me,
  });
  return { kind: 'merge', received, paths: await land(repo, snapshot, commit, ours, updates, me), conflicts: found, duplicates: pairs };
}

/**
 * Documents added on both sides with the same text (one article imported on two machines)
 * become one: the later copy is trashed and linked `duplicate-of` the first, in the merge
 * itself, so every copy sees one document. Annotations move with their owners' next sync
 * (moveMyLayers), each annotator moving only their own layer.
 */
async function markDuplicates(
  repo: CorpusRepository,
  fromOurs: Map<string, BlobChange>,
  fromTheirs: Map<string, BlobChange>,
  result: Map<string, string | null>,
  me: Annotator,
  now: string,
): Promise<number> {
  const added = async (diff: Map<string, BlobChange>) => {
    const docs = [...diff].filter(([path, c]) => trackedKind(path) === 'document' && c.a === null && c.b !== null);
    const headers = await Promise.all(docs.map(async ([, c]) => headerOf(await repo.readText(c.b as string))));
    return headers.filter((h): h is DocumentHeader => h !== null);
  };
  const pairs = duplicatePairs(await added(fromOurs), await added(fromTheirs));
  for (const { keep, drop } of pairs) {
    const path = `documents/${drop}.json`;
    const oid = result.has(path) ? result.get(path) : (fromOurs.get(path)?.b ?? fromTheirs.get(path)?.b);
    if (!oid) continue;
    const marked = markDuplicate(JSON.parse(await repo.readText(oid)) as JsonRecord, keep, me.id, now);
    result.set(path, await repo.writeBlob(formatTracked(marked)));
  }
  return pairs.length;
}

/**
 * My annotations on documents merged into another (by this sync or a colleague's) move to
 * the document that stays. Written to the work tree as my own edit; the caller commits it.
 */
export async function moveMyLayers(dir: string, me: Annotator, paths: readonly string[]): Promise<string[]> {
  const written: string[] = [];
  const now = new Date().toISOString();
  for (const path of paths) {
    if (trackedKind(path) !== 'document') continue;
    const doc = await readFile(join(dir, path), 'utf8').then(
      (t) => JSON.parse(t) as Json,
      () => undefined,
    );
    const keep = duplicateTarget(doc);
    const drop = isRecord(doc) && typeof doc.id === 'string' ? doc.id : null;
    if (!keep || !drop) continue;
    const from = `layers/${me.id}/${drop}.json`;
    const to = `layers/${me.id}/${keep}.json`;
    const mine = await readFile(join(dir, from), 'utf8').then(
      (t) => JSON.parse(t) as JsonRecord,
      () => null,
    );
    if (!mine) continue;
    const existing = await readFile(join(dir, to), 'utf8').then(
      (t) => JSON.parse(t) as JsonRecord,
      () => null,
    );
    await writeFileAtomic(join(dir, to), formatTracked(moveLayer(mine, existing, keep, now)));
    await unlink(join(dir, from));
    written.push(to, from);
  }
  if (written.length > 0) {
    await updateSyncState(dir, (s) => {
      s.unlisted = [...new Set([...(s.unlisted ?? []), ...written])];
    });
  }
  return written;
}

async function summarize(repo: CorpusRepository, updates: WorkTreeUpdate[]): Promise<ChangeSummary> {
  const text = (oid: string | null) => (oid === null ? Promise.resolve(null) : repo.readText(oid));
  return summarizeChanges(
    await Promise.all(updates.map(async (u) => ({ path: u.path, before: await text(u.from), after: await text(u.to) }))),
  );
}

/**
 * Moves the work tree and the branch to `commit`. `pending` is recorded before the first
 * file is touched and cleared after the branch moved, so a sync killed in between is
 * finished by the next one (finishPending) and a half-written merge is never committed as
 * someone's edit.
 */
async function land(
  repo: CorpusRepository,
  snapshot: Snapshot,
  commit: string,
  from: string | null,
  updates: WorkTreeUpdate[],
  me: Annotator,
): Promise<string[]> {
  await updateSyncState(repo.dir, (s) => {
    s.pending = { commit, from, paths: updates.map((u) => u.path) };
  });
  const { written, dirty, conflicts } = await updateWorkTree(repo, snapshot, updates);
  await repo.setHead(commit);
  await snapshot.save(repo.dir);
  await updateSyncState(repo.dir, (s) => {
    delete s.pending;
    // Files holding local edits merged over the commit: the next commit must look at them.
    if (dirty.length > 0) s.unlisted = [...new Set([...(s.unlisted ?? []), ...dirty])];
  });
  if (conflicts.length > 0) {
    await recordLocalConflicts(repo.dir, conflicts, me);
    written.push(CONFLICTS_FILE);
  }
  return written;
}

/**
 * Conflicts between edits made here after a crashed sync and what that sync brought: kept
 * in the work tree's conflict log, which the next sync commits along with the edits.
 */
async function recordLocalConflicts(
  dir: string,
  conflicts: Array<{ path: string; conflict: MergeConflict }>,
  me: Annotator,
): Promise<void> {
  const file = join(dir, CONFLICTS_FILE);
  const now = new Date().toISOString();
  const side = { by: me.id, at: now };
  const records = conflicts.map(({ path, conflict }) =>
    conflictRecord(path, conflict, { ours: side, theirs: side, detectedBy: me.id, now }),
  );
  const log = addConflicts(readConflictsFile(await readFile(file, 'utf8').catch(() => null)), records);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, formatConflictsFile(log));
  await updateSyncState(dir, (s) => {
    s.unlisted = [...new Set([...(s.unlisted ?? []), CONFLICTS_FILE])];
  });
}

/** After a kill -9 between writing files and moving the branch: finish what was started. */
export async function finishPending(repo: CorpusRepository, snapshot: Snapshot, me: Annotator): Promise<string[]> {
  const { pending } = await readSyncState(repo.dir);
  if (!pending) return [];
  if ((await repo.head()) !== pending.from) {
    // The branch already moved (the kill came after it), nothing is left to finish.
    await updateSyncState(repo.dir, (s) => {
      delete s.pending;
    });
    return [];
  }
  const changes = await diffTrees(repo, await repo.treeOf(pending.from), await repo.treeOf(pending.commit));
  const updates = [...changes].map(([path, c]) => ({ path, from: c.a, to: c.b }));
  return land(repo, snapshot, pending.commit, pending.from, updates, me);
}
