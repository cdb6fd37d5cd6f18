import { type Stats, constants } from 'node:fs';
import { lstat, open, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { ImportProblem } from '../../../shared/import/problems';
import type { FieldMapping } from '../../../shared/import/records';
import { type ErrorMessageId, importProblem } from '../../../shared/error-text';
import type { ErrorValues } from '../../../shared/errors';

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

export interface WalkOptions {
  mapping?: FieldMapping;
  /** Follow links that lead out of the chosen folder (`--follow-links`); never by default. */
  followLinks?: boolean;
}

function fsProblem(err: unknown, what: 'file' | 'folder'): ImportProblem {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return importProblem('unreadable', 'errors.import.noSuchFile');
  if (code === 'EACCES' || code === 'EPERM') return importProblem('unreadable', 'errors.import.permissionDenied', { what });
  if (code === 'EISDIR') return importProblem('unreadable', 'errors.import.isFolder');
  return importProblem('unreadable', 'errors.import.cannotRead', { what, detail: (err as Error).message });
}

/** What a file system entry that is not a regular file is (the messages name it); null for a file. */
export type SpecialKind = 'folder' | 'characterDevice' | 'blockDevice' | 'fifo' | 'socket' | 'link' | 'other';

export function specialKind(info: Stats): SpecialKind | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'folder';
  if (info.isCharacterDevice()) return 'characterDevice';
  if (info.isBlockDevice()) return 'blockDevice';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isSymbolicLink()) return 'link';
  return 'other';
}

// Non-blocking, so a file swapped for a pipe after it was listed cannot hang the import.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * A file on disk, read when its turn comes. A class, so its `read` is one method on the
 * prototype instead of a closure (and its scope) per file: a folder of 10,000 files keeps
 * 10,000 sources for the whole import.
 */
class FileOnDisk {
  readonly kind = 'file';
  readonly name: string;
  // Declared only: set when given, so a file without them has no such fields at all (as before).
  declare readonly size?: number;
  declare readonly mapping?: FieldMapping;
  declare readonly key?: string;
  declare readonly ocr?: boolean;
  readonly #path: string;

  constructor(path: string, shown: FileShown) {
    this.name = shown.name ?? path;
    this.#path = path;
    if (shown.size !== undefined) this.size = shown.size;
    if (shown.mapping) this.mapping = shown.mapping;
    if (shown.key !== undefined) this.key = shown.key;
    if (shown.ocr) this.ocr = true;
  }

  async read(): Promise<Uint8Array> {
    let handle;
    try {
      handle = await open(this.#path, READ_FLAGS);
    } catch (err) {
      throw fsProblem(err, 'file');
    }
    try {
      const info = await handle.stat();
      const special = specialKind(info);
      if (special) throw importProblem('unsupported', 'errors.import.special', { kind: special });
      return await handle.readFile();
    } catch (err) {
      throw err instanceof ImportProblem ? err : fsProblem(err, 'file');
    } finally {
      await handle.close();
    }
  }
}

/** How a file on disk is shown and read: its name in the report (the path by default), size, mapping… */
export interface FileShown {
  name?: string;
  size?: number;
  mapping?: FieldMapping;
  key?: string;
  ocr?: boolean;
}

export function fileOnDisk(path: string, shown: FileShown = {}): ImportSource {
  return new FileOnDisk(path, shown);
}

function skipped(name: string, id: ErrorMessageId, values?: ErrorValues): ImportSource {
  return { kind: 'set-aside', name, status: 'skipped', problem: importProblem('unsupported', id, values) };
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

interface Walk {
  root: string;
  options: WalkOptions;
  /** Real paths of folders already walked, so followed links cannot loop. */
  seen: Set<string>;
  out: ImportSource[];
}

/** A link inside the chosen folder: followed to files in it, named exactly otherwise. */
async function linkEntry(path: string, walk: Walk, shownAs: string): Promise<void> {
  const target = await readlink(path).catch(() => '?');
  const real = await realpath(path).catch(() => null);
  const info = real ? await stat(real).catch(() => null) : null;
  if (!real || !info) return void walk.out.push(skipped(shownAs, 'errors.import.brokenLink', { target }));
  if (!walk.options.followLinks && !inside(walk.root, real)) {
    return void walk.out.push(skipped(shownAs, 'errors.import.linkOutside', { target: real }));
  }
  const special = specialKind(info);
  if (info.isDirectory()) {
    if (walk.options.followLinks) return walkFolder(real, walk, shownAs);
    return void walk.out.push(skipped(shownAs, 'errors.import.linkToFolder', { target: real }));
  }
  if (special) return void walk.out.push(skipped(shownAs, 'errors.import.specialLink', { kind: special, target: real }));
  walk.out.push(fileOnDisk(path, { name: shownAs, size: info.size, mapping: walk.options.mapping }));
}

async function walkFolder(folder: string, walk: Walk, shownAs = folder): Promise<void> {
  const real = await realpath(folder).catch(() => folder);
  if (walk.seen.has(real)) return void walk.out.push(skipped(shownAs, 'errors.import.linkLoop'));
  walk.seen.add(real);
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    walk.out.push({ kind: 'set-aside', name: shownAs, status: 'failed', problem: fsProblem(err, 'folder') });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(shownAs, entry.name);
    // One string when the folder is shown as it is on disk (no link on the way): each is kept for the whole import.
    const onDisk = shownAs === folder ? path : join(folder, entry.name);
    if (entry.name.startsWith('.')) {
      walk.out.push(skipped(path, 'errors.import.hidden'));
    } else if (entry.isDirectory()) {
      await walkFolder(onDisk, walk, path);
    } else if (entry.isSymbolicLink()) {
      await linkEntry(onDisk, walk, path);
    } else if (entry.isFile()) {
      const size = await stat(onDisk)
        .then((s) => s.size)
        .catch(() => undefined);
      walk.out.push(fileOnDisk(onDisk, { name: path, size, mapping: walk.options.mapping }));
    } else {
      const info = await lstat(onDisk).catch(() => null);
      walk.out.push(skipped(path, 'errors.import.specialEntry', { kind: (info && specialKind(info)) || 'other' }));
    }
  }
}

/**
 * Files and folders named on a command line or in a desktop dialog; folders are walked
 * recursively. A path named on its own is taken as named (a link to a file is read), but
 * inside a folder, links that lead out of it are not followed unless asked, and devices,
 * pipes and sockets are named and left alone: reading /dev/zero or a pipe never ends.
 */
export async function sourcesFromPaths(paths: string[], options: WalkOptions = {}): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      out.push({ kind: 'set-aside', name: path, status: 'failed', problem: fsProblem(err, 'file') });
      continue;
    }
    if (info.isDirectory()) {
      await walkFolder(path, { root: await realpath(path).catch(() => path), options, seen: new Set(), out });
      continue;
    }
    const special = specialKind(info);
    if (special)
      out.push({
        kind: 'set-aside',
        name: path,
        status: 'failed',
        problem: importProblem('unsupported', 'errors.import.special', { kind: special }),
      });
    else out.push(fileOnDisk(path, { size: info.size, mapping: options.mapping }));
  }
  return out;
}

export function pastedText(text: string, title?: string): ImportSource {
  return { kind: 'text', name: 'Pasted text', text, ...(title?.trim() ? { title: title.trim() } : {}) };
}
