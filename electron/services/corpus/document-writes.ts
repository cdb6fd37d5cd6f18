import { unlink } from 'node:fs/promises';
import { IsnadError } from '../../../shared/errors';
import type { Annotation } from '../../../shared/domain/annotation';
import { compareAnnotations } from '../../../shared/domain/annotation-rules';
import type { Document, DocumentSummary, Region, Source } from '../../../shared/domain/document';
import type { RejectedSuggestion } from '../../../shared/domain/suggestion';
import { detectLanguage, directionOf } from '../../../shared/text/direction';
import { normalizeText } from '../../../shared/text/normalize';
import { checkSpan } from '../../../shared/text/offsets';
import { titleFromText } from '../../../shared/text/title';
import { pagesProblem } from '../../../shared/text/pages';
import { checkCompleteDocument } from './document-rules';
import { contentHash, newId } from './ids';
import { checkDocumentText } from './limits';
import { type LayerState, emptyLayer, layerFileOf } from './layer-state';
import { type CorpusCore, assertWritable } from './opening';
import { CURATED } from './paths';
import { CORPUS_SCHEMA_VERSION, type DocumentFile } from './schema';
import type { DocumentPatch, NewDocument } from './inputs';
import { summarize } from './summary';
import { codedError, errorAt } from '../../../shared/error-text';

/** Strictly increasing in this process, so creation order survives writes that complete out of order. */
let lastCreated = 0;

function checkCarriedAnnotations(text: string, annotations: Annotation[]): Annotation[] {
  const ids = new Set<string>();
  annotations.forEach((a, i) => {
    const problem = checkSpan(text, a.start, a.end, a.text);
    if (problem) throw errorAt(problem, `annotations.${i}`, `annotations.${i}`);
    if (ids.has(a.id)) throw codedError('invalid_input', 'errors.document.duplicateAnnotation', { index: i, id: a.id }, `annotations.${i}`);
    ids.add(a.id);
  });
  return [...annotations].sort(compareAnnotations);
}

function checkRegions(text: string, regions: Region[]): void {
  regions.forEach((region, i) => {
    if (region.end > text.length || region.end <= region.start) {
      throw codedError(
        'invalid_input',
        'errors.document.regionOutside',
        { index: i, start: region.start, end: region.end },
        `regions.${i}`,
      );
    }
  });
}

function duplicateError(existing: DocumentSummary): IsnadError {
  return codedError('conflict', 'errors.import.duplicate', { title: existing.title, id: existing.id }, 'text');
}

function existingWithHash(core: CorpusCore, hash: string): DocumentSummary | undefined {
  const id = core.summaries.idForHash(hash);
  return id === undefined ? undefined : core.summaries.get(id);
}

/** Hashes of documents being written right now, so two concurrent adds cannot both pass. */
const reserved = new WeakMap<CorpusCore, Set<string>>();

/**
 * Writes a new document: its layer first (when it carries annotations), then the document
 * file, which is the commit point (a layer without its document is never read). Call under
 * the document's lock.
 */
/**
 * Annotations that arrive with a document (an import, a split, an import-back) keep who made
 * them when they say so; those that do not (an export from before attribution, another tool)
 * are attributed to me, who brought them into this corpus, so none is left without an author.
 */
function attributeCarried(a: Annotation, me: string): Annotation {
  if (a.createdBy && a.updatedBy && (a.verdictBy || a.verdict.status === 'unchecked')) return a;
  const createdBy = a.createdBy ?? me;
  const verdictBy = a.verdictBy ?? (a.verdict.status === 'unchecked' ? undefined : (a.updatedBy ?? createdBy));
  return { ...a, createdBy, updatedBy: a.updatedBy ?? createdBy, ...(verdictBy ? { verdictBy } : {}) };
}

async function writeNew(
  core: CorpusCore,
  doc: DocumentFile,
  layer: { annotations: Annotation[]; rejected: RejectedSuggestion[] },
): Promise<Annotation[]> {
  const me = core.annotator.id;
  const annotations = layer.annotations.map((a) => attributeCarried(a, me));
  const state: LayerState = { ...emptyLayer(doc.id, me), annotations, rejectedSuggestions: layer.rejected };
  await core.summaries.markOpenForWriting();
  if (state.annotations.length > 0 || state.rejectedSuggestions.length > 0) {
    await core.files.writeJson(core.paths.layer(me, doc.id), layerFileOf(state));
  }
  await core.files.writeDocument(doc);
  // An import's documents are not kept in the cache: nothing reads them back but the search
  // catalog, once, and holding the last 64 of them (texts and all) had every one outlive the
  // collector's young generation, so a 10,000-file import left 10,000 texts in the old one,
  // its memory growing with the file count until a full collection (issue 18).
  if (!core.summaries.bulk) {
    core.cache.putDocument(doc);
    core.cache.putLayer(state);
  }
  core.summaries.set(summarize(doc, state));
  return annotations;
}

