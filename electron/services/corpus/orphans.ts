import type { OrphanEntry, OrphanView } from '../../../shared/contract/versions';
import type { Annotation } from '../../../shared/domain/annotation';
import { notFound } from './document-writes';
import { CURATED } from './paths';
import { type CorpusCore, assertWritable } from './opening';
import { orphanOwners, readOrphans, writeOrphans } from './version-files';
import { codedError } from '../../../shared/error-text';

/**
 * Annotations a new version could not place, per layer (versions/<id>/orphans/<annotator>.json):
 * listed until the journalist re-places one on the new text (through the one annotation
 * write path, into the layer it came from) or deletes it.
 */

function check(core: CorpusCore, documentId: string): void {
  if (!core.summaries.has(documentId)) throw notFound(core, documentId, 'documentId');
}

export async function listOrphans(core: CorpusCore, documentId: string): Promise<OrphanView[]> {
  check(core, documentId);
  return core.mutex.run(documentId, async () => {
    const out: OrphanView[] = [];
    for (const annotator of await orphanOwners(core.files, documentId)) {
      for (const entry of readOrphans(core.files, documentId, annotator))
        out.push({ ...entry, annotator, mine: annotator === core.annotator.id });
    }
    return out.sort((a, b) => a.annotation.start - b.annotation.start);
  });
}

/** Only my orphans and the curated layer's are mine to place or delete; a colleague's stay theirs. */
function ownLayer(core: CorpusCore, annotator: string): void {
  if (annotator !== core.annotator.id && annotator !== CURATED) {
    throw codedError('forbidden', 'errors.orphans.colleague', undefined, 'annotator');
  }
}

async function takeOrphan(core: CorpusCore, documentId: string, annotator: string, id: string): Promise<OrphanEntry> {
  const list = readOrphans(core.files, documentId, annotator);
  const entry = list.find((e) => e.annotation.id === id);
  if (!entry) throw codedError('not_found', 'errors.orphans.notFound', { id }, 'id');
  await writeOrphans(
    core.files,
    documentId,
    annotator,
    list.filter((e) => e !== entry),
  );
  return entry;
}

/** Re-places an orphan on the current text at start–end; it leaves the orphan list and joins its layer. */
export async function placeOrphan(
  core: CorpusCore,
  input: { documentId: string; annotator: string; id: string; start: number; end: number; text: string },
): Promise<Annotation> {
  assertWritable(core);
  check(core, input.documentId);
  ownLayer(core, input.annotator);
  const entry = readOrphans(core.files, input.documentId, input.annotator).find((e) => e.annotation.id === input.id);
  if (!entry) throw codedError('not_found', 'errors.orphans.notFound', { id: input.id }, 'id');
  const a = entry.annotation;
  const attributes: Record<string, unknown> = { ...a.attributes };
  // Links point at annotations of the old text that may be gone; the journalist links again.
  if (a.type === 'quote') attributes.speakerId = null;
  if (a.type === 'speaker') attributes.sameAs = null;
  const written = await core.writes.write(input.documentId, input.annotator, undefined, () => ({
    edits: [
      {
        kind: 'create',
        id: a.id,
        type: a.type,
        start: input.start,
        end: input.end,
        text: input.text,
        attributes,
        verdict: a.verdict,
        origin: a.origin,
      },
    ],
    plainFields: true,
  }));
  await core.mutex.run(input.documentId, () => takeOrphan(core, input.documentId, input.annotator, input.id));
  return written.changed[0] as Annotation;
}

/** Deletes an orphan for good; returns it, so the client can undo with restoreOrphan. */
export async function deleteOrphan(core: CorpusCore, documentId: string, annotator: string, id: string): Promise<OrphanEntry> {
  assertWritable(core);
  check(core, documentId);
  ownLayer(core, annotator);
  return core.mutex.run(documentId, () => takeOrphan(core, documentId, annotator, id));
}

/** Puts a deleted orphan back on the list (undo). */
export async function restoreOrphan(core: CorpusCore, documentId: string, annotator: string, entry: OrphanEntry): Promise<void> {
  assertWritable(core);
  check(core, documentId);
  ownLayer(core, annotator);
  await core.mutex.run(documentId, async () => {
    const list = readOrphans(core.files, documentId, annotator);
    if (list.some((e) => e.annotation.id === entry.annotation.id)) return;
    await writeOrphans(core.files, documentId, annotator, [...list, entry]);
  });
}
