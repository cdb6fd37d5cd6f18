import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type AnnotationHistoryEntry, type LayerVersion, annotationHistory } from '../../../shared/sync/history';
import type { SyncHost } from './host';
import { layerOwnerNames } from './people';
import { CorpusRepository } from './repository';
import { codedError } from '../../../shared/error-text';

const NO_CREDENTIALS = { describe: 'none', get: async () => null };

/**
 * An annotation's history: the commits that changed its layer file (git log), each
 * compared with the one before by annotation id, plus edits not yet synced.
 */
export async function historyOfAnnotation(
  host: SyncHost,
  input: { documentId: string; annotationId: string; layer?: string },
): Promise<{ layer: string; entries: AnnotationHistoryEntry[]; names: Record<string, string> }> {
  const layer = input.layer ?? host.annotator.id;
  const path = `layers/${layer}/${input.documentId}.json`;
  const exists = await stat(join(host.dir, 'documents', `${input.documentId}.json`)).then(
    () => true,
    () => false,
  );
  if (!exists) throw codedError('not_found', 'errors.document.notFound', { id: input.documentId }, 'documentId');
  // Inside exclusive the store has folded its journal into the layer file: the file is current.
  const current = await host.exclusive(() => readFile(join(host.dir, path), 'utf8').catch(() => null));
  const repo = new CorpusRepository(host.dir, NO_CREDENTIALS);
  const versions: LayerVersion[] = [];
  if (await repo.exists()) {
    for (const entry of (await repo.log(path)).reverse()) {
      versions.push({
        commit: entry.oid,
        author: entry.commit.author.name,
        at: new Date(entry.commit.author.timestamp * 1000).toISOString(),
        content: await repo.readTextAt(entry.oid, path),
      });
    }
  }
  if (versions.length === 0 || versions[versions.length - 1]?.content !== current) {
    versions.push({ commit: null, author: host.annotator.id, at: new Date().toISOString(), content: current });
  }
  return { layer, entries: annotationHistory(versions, input.annotationId), names: await layerOwnerNames(host.dir) };
}
