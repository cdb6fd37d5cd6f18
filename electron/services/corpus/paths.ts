import { join, relative, sep } from 'node:path';
import { CURATED_LAYER } from '../../../shared/domain/annotator';

/**
 * Every file name of the corpus layout (docs/STORAGE.md), in one place. Tracked files are
 * what a colleague needs (git work tree); everything under `.isnad/` is machine-local,
 * derived or transient, and ignored by git.
 */
export const CORPUS_FILE = 'corpus.json';
export const SPEAKERS_FILE = 'speakers.json';
export const DOCUMENTS_DIR = 'documents';
export const LAYERS_DIR = 'layers';
export const VERSIONS_DIR = 'versions';
/** The layer only adjudication writes; never an annotator id (those end in -hex). */
export const CURATED = CURATED_LAYER;
export const LOCAL_DIR = '.isnad';
export const GITIGNORE = '.gitignore';
/** What `.gitignore` holds: the machine-local folder and interrupted atomic writes. */
export const GITIGNORE_TEXT = '.isnad/\n.*.tmp\n';
/** Version 1 kept its lock beside corpus.json. */
export const V1_LOCK_FILE = 'corpus.lock';
export const SUMMARY_SHARDS = 64;

/** Answers `relative` remembers: more than the files an import has in flight, whose searching lags a little. */
const RECENT_PATHS = 256;

export class CorpusPaths {
  constructor(readonly dir: string) {}

  get corpusFile(): string {
    return join(this.dir, CORPUS_FILE);
  }
  get speakersFile(): string {
    return join(this.dir, SPEAKERS_FILE);
  }
  get gitignore(): string {
    return join(this.dir, GITIGNORE);
  }
  get documentsDir(): string {
    return join(this.dir, DOCUMENTS_DIR);
  }
  document(id: string): string {
    return join(this.dir, DOCUMENTS_DIR, `${id}.json`);
  }
  get layersDir(): string {
    return join(this.dir, LAYERS_DIR);
  }
  layerDir(annotator: string): string {
    return join(this.dir, LAYERS_DIR, annotator);
  }
  layer(annotator: string, documentId: string): string {
    return join(this.dir, LAYERS_DIR, annotator, `${documentId}.json`);
  }
  /** The tracked copy of who owns a layer: {id, name, email}. */
  layerAnnotator(annotator: string): string {
    return join(this.dir, LAYERS_DIR, annotator, 'annotator.json');
  }
  sessions(annotator: string): string {
    return join(this.dir, LAYERS_DIR, annotator, 'sessions.json');
  }
  /** The document a file in a layer folder is the layer of; null for the folder's other files (owner, sessions). */
  layerDocumentId(fileName: string): string | null {
    if (!fileName.endsWith('.json') || fileName === 'annotator.json' || fileName === 'sessions.json') return null;
    return fileName.slice(0, -'.json'.length);
  }

  /** Earlier versions of a document's text, and the annotations no version could place. */
  versionsDir(documentId: string): string {
    return join(this.dir, VERSIONS_DIR, documentId);
  }
  version(documentId: string, version: number): string {
    return join(this.dir, VERSIONS_DIR, documentId, `${version}.json`);
  }
  orphans(documentId: string, annotator: string): string {
    return join(this.dir, VERSIONS_DIR, documentId, 'orphans', `${annotator}.json`);
  }
  /** A new version being written: every file it will write, so an open after a crash finishes it. */
  get pendingVersionsDir(): string {
    return join(this.dir, LOCAL_DIR, 'versions-pending');
  }
  pendingVersion(documentId: string): string {
    return join(this.dir, LOCAL_DIR, 'versions-pending', `${documentId}.json`);
  }

  get local(): string {
    return join(this.dir, LOCAL_DIR);
  }
  /** Who "me" is on this copy. */
  get localAnnotator(): string {
    return join(this.dir, LOCAL_DIR, 'annotator.json');
  }
  /** The interface language and digits chosen on this copy (interface-settings.ts). */
  get interfaceSettings(): string {
    return join(this.dir, LOCAL_DIR, 'interface.json');
  }
  /** Proof that `.isnad/` was made here, by this user on this machine (local-origin.ts). */
  get localOrigin(): string {
    return join(this.dir, LOCAL_DIR, 'origin');
  }
  /** Tracked files already checked against their schema (checked-files.ts). */
  get checkedFiles(): string {
    return join(this.dir, LOCAL_DIR, 'checked.json');
  }
  /** getDocument's answers saved as bytes (document-payload.ts). */
  get payloadsDir(): string {
    return join(this.dir, LOCAL_DIR, 'payloads');
  }
  get summariesDir(): string {
    return join(this.dir, LOCAL_DIR, 'summaries');
  }
  summaryShard(shard: number): string {
    return join(this.dir, LOCAL_DIR, 'summaries', `${shard.toString(16).padStart(2, '0')}.json`);
  }
  get summaryState(): string {
    return join(this.dir, LOCAL_DIR, 'summaries', 'state.json');
  }
  journalDir(annotator: string): string {
    return join(this.dir, LOCAL_DIR, 'journal', annotator);
  }
  journal(annotator: string, documentId: string): string {
    return join(this.dir, LOCAL_DIR, 'journal', annotator, `${documentId}.jsonl`);
  }
  /** The document a file in a journal folder holds edits of; null for anything else there. */
  journalDocumentId(fileName: string): string | null {
    return fileName.endsWith('.jsonl') ? fileName.slice(0, -'.jsonl'.length) : null;
  }
  /** The search index's folder (derived, rebuilt when missing). */
  get search(): string {
    return join(this.dir, LOCAL_DIR, 'search');
  }
  get sync(): string {
    return join(this.dir, LOCAL_DIR, 'sync');
  }
  /** Tracked files written since sync last took them (tracked-changes.ts). */
  get trackedChanges(): string {
    return join(this.dir, LOCAL_DIR, 'sync', 'changed.json');
  }

  /** The latest answers of `relative`, oldest first. */
  readonly #recent = new Map<string, string>();

  /**
   * A path inside the corpus as git names it: relative, with forward slashes. A path asked
   * again soon gets the very same string: a document the store writes is recorded as changed
   * and then read back by the search index, which records it as checked, and both records
   * keep it for the whole session (10,000 documents: half a megabyte for a second copy, issue 18).
   */
  relative(path: string): string {
    let answer = this.#recent.get(path);
    if (answer === undefined) {
      answer = relative(this.dir, path).split(sep).join('/');
      if (this.#recent.size >= RECENT_PATHS) this.#recent.delete(this.#recent.keys().next().value as string);
      this.#recent.set(path, answer);
    }
    return answer;
  }
}

/** The search index's folder for a corpus folder; the one place search learns where it lives. */
export function searchDir(corpusDir: string): string {
  return new CorpusPaths(corpusDir).search;
}
