import type { MergeConflict } from '../../../shared/sync/merge';
import { formatTracked } from '../../../shared/sync/merge-file';
import { type Json, isRecord } from '../../../shared/sync/json';
import { historiesDiverge } from '../../../shared/versions/histories';
import { type FileSides, mergeDocumentVersions, versionedDocumentOf } from '../../../shared/versions/merge-versions';
import type { CorpusRepository } from './repository';
import type { BlobChange } from './trees';

export interface VersionsMerge {
  /** Paths decided here (the ordinary per-file merge leaves them alone). */
  handled: Set<string>;
  /** Blob ids that differ from ours (null: the file goes). */
  result: Map<string, string | null>;
  conflicts: Array<{ path: string; conflict: MergeConflict }>;
}

/**
 * Documents given a new version on one side while the other side changed any of their
 * files (a layer, or a version of its own) are merged as one: their document file, layers,
 * earlier texts and orphans together (shared/versions/merge-versions.ts), so no layer is
 * merged across two texts.
 */
export async function mergeVersionedDocuments(
  repo: CorpusRepository,
  fromOurs: ReadonlyMap<string, BlobChange>,
  fromTheirs: ReadonlyMap<string, BlobChange>,
): Promise<VersionsMerge> {
  const out: VersionsMerge = { handled: new Set(), result: new Map(), conflicts: [] };
  const byDocument = new Map<string, string[]>();
  for (const path of new Set([...fromOurs.keys(), ...fromTheirs.keys()])) {
    const id = versionedDocumentOf(path);
    if (id) byDocument.set(id, [...(byDocument.get(id) ?? []), path]);
  }
  for (const [id, paths] of byDocument) {
    const document = `documents/${id}.json`;
    // Only one side touched this document's files: the ordinary merge takes that side whole.
    if (!paths.includes(document) || paths.every((p) => !fromOurs.has(p)) || paths.every((p) => !fromTheirs.has(p))) continue;
    // The document file alone tells whether its text histories differ; layers (large) are read only then.
    const head = await readSides(repo, [document], fromOurs, fromTheirs);
    const doc = head?.files.get(document);
    if (!isRecord(doc?.ours) || !isRecord(doc?.theirs) || !historiesDiverge(doc.ours, doc.theirs)) continue;
    const sides = await readSides(repo, paths, fromOurs, fromTheirs);
    if (!sides) continue;
    const merged = mergeDocumentVersions(id, sides.files);
    if (!merged) continue;
    for (const [path, content] of merged.files) {
      out.handled.add(path);
      const oid = content === null ? null : await repo.writeBlob(formatTracked(content));
      if (oid !== (sides.oursOid.get(path) ?? null)) out.result.set(path, oid);
    }
    for (const path of paths) out.handled.add(path);
    out.conflicts.push(...merged.conflicts);
  }
  return out;
}

/** Each path's content at the base and on both sides, parsed; null when one is not JSON (left to the ordinary merge, which reports it). */
async function readSides(
  repo: CorpusRepository,
  paths: readonly string[],
  fromOurs: ReadonlyMap<string, BlobChange>,
  fromTheirs: ReadonlyMap<string, BlobChange>,
): Promise<{ files: Map<string, FileSides>; oursOid: Map<string, string | null> } | null> {
  const files = new Map<string, FileSides>();
  const oursOid = new Map<string, string | null>();
  const read = async (oid: string | null): Promise<Json | undefined> =>
    oid === null ? undefined : (JSON.parse(await repo.readText(oid)) as Json);
  try {
    for (const path of paths) {
      const base = (fromOurs.get(path) ?? fromTheirs.get(path))?.a ?? null;
      const ours = fromOurs.has(path) ? (fromOurs.get(path)?.b ?? null) : base;
      const theirs = fromTheirs.has(path) ? (fromTheirs.get(path)?.b ?? null) : base;
      oursOid.set(path, ours);
      files.set(path, { base: await read(base), ours: await read(ours), theirs: await read(theirs) });
    }
  } catch {
    return null;
  }
  return { files, oursOid };
}
