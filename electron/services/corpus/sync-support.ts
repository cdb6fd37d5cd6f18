import type { StoreEvent } from './events';
import { type CorpusCore, assertWritable, readCorpus, sessionsOf } from './opening';
import { readList } from './corpus-files';
import { CORPUS_FILE, DOCUMENTS_DIR, LAYERS_DIR, SPEAKERS_FILE } from './paths';
import { type CorpusFile, SpeakersFile } from './schema';
import { summarize } from './summary';

/**
 * The corpus to itself, for a sync: writes in flight finish, new ones wait; every journal is
 * folded into its layer file and summaries and the changed-file list are saved, so the work
 * tree holds every acknowledged edit when `work` (commit, fetch, merge) runs.
 */
export function exclusive<T>(core: CorpusCore, work: () => Promise<T>): Promise<T> {
  assertWritable(core);
  return core.gate.exclusive(async () => {
    await core.mutex.idle();
    await core.writes.compactAll();
    await core.summaries.flush();
    await core.tracked.save();
    core.inExclusive = true;
    try {
      return await work();
    } finally {
      core.inExclusive = false;
    }
  });
}

/**
 * Writes a corpus-wide list (the speaker registry, my sessions) under its own lock. A crash
 * after this write must make the next open check files and the changed-file list.
 */
export function writeCorpusList(core: CorpusCore, key: string, write: () => Promise<void>): Promise<void> {
  assertWritable(core);
  return core.gate.shared(() =>
    core.mutex.run(key, async () => {
      await core.summaries.markOpenForWriting();
      await write();
    }),
  );
}

function emit(core: CorpusCore, event: StoreEvent): void {
  for (const listener of core.listeners) listener(event);
}

/**
 * After a merge rewrote tracked files on disk: forgets what the caches held of them, brings
 * the summaries up to date and reports each change, so search re-indexes and the renderer
 * reloads. Paths are corpus-relative with forward slashes, as git names them; others
 * (`.isnad/`, unknown files) are ignored. Runs inside `exclusive` (it takes it when called
 * outside), so no journal is pending for the files it reads.
 */
export async function reloadChanged(core: CorpusCore, paths: string[]): Promise<void> {
  if (!core.inExclusive) return exclusive(core, () => reloadChanged(core, paths));
  const me = core.annotator.id;
  const documents = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    if (path === CORPUS_FILE) core.corpus = (readCorpus(core.paths)?.corpus as CorpusFile | null) ?? core.corpus;
    else if (path === SPEAKERS_FILE) core.speakers.replace(readList(core.paths.speakersFile, SPEAKERS_FILE, SpeakersFile, 'speakers'));
    else if (parts[0] === DOCUMENTS_DIR && parts.length === 2 && parts[1]?.endsWith('.json'))
      documents.add(parts[1].slice(0, -'.json'.length));
    else if (parts[0] === LAYERS_DIR && parts.length === 3) {
      const [, owner, name] = parts as [string, string, string];
      if (name === 'annotator.json' || !name.endsWith('.json')) continue;
      if (name === 'sessions.json') {
        if (owner === me) core.sessions = sessionsOf(core);
        continue;
      }
      const documentId = name.slice(0, -'.json'.length);
      if (owner === me) documents.add(documentId);
      else {
        core.cache.dropLayer(owner, documentId);
        if (core.summaries.has(documentId)) emit(core, { kind: 'layer-changed', documentId, annotator: owner });
      }
    }
  }
  for (const id of documents) {
    core.cache.dropDocument(id);
    const doc = core.files.readDocument(id);
    // Live means listed: a document moved to (or out of) the trash by a colleague is, for
    // this window, deleted (or added).
    const had = core.summaries.has(id);
    if (!doc) {
      core.summaries.delete(id);
      if (had) emit(core, { kind: 'document-deleted', documentId: id });
      continue;
    }
    core.summaries.set(summarize(doc, await core.cache.layer(me, id)));
    const has = core.summaries.has(id);
    if (had || has) emit(core, { kind: !has ? 'document-deleted' : had ? 'document-updated' : 'document-added', documentId: id });
  }
  await core.summaries.flush();
}
