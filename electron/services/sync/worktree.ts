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
  for (const { path, from, to } of updates) {
    const file = join(repo.dir, path);
    const current = await readCurrent(repo.dir, path);
    const target = to === null ? null : await repo.readText(to);
    if (current === target) {
      if (to !== null) snapshot.set(path, to, await stat(file));
      else snapshot.entries.delete(path);
      continue;
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
      if (result.content !== target) dirty.push(path);
    }
    written.push(path);
    for (const conflict of result.conflicts) conflicts.push({ path, conflict });
  }
  return { written, dirty, conflicts };
}
