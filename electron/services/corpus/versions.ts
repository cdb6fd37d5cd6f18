import { existsSync, readdirSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import type { NewVersionResult, OrphanEntry, VersionText } from '../../../shared/contract/versions';
import { codedError } from '../../../shared/error-text';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Region, Source, VersionInfo } from '../../../shared/domain/document';
import { fingerprint, withoutExcluded } from '../../../shared/import/fingerprint';
import { normalizeText } from '../../../shared/text/normalize';
import { carryAnnotations, carryRejections, countOutcomes } from '../../../shared/versions/carry';
import { OffsetMap, diffTexts } from '../../../shared/versions/text-diff';
import { emit, notFound } from './document-writes';
import { contentHash } from './ids';
import { type LayerState, layerFileOf } from './layer-state';
import { checkDocumentText } from './limits';
import { type CorpusCore, assertWritable } from './opening';
import { CURATED } from './paths';
import { CORPUS_SCHEMA_VERSION, type DocumentFile } from './schema';
import { summarize } from './summary';
import { type PendingVersion, type VersionFile, readOrphans, readVersionFile, writeAfterCommit } from './version-files';

/**
 * A new version of a document's text (docs/STORAGE.md, "Versions"): the current text is
 * kept as an earlier version, and every layer's annotations (mine, colleagues', curated)
 * are carried onto the new text by the shared rules (shared/versions/carry.ts). The store
 * only reads, writes and orders the files.
 */

export interface NewVersionInput {
  documentId: string;
  text: string;
  regions?: Region[];
  /** The new version's source (its URL, date); fields left empty keep the document's. */
  source?: Partial<Source>;
  title?: string;
  expectedRevision?: number;
  /** A document just imported with this text, about to be removed: its hash is no duplicate. */
  replacing?: string;
}

/** The layers of a document present on this copy: mine (even empty), colleagues', the curated one. */
function layerOwnersOf(core: CorpusCore, documentId: string): string[] {
  const names = (folder: string): string[] => {
    try {
      return readdirSync(folder);
    } catch {
      return [];
    }
  };
  const owners = new Set([core.annotator.id]);
  // A layer may live only in its journal until the first compaction.
  for (const name of new Set([CURATED, ...names(core.paths.layersDir), ...names(core.paths.journalDir(''))])) {
    if (existsSync(core.paths.layer(name, documentId)) || existsSync(core.paths.journal(name, documentId))) owners.add(name);
  }
  return [...owners];
}

/** Why a text (whose hash is `hash`) cannot become the next version, or null. */
function newVersionProblem(current: DocumentFile, text: string, hash: string): 'errors.versions.empty' | 'errors.versions.sameText' | null {
  if (text.trim().length === 0) return 'errors.versions.empty';
  if (hash === current.contentHash) return 'errors.versions.sameText';
  return null;
}

export async function addVersion(core: CorpusCore, input: NewVersionInput): Promise<NewVersionResult> {
  assertWritable(core);
  const { documentId } = input;
  if (!core.summaries.has(documentId)) throw notFound(core, documentId, 'documentId');
  const text = normalizeText(input.text);
  checkDocumentText(text);
  const hash = contentHash(text);
  const result = await core.gate.shared(() =>
    core.writes.withoutCompaction(documentId, () =>
      core.mutex.run(documentId, async () => {
        const doc = await core.cache.document(documentId);
        const mine = await core.cache.layer(core.annotator.id, documentId);
        if (input.expectedRevision !== undefined && input.expectedRevision !== doc.revision + mine.revision) {
          throw codedError('conflict', 'errors.versions.changedMeanwhile', undefined, 'expectedRevision');
        }
        const problem = newVersionProblem(doc, text, hash);
        if (problem) throw codedError('invalid_input', problem, undefined, 'text');
        const duplicate = core.summaries.idForHash(hash);
        if (duplicate !== undefined && duplicate !== documentId && duplicate !== input.replacing) {
          throw codedError('conflict', 'errors.versions.duplicate', { id: duplicate }, 'text');
        }
        return writeVersion(core, doc, { text, hash }, input);
      }),
    ),
  );
  emit(core, 'document-updated', documentId);
  for (const owner of result.others) core.listeners.forEach((l) => l({ kind: 'layer-changed', documentId, annotator: owner }));
  return result.outcome;
}

