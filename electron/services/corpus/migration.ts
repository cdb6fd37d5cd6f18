import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type Annotation, Verdict } from '../../../shared/domain/annotation';
import { Document } from '../../../shared/domain/document';
import { FactCheckSession } from '../../../shared/domain/session';
import { RegistrySpeaker } from '../../../shared/domain/speaker';
import type { Annotator } from './annotator';
import { type CorpusFiles, removeTempFiles } from './corpus-files';
import { DurableJSONFile } from './durable-file';
import { acquireCorpusLock } from './lock';
import { V1_LOCK_FILE } from './paths';
import { CORPUS_FORMAT, CORPUS_SCHEMA_VERSION, type LayerFile, parseStored, versionOf } from './schema';

/** Version 1's corpus.json: summaries (derived, not needed), the speaker registry and the sessions. */
const V1Corpus = z.object({
  format: z.literal(CORPUS_FORMAT),
  schemaVersion: z.literal(1),
  createdAt: z.string(),
  speakers: z.array(RegistrySpeaker).default([]),
  sessions: z.array(FactCheckSession).default([]),
});
/** Version 1's documents/<id>.json: text, metadata and the annotations, together. */
const V1Document = Document.extend({ schemaVersion: z.literal(1) });

/** The search index of version 1 lay beside corpus.json; it is derived and is rebuilt under .isnad/. */
const V1_SEARCH_FILES = ['search-cache.json', 'search-cache.bin', 'search-words.bin'];

const UNCHECKED = JSON.stringify(Verdict.parse({}));

/** Until now one person annotated this corpus: the local annotator. */
function attributed(annotations: Annotation[], me: string): Annotation[] {
  return annotations.map((a) => ({
    ...a,
    createdBy: a.createdBy ?? me,
    updatedBy: a.updatedBy ?? me,
    ...(a.verdictBy || JSON.stringify(a.verdict) !== UNCHECKED ? { verdictBy: a.verdictBy ?? me } : {}),
  }));
}

/**
 * Turns a version-1 corpus into version 2 in place (docs/STORAGE.md). Every step can be
 * repeated, so a crash at any point is finished by the next open: each document's layer is
 * written before the document file loses its annotations, and a document already at version
 * 2 is skipped; corpus.json at version 2 is the commit point. The version-1 lock is held
 * meanwhile, so an older Isnad cannot open the corpus half-way.
 */
export async function migrateFromV1(files: CorpusFiles, me: Annotator, by: string): Promise<void> {
  const { paths } = files;
  const v1 = parseStored('corpus.json', V1Corpus, new DurableJSONFile<unknown>(paths.corpusFile).readNow());
  const oldLock = await acquireCorpusLock(paths.dir, by, V1_LOCK_FILE);
  try {
    await removeTempFiles(paths.dir);
    await removeTempFiles(paths.documentsDir);
    for (const id of await files.documentIds()) {
      const what = `documents/${id}.json`;
      const raw = new DurableJSONFile<unknown>(paths.document(id)).readNow();
      if (raw === null || versionOf(what, raw) === CORPUS_SCHEMA_VERSION) continue;
      const { annotations, rejectedSuggestions, schemaVersion: _v1, ...document } = parseStored(what, V1Document, raw);
      if (annotations.length > 0 || rejectedSuggestions.length > 0) {
        const layer: LayerFile = {
          schemaVersion: CORPUS_SCHEMA_VERSION,
          documentId: id,
          annotator: me.id,
          // The document keeps version 1's revision, so the revision a client sees is unchanged.
          revision: 0,
          updatedAt: document.updatedAt,
          annotations: attributed(annotations, me.id),
          rejectedSuggestions,
        };
        await files.writeJson(paths.layer(me.id, id), layer);
      }
      await files.writeDocument({ ...document, schemaVersion: CORPUS_SCHEMA_VERSION });
    }
    await files.writeJson(paths.speakersFile, { schemaVersion: CORPUS_SCHEMA_VERSION, speakers: v1.speakers });
    if (v1.sessions.length > 0) {
      await files.writeJson(paths.sessions(me.id), { schemaVersion: CORPUS_SCHEMA_VERSION, annotator: me.id, sessions: v1.sessions });
    }
    await files.writeJson(paths.layerAnnotator(me.id), { id: me.id, name: me.name, email: me.email });
    await files.ensureGitignore();
    await files.writeJson(paths.corpusFile, {
      format: CORPUS_FORMAT,
      schemaVersion: CORPUS_SCHEMA_VERSION,
      createdAt: v1.createdAt,
      settings: {},
    });
    for (const name of V1_SEARCH_FILES) await unlink(join(paths.dir, name)).catch(() => {});
  } finally {
    await oldLock.release();
  }
}

/** A version-1 lock left by a crash after the commit point: taken over if its holder is dead, then removed. */
export async function clearV1Lock(files: CorpusFiles, by: string): Promise<void> {
  const { paths } = files;
  await (await acquireCorpusLock(paths.dir, by, V1_LOCK_FILE)).release();
}
