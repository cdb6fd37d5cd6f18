import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { type Annotator, AnnotatorInput, type LayerInfo, type LayerView, type LocalAnnotator } from '../../../shared/domain/annotator';
import { countByType } from '../../../shared/domain/counts';
import { annotatorIssue, chooseAnnotatorId, layerOwners } from './annotator';
import { type CorpusCore, assertWritable, sessionsOf } from './opening';
import { CURATED } from './paths';
import { summarize } from './summary';
import type { LayerState } from './layer-state';
import { codedError } from '../../../shared/error-text';

const CURATED_OWNER: Annotator = { id: CURATED, name: 'Curated', email: '' };

function owners(core: CorpusCore): Annotator[] {
  const found = layerOwners(core.paths).filter((o) => o.id !== core.annotator.id);
  const { id, name, email } = core.annotator;
  return [{ id, name, email }, ...found.sort((a, b) => a.name.localeCompare(b.name)), CURATED_OWNER];
}

function checkDocument(core: CorpusCore, documentId: string): void {
  if (core.closed) throw codedError('unavailable', 'errors.corpus.closed');
  if (!core.summaries.has(documentId)) throw codedError('not_found', 'errors.document.notFound', { id: documentId }, 'documentId');
}

/** The layers on a document: mine first (even when empty), others by name, the curated one last. */
export async function listLayers(core: CorpusCore, documentId: string): Promise<LayerInfo[]> {
  checkDocument(core, documentId);
  const me = core.annotator.id;
  const out: LayerInfo[] = [];
  for (const owner of owners(core)) {
    const state = await core.mutex.run(documentId, () => core.cache.layer(owner.id, documentId));
    if (owner.id !== me && state.revision === 0 && !existsSync(core.paths.layer(owner.id, documentId))) continue;
    out.push({
      annotator: owner,
      mine: owner.id === me,
      curated: owner.id === CURATED,
      revision: state.revision,
      updatedAt: state.updatedAt,
      counts: countByType(state.annotations),
    });
  }
  return out;
}

export async function getLayer(core: CorpusCore, documentId: string, annotator: string): Promise<LayerView> {
  checkDocument(core, documentId);
  if (!owners(core).some((o) => o.id === annotator)) {
    throw codedError('not_found', 'errors.layers.noAnnotator', { annotator }, 'annotator');
  }
  const state = await core.mutex.run(documentId, () => core.cache.layer(annotator, documentId));
  return structuredClone({
    documentId,
    annotator,
    revision: state.revision,
    updatedAt: state.updatedAt,
    annotations: state.annotations,
    rejectedSuggestions: state.rejectedSuggestions,
  });
}

/**
 * A layer as the store holds it, without the copy getLayer makes or its owner check: for a
 * pass over many documents, which must not change it. `keep` as in DocumentCache.document.
 */
export async function readLayer(core: CorpusCore, documentId: string, annotator: string, keep: boolean): Promise<Readonly<LayerState>> {
  checkDocument(core, documentId);
  return core.mutex.run(documentId, () => core.cache.layer(annotator, documentId, keep));
}

/** Everyone with a layer on this copy, in listLayers' order (me first, others by name); not the curated layer. */
export function annotatorsWithLayers(core: CorpusCore): Annotator[] {
  return owners(core).filter((o) => o.id !== CURATED);
}

async function layerDocumentIds(core: CorpusCore, owner: string): Promise<string[]> {
  const names = await readdir(core.paths.layerDir(owner)).catch(() => [] as string[]);
  return names.map((n) => core.paths.layerDocumentId(n)).filter((id): id is string => id !== null);
}

/**
 * Which annotators have a layer on which document, from the folders' listings alone (layer
 * files, and my journal, whose edits may not be folded into a file yet): no file is read, so
 * a corpus of thousands of documents answers in the time of a few directory listings.
 * The curated layer belongs to no annotator and is left out. Documents may be in the trash.
 */
export async function documentsWithLayers(core: CorpusCore): Promise<Map<string, string[]>> {
  const folders = await readdir(core.paths.layersDir, { withFileTypes: true }).catch(() => []);
  const byDocument = new Map<string, Set<string>>();
  const note = (documentId: string, owner: string) => {
    const set = byDocument.get(documentId) ?? new Set<string>();
    set.add(owner);
    byDocument.set(documentId, set);
  };
  for (const folder of folders) {
    if (!folder.isDirectory() || folder.name === CURATED) continue;
    for (const documentId of await layerDocumentIds(core, folder.name)) note(documentId, folder.name);
  }
  const me = core.annotator.id;
  for (const name of await readdir(core.paths.journalDir(me)).catch(() => [] as string[])) {
    const documentId = core.paths.journalDocumentId(name);
    if (documentId !== null) note(documentId, me);
  }
  return new Map([...byDocument].map(([documentId, who]) => [documentId, [...who]]));
}

/**
 * Sets who "me" is, confirmed. A provisional identity (made at first open) simply becomes
 * this person. Another person's email switches this copy to their layer (theirs from an
 * earlier copy, or a new one): every journal is folded first, and the library's counts,
 * which are of my layer, are recomputed where either layer has annotations.
 */
export async function setAnnotator(core: CorpusCore, input: AnnotatorInput): Promise<LocalAnnotator> {
  const parsed = AnnotatorInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw annotatorIssue(issue);
  }
  assertWritable(core);
  return core.gate.exclusive(async () => {
    await core.mutex.idle();
    const before = core.annotator;
    const id = chooseAnnotatorId(parsed.data, before, layerOwners(core.paths));
    const next: LocalAnnotator = { id, ...parsed.data, confirmed: true };
    if (id !== before.id) await core.writes.compactAll();
    await core.summaries.markOpenForWriting();
    await core.files.writeJson(core.paths.localAnnotator, next);
    await core.files.writeJson(core.paths.layerAnnotator(id), { id, name: next.name, email: next.email });
    core.annotator = next;
    if (id !== before.id) {
      core.cache.clear();
      core.sessions = sessionsOf(core);
      core.summaries.rebind(id);
      const affected = new Set([...(await layerDocumentIds(core, before.id)), ...(await layerDocumentIds(core, id))]);
      for (const documentId of affected) {
        if (!core.summaries.has(documentId)) continue;
        core.summaries.set(summarize(await core.cache.document(documentId), await core.cache.layer(id, documentId)));
        for (const listener of core.listeners) listener({ kind: 'document-updated', documentId });
      }
      await core.summaries.flush();
    }
    return { ...next };
  });
}