async function writeVersion(
  core: CorpusCore,
  doc: DocumentFile,
  { text, hash }: { text: string; hash: string },
  input: NewVersionInput,
): Promise<{ outcome: NewVersionResult; others: string[] }> {
  const { files, paths, cache } = core;
  const stamp = new Date().toISOString();
  const current = doc.version ?? 1;
  const next = current + 1;
  const map = new OffsetMap(diffTexts(doc.text, text, doc.lang));
  const layers: LayerState[] = [];
  const orphanFiles: PendingVersion['orphans'] = [];
  const entries: ReturnType<typeof carryAnnotations>['entries'] = [];
  let recheck = 0;
  for (const owner of layerOwnersOf(core, doc.id)) {
    const state = await cache.layer(owner, doc.id);
    if (state.revision === 0 && state.annotations.length === 0) continue;
    const carried = carryAnnotations(doc.text, text, state.annotations, next, map);
    entries.push(...carried.entries);
    recheck += carried.placed.filter((a) => a.carried?.recheck).length;
    layers.push({
      ...state,
      revision: state.revision + 1,
      updatedAt: stamp,
      annotations: carried.placed,
      rejectedSuggestions: carryRejections(text, state.rejectedSuggestions, map),
      fileRevision: state.revision + 1,
      journalLines: 0,
      journalBytes: 0,
    });
    if (carried.orphans.length > 0) {
      const added: OrphanEntry[] = carried.orphans.map((annotation: Annotation) => ({ version: next, orphanedAt: stamp, annotation }));
      const orphans = [...readOrphans(files, doc.id, owner), ...added];
      orphanFiles.push({ schemaVersion: CORPUS_SCHEMA_VERSION, documentId: doc.id, annotator: owner, orphans });
    }
  }
  const earlier: VersionFile = {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    documentId: doc.id,
    version: current,
    title: doc.title,
    contentHash: doc.contentHash,
    importedAt: doc.versions?.at(-1)?.replacedAt ?? doc.createdAt,
    replacedAt: stamp,
    source: doc.source,
    text: doc.text,
    regions: doc.regions,
  };
  const info: VersionInfo = {
    version: current,
    contentHash: doc.contentHash,
    importedAt: earlier.importedAt,
    replacedAt: stamp,
    length: doc.text.length,
    url: doc.source.url,
  };
  const regions = input.regions ?? [];
  const source = { ...doc.source, ...Object.fromEntries(Object.entries(input.source ?? {}).filter(([, v]) => v)) };
  const print = fingerprint(withoutExcluded(text, regions));
  const { fingerprint: _old, pages: _pages, ...rest } = doc;
  const nextDoc: DocumentFile = {
    ...rest,
    title: input.title?.trim() || doc.title,
    source,
    text,
    regions,
    contentHash: hash,
    ...(print ? { fingerprint: print } : {}),
    version: next,
    versions: [...(doc.versions ?? []), info],
    revision: doc.revision + 1,
    updatedAt: stamp,
  };
  const pending: PendingVersion = { documentId: doc.id, version: next, layers: layers.map(layerFileOf), orphans: orphanFiles };
  await core.summaries.markOpenForWriting();
  // Order: the plan, the earlier text, then the document file (the commit point), then layers and orphans.
  await files.ensureFolder(paths.pendingVersionsDir);
  await files.writeJson(paths.pendingVersion(doc.id), pending);
  await files.writeJson(paths.version(doc.id, current), earlier);
  await files.writeDocument(nextDoc);
  cache.putDocument(nextDoc);
  await writeAfterCommit(files, pending);
  for (const layer of layers) cache.putLayer(layer);
  await unlink(paths.pendingVersion(doc.id)).catch(() => {});
  // My layer as just written (or, when it was empty and skipped, as the cache holds it): no re-read.
  const mine = layers.find((l) => l.annotator === core.annotator.id) ?? (await cache.layer(core.annotator.id, doc.id));
  core.summaries.set(summarize(nextDoc, mine));
  const counts = countOutcomes(entries);
  const others = layers.map((l) => l.annotator).filter((a) => a !== core.annotator.id);
  return { outcome: { documentId: doc.id, version: next, counts, recheck, layers: layers.length }, others };
}

/** The text of one version of a document (the current one included). */
export async function getVersion(core: CorpusCore, documentId: string, version: number): Promise<VersionText> {
  return (await versionOf(core, documentId, version)).view;
}

/** One version as shown, with its stored file when it is an earlier one (read once). */
async function versionOf(core: CorpusCore, documentId: string, version: number): Promise<{ view: VersionText; file: VersionFile | null }> {
  if (!core.summaries.has(documentId)) throw notFound(core, documentId, 'documentId');
  const doc = await core.mutex.run(documentId, () => core.cache.document(documentId));
  const current = doc.version ?? 1;
  if (version === current) {
    const importedAt = doc.versions?.at(-1)?.replacedAt ?? doc.createdAt;
    return { view: { documentId, version, current: true, title: doc.title, text: doc.text, importedAt, url: doc.source.url }, file: null };
  }
  const file = version < current ? readVersionFile(core.files, documentId, version) : null;
  if (!file) throw codedError('not_found', 'errors.versions.noSuchVersion', { version, first: 1, current }, 'version');
  const view = {
    documentId,
    version,
    current: false,
    title: file.title,
    text: file.text,
    importedAt: file.importedAt,
    url: file.source.url,
  };
  return { view, file };
}

/** Makes an earlier version's text current again, as a new version (history is never rewritten). */
export async function restoreVersion(
  core: CorpusCore,
  documentId: string,
  version: number,
  expectedRevision?: number,
): Promise<NewVersionResult> {
  const { file } = await versionOf(core, documentId, version);
  if (!file) throw codedError('invalid_input', 'errors.versions.alreadyCurrent', { version }, 'version');
  return addVersion(core, {
    documentId,
    text: file.text,
    regions: file.regions,
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  });
}
