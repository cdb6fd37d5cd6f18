import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { type Json, sameJson } from '../../../shared/sync/json';
import { APP_VERSION } from '../version';
import { notJsonFile, writeTextAtomic } from './durable-file';
import { type CorpusPaths, LOCAL_DIR } from './paths';
import { CORPUS_SCHEMA_VERSION, readTracked, versionOf } from './schema';

/**
 * Which rules the record was made under. Checking a file is only worth skipping while the
 * schemas are the ones that passed it: another app version (or a rule change, bump RULES)
 * starts the record afresh.
 */
const RULES = 1;
const FINGERPRINT = `${APP_VERSION}/${CORPUS_SCHEMA_VERSION}/${RULES}`;
/** Saved in the background once this many files were added, so a crash mid-way loses little. */
const SAVE_EVERY = 1_000;

function digest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/**
 * The contents of tracked files (documents, layers) that were already checked against their
 * schema and found canonical (checking them changes nothing), by path: the sha256 of the
 * bytes that passed. Reading such a file again, with the very same bytes, skips the schema
 * check (a 200-annotation layer: ~3 ms and a full copy of every object), which is what made
 * exporting 100,000 annotations slow. Any other bytes, whoever wrote them (a sync, an editor,
 * a hostile copy), are checked again, so a damaged or hostile file is still refused.
 *
 * Kept in memory and in `.isnad/checked.json` (machine-local, derived: deleting it only means
 * every file is checked once more). Readers that may not write (read-only) use the saved
 * record but never save it.
 */
export class CheckedFiles {
  readonly #paths: CorpusPaths;
  readonly #persist: boolean;
  #known = new Map<string, string>();
  #added = 0;
  #saving: Promise<void> = Promise.resolve();

  /** `trustSaved`: the saved record is this machine's own (local-origin.ts); else it is not read. */
  constructor(paths: CorpusPaths, persist: boolean, trustSaved: boolean) {
    this.#paths = paths;
    this.#persist = persist;
    if (!trustSaved) return;
    try {
      const saved = JSON.parse(readFileSync(this.file, 'utf8')) as { fingerprint?: unknown; files?: unknown };
      if (saved.fingerprint === FINGERPRINT && typeof saved.files === 'object' && saved.files !== null) {
        for (const [path, hash] of Object.entries(saved.files)) if (typeof hash === 'string') this.#known.set(path, hash);
      }
    } catch {
      // Missing or damaged: every file is checked once more, nothing else is lost.
    }
  }

  get file(): string {
    return this.#paths.checkedFiles;
  }

  /**
   * A tracked file, parsed and (unless these exact bytes passed before) checked against
   * `schema`; null when it does not exist.
   */
  read<T>(path: string, what: string, schema: z.ZodType<T>): T | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    let raw: unknown;
    const text = bytes.toString('utf8');
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw notJsonFile(path, text, err);
    }
    const key = this.#paths.relative(path);
    const hash = digest(bytes);
    // The version is still read: a file of another schema version is never taken as checked.
    if (this.#known.get(key) === hash && versionOf(what, raw) === CORPUS_SCHEMA_VERSION) return raw as T;
    const parsed = readTracked(what, schema, raw);
    // Only a file the schema leaves as it is (no default filled in, no unknown key dropped)
    // may later be used without it: the answer must be the same either way.
    if (sameJson(parsed as Json, raw as Json)) this.#remember(key, hash);
    return parsed;
  }

  #remember(key: string, hash: string): void {
    if (key.startsWith(`${LOCAL_DIR}/`)) return;
    this.#known.set(key, hash);
    if (++this.#added >= SAVE_EVERY) void this.save().catch(() => {});
  }

  /**
   * The record as JSON (what JSON.stringify of { fingerprint, files } gives), a file at a time:
   * never an object of every path nor one string of the file, which a save every thousand
   * files of an import made afresh each time. Read as it is written: a file checked meanwhile
   * comes in with its newest hash (a path is never listed twice, a Map keeps its place).
   */
  *#json(): Generator<string> {
    yield `{"fingerprint":${JSON.stringify(FINGERPRINT)},"files":{`;
    let first = true;
    for (const [path, hash] of this.#known) {
      yield `${first ? '' : ','}${JSON.stringify(path)}:${JSON.stringify(hash)}`;
      first = false;
    }
    yield '}}';
  }

  /** Writes the record when files were added since the last save (writers only). */
  save(): Promise<void> {
    if (!this.#persist) return Promise.resolve();
    this.#saving = this.#saving
      .catch(() => {})
      .then(async () => {
        if (this.#added === 0) return;
        this.#added = 0;
        await mkdir(dirname(this.file), { recursive: true });
        await writeTextAtomic(this.file, this.#json());
      });
    return this.#saving;
  }
}
