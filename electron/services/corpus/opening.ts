import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { IsnadError } from '../../../shared/errors';
import type { FactCheckSession } from '../../../shared/domain/session';
import type { RegistrySpeaker } from '../../../shared/domain/speaker';
import { AnnotationWrites, type CompactionPolicy, DEFAULT_COMPACTION } from './annotation-writes';
import {
  type AnnotatorInput,
  type LocalAnnotator,
  currentAnnotator,
  layerOwners,
  newLocalAnnotator,
  readLocalAnnotator,
} from './annotator';
import { CorpusFiles, TrackedList, readList, removeTempFiles } from './corpus-files';
import { DocumentCache } from './document-cache';
import { DurableJSONFile } from './durable-file';
import type { StoreEvent } from './events';
import { KeyedMutex } from './keyed-mutex';
import { emptyLayer } from './layer-state';
import { claimLocalFolder, localFolderIsOurs } from './local-origin';
import { type CorpusLock, acquireCorpusLock } from './lock';
import { clearV1Lock, migrateFromV1 } from './migration';
import {
  CORPUS_FILE,
  CURATED,
  CorpusPaths,
  DOCUMENTS_DIR,
  GITIGNORE,
  LAYERS_DIR,
  SPEAKERS_FILE,
  V1_LOCK_FILE,
  VERSIONS_DIR,
} from './paths';
import { finishPendingVersions } from './version-files';
import { CORPUS_FORMAT, CORPUS_SCHEMA_VERSION, type CorpusFile, SessionsFile, SpeakersFile, readCorpusFile } from './schema';
import { SummaryIndex, changedSince, journaledIds } from './summaries';
import { summarize } from './summary';
import { TrackedChanges } from './tracked-changes';
import { WriteGate } from './write-gate';
import { codedError } from '../../../shared/error-text';

export interface OpenOptions {
  /** Who holds the lock, shown to a second process that tries to open the corpus. */
  owner?: string;
  /**
   * Read a consistent snapshot without the writer's lock (layer files with their journals
   * replayed), beside a running app or `isnad serve`. Nothing is written.
   */
  readOnly?: boolean;
  compaction?: Partial<CompactionPolicy>;
  log?: (message: string) => void;
  /** Who annotates on this copy (`--annotator`, ISNAD_ANNOTATOR); applied with setAnnotator when it differs. */
  annotator?: AnnotatorInput;
}

/** The parts of an open corpus; the store's modules share them. */
export interface CorpusCore {
  paths: CorpusPaths;
  files: CorpusFiles;
  cache: DocumentCache;
  summaries: SummaryIndex;
  tracked: TrackedChanges;
  mutex: KeyedMutex;
  gate: WriteGate;
  writes: AnnotationWrites;
  speakers: TrackedList<RegistrySpeaker>;
  sessions: TrackedList<FactCheckSession>;
  annotator: LocalAnnotator;
  corpus: CorpusFile;
  readOnly: boolean;
  lock: CorpusLock | null;
  listeners: Set<(event: StoreEvent) => void>;
  log: (message: string) => void;
  closed: boolean;
  /** True while `exclusive` runs its work (a sync): writes are held, and reloadChanged may run directly. */
  inExclusive: boolean;
  /** `.isnad/` was made on this machine (local-origin.ts), so its derived caches may be used. */
  localTrusted: boolean;
  /** Told when a layer's journal has been folded into its file (the store builds the open payload then). */
  onFolded: ((owner: string, documentId: string) => void) | null;
}

/** What a corpus folder may hold before it has a corpus.json: nothing but our own folders. */
const CORPUS_ENTRIES = new Set([CORPUS_FILE, DOCUMENTS_DIR, LAYERS_DIR, VERSIONS_DIR, SPEAKERS_FILE, GITIGNORE, V1_LOCK_FILE]);

async function checkCorpusFolder(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  if (!entries.includes(CORPUS_FILE) && entries.some((e) => !CORPUS_ENTRIES.has(e) && !e.startsWith('.'))) {
    throw codedError('invalid_input', 'errors.corpus.notCorpus', { dir, file: CORPUS_FILE });
  }
  return entries.includes(CORPUS_FILE);
}

export function readCorpus(paths: CorpusPaths): { version: number; corpus: CorpusFile | null } | null {
  const raw = new DurableJSONFile<unknown>(paths.corpusFile).readNow();
  return raw === null ? null : readCorpusFile(paths.corpusFile, raw);
}

/**
 * Brings the summaries in line with the files: documents added or removed since they were
 * saved, every document with a journal, and, after a crash (or for a reader beside a
 * running writer), every document whose file or layer changed since the last flush.
 */
