import { existsSync } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { IsnadError } from '../../../shared/errors';
import { type Annotation, Verdict } from '../../../shared/domain/annotation';
import { type AnnotationEdit, applyAnnotationEdits } from '../../../shared/domain/annotation-edits';
import type { Document } from '../../../shared/domain/document';
import { type RejectedSuggestion, sameSuggestion } from '../../../shared/domain/suggestion';
import { checkSpan } from '../../../shared/text/offsets';
import type { CorpusFiles } from './corpus-files';
import type { DocumentCache } from './document-cache';
import { appendJournal, dropThrough } from './journal';
import { KeyedMutex } from './keyed-mutex';
import { type LayerState, layerFileOf } from './layer-state';
import type { JournalEntry } from './schema';
import type { SummaryIndex } from './summaries';
import { mergedDocument, summarize } from './summary';
import type { WriteGate } from './write-gate';
import type { StoreEvent } from './events';
import { codedError, refiled } from '../../../shared/error-text';

/** When a layer's journal is folded into its file. */
export interface CompactionPolicy {
  /** After the layer has had no edit for this long. */
  idleMs: number;
  /** At once, when the journal has grown past either bound. */
  maxLines: number;
  maxBytes: number;
}

export const DEFAULT_COMPACTION: CompactionPolicy = { idleMs: 2_000, maxLines: 500, maxBytes: 4 * 1024 * 1024 };

export interface WriterContext {
  files: CorpusFiles;
  cache: DocumentCache;
  /** Per document: its file and all its layers change one write at a time. */
  mutex: KeyedMutex;
  gate: WriteGate;
  summaries: SummaryIndex;
  me: () => string;
  emit: (event: StoreEvent) => void;
  /** A layer's journal was folded into its file (the open payload is built from here: document-payload.ts). */
  folded: (owner: string, documentId: string) => void;
  assertWritable: () => void;
  log: (message: string) => void;
}

/** What a write does to a layer: annotation edits (all or nothing) and/or rejected suggestions. */
export interface LayerPlan {
  edits: AnnotationEdit[];
  rejections?: { add?: RejectedSuggestion[]; remove?: RejectedSuggestion[] };
  /** Report a broken rule's field as the single operation names it (`text`), not `edits.0.text`. */
  plainFields?: boolean;
}

export interface LayerWrite {
  /** The client's revision after the write (document + layer). */
  revision: number;
  annotations: Annotation[];
  /** Touched annotations still present, as stored (with who changed them). */
  changed: Annotation[];
  deleted: string[];
  touched: string[];
  rejected: RejectedSuggestion[];
}

function applyRejections(text: string, current: RejectedSuggestion[], change: NonNullable<LayerPlan['rejections']>): RejectedSuggestion[] {
  let list = current;
  for (const r of change.add ?? []) {
    const problem = checkSpan(text, r.start, r.end, r.text);
    if (problem) throw codedError('invalid_input', problem.messageId, problem.values, problem.field);
    if (!list.some((x) => sameSuggestion(x, r))) list = [...list, { type: r.type, start: r.start, end: r.end, text: r.text }];
  }
  for (const r of change.remove ?? []) list = list.filter((x) => !sameSuggestion(x, r));
  return list;
}

const UNCHECKED = JSON.stringify(Verdict.parse({}));

/** Stamps who created, changed and last changed the verdict of each touched annotation. */
function attribute(
  before: readonly Annotation[],
  after: Annotation[],
  touched: Set<string>,
  me: string,
): { list: Annotation[]; changed: Annotation[] } {
  const prior = new Map<string, Annotation>();
  for (const a of before) if (touched.has(a.id)) prior.set(a.id, a);
  const changed: Annotation[] = [];
  const list = after.map((a) => {
    if (!touched.has(a.id)) return a;
    const was = prior.get(a.id);
    const verdictChanged = JSON.stringify(a.verdict) !== (was ? JSON.stringify(was.verdict) : UNCHECKED);
    const createdBy = was ? was.createdBy : me;
    const verdictBy = verdictChanged ? me : was?.verdictBy;
    const stamped = {
      ...a,
      ...(createdBy ? { createdBy } : {}),
      updatedBy: me,
      ...(verdictBy ? { verdictBy } : {}),
    } as Annotation;
    changed.push(stamped);
    return stamped;
  });
  return { list, changed };
}

