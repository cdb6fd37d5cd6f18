import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { userDataDir } from '../paths';
import { writeFileAtomic } from './durable-file';
import type { CorpusPaths } from './paths';

/**
 * Some of `.isnad/` is trusted without being checked again: `checked.json` lets a read skip
 * the schema check, a saved payload is served without reading the files it came from, the
 * summaries and the search index stand for files nobody re-reads. That is only safe for a
 * folder this machine wrote. A corpus folder received by copy, zip or a synced drive brings
 * its `.isnad/` along, and a hostile one could pass damaged files through those shortcuts.
 *
 * So `.isnad/origin` holds an HMAC, under a secret key kept outside every corpus (this user's
 * app data, mode 0600), of the identity of the `.isnad` folder itself (device and inode). A
 * copy, an unzip or a round trip through someone else gets a new folder, so the proof fails;
 * without the key nobody can make a new one. A writer that finds no valid proof removes the
 * derived caches (the state of a fresh clone: everything is rebuilt from the tracked files,
 * which are checked as they are read) and then writes its proof. A reader that finds none
 * leaves the folder alone and ignores those caches.
 */

const ORIGIN_FORMAT = 'isnad-local-origin/1';
const KEY_BYTES = 32;

/** The derived caches a folder from elsewhere may not keep (journals, the lock and settings are checked on read). */
function derivedCaches(paths: CorpusPaths): string[] {
  return [paths.checkedFiles, paths.payloadsDir, paths.search, paths.summariesDir];
}

/** Where the key lives: ISNAD_MACHINE_KEY (tests, portable installs), else beside the app's own data. */
export function machineKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.ISNAD_MACHINE_KEY || join(userDataDir(env), 'machine-key');
}

let sessionKey: Buffer | null = null;

function readKey(file: string): Buffer | null {
  try {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
    return key.length === KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

/**
 * This user's key, made on first use (a damaged one is replaced: that only costs one rebuild
 * of each corpus's caches). When it can be neither read nor made (a read-only home), a key
 * for this process only is used: caches then never outlive the process, which costs speed,
 * never safety.
 */
export function machineKey(file = machineKeyFile()): Buffer {
  const known = readKey(file);
  if (known) return known;
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed over: of two processes making it at once, the last rename
    // wins and both read the winner's below.
    const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, randomBytes(KEY_BYTES).toString('base64url'), { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    // Not writable: the process's own key below.
  }
  const made = readKey(file);
  if (made) return made;
  sessionKey ??= randomBytes(KEY_BYTES);
  return sessionKey;
}

async function proofFor(paths: CorpusPaths, key: Buffer): Promise<Buffer | null> {
  const folder = await stat(paths.local, { bigint: true }).catch(() => null);
  if (!folder) return null;
  return createHmac('sha256', key).update(`${ORIGIN_FORMAT}\n${folder.dev}\n${folder.ino}`).digest();
}

/** True when `.isnad/` carries this machine's proof for this very folder. */
export async function localFolderIsOurs(paths: CorpusPaths, key = machineKey()): Promise<boolean> {
  return proofMatches(paths, await proofFor(paths, key));
}

async function proofMatches(paths: CorpusPaths, expected: Buffer | null): Promise<boolean> {
  if (!expected) return false;
  const saved = await readFile(paths.localOrigin, 'utf8').catch(() => '');
  const [format, mac] = saved.trim().split(' ');
  if (format !== ORIGIN_FORMAT || !mac) return false;
  const given = Buffer.from(mac, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * For the writer, under the lock and before anything reads `.isnad/`: a folder that is not
 * ours loses its derived caches and gets our proof. Returns whether anything was removed.
 *
 * The copy's "who annotates here" (`.isnad/annotator.json`) goes too: in a folder received
 * from a colleague it names the colleague, and keeping it would file this journalist's edits
 * in the colleague's layer. Without it the app asks who is annotating; giving the same email
 * as before (a folder moved to another disk) finds that person's layer again by its owner.
 */
export async function claimLocalFolder(paths: CorpusPaths, log: (message: string) => void, key = machineKey()): Promise<boolean> {
  const proof = await proofFor(paths, key);
  if (await proofMatches(paths, proof)) return false;
  const removed: string[] = [];
  for (const cache of [...derivedCaches(paths), paths.localAnnotator]) {
    if (await stat(cache).catch(() => null)) {
      await rm(cache, { recursive: true, force: true });
      removed.push(paths.relative(cache));
    }
  }
  if (removed.length > 0) {
    log(
      `isnad: ${paths.local} was not made on this machine; what it kept for its maker (${removed.join(', ')}) was removed: caches are rebuilt from the corpus files, and the app asks who is annotating`,
    );
  }
  if (proof) await writeFileAtomic(paths.localOrigin, `${ORIGIN_FORMAT} ${proof.toString('base64url')}\n`);
  return removed.length > 0;
}