async function reconcile(core: CorpusCore, trusted: boolean, since: number | null): Promise<void> {
  const { files, summaries, cache, paths } = core;
  const me = core.annotator.id;
  const ids = await files.documentIds();
  const onDisk = new Set(ids);
  for (const id of summaries.ids()) if (!onDisk.has(id)) summaries.delete(id);
  const toRead = new Set(ids.filter((id) => !summaries.hasAny(id)));
  for (const id of await journaledIds(paths, me)) if (onDisk.has(id)) toRead.add(id);
  if (!trusted) {
    const known = ids.filter((id) => !toRead.has(id));
    for (const id of since === null ? known : await changedSince(paths, me, known, since)) toRead.add(id);
  }
  for (const id of toRead) {
    try {
      summaries.set(summarize(await cache.document(id), await cache.layer(me, id)));
    } catch (err) {
      if (!(err instanceof IsnadError && err.code === 'corrupt_data')) throw err;
      // One damaged file must not lock the journalist out of the corpus: the document stays
      // listed as it was, and opening it reports the damage.
      core.log(`isnad: ${err.message}`);
      // Never listed yet (a fresh clone, a received copy): listed from its document file when
      // only the layer is damaged, so it does not silently leave the library and the exports.
      if (!summaries.hasAny(id)) {
        const doc = await cache.document(id).catch(() => null);
        if (doc) summaries.set(summarize(doc, emptyLayer(id, me)));
      }
    }
  }
}

async function assemble(
  paths: CorpusPaths,
  options: OpenOptions,
  parts: { annotator: LocalAnnotator; corpus: CorpusFile; lock: CorpusLock | null; localTrusted: boolean },
): Promise<CorpusCore> {
  const readOnly = parts.lock === null;
  const { localTrusted } = parts;
  const listeners = new Set<(event: StoreEvent) => void>();
  const log = options.log ?? ((m: string) => console.error(m));
  let tracked: TrackedChanges | null = null;
  const files = new CorpusFiles(paths, (path) => tracked?.record(path), !readOnly, localTrusted);
  const me = parts.annotator.id;
  const { index: summaries, trusted, changedSince: since } = await SummaryIndex.load(paths, me, !readOnly, localTrusted);
  tracked = await TrackedChanges.load(paths, { crashed: !trusted, persist: !readOnly });
  const mutex = new KeyedMutex();
  const gate = new WriteGate();
  const cache = new DocumentCache(files, !readOnly);
  const core: CorpusCore = {
    paths,
    files,
    cache,
    summaries,
    tracked,
    mutex,
    gate,
    writes: null as unknown as AnnotationWrites,
    speakers: new TrackedList<RegistrySpeaker>(files, {
      path: () => paths.speakersFile,
      key: 'speakers',
      header: () => ({}),
      items: readList(paths.speakersFile, SPEAKERS_FILE, SpeakersFile, 'speakers'),
    }),
    sessions: null as unknown as TrackedList<FactCheckSession>,
    annotator: parts.annotator,
    corpus: parts.corpus,
    readOnly,
    lock: parts.lock,
    listeners,
    log,
    closed: false,
    inExclusive: false,
    localTrusted,
    onFolded: null,
  };
  core.sessions = sessionsOf(core);
  core.writes = new AnnotationWrites(
    {
      files,
      cache,
      mutex,
      gate,
      summaries,
      me: () => core.annotator.id,
      emit: (event) => {
        for (const listener of core.listeners) listener(event);
      },
      folded: (owner, documentId) => core.onFolded?.(owner, documentId),
      assertWritable: () => assertWritable(core),
      log,
    },
    { ...DEFAULT_COMPACTION, ...options.compaction },
  );
  await reconcile(core, trusted, since);
  return core;
}

/** My fact-checking sessions, from my layer folder. */
export function sessionsOf(core: Pick<CorpusCore, 'files' | 'paths' | 'annotator'>): TrackedList<FactCheckSession> {
  const me = core.annotator.id;
  return new TrackedList<FactCheckSession>(core.files, {
    path: () => core.paths.sessions(me),
    key: 'sessions',
    header: () => ({ annotator: me }),
    items: readList(core.paths.sessions(me), `layers/${me}/sessions.json`, SessionsFile, 'sessions'),
  });
}

export function assertWritable(core: CorpusCore): void {
  if (core.closed) throw codedError('unavailable', 'errors.corpus.closed');
  if (core.readOnly) throw codedError('unavailable', 'errors.corpus.readOnly');
}

/**
 * The local annotator at open: as this copy knows it; else the one asked for (`--annotator`,
 * ISNAD_ANNOTATOR), or a provisional one from the OS account, each reusing the id of a layer
 * that already belongs to the same email.
 */