function withPlainField(err: unknown): never {
  if (err instanceof IsnadError && err.field?.startsWith('edits.')) {
    throw refiled(err, err.field.replace(/^edits\.\d+\.?/, '') || undefined);
  }
  throw err;
}

/**
 * The one path every annotation change takes (create, update, delete, batches, accepted
 * suggestions, rejections), for my layer and the curated one: apply the shared rules to the
 * layer in memory, append the result to the layer's journal and datasync it, then
 * acknowledge. Compaction folds journals into layer files in the background.
 */
export class AnnotationWrites {
  readonly #ctx: WriterContext;
  readonly #policy: CompactionPolicy;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  /** Per document: one compaction at a time, and no delete while one writes the layer file. */
  readonly #compacting = new KeyedMutex();

  constructor(ctx: WriterContext, policy: CompactionPolicy) {
    this.#ctx = ctx;
    this.#policy = policy;
  }

  async write(
    documentId: string,
    owner: string,
    expectedRevision: number | undefined,
    plan: (doc: Readonly<Document>) => LayerPlan,
  ): Promise<LayerWrite> {
    const { cache, mutex, gate, summaries, files, me } = this.#ctx;
    this.#ctx.assertWritable();
    if (!summaries.has(documentId)) {
      const id = summaries.isTrashed(documentId) ? 'errors.document.inTrash' : 'errors.document.notFound';
      throw codedError('not_found', id, { id: documentId }, 'documentId');
    }
    return gate.shared(() =>
      mutex.run(documentId, async () => {
        const doc = await cache.document(documentId);
        const layer = await cache.layer(owner, documentId);
        const current = doc.revision + layer.revision;
        if (expectedRevision !== undefined && expectedRevision !== current) {
          throw codedError(
            'conflict',
            'errors.document.changedMeanwhile',
            { revision: current, expected: expectedRevision, then: 'reload' },
            'expectedRevision',
          );
        }
        const stamp = new Date().toISOString();
        const by = me();
        const change = plan(mergedDocument(doc, layer));
        let outcome;
        let rejected;
        try {
          outcome = applyAnnotationEdits(doc.text, layer.annotations, change.edits, stamp);
          rejected = change.rejections
            ? applyRejections(doc.text, layer.rejectedSuggestions, change.rejections)
            : layer.rejectedSuggestions;
        } catch (err) {
          if (change.plainFields) withPlainField(err);
          throw err;
        }
        const touched = new Set(outcome.touched);
        const { list, changed } = attribute(layer.annotations, outcome.annotations, touched, by);
        const present = new Set(changed.map((a) => a.id));
        const deleted = outcome.touched.filter((id) => !present.has(id));
        const entry: JournalEntry = {
          revision: layer.revision + 1,
          at: stamp,
          by,
          set: changed,
          delete: deleted,
          ...(rejected !== layer.rejectedSuggestions ? { rejections: rejected } : {}),
        };
        await summaries.markOpenForWriting();
        await files.ensureFolder(files.paths.journalDir(owner));
        const line = JSON.stringify(entry).length + 1;
        try {
          await appendJournal(files.paths.journal(owner, documentId), entry);
        } catch (err) {
          // Memory is unchanged; reloading the layer cuts a torn line the append could not.
          cache.dropLayer(owner, documentId);
          throw err;
        }
        const next: LayerState = {
          ...layer,
          revision: entry.revision,
          updatedAt: stamp,
          annotations: list,
          rejectedSuggestions: rejected,
          journalLines: layer.journalLines + 1,
          journalBytes: layer.journalBytes + line,
        };
        cache.putLayer(next);
        if (owner === by) summaries.set(summarize(doc, next));
        this.#schedule(owner, documentId, next);
        if (owner !== by) this.#ctx.emit({ kind: 'layer-changed', documentId, annotator: owner });
        else if (touched.size > 0) this.#ctx.emit({ kind: 'annotations-changed', documentId, annotationIds: outcome.touched });
        else if (entry.rejections) this.#ctx.emit({ kind: 'document-updated', documentId });
        return { revision: doc.revision + next.revision, annotations: list, changed, deleted, touched: outcome.touched, rejected };
      }),
    );
  }