export function emit(core: CorpusCore, kind: 'document-added' | 'document-updated' | 'document-deleted', documentId: string): void {
  for (const listener of core.listeners) listener({ kind, documentId });
}

export async function addDocument(core: CorpusCore, input: NewDocument): Promise<Document> {
  assertWritable(core);
  checkDocumentText(input.text);
  const text = normalizeText(input.text);
  if (text.trim().length === 0) throw codedError('invalid_input', 'errors.document.textEmpty', undefined, 'text');
  const hash = contentHash(text);
  const existing = existingWithHash(core, hash);
  if (existing) throw duplicateError(existing);
  const hashes = reserved.get(core) ?? new Set<string>();
  reserved.set(core, hashes);
  if (hashes.has(hash)) throw codedError('conflict', 'errors.import.duplicateNow', undefined, 'text');
  if (input.id !== undefined && core.summaries.hasAny(input.id)) {
    throw codedError('conflict', 'errors.document.idTaken', { id: input.id }, 'id');
  }
  const guess = detectLanguage(text);
  const lang = input.lang ?? guess.lang;
  const regions = input.regions ?? [];
  checkRegions(text, regions);
  const pagesWrong = input.pages ? pagesProblem(text, input.pages) : null;
  if (pagesWrong) throw codedError('invalid_input', 'errors.document.pages', { detail: pagesWrong }, 'pages');
  const annotations = checkCarriedAnnotations(text, input.annotations ?? []);
  lastCreated = Math.max(Date.now(), lastCreated + 1);
  const stamp = new Date(lastCreated).toISOString();
  const doc: DocumentFile = {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    id: input.id ?? newId('d'),
    title: input.title?.trim() || titleFromText(text),
    text,
    lang,
    dir: input.dir ?? (input.lang ? directionOf(lang) : guess.dir),
    source: storedSource(input.source),
    contentHash: hash,
    createdAt: stamp,
    updatedAt: stamp,
    revision: 1,
    regions,
    links: input.links ?? [],
    ...(input.fingerprint ? { fingerprint: input.fingerprint } : {}),
    ...(input.pages ? { pages: input.pages } : {}),
    ...(input.ocr ? { ocr: input.ocr } : {}),
  };
  hashes.add(hash);
  let stored: Annotation[];
  try {
    stored = await core.gate.shared(() => core.mutex.run(doc.id, () => writeNew(core, doc, { annotations, rejected: [] })));
  } finally {
    hashes.delete(hash);
  }
  emit(core, 'document-added', doc.id);
  const { schemaVersion: _v, ...fields } = doc;
  return structuredClone({ ...fields, annotations: stored, rejectedSuggestions: [] });
}

/**
 * Inserts a complete document as it left another corpus (an import-back): its own id,
 * timestamps, revision, regions and links in the document file, its annotations and
 * rejections in my layer, all checked against the text first.
 */
export async function insertDocument(
  core: CorpusCore,
  input: Document,
  options: { allowDuplicateText?: boolean },
): Promise<DocumentSummary> {
  assertWritable(core);
  checkDocumentText(input.text);
  const checked = checkCompleteDocument(input, contentHash);
  const { annotations, rejectedSuggestions, ...fields } = checked;
  const doc: DocumentFile = { ...fields, schemaVersion: CORPUS_SCHEMA_VERSION };
  await core.gate.shared(() =>
    core.mutex.run(doc.id, async () => {
      // Checked under the document's lock, so two imports of one id cannot both pass.
      if (core.summaries.hasAny(doc.id)) {
        const trashed = core.summaries.isTrashed(doc.id) ? 'yes' : 'no';
        throw codedError('conflict', 'errors.document.idInUse', { id: doc.id, trashed }, 'id');
      }
      const existing = options.allowDuplicateText ? undefined : existingWithHash(core, doc.contentHash);
      if (existing) throw duplicateError(existing);
      await writeNew(core, doc, { annotations, rejected: rejectedSuggestions });
    }),
  );
  emit(core, 'document-added', doc.id);
  return structuredClone(core.summaries.get(doc.id) as DocumentSummary);
}

