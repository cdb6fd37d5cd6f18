import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { IsnadError } from '../../../shared/errors';

/**
 * What of a corpus folder git tracks. Everything machine-local or derived lives under
 * `.isnad/`; temp files of interrupted atomic writes start with "." and end in ".tmp".
 */
export const GITIGNORE = [
  '# Isnad: machine-local and derived files',
  '.isnad/',
  '.*.tmp',
  '*.tmp',
  'corpus.lock',
  '.DS_Store',
  'Thumbs.db',
  'desktop.ini',
  '',
].join('\n');

/** Names never tracked, wherever they are (mirrors GITIGNORE, so a scan needs no matcher). */
export function isIgnoredName(name: string, atRoot: boolean): boolean {
  if (atRoot && (name === '.git' || name === '.isnad' || name === 'corpus.lock')) return true;
  return name.endsWith('.tmp') || name === '.DS_Store' || name === 'Thumbs.db' || name === 'desktop.ini';
}

/** Where sync keeps its machine-local state. */
export const SYNC_STATE_DIR = join('.isnad', 'sync');

/** Every tracked file of the work tree, as git paths ("documents/d1.json"). */
export async function listTrackedFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(folder: string, prefix: string): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (isIgnoredName(entry.name, prefix === '')) continue;
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(join(folder, entry.name), path);
      else if (entry.isFile()) out.push(path);
    }
  }
  await walk(dir, '');
  return out;
}

/** A remote URL safe to store and show: http(s), no user name or password inside. */
export function checkRemoteUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new IsnadError(
      'invalid_input',
      `"${url}" is not a web address; a remote looks like https://git.example.org/desk/corpus.git`,
      'url',
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new IsnadError(
      'invalid_input',
      `Isnad syncs over HTTP(S) only; "${parsed.protocol}" addresses (ssh, file) are not supported. Use the repository's https:// address.`,
      'url',
    );
  }
  if (parsed.password) {
    throw new IsnadError(
      'invalid_input',
      'The address contains a password or token. Remove it from the address and give the token separately (ISNAD_GIT_TOKEN, or the token field), so it is never stored in the corpus.',
      'url',
    );
  }
  return parsed.toString();
}
