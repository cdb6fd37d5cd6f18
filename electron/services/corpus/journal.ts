import { readFileSync } from 'node:fs';
import { open, truncate, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './durable-file';
import { JournalEntry, parseStored } from './schema';
import { codedError } from '../../../shared/error-text';

/**
 * A layer's journal: one JSON line per acknowledged edit, appended and datasync'd before
 * the edit is acknowledged, so an edit costs one small append instead of rewriting the
 * layer. Compaction folds the lines into the layer file and drops them.
 */
export interface JournalContent {
  entries: JournalEntry[];
  /** Raw bytes of each entry's line, newline included, for rewriting without reserializing. */
  lines: Buffer[];
  /** Bytes of the complete, valid lines; anything after them is a torn last line. */
  goodBytes: number;
  torn: boolean;
}

const NEWLINE = 0x0a;

/**
 * Splits a journal into entries. A last line without its newline, or one that is not JSON,
 * was never acknowledged (the process died mid-append) and is dropped; damage anywhere
 * else is reported as corrupt, never guessed at.
 */
export function parseJournal(what: string, bytes: Buffer): JournalContent {
  const entries: JournalEntry[] = [];
  const lines: Buffer[] = [];
  let at = 0;
  let lineNumber = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf(NEWLINE, at);
    lineNumber++;
    if (end < 0) return { entries, lines, goodBytes: at, torn: true };
    const line = bytes.subarray(at, end + 1);
    let raw: unknown;
    try {
      raw = JSON.parse(line.toString('utf8'));
    } catch {
      if (end + 1 === bytes.length) return { entries, lines, goodBytes: at, torn: true };
      throw codedError('corrupt_data', 'errors.store.journalDamaged', { what, line: lineNumber });
    }
    entries.push(parseStored(`${what} line ${lineNumber}`, JournalEntry, raw));
    lines.push(line);
    at = end + 1;
  }
  return { entries, lines, goodBytes: at, torn: false };
}

export async function readJournal(path: string, what: string): Promise<JournalContent | null> {
  let bytes: Buffer;
  try {
    // At once, not through the thread pool: most layers have no journal, and a promise that
    // fails with ENOENT costs several round trips; an export reads five hundred layers.
    bytes = readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  return parseJournal(what, bytes);
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Appends one entry and datasyncs it. If the write fails part-way (a full disk), the file
 * is cut back to where it was, so no torn line is left for the next append to follow; if
 * even that fails, the error says so and the caller must reload the layer (which drops a
 * torn last line) before writing again.
 */
export async function appendJournal(path: string, entry: JournalEntry): Promise<void> {
  const line = `${JSON.stringify(entry)}\n`;
  const handle = await open(path, 'a');
  try {
    const { size } = await handle.stat();
    try {
      await handle.writeFile(line);
      await handle.datasync();
    } catch (err) {
      await handle.truncate(size).catch(() => {});
      throw err;
    }
    // A new journal's name must survive a power cut as well as its first line.
    if (size === 0) await syncFolder(dirname(path));
  } finally {
    await handle.close();
  }
}

/** Cuts a torn last line off, before the writer appends after it. */
export async function cutTornTail(path: string, goodBytes: number): Promise<void> {
  await truncate(path, goodBytes);
}

/**
 * Drops the lines compaction has folded into the layer file (revision ≤ `through`). Call
 * with the layer's writes held: it rewrites the journal and must not race an append.
 */
export async function dropThrough(path: string, what: string, through: number): Promise<number> {
  const journal = await readJournal(path, what);
  if (!journal) return 0;
  const kept = journal.lines.filter((_, i) => (journal.entries[i] as JournalEntry).revision > through);
  if (kept.length === 0) {
    await unlink(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  } else if (kept.length < journal.lines.length || journal.torn) {
    await writeFileAtomic(path, Buffer.concat(kept));
  }
  return kept.length;
}