  #schedule(owner: string, documentId: string, state: LayerState): void {
    const key = `${owner}/${documentId}`;
    const pending = this.#timers.get(key);
    if (pending) clearTimeout(pending);
    const full = state.journalLines >= this.#policy.maxLines || state.journalBytes >= this.#policy.maxBytes;
    const timer = setTimeout(
      () => {
        this.#timers.delete(key);
        void this.#ctx.gate
          .shared(() => this.compact(owner, documentId))
          .catch((err: unknown) =>
            this.#ctx.log(`isnad: could not compact ${key}: ${(err as Error).message}; its journal keeps the edits`),
          );
      },
      full ? 0 : this.#policy.idleMs,
    );
    timer.unref?.();
    this.#timers.set(key, timer);
  }

  /**
   * Writes the layer file at its current revision R (outside the document's lock: edits go
   * on meanwhile), then drops the journal lines ≤ R. A crash between the two leaves lines
   * the file already holds, which replay skips.
   */
  compact(owner: string, documentId: string): Promise<void> {
    const { cache, mutex, files } = this.#ctx;
    const journal = files.paths.journal(owner, documentId);
    return this.#compacting.run(documentId, async () => {
      const snapshot = await mutex.run(documentId, async () => {
        if (!existsSync(files.paths.document(documentId))) {
          // The document was deleted: its journal has nothing left to fold into.
          await unlink(journal).catch(() => {});
          cache.dropLayer(owner, documentId);
          return null;
        }
        const state = await cache.layer(owner, documentId);
        return state.revision === state.fileRevision && !existsSync(journal) ? null : state;
      });
      if (!snapshot) return;
      if (snapshot.revision !== snapshot.fileRevision) await files.writeJson(files.paths.layer(owner, documentId), layerFileOf(snapshot));
      await mutex.run(documentId, async () => {
        const kept = await dropThrough(journal, `.isnad/journal/${owner}/${documentId}.jsonl`, snapshot.revision);
        const current = cache.peekLayer(owner, documentId);
        if (current) {
          cache.putLayer({
            ...current,
            fileRevision: Math.max(current.fileRevision, snapshot.revision),
            journalLines: kept,
            journalBytes: kept === 0 ? 0 : current.journalBytes,
          });
        }
      });
      this.#ctx.folded(owner, documentId);
    });
  }

  /** Folds every journal on disk into its layer file (on close, before a sync commits). */
  async compactAll(): Promise<void> {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    const root = this.#ctx.files.paths.journalDir('');
    for (const owner of await readdir(root).catch(() => [] as string[])) {
      for (const name of await readdir(this.#ctx.files.paths.journalDir(owner)).catch(() => [] as string[])) {
        if (name.endsWith('.jsonl')) await this.compact(owner, name.slice(0, -'.jsonl'.length));
      }
    }
  }

  /** Runs `work` (a delete) when no compaction of the document is writing its layer file. */
  withoutCompaction<T>(documentId: string, work: () => Promise<T>): Promise<T> {
    for (const [key, timer] of this.#timers) {
      if (key.endsWith(`/${documentId}`)) {
        clearTimeout(timer);
        this.#timers.delete(key);
      }
    }
    return this.#compacting.run(documentId, work);
  }

  cancelTimers(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
