import { stat } from 'node:fs/promises';
import type { Annotation } from '../../../shared/domain/annotation';
import { compareAnnotations } from '../../../shared/domain/annotation-rules';
import type { RejectedSuggestion } from '../../../shared/domain/suggestion';
import type { CorpusFiles } from './corpus-files';
import { type JournalContent, cutTornTail, readJournal } from './journal';
import { CORPUS_SCHEMA_VERSION, LayerFile } from './schema';
import { codedError } from '../../../shared/error-text';

/**
 * One annotator's annotations on one document, as the store holds it: the layer file with
 * its journal replayed. `annotations` is replaced on every change, never edited in place,
 * so a compaction can serialize a snapshot while edits go on.
 */
export interface LayerState {
  documentId: string;
  annotator: string;
  revision: number;
  updatedAt: string;
  annotations: Annotation[];
  rejectedSuggestions: RejectedSuggestion[];
  /** The revision the layer file on disk holds; the journal holds the rest. */
  fileRevision: number;
  /** Journal lines not yet compacted. */
  journalLines: number;
  journalBytes: number;
}

export function emptyLayer(documentId: string, annotator: string): LayerState {
  return {
    documentId,
    annotator,
    revision: 0,
    updatedAt: '',
    annotations: [],
    rejectedSuggestions: [],
    fileRevision: 0,
    journalLines: 0,
    journalBytes: 0,
  };
}

export function layerFileOf(state: LayerState): LayerFile {
  return {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    documentId: state.documentId,
    annotator: state.annotator,
    revision: state.revision,
    updatedAt: state.updatedAt,
    annotations: state.annotations,
    rejectedSuggestions: state.rejectedSuggestions,
  };
}

export function layerStateOf(file: LayerFile): LayerState {
  return {
    documentId: file.documentId,
    annotator: file.annotator,
    revision: file.revision,
    updatedAt: file.updatedAt,
    annotations: file.annotations,
    rejectedSuggestions: file.rejectedSuggestions,
    fileRevision: file.revision,
    journalLines: 0,
    journalBytes: 0,
  };
}

/**
 * The layer file with the journal's later lines applied in order. `gap` is true when the
 * journal does not continue the file's revision (lines the file does not hold are missing):
 * for the writer that is damage; for a reader it means a compaction ran while it read.
 */
export function replay(state: LayerState, journal: JournalContent | null): { state: LayerState; gap: boolean } {
  if (!journal || journal.entries.length === 0) return { state, gap: false };
  let byId: Map<string, Annotation> | null = null;
  const next = { ...state };
  for (const entry of journal.entries) {
    if (entry.revision <= next.revision) continue;
    if (entry.revision !== next.revision + 1) return { state, gap: true };
    byId ??= new Map(next.annotations.map((a) => [a.id, a]));
    for (const id of entry.delete) byId.delete(id);
    for (const a of entry.set) byId.set(a.id, a);
    if (entry.rejections) next.rejectedSuggestions = entry.rejections;
    next.revision = entry.revision;
    next.updatedAt = entry.at;
  }
  if (byId) next.annotations = [...byId.values()].sort(compareAnnotations);
  next.journalLines = journal.entries.filter((e) => e.revision > state.fileRevision).length;
  next.journalBytes = journal.goodBytes;
  return { state: next, gap: false };
}

function readLayerFile(files: CorpusFiles, annotator: string, documentId: string): LayerState {
  const what = `layers/${annotator}/${documentId}.json`;
  const file = files.checked.read(files.paths.layer(annotator, documentId), what, LayerFile);
  if (file === null) return emptyLayer(documentId, annotator);
  if (file.documentId !== documentId || file.annotator !== annotator) {
    throw codedError('corrupt_data', 'errors.layers.wrongOwner', { what, owner: `${file.annotator}/${file.documentId}` });
  }
  return layerStateOf(file);
}

async function identity(path: string): Promise<string> {
  try {
    const s = await stat(path);
    return `${s.ino}:${s.mtimeMs}:${s.size}`;
  } catch {
    return 'missing';
  }
}

const READ_ATTEMPTS = 20;

/**
 * Loads a layer. The writer (`repair`) owns the journal: a torn last line is cut off so the
 * next append does not follow it, and a gap is damage. A reader holds no lock while the
 * writer compacts, so it checks that the layer file did not change while it read the
 * journal and that the journal continues it, and reads again otherwise: what it returns is
 * a state the layer really had, with every edit acknowledged before it started.
 */
export async function loadLayer(files: CorpusFiles, annotator: string, documentId: string, repair: boolean): Promise<LayerState> {
  const { paths } = files;
  const layerPath = paths.layer(annotator, documentId);
  const journalPath = paths.journal(annotator, documentId);
  const what = `.isnad/journal/${annotator}/${documentId}.jsonl`;
  for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
    const before = repair ? '' : await identity(layerPath);
    const file = readLayerFile(files, annotator, documentId);
    const journal = await readJournal(journalPath, what);
    if (!repair && (await identity(layerPath)) !== before) continue;
    const { state, gap } = replay(file, journal);
    if (gap) {
      if (repair) throw codedError('corrupt_data', 'errors.layers.notContinuing', { what, revision: file.revision });
      continue;
    }
    if (repair && journal?.torn) await cutTornTail(journalPath, journal.goodBytes);
    return state;
  }
  throw codedError('unavailable', 'errors.layers.keptChanging', { annotator, documentId });
}
