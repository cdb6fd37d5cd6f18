import { mkdir, readFile, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type FileMerge, mergeTrackedFile } from '../../../shared/sync/merge-file';
import type { MergeConflict } from '../../../shared/sync/merge';
import { writeFileAtomic } from '../corpus/durable-file';
import { gitFs } from './git-fs';
import type { CorpusRepository } from './repository';
import type { Snapshot } from './snapshot';

/** Above this many files a checkout is written without fsync per file (atomic renames still). */
const DURABLE_LIMIT = 200;
/** Files brought up to date at once. */
const PARALLEL = 16;

async function readCurrent(dir: string, path: string): Promise<string | null> {
  try {
    return await readFile(join(dir, path), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export interface WorkTreeUpdate {
  path: string;
  /** The blob HEAD has (what the file should hold if nobody touched it), and the one to write. */
  from: string | null;
  to: string | null;
}

/**
 * Brings files from HEAD's version to a new commit's version. A file that still holds
 * HEAD's version is replaced; one changed meanwhile (an edit after a crashed sync) is merged
 * three-way with HEAD as base, so nothing written locally is lost. Returns conflicts of
 * such local edits and the paths written.
 */
export async function updateWorkTree(
  repo: CorpusRepository,
  snapshot: Snapshot,
  updates: WorkTreeUpdate[],
): Promise<{ written: string[]; dirty: string[]; conflicts: Array<{ path: string; conflict: MergeConflict }> }> {
  const durable = updates.length <= DURABLE_LIMIT;
  const written: string[] = [];
  const dirty: string[] = [];
  const conflicts: Array<{ path: string; conflict: MergeConflict }> = [];
  const one = async ({ path, from, to }: WorkTreeUpdate) => {
    const file = join(repo.dir, path);
    const [current, target] = await Promise.all([readCurrent(repo.dir, path), to === null ? null : repo.readText(to)]);
    if (current === target) {
      if (to !== null) snapshot.set(path, to, await stat(file));
      else snapshot.entries.delete(path);
      return null;
    }
    const head = from === null ? null : await repo.readText(from);
    let result: FileMerge = { content: target, conflicts: [] };
    if (current !== head) result = mergeTrackedFile(path, { base: head, ours: current, theirs: target });
    if (result.content === null) {
      await unlink(file).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      snapshot.entries.delete(path);
    } else {
      await mkdir(dirname(file), { recursive: true });
      if (durable) await writeFileAtomic(file, result.content);
      else await gitFs.promises.writeFile(file, result.content);
      // A merged file differs from the commit: leave it without a stat, so the next scan commits it.
      if (to !== null && result.content === target) snapshot.set(path, to, await stat(file));
      else if (to !== null) snapshot.set(path, to);
      else snapshot.entries.delete(path);
    }
    return { path, dirty: result.content !== null && result.content !== target, conflicts: result.conflicts };
  };
  // Files are independent: several at a time, so their reads, writes and fsyncs overlap
  // (one after another, each waited for its turn on a busy machine). Results keep the order.
  for (let i = 0; i < updates.length; i += PARALLEL) {
    for (const done of await Promise.all(updates.slice(i, i + PARALLEL).map(one))) {
      if (!done) continue;
      if (done.dirty) dirty.push(done.path);
      written.push(done.path);
      for (const conflict of done.conflicts) conflicts.push({ path: done.path, conflict });
    }
  }
  return { written, dirty, conflicts };
}
