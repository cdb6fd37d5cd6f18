import { existsSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { z } from 'zod';
import { OrphanEntry } from '../../../shared/contract/versions';
import { Id } from '../../../shared/domain/annotation';
import { Region, Source } from '../../../shared/domain/document';
import { type CorpusFiles, jsonNames } from './corpus-files';
import { DurableJSONFile } from './durable-file';
import { CORPUS_SCHEMA_VERSION, LayerFile, parseStored, readTracked } from './schema';

/** versions/<doc-id>/<n>.json: the text of an earlier version, written once and never changed. */
export const VersionFile = z.object({
  schemaVersion: z.number().int().positive(),
  documentId: Id,
  version: z.number().int().positive(),
  title: z.string(),
  contentHash: z.string(),
  importedAt: z.string(),
  replacedAt: z.string(),
  source: Source,
  text: z.string(),
  regions: z.array(Region).default([]),
});
export type VersionFile = z.infer<typeof VersionFile>;

/** versions/<doc-id>/orphans/<annotator>.json: one layer's orphans (per layer, so two people never write one file). */
export const OrphansFile = z.object({
  schemaVersion: z.number().int().positive(),
  documentId: Id,
  annotator: Id,
  orphans: z.array(OrphanEntry),
});
export type OrphansFile = z.infer<typeof OrphansFile>;

/** .isnad/versions-pending/<doc-id>.json: everything a new version writes after its commit point. */
const PendingVersion = z.object({
  documentId: Id,
  version: z.number().int().positive(),
  layers: z.array(LayerFile),
  orphans: z.array(OrphansFile),
});
export type PendingVersion = z.infer<typeof PendingVersion>;

export function readVersionFile(files: CorpusFiles, documentId: string, version: number): VersionFile | null {
  const raw = new DurableJSONFile<unknown>(files.paths.version(documentId, version)).readNow();
  return raw === null ? null : readTracked(`versions/${documentId}/${version}.json`, VersionFile, raw);
}

export function readOrphans(files: CorpusFiles, documentId: string, annotator: string): OrphanEntry[] {
  const raw = new DurableJSONFile<unknown>(files.paths.orphans(documentId, annotator)).readNow();
  return raw === null ? [] : readTracked(`versions/${documentId}/orphans/${annotator}.json`, OrphansFile, raw).orphans;
}

/** The layers that have orphans on a document. */
export function orphanOwners(files: CorpusFiles, documentId: string): Promise<string[]> {
  return jsonNames(`${files.paths.versionsDir(documentId)}/orphans`);
}

export async function writeOrphans(files: CorpusFiles, documentId: string, annotator: string, orphans: OrphanEntry[]): Promise<void> {
  const path = files.paths.orphans(documentId, annotator);
  if (orphans.length === 0) await files.remove(path);
  else await files.writeJson(path, { schemaVersion: CORPUS_SCHEMA_VERSION, documentId, annotator, orphans } satisfies OrphansFile);
}

/** Writes what a new version holds after its commit point (the document file): layers and orphans. */
export async function writeAfterCommit(files: CorpusFiles, pending: PendingVersion): Promise<void> {
  for (const o of pending.orphans) await writeOrphans(files, o.documentId, o.annotator, o.orphans);
  for (const layer of pending.layers) {
    await files.writeJson(files.paths.layer(layer.annotator, layer.documentId), layer);
    // The journal's lines are all at or below the layer's old revision: folded already.
    await unlink(files.paths.journal(layer.annotator, layer.documentId)).catch(() => {});
  }
}

/**
 * At open, before anything reads a layer: a new version interrupted by a crash is finished
 * when its document file was written (the commit point), else forgotten (the old version
 * stands; an earlier-version file it wrote is rewritten by the next attempt).
 */
export async function finishPendingVersions(files: CorpusFiles, currentVersion: (documentId: string) => number): Promise<void> {
  const dir = files.paths.pendingVersionsDir;
  if (!existsSync(dir)) return;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.json')) continue;
    const path = `${dir}/${name}`;
    const raw = new DurableJSONFile<unknown>(path).readNow();
    const pending = raw === null ? null : PendingVersion.safeParse(raw);
    if (pending?.success && currentVersion(pending.data.documentId) >= pending.data.version) {
      await writeAfterCommit(files, parseStored(name, PendingVersion, raw));
    }
    await unlink(path).catch(() => {});
  }
}
