import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isAlive } from './corpus/lock';

/**
 * Partial files carry the pid of the process writing them, so after a crash (kill -9, power
 * cut) the next run can tell a leftover from a file another process is still writing.
 */

/** A hidden temp name beside `target`: `.NAME.<pid>-<hex>.tmp`. */
export function partialFileFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Files of an older version carry no pid; one this old was abandoned. */
const UNOWNED_STALE_MS = 60 * 60 * 1000;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function abandoned(path: string, pid: string | undefined): Promise<boolean> {
  if (pid !== undefined) return Number(pid) !== process.pid && !isAlive(Number(pid));
  const info = await stat(path).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > UNOWNED_STALE_MS;
}

/** Removes the partial files of `target` left by crashed writers; returns how many. */
export async function removePartialFiles(target: string): Promise<number> {
  const pattern = new RegExp(`^\\.${escape(basename(target))}\\.(?:(\\d+)-)?[0-9a-f]{8}\\.tmp$`);
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const match = pattern.exec(name);
    const path = join(dirname(target), name);
    if (match && (await abandoned(path, match[1]))) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}

/** Scratch folders (browser-mode downloads, import staging, an import-back's checked documents) are named `isnad-KIND-<pid>-XXXXXX`. */
export function scratchPrefix(kind: string): string {
  return join(tmpdir(), `isnad-${kind}-${process.pid}-`);
}

const SCRATCH = /^isnad-(?:export|report|upload|spill)-(\d+)-[A-Za-z0-9]{6}$/;

/** Removes scratch folders of processes that died without cleaning up; returns how many. */
export async function removeLeftoverScratch(folder = tmpdir()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const match = SCRATCH.exec(name);
    if (match && (await abandoned(join(folder, name), match[1]))) {
      await rm(join(folder, name), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