export async function updateDocument(core: CorpusCore, patch: DocumentPatch): Promise<DocumentSummary> {
  return changeDocument(core, patch.id, patch.expectedRevision, 'document-updated', (doc) => {
    if (patch.title !== undefined) doc.title = patch.title.trim() || doc.title;
    if (patch.lang !== undefined) {
      doc.lang = patch.lang;
      if (patch.dir === undefined) doc.dir = directionOf(patch.lang);
    }
    if (patch.dir !== undefined) doc.dir = patch.dir;
    if (patch.source !== undefined) doc.source = { ...doc.source, ...patch.source };
    if (patch.regions !== undefined) {
      checkRegions(doc.text, patch.regions);
      doc.regions = patch.regions;
    }
    if (patch.links !== undefined) doc.links = patch.links;
    if (patch.tags !== undefined) {
      if (patch.tags.length > 0) doc.tags = patch.tags;
      else delete doc.tags;
    }
  });
}

/**
 * Rewrites one document file (never its text) under its lock: `change` edits a copy, which
 * is written atomically with the next revision. A document in the trash is changed only
 * by `allowTrashed` callers (restoring it); to everyone else it does not exist.
 */
export async function changeDocument(
  core: CorpusCore,
  id: string,
  expectedRevision: number | undefined,
  event: 'document-updated' | 'document-added' | 'document-deleted',
  change: (doc: DocumentFile) => void,
  options: { allowTrashed?: boolean } = {},
): Promise<DocumentSummary> {
  assertWritable(core);
  const known = options.allowTrashed ? core.summaries.hasAny(id) : core.summaries.has(id);
  if (!known) throw notFound(core, id, 'documentId');
  await core.gate.shared(() =>
    core.mutex.run(id, async () => {
      const current = await core.cache.document(id);
      const layer = await core.cache.layer(core.annotator.id, id);
      const revision = current.revision + layer.revision;
      if (expectedRevision !== undefined && expectedRevision !== revision) {
        const values = { revision, expected: expectedRevision, then: 'reload' };
        throw codedError('conflict', 'errors.document.changedMeanwhile', values, 'expectedRevision');
      }
      const doc: DocumentFile = structuredClone({ ...current, revision: current.revision + 1, updatedAt: new Date().toISOString() });
      change(doc);
      await core.summaries.markOpenForWriting();
      await core.files.writeDocument(doc);
      core.cache.putDocument(doc);
      core.summaries.set(summarize(doc, layer));
    }),
  );
  emit(core, event, id);
  return structuredClone(core.summaries.getAny(id) as DocumentSummary);
}

/** "No document with id …", or that it is in the trash when it is. */
export function notFound(core: CorpusCore, id: string, field: string): IsnadError {
  return core.summaries.isTrashed(id)
    ? codedError('not_found', 'errors.document.inTrash', { id }, field)
    : codedError('not_found', 'errors.document.notFound', { id }, field);
}

/**
 * Deletes the document file first (if we crash before the rest, reopening drops its
 * summary), then my and the curated layer of it and their journals. Colleagues' layers are
 * theirs and stay.
 */
export async function deleteDocument(core: CorpusCore, id: string, options: { expectedRevision?: number }): Promise<void> {
  assertWritable(core);
  // Also for a document in the trash: emptying the trash deletes it this way.
  if (!core.summaries.hasAny(id)) throw codedError('not_found', 'errors.document.notFound', { id }, 'id');
  await core.gate.shared(() =>
    core.writes.withoutCompaction(id, () =>
      core.mutex.run(id, async () => {
        const revision = core.summaries.getAny(id)?.revision;
        if (options.expectedRevision !== undefined && revision !== options.expectedRevision) {
          const values = { revision: revision ?? 0, expected: options.expectedRevision, then: 'deleted' };
          throw codedError('conflict', 'errors.document.changedMeanwhile', values, 'expectedRevision');
        }
        await core.summaries.markOpenForWriting();
        await core.files.remove(core.paths.document(id));
        for (const owner of [core.annotator.id, CURATED]) {
          await core.files.remove(core.paths.layer(owner, id));
          await unlink(core.paths.journal(owner, id)).catch(() => {});
        }
        core.cache.dropDocument(id);
        core.summaries.delete(id);
      }),
    ),
  );
  emit(core, 'document-deleted', id);
}

/**
 * The source with every field, as one literal when it holds only the known fields: spread
 * over the defaults, the file name and hash it gets from an import would need a property
 * array of their own, kept in the summary of every document.
 */
function storedSource(given: Partial<Source> | undefined): Source {
  const { outlet = '', url = '', publishedAt = '', author = '', file, originalHash, ...rest } = given ?? {};
  if (Object.keys(rest).length > 0) return { outlet: '', url: '', publishedAt: '', author: '', ...given };
  if (file !== undefined && originalHash !== undefined) return { outlet, url, publishedAt, author, file, originalHash };
  if (file !== undefined) return { outlet, url, publishedAt, author, file };
  if (originalHash !== undefined) return { outlet, url, publishedAt, author, originalHash };
  return { outlet, url, publishedAt, author };
}
