import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFLICTS_FILE } from '../../../shared/sync/corpus-shapes';
import { type ConflictsFile, readConflictsFile } from '../../../shared/sync/conflicts';

/** The conflict log as the work tree holds it (decisions not yet synced included). */
export async function readConflictLog(dir: string): Promise<ConflictsFile> {
  const text = await readFile(join(dir, CONFLICTS_FILE), 'utf8').catch(() => null);
  try {
    return readConflictsFile(text);
  } catch {
    return { version: 1, conflicts: [] };
  }
}

export async function countOpenConflicts(dir: string): Promise<number> {
  return (await readConflictLog(dir)).conflicts.filter((c) => c.state === 'open').length;
}
