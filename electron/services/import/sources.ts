import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportProblem } from '../../../shared/import/problems';
import type { FieldMapping } from '../../../shared/import/records';

/** One thing to import: a file (on disk or uploaded and staged) or pasted text. */
export type ImportSource =
  | {
      kind: 'file';
      name: string;
      /** Known size in bytes, checked against the limit before reading. */
      size?: number;
      read(): Promise<Uint8Array>;
      mapping?: FieldMapping;
      /** Echoed in the report so the UI can find its own copy of the file again. */
      key?: string;
      /** Read it with OCR if it is a scan (the user asked, from the import report). */
      ocr?: boolean;
    }
  | { kind: 'text'; name: string; title?: string; text: string }
  /** Known before reading that it will not be imported (hidden file, unreadable folder…). */
  | { kind: 'set-aside'; name: string; status: 'failed' | 'skipped'; problem: ImportProblem; key?: string };

function fsProblem(err: unknown, what: 'file' | 'folder'): ImportProblem {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ImportProblem('unreadable', `no such file or folder`);
  if (code === 'EACCES' || code === 'EPERM') return new ImportProblem('unreadable', `permission denied: the ${what} cannot be read`);
  if (code === 'EISDIR') return new ImportProblem('unreadable', 'this is a folder, not a file');
  return new ImportProblem('unreadable', `the ${what} cannot be read (${(err as Error).message})`);
}

export function fileOnDisk(path: string, size?: number, mapping?: FieldMapping): ImportSource {
  return {
    kind: 'file',
    name: path,
    ...(size === undefined ? {} : { size }),
    ...(mapping ? { mapping } : {}),
    async read() {
      try {
        return await readFile(path);
      } catch (err) {
        throw fsProblem(err, 'file');
      }
    },
  };
}

async function walk(folder: string, out: ImportSource[], mapping: FieldMapping | undefined): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    out.push({ kind: 'set-aside', name: folder, status: 'failed', problem: fsProblem(err, 'folder') });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith('.')) {
      out.push({ kind: 'set-aside', name: path, status: 'skipped', problem: new ImportProblem('unsupported', 'hidden file or folder, not imported') });
    } else if (entry.isDirectory()) {
      await walk(path, out, mapping);
    } else if (entry.isSymbolicLink()) {
      // Links are followed to files only: a link to a folder could loop back on itself.
      const target = await stat(path).catch(() => null);
      if (target?.isFile()) out.push(fileOnDisk(path, target.size, mapping));
      else out.push({ kind: 'set-aside', name: path, status: 'skipped', problem: new ImportProblem('unsupported', 'a link to a folder (or a broken link), not followed') });
    } else if (entry.isFile()) {
      const size = await stat(path).then((s) => s.size).catch(() => undefined);
      out.push(fileOnDisk(path, size, mapping));
    }
  }
}

/** Files and folders named on a command line or in a desktop dialog; folders are walked recursively. */
export async function sourcesFromPaths(paths: string[], mapping?: FieldMapping): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await lstat(path).then((l) => (l.isSymbolicLink() ? stat(path) : l));
    } catch (err) {
      out.push({ kind: 'set-aside', name: path, status: 'failed', problem: fsProblem(err, 'file') });
      continue;
    }
    if (info.isDirectory()) await walk(path, out, mapping);
    else out.push(fileOnDisk(path, info.size, mapping));
  }
  return out;
}

export function pastedText(text: string, title?: string): ImportSource {
  return { kind: 'text', name: 'Pasted text', text, ...(title?.trim() ? { title: title.trim() } : {}) };
}
