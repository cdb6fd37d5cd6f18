import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { codedError } from '../../../shared/error-text';

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
    throw codedError('invalid_input', 'errors.sync.notWebAddress', { url }, 'url');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw codedError('invalid_input', 'errors.sync.httpOnly', { protocol: parsed.protocol }, 'url');
  }
  if (parsed.password) {
    throw codedError('invalid_input', 'errors.sync.secretInUrl', undefined, 'url');
  }
  return parsed.toString();
}
