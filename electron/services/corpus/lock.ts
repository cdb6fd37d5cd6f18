import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { IsnadError } from '../../../shared/contract/errors';

export const LOCK_FILE = 'corpus.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
  by: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    return JSON.parse(await readFile(path, 'utf-8')) as LockOwner;
  } catch {
    return null;
  }
}

export interface CorpusLock {
  release(): Promise<void>;
}

/**
 * One writer per corpus: an exclusive lock file holding the owner's pid. A lock left by a
 * process that died on this host is taken over; a live owner gets a clear refusal.
 */
export async function acquireCorpusLock(dir: string, by: string): Promise<CorpusLock> {
  const path = join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), by };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.sync();
      await handle.close();
      return makeLock(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = await readOwner(path);
    const stale = owner !== null && owner.host === me.host && !isAlive(owner.pid);
    // An unreadable lock is most likely one being written this instant: wait, then retry.
    if (owner === null) await new Promise((r) => setTimeout(r, 50));
    else if (stale) await unlink(path).catch(() => {});
    else
      throw new IsnadError(
        'corpus_locked',
        `The corpus at ${dir} is open in another window/process (${owner.by}, pid ${owner.pid} on ${owner.host}, since ${owner.since}). Close it there first.`,
      );
  }
  throw new IsnadError('corpus_locked', `The corpus at ${dir} is open in another window/process (lock file ${path}).`);
}

function makeLock(path: string): CorpusLock {
  let released = false;
  const releaseSync = () => {
    if (released) return;
    released = true;
    try {
      const owner = JSON.parse(readFileSync(path, 'utf-8')) as LockOwner;
      if (owner.pid === process.pid) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once('exit', releaseSync);
  return {
    async release() {
      process.removeListener('exit', releaseSync);
      if (released) return;
      released = true;
      const owner = await readOwner(path);
      if (owner?.pid === process.pid) await unlink(path).catch(() => {});
    },
  };
}
