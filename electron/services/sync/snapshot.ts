import { createHash } from 'node:crypto';
import { type Stats, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gitFs } from './git-fs';
import { SYNC_STATE_DIR, listTrackedFiles } from './layout';

/**
 * Isnad's own record of the work tree as last committed: per tracked path, the blob it
 * matches and the file's stat when it was seen to match. A sync stats the files (cheap)
 * and reads and hashes only those whose stat moved, instead of hashing 20,000 files.
 * Like git's index, a file modified within RACY_MS of the snapshot is hashed again next
 * time: its stat alone cannot prove that a later write in the same tick did not happen.
 */
export interface SnapshotEntry {
  oid: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

const RACY_MS = 2_000;
const FILE = 'snapshot.json';
/** Files stated between two yields to the event loop. */
const STAT_BATCH = 1_000;

/**
 * Stats many files. statSync costs a third of the CPU of fs.promises.stat per file (20,000
 * files: ~0.2 s against ~0.7 s), which counts on a shared machine; the event loop gets a
 * turn between batches so IPC stays answered.
 */
async function statAll(dir: string, paths: readonly string[], each: (path: string, s: Stats | undefined) => void): Promise<void> {
  for (let i = 0; i < paths.length; i += STAT_BATCH) {
    for (const p of paths.slice(i, i + STAT_BATCH)) each(p, statSync(join(dir, p), { throwIfNoEntry: false }));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export function blobOid(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

export class Snapshot {
  constructor(
    readonly entries: Map<string, SnapshotEntry> = new Map(),
    public takenAt = Date.now(),
  ) {}

  static async load(dir: string): Promise<Snapshot | null> {
    let raw: string;
    try {
      raw = await readFile(join(dir, SYNC_STATE_DIR, FILE), 'utf8');
    } catch {
      return null;
    }
    try {
      const data = JSON.parse(raw) as { v: number; takenAt: number; e: Array<[string, string, number, number, number]> };
      if (data.v !== 1) return null;
      return new Snapshot(new Map(data.e.map(([p, oid, size, mtimeMs, ino]) => [p, { oid, size, mtimeMs, ino }])), data.takenAt);
    } catch {
      // Derived data: a damaged snapshot only costs one full hash of the work tree.
      return null;
    }
  }

  async save(dir: string): Promise<void> {
    this.takenAt = Date.now();
    const e = [...this.entries].map(([p, x]) => [p, x.oid, x.size, x.mtimeMs, x.ino]);
    await mkdir(join(dir, SYNC_STATE_DIR), { recursive: true });
    // Atomic but not fsync'd: derived data, and a stale snapshot only makes the next sync read more.
    await gitFs.promises.writeFile(join(dir, SYNC_STATE_DIR, FILE), JSON.stringify({ v: 1, takenAt: this.takenAt, e }));
  }

  /** Records that `path` now holds blob `oid`; without a stat the file is hashed again next scan. */
  set(path: string, oid: string, stats?: { size: number; mtimeMs: number; ino: number }): void {
    this.entries.set(path, { oid, size: stats?.size ?? -1, mtimeMs: stats?.mtimeMs ?? 0, ino: stats?.ino ?? 0 });
  }

  /** Records stat of files known to hold `oid` (after a checkout or a write). */
  async record(dir: string, files: Map<string, string>): Promise<void> {
    await statAll(dir, [...files.keys()], (p, s) => {
      if (s) this.set(p, files.get(p) as string, s);
      else this.entries.delete(p);
    });
  }
}

export interface WorkTreeChanges {
  /** Changed or new files with their content and blob id. */
  changed: Map<string, { oid: string; content: Buffer }>;
  /** Files in the snapshot that are gone from the work tree. */
  deleted: string[];
  /** Stat of every file seen, to refresh the snapshot after committing. */
  stats: Map<string, { size: number; mtimeMs: number; ino: number }>;
}

/**
 * Compares the work tree against the snapshot; reads only files whose stat moved. With
 * `only`, looks at those paths alone (the store's list of files it wrote since the last
 * sync) instead of listing and stating the whole tree.
 */
export async function scanWorkTree(dir: string, snapshot: Snapshot, only?: readonly string[]): Promise<WorkTreeChanges> {
  const paths = only ? [...only] : await listTrackedFiles(dir);
  const changed = new Map<string, { oid: string; content: Buffer }>();
  const stats = new Map<string, { size: number; mtimeMs: number; ino: number }>();
  const racyAfter = snapshot.takenAt - RACY_MS;
  const toRead: string[] = [];
  await statAll(dir, paths, (p, s) => {
    if (!s) return;
    stats.set(p, { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino });
    const known = snapshot.entries.get(p);
    const clean = known && known.size === s.size && known.mtimeMs === s.mtimeMs && known.ino === s.ino && s.mtimeMs < racyAfter;
    if (!clean) toRead.push(p);
  });
  for (let i = 0; i < toRead.length; i += 64) {
    const batch = toRead.slice(i, i + 64);
    const contents = await Promise.all(batch.map((p) => readFile(join(dir, p)).catch(() => null)));
    batch.forEach((p, j) => {
      const content = contents[j];
      if (!content) return;
      const oid = blobOid(content);
      if (oid !== snapshot.entries.get(p)?.oid) changed.set(p, { oid, content });
    });
  }
  const deleted = (only ?? [...snapshot.entries.keys()]).filter((p) => snapshot.entries.has(p) && !stats.has(p));
  return { changed, deleted, stats };
}
