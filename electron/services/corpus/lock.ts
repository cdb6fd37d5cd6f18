import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { IsnadError } from '../../../shared/errors';
import { codedError } from '../../../shared/error-text';

/** Where a corpus's lock file is, inside the corpus folder (docs/STORAGE.md); machine-local, ignored by git. */
export const LOCK_FILE = '.isnad/lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
  by: string;
  /** The owner process's identity beyond its pid (boot and start time), where the OS tells it. */
  started?: string;
}

/** The lock's modification time is refreshed this often while it is held: a heartbeat. */
const HEARTBEAT_MS = 60_000;
/** Where no process start time can be read, an owner silent this long is taken for gone. */
const HEARTBEAT_STALE_MS = 10 * HEARTBEAT_MS;

/**
 * A process's boot and start time (Linux /proc), so a pid reused by an unrelated process
 * after a crash or a reboot is not mistaken for the lock's owner. Null elsewhere.
 */
export function processStarted(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf-8');
    // Fields after "pid (comm) ": state is field 3, starttime field 22.
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf-8').trim();
    return start ? `${boot}/${start}` : null;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
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

/** How long ago, as the lock message's `unit` and `count` (the catalog words it per language). */
function ago(ms: number): { unit: string; count: number } {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 2) return { unit: 'now', count: 0 };
  if (minutes < 120) return { unit: 'minutes', count: minutes };
  const hours = Math.round(minutes / 60);
  return hours < 48 ? { unit: 'hours', count: hours } : { unit: 'days', count: Math.round(hours / 24) };
}

function lockedError(dir: string, owner: LockOwner, me: LockOwner, seen: number | null): IsnadError {
  const values = { dir, by: owner.by, pid: String(owner.pid), host: owner.host, since: owner.since };
  if (owner.host === me.host) return codedError('corpus_locked', 'errors.lock.here', values);
  // A corpus on a shared or synced drive: that computer may have crashed or been switched off.
  if (seen === null) return codedError('corpus_locked', 'errors.lock.elsewhere', values);
  return codedError('corpus_locked', 'errors.lock.elsewhereSeen', { ...values, ...ago(Date.now() - seen) });
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

/**
 * True when a lock from this host belongs to no running Isnad: its pid is dead, or now
 * belongs to another process (a different start time), or, where start times cannot be
 * read, its heartbeat stopped long ago. A lock from another host is never stale by itself:
 * only the user can say that computer is done with it (see breakCorpusLock).
 */
function isStale(owner: LockOwner, me: LockOwner, lastSeenMs: number | null): boolean {
  if (owner.host !== me.host) return false;
  if (!isAlive(owner.pid)) return true;
  if (owner.started) {
    const now = processStarted(owner.pid);
    return now !== null && now !== owner.started;
  }
  return lastSeenMs !== null && Date.now() - lastSeenMs > HEARTBEAT_STALE_MS;
}

async function lastSeen(path: string): Promise<number | null> {
  return stat(path).then(
    (s) => s.mtimeMs,
    () => null,
  );
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
    if (holder ? isStale(holder, me, await lastSeen(guard)) : (await abandonedSince(guard)) !== null) await unlink(guard).catch(() => {});
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

function myIdentity(by: string): LockOwner {
  const started = processStarted(process.pid);
  return { pid: process.pid, host: hostname(), since: new Date().toISOString(), by, ...(started ? { started } : {}) };
}

/**
 * One writer per corpus: an exclusive lock file holding the owner's pid and start time. A
 * lock left by a process that died on this host (or whose pid now belongs to another
 * process) is taken over; a live owner gets a clear refusal, and a lock from another
 * computer names who holds it and since when, and how to take it over.
 */
export async function acquireCorpusLock(dir: string, by: string, file: string = LOCK_FILE): Promise<CorpusLock> {
  const path = join(dir, file);
  await mkdir(dirname(path), { recursive: true });
  const me = myIdentity(by);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await createLock(path, me)) return makeLock(path);
    const owner = await readOwner(path);
    const seen = await lastSeen(path);
    if (owner && !isStale(owner, me, seen)) throw lockedError(dir, owner, me, seen);
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
  throw codedError('corpus_locked', 'errors.lock.held', { dir, path });
}

function makeLock(path: string): CorpusLock {
  let released = false;
  // The heartbeat: a lock whose owner cannot be checked by pid (another OS) shows it is alive.
  const heartbeat = setInterval(() => {
    const now = new Date();
    void utimes(path, now, now).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const releaseSync = () => {
    clearInterval(heartbeat);
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
      clearInterval(heartbeat);
      process.removeListener('exit', releaseSync);
      if (released) return;
      released = true;
      const owner = await readOwner(path);
      if (owner?.pid === process.pid) await unlink(path).catch(() => {});
    },
  };
}

/** Who holds a corpus's lock, for the takeover prompt and `isnad unlock`. */
export interface LockHolder {
  pid: number;
  host: string;
  by: string;
  since: string;
  /** ISO time of the last heartbeat (the lock file's modification time). */
  lastSeen: string | null;
  /** A live process on this computer: never taken over. */
  running: boolean;
  otherHost: boolean;
}

export async function readCorpusLock(dir: string): Promise<LockHolder | null> {
  const path = join(dir, LOCK_FILE);
  const owner = await readOwner(path);
  const seen = await lastSeen(path);
  if (!owner)
    return seen === null
      ? null
      : {
          pid: 0,
          host: '?',
          by: 'unknown (an empty lock file)',
          since: '?',
          lastSeen: new Date(seen).toISOString(),
          running: false,
          otherHost: false,
        };
  const me = myIdentity('');
  const otherHost = owner.host !== me.host;
  return {
    pid: owner.pid,
    host: owner.host,
    by: owner.by,
    since: owner.since,
    lastSeen: seen === null ? null : new Date(seen).toISOString(),
    running: !otherHost && !isStale(owner, me, seen),
    otherHost,
  };
}

/**
 * The user's explicit takeover: removes the lock the user was shown (`seen`), if it is still
 * that lock. A lock held by a live process on this computer is refused: close it there.
 */
export async function breakCorpusLock(dir: string, seen: Pick<LockHolder, 'pid' | 'host' | 'since'>): Promise<void> {
  const now = await readCorpusLock(dir);
  if (!now) return;
  if (now.pid !== seen.pid || now.host !== seen.host || now.since !== seen.since) {
    throw codedError('conflict', 'errors.lock.changed', { dir, by: now.by, host: now.host });
  }
  if (now.running) {
    throw codedError('corpus_locked', 'errors.lock.running', { dir, by: now.by, pid: String(now.pid) });
  }
  await unlink(join(dir, LOCK_FILE)).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}
