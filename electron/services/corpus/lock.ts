import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { IsnadError } from '../../../shared/errors';

/** The lock file's name inside the folder given to acquireCorpusLock (the corpus's `.isnad/`). */
export const LOCK_FILE = 'lock';

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

const TAKEOVER_SUFFIX = '.takeover';
const RETRY_MS = 25;
const ATTEMPTS = 40;

const pause = () => new Promise((r) => setTimeout(r, RETRY_MS));

function lockedError(dir: string, owner: LockOwner): IsnadError {
  return new IsnadError(
    'corpus_locked',
    `The corpus at ${dir} is open in another window/process (${owner.by}, pid ${owner.pid} on ${owner.host}, since ${owner.since}). Close it there first.`,
  );
}

/** A lock file nobody could read for this long was left empty by a crash or a full disk. */
const UNREADABLE_STALE_MS = 5_000;

async function createLock(path: string, me: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(JSON.stringify(me));
    await handle.sync();
    await handle.close();
    return true;
  } catch (err) {
    // A disk full after the create would leave an empty lock that blocks every later open.
    await handle.close().catch(() => {});
    await unlink(path).catch(() => {});
    throw err;
  }
}

/** The lock's modification time if it is older than a writer could still be filling it in; else null. */
async function abandonedSince(path: string): Promise<number | null> {
  try {
    const { mtimeMs } = await stat(path);
    return Date.now() - mtimeMs > UNREADABLE_STALE_MS ? mtimeMs : null;
  } catch {
    return null;
  }
}

function isStale(owner: LockOwner, me: LockOwner): boolean {
  return owner.host === me.host && !isAlive(owner.pid);
}

/**
 * Replaces a dead owner's lock with ours. Two openers may both find the dead lock; if each
 * simply deleted it, the later delete could remove the lock the other had just made and
 * both would write. So the replacement happens under a second exclusive file, and the lock
 * is re-read inside it. True when we now hold the lock; false to look again.
 */
async function takeOver(path: string, me: LockOwner, stillStale: (owner: LockOwner | null) => Promise<boolean>): Promise<boolean> {
  const guard = path + TAKEOVER_SUFFIX;
  if (!(await createLock(guard, me))) {
    // Its holder died mid-takeover (a window of milliseconds): clear it for the next look.
    const holder = await readOwner(guard);
    if (holder ? isStale(holder, me) : (await abandonedSince(guard)) !== null) await unlink(guard).catch(() => {});
    return false;
  }
  try {
    if (!(await stillStale(await readOwner(path)))) return false;
    await unlink(path);
    return await createLock(path, me);
  } finally {
    await unlink(guard).catch(() => {});
  }
}

/**
 * One writer per corpus: an exclusive lock file holding the owner's pid. A lock left by a
 * process that died on this host is taken over; a live owner gets a clear refusal.
 */
export async function acquireCorpusLock(dir: string, by: string, where: { file?: string; corpus?: string } = {}): Promise<CorpusLock> {
  const path = join(dir, where.file ?? LOCK_FILE);
  // Messages name the corpus, not the folder inside it that holds the lock.
  const corpus = where.corpus ?? dir;
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), by };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await createLock(path, me)) return makeLock(path);
    const owner = await readOwner(path);
    if (owner && !isStale(owner, me)) throw lockedError(corpus, owner);
    // A dead owner's lock is taken over if it is still the same lock. An unreadable one is
    // most likely being written this instant, so it is waited on; but one left empty for
    // seconds was abandoned (a crash, a full disk) and is taken over the same way.
    const since = owner ? null : await abandonedSince(path);
    const sameLock = owner
      ? async (now: LockOwner | null) => now?.pid === owner.pid && now.since === owner.since
      : async (now: LockOwner | null) => now === null && (await abandonedSince(path)) === since;
    if ((owner || since !== null) && (await takeOver(path, me, sameLock))) return makeLock(path);
    await pause();
  }
  throw new IsnadError('corpus_locked', `The corpus at ${corpus} is open in another window/process (lock file ${path}).`);
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
