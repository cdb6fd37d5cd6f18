import { existsSync } from 'node:fs';
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import { DurableJSONFile, writeFileAtomic } from './durable-file';
import { type CorpusPaths, GITIGNORE_TEXT } from './paths';
import { CheckedFiles } from './checked-files';
import { CORPUS_SCHEMA_VERSION, DocumentFile, readTracked } from './schema';
import { stableJson } from '../../../shared/domain/stable-json';
import { codedError } from '../../../shared/error-text';

/**
 * Reads and writes the tracked files (what git shares): each write is atomic and
 * pretty-printed in a fixed key order, and is reported to `written` so sync knows which
 * files changed.
 */
export class CorpusFiles {
  readonly paths: CorpusPaths;
  readonly #written: (path: string) => void;
  readonly #made = new Set<string>();
  /** File contents already checked against their schema (checked-files.ts). */
  readonly checked: CheckedFiles;

  /**
   * `persist`: this process writes the corpus, so it may save what it checked. `trustSaved`:
   * `.isnad/` was made on this machine, so the saved record may be used (local-origin.ts).
   */
  constructor(paths: CorpusPaths, written: (path: string) => void, persist = false, trustSaved = false) {
    this.paths = paths;
    this.#written = written;
    this.checked = new CheckedFiles(paths, persist, trustSaved);
  }

  async ensureFolder(folder: string): Promise<void> {
    if (this.#made.has(folder)) return;
    await mkdir(folder, { recursive: true });
    this.#made.add(folder);
  }

  async writeJson(path: string, value: unknown): Promise<void> {
    await this.writeText(path, stableJson(value));
  }

  async writeText(path: string, text: string): Promise<void> {
    await this.ensureFolder(dirname(path));
    await writeFileAtomic(path, text);
    this.#written(path);
  }

  /** The work tree's .gitignore, written once: `.isnad/` and temp files stay out of git. */
  async ensureGitignore(): Promise<void> {
    if (!existsSync(this.paths.gitignore)) await this.writeText(this.paths.gitignore, GITIGNORE_TEXT);
  }

  async remove(path: string): Promise<void> {
    try {
      await unlink(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    this.#written(path);
  }

  readDocument(id: string): DocumentFile | null {
    const doc = this.checked.read(this.paths.document(id), `documents/${id}.json`, DocumentFile);
    if (doc === null) return null;
    if (doc.id !== id) throw codedError('corrupt_data', 'errors.store.wrongDocument', { id, other: doc.id });
    return doc;
  }

  writeDocument(doc: DocumentFile): Promise<void> {
    return this.writeJson(this.paths.document(doc.id), { ...doc, schemaVersion: CORPUS_SCHEMA_VERSION });
  }

  async documentIds(): Promise<string[]> {
    return jsonNames(this.paths.documentsDir);
  }
}

/** The names (without .json) of a folder's JSON files, skipping hidden ones (temp files); none when it is missing. */
export async function jsonNames(folder: string): Promise<string[]> {
  return (await readdir(folder).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    .map((n) => n.slice(0, -'.json'.length));
}

/** Leftovers of atomic writes interrupted by a crash; the real files are intact beside them. */
export async function removeTempFiles(folder: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') && name.endsWith('.tmp')) await unlink(join(folder, name)).catch(() => {});
  }
}

/**
 * A tracked list file (the speaker registry, my sessions): in memory for reading, changed on
 * a copy and written durably before the change is visible, so a refused change or a failed
 * write leaves memory and disk as they were.
 */
export class TrackedList<T> {
  readonly #files: CorpusFiles;
  readonly #path: () => string;
  readonly #key: string;
  readonly #header: () => Record<string, unknown>;
  #items: T[];

  constructor(files: CorpusFiles, options: { path: () => string; key: string; header: () => Record<string, unknown>; items: T[] }) {
    this.#files = files;
    this.#path = options.path;
    this.#key = options.key;
    this.#header = options.header;
    this.#items = options.items;
  }

  /** Not copied: replaced on change, never changed in place. */
  get items(): ReadonlyArray<Readonly<T>> {
    return this.#items;
  }

  /** `change` edits a draft in place or returns the new list. */
  async update(change: (draft: T[]) => T[] | void): Promise<void> {
    const draft = structuredClone(this.#items);
    const next = change(draft) ?? draft;
    await this.#files.writeJson(this.#path(), { schemaVersion: CORPUS_SCHEMA_VERSION, ...this.#header(), [this.#key]: next });
    this.#items = next;
  }

  replace(items: T[]): void {
    this.#items = items;
  }
}

/** A tracked list file's items, or none when the file does not exist yet. */
export function readList<T>(path: string, what: string, schema: z.ZodType<Record<string, unknown>>, key: string): T[] {
  const raw = new DurableJSONFile<unknown>(path).readNow();
  if (raw === null) return [];
  return readTracked(what, schema, raw)[key] as T[];
}