async function localAnnotator(files: CorpusFiles, requested: AnnotatorInput | undefined): Promise<LocalAnnotator> {
  const known = readLocalAnnotator(files.paths);
  if (known) return known;
  const annotator = newLocalAnnotator(requested, layerOwners(files.paths));
  await files.ensureFolder(files.paths.local);
  await files.writeJson(files.paths.localAnnotator, annotator);
  return annotator;
}

async function openWriter(paths: CorpusPaths, options: OpenOptions): Promise<CorpusCore> {
  const by = options.owner ?? `isnad (${process.title})`;
  await mkdir(paths.dir, { recursive: true });
  await checkCorpusFolder(paths.dir);
  await mkdir(paths.local, { recursive: true });
  const lock = await acquireCorpusLock(paths.dir, by);
  try {
    // Before anything reads `.isnad/`: caches a copied folder brought along are not ours to trust.
    await claimLocalFolder(paths, options.log ?? ((m: string) => console.error(m)));
    const files = new CorpusFiles(paths, () => {});
    const stored = readCorpus(paths);
    const annotator = await localAnnotator(files, options.annotator);
    let corpus: CorpusFile;
    if (stored === null) {
      corpus = { format: CORPUS_FORMAT, schemaVersion: CORPUS_SCHEMA_VERSION, createdAt: new Date().toISOString(), settings: {} };
      await files.writeJson(paths.corpusFile, corpus);
      await files.ensureGitignore();
    } else if (stored.corpus === null) {
      await migrateFromV1(files, annotator, by);
      corpus = readCorpus(paths)?.corpus as CorpusFile;
    } else {
      corpus = stored.corpus;
      if (existsSync(`${paths.dir}/${V1_LOCK_FILE}`)) await clearV1Lock(files, by);
    }
    if (!existsSync(paths.layerAnnotator(annotator.id))) {
      await files.writeJson(paths.layerAnnotator(annotator.id), { id: annotator.id, name: annotator.name, email: annotator.email });
    }
    for (const folder of [paths.dir, paths.documentsDir, paths.layerDir(annotator.id), paths.layerDir(CURATED), paths.summariesDir]) {
      await removeTempFiles(folder);
    }
    await mkdir(paths.documentsDir, { recursive: true });
    await finishPendingVersions(files, (id) => files.readDocument(id)?.version ?? 1);
    return await assemble(paths, options, { annotator, corpus, lock, localTrusted: true });
  } catch (err) {
    await lock.release();
    throw err;
  }
}

async function openReader(paths: CorpusPaths, options: OpenOptions): Promise<CorpusCore> {
  const exists = existsSync(paths.dir) && (await checkCorpusFolder(paths.dir));
  let stored = exists ? readCorpus(paths) : null;
  if (stored && stored.corpus === null) {
    // A version-1 corpus is migrated first, which needs the lock: the one time a reader writes.
    await closeCore(await openWriter(paths, { ...options, owner: `${options.owner ?? 'isnad'} (migrating)` }));
    stored = readCorpus(paths);
  }
  const corpus = stored?.corpus ?? { format: CORPUS_FORMAT, schemaVersion: CORPUS_SCHEMA_VERSION, createdAt: '', settings: {} };
  // A reader may not clean a folder up; it ignores caches this machine did not make.
  const localTrusted = await localFolderIsOurs(paths);
  // In a folder from elsewhere, `.isnad/annotator.json` names whoever made the copy, not this reader.
  const annotator = localTrusted ? currentAnnotator(paths) : newLocalAnnotator(options.annotator, layerOwners(paths));
  return assemble(paths, options, { annotator, corpus: corpus as CorpusFile, lock: null, localTrusted });
}

export function openCore(dir: string, options: OpenOptions): Promise<CorpusCore> {
  const paths = new CorpusPaths(dir);
  return options.readOnly ? openReader(paths, options) : openWriter(paths, options);
}

/** Waits for writes, folds every journal into its layer, runs `afterCompaction`, saves the summaries and releases the lock. */
export async function closeCore(core: CorpusCore, afterCompaction?: () => Promise<void>): Promise<void> {
  if (core.closed) return;
  if (!core.readOnly) {
    await core.gate.exclusive(async () => {
      await core.mutex.idle();
      try {
        await core.writes.compactAll();
      } catch (err) {
        core.log(`isnad: could not compact every journal on close (${(err as Error).message}); they are replayed on the next open`);
      }
      // Derived data kept in step with the files just written (saved payloads); failing costs speed only.
      await afterCompaction?.().catch(() => {});
      await core.summaries.close();
      await core.tracked.save().catch(() => {});
      // Derived: failing to save it only means checking those files again next time.
      await core.files.checked.save().catch(() => {});
    });
  }
  core.writes.cancelTimers();
  core.closed = true;
  core.cache.clear();
  await core.lock?.release();
}
