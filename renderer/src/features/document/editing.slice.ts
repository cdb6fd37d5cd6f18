import type { StateCreator } from 'zustand';
import { type AnnotationEdit, applyAnnotationEdits } from '../../../../shared/domain/annotation-edits';
import { api } from '../../api/client';
import { describeError, reportError } from '../../app/notices';
import { afterNextPaint } from '../../ui/after-paint';
import { translate } from '../../ui/i18n/i18n.store';
import { TYPE_LABEL } from '../../ui/labels';
import { useLibrary } from '../library/library.store';
import { type AnnotationChange, type DocumentState, type EditingSlice, SCREEN_INITIAL } from './document.state';
import {
  type DocumentPatch,
  EMPTY_HISTORY,
  type Entry,
  type History,
  type RejectionChange,
  type Step,
  type SuggestionRef,
  applyDocumentPatch,
  applyRejections,
  record,
  takeRedo,
  takeUndo,
} from './history.logic';
import { fetchDocument, takeEarly } from './early-open';
import { SaveQueue } from './save-queue';
import { libraryCountsAfterPaint } from './counts-after-paint';

type Write =
  | { documentId: string; kind: 'annotations'; edits: AnnotationEdit[] }
  | { documentId: string; kind: 'document'; patch: DocumentPatch }
  | { documentId: string; kind: 'rejections'; change: RejectionChange };

/** A step as it ran: what undoes it, and whether its write was stored. */
interface Ran {
  step: Step;
  stored: Promise<boolean>;
}

export function newAnnotationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `a${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Loading, editing, undo and saving. Every annotation change goes through `commit`: applied
 * at once on screen with the same rules as the store, recorded for undo (its inverse is
 * computed while applying), and saved in order by one retrying queue.
 */
export const createEditingSlice: StateCreator<DocumentState, [], [], EditingSlice> = (set, get) => {
  const historyOf = (documentId: string): History => get().histories[documentId] ?? EMPTY_HISTORY;

  const setHistory = (documentId: string, history: History): void => {
    set((s) => ({
      histories: { ...s.histories, [documentId]: history },
      ...(s.documentId === documentId
        ? { undoLabel: history.past.at(-1)?.label ?? null, redoLabel: history.future.at(-1)?.label ?? null }
        : {}),
    }));
  };

  const savedAs = (documentId: string, revision: number): void => {
    if (get().revisions[documentId] === revision - 1) set((s) => ({ revisions: { ...s.revisions, [documentId]: revision } }));
  };

  const forget = (documentId: string, what: { history: boolean; revision: boolean }): void => {
    set((s) => {
      const histories = { ...s.histories };
      const revisions = { ...s.revisions };
      if (what.history) delete histories[documentId];
      if (what.revision) delete revisions[documentId];
      return { histories, revisions };
    });
  };

  const queue = new SaveQueue<Write>({
    async send(write) {
      // The change is on screen already: its highlight paints before the request is built and sent.
      await afterNextPaint();
      const { documentId } = write;
      if (write.kind === 'annotations') {
        savedAs(documentId, (await api.applyAnnotationEdits({ documentId, edits: write.edits })).revision);
      } else if (write.kind === 'rejections') {
        // Both operations are idempotent, so a retry after a partial failure is harmless.
        const { change } = write;
        for (const r of change.reject) {
          savedAs(
            documentId,
            (await api.rejectSuggestion({ documentId, type: r.type, start: r.start, end: r.end, text: r.text })).revision,
          );
        }
        for (const r of change.restore) {
          savedAs(
            documentId,
            (await api.restoreSuggestion({ documentId, type: r.type, start: r.start, end: r.end, text: r.text })).revision,
          );
        }
      } else {
        const summary = await api.updateDocument({ id: documentId, ...write.patch });
        savedAs(documentId, summary.revision);
        useLibrary.getState().patch(documentId, () => summary);
      }
    },
    documentOf: (write) => write.documentId,
    onStatus(status) {
      set({ save: status });
    },
    onRejected(write, err) {
      reportError(translate('document.error.notSaved'), translate('document.error.notSavedDetail', { error: describeError(err) }));
      forget(write.documentId, { history: true, revision: false });
      if (get().documentId === write.documentId) void get().loadDocument(write.documentId, { keepSelection: true });
    },
  });

  const updateCounts = libraryCountsAfterPaint();

  /** Applies a half of a step to the screen and queues it for saving; returns the step as run. */
  const run = (documentId: string, half: 'forward' | 'backward', step: Step): Ran | null => {
    const state = get();
    if (!state.doc || state.documentId !== documentId) return null;
    if (step.target === 'annotations') {
      const edits = step[half] as AnnotationEdit[];
      let outcome: ReturnType<typeof applyAnnotationEdits>;
      try {
        outcome = applyAnnotationEdits(state.doc.text, state.annotations, edits, new Date().toISOString());
      } catch (err) {
        reportError(translate('document.error.notPossible'), err);
        return null;
      }
      const selectedId = outcome.annotations.some((a) => a.id === state.selectedId) ? state.selectedId : null;
      set({ annotations: outcome.annotations, selectedId });
      updateCounts(documentId, outcome.annotations);
      const stored = queue.enqueue({ documentId, kind: 'annotations', edits });
      return { step: { target: 'annotations', forward: edits, backward: outcome.inverse }, stored };
    }
    if (step.target === 'rejections') {
      const change = step[half];
      const { rejected, inverse } = applyRejections(state.doc.rejectedSuggestions, change);
      set({ doc: { ...state.doc, rejectedSuggestions: rejected } });
      const stored = queue.enqueue({ documentId, kind: 'rejections', change });
      return { step: { target: 'rejections', forward: change, backward: inverse }, stored };
    }
    const patch = step[half];
    const { next, backward } = applyDocumentPatch(state.doc, patch);
    set({ doc: next });
    const stored = queue.enqueue({ documentId, kind: 'document', patch });
    return { step: { target: 'document', forward: patch, backward }, stored };
  };

  /** Makes a change, records it for undo and saves it; null when the change was refused. */
  const commit = (label: string, step: Step, coalesceKey?: string, suggestion?: SuggestionRef): Ran | null => {
    const documentId = get().documentId;
    if (!documentId) return null;
    const applied = run(documentId, 'forward', step);
    if (!applied) return null;
    const entry: Entry = { label, step: applied.step, ...(coalesceKey ? { coalesceKey } : {}), ...(suggestion ? { suggestion } : {}) };
    setHistory(documentId, record(historyOf(documentId), entry));
    return applied;
  };

  const commitEdits = (label: string, edits: AnnotationEdit[], coalesceKey?: string): Ran | null =>
    commit(label, { target: 'annotations', forward: edits, backward: [] }, coalesceKey);

  const STORED: Promise<boolean> = Promise.resolve(true);

  /** An update of one annotation; a field left with an equivalent value ("40-50" for 40–50) adds no undo step. */
  const edit = (id: string, change: AnnotationChange, label: string, coalesceKey?: string): Ran | 'unchanged' | null => {
    const current = get().annotations.find((a) => a.id === id);
    if (!current) return null;
    const same = (patch: Record<string, unknown> | undefined, into: object) =>
      !patch || Object.entries(patch).every(([k, v]) => JSON.stringify((into as Record<string, unknown>)[k]) === JSON.stringify(v));
    if (same(change.attributes, current.attributes) && same(change.verdict, current.verdict)) return 'unchanged';
    return commitEdits(label, [{ kind: 'update', id, ...change } as AnnotationEdit], coalesceKey);
  };

  /** After undo or redo: the suggestions decide where focus goes, else show where the change happened, as editors do. */
  const afterMove = (entry: Entry, applied: Step, direction: 'undo' | 'redo'): void => {
    if (entry.suggestion) {
      get().afterReviewMove(entry, direction);
      return;
    }
    if (applied.target !== 'annotations') return;
    const ids = applied.forward.map((e) => e.id);
    const shown = get().annotations.find((a) => ids.includes(a.id));
    if (shown) get().selectAnnotation(shown.id, { reveal: true, card: 'scroll' });
  };

  const move = (direction: 'undo' | 'redo'): boolean => {
    const documentId = get().documentId;
    const history = documentId ? historyOf(documentId) : null;
    const taken = history ? (direction === 'undo' ? takeUndo(history) : takeRedo(history)) : null;
    if (!documentId || !taken) return false;
    const applied = run(documentId, direction === 'undo' ? 'backward' : 'forward', taken.entry.step);
    if (!applied) return false;
    setHistory(documentId, taken.done(applied.step));
    afterMove(taken.entry, applied.step, direction);
    return true;
  };

  return {
    ...SCREEN_INITIAL,
    save: { state: 'saved', pending: 0, error: null, retryAt: null },
    histories: {},
    revisions: {},

    async loadDocument(documentId, options = {}) {
      const keep = options.keepSelection && get().documentId === documentId;
      const history = historyOf(documentId);
      set({
        ...(keep ? {} : SCREEN_INITIAL),
        documentId,
        loadError: null,
        undoLabel: history.past.at(-1)?.label ?? null,
        redoLabel: history.future.at(-1)?.label ?? null,
      });
      try {
        // Fetched from the click when no save was queued; else writes queued for this document land first.
        const early = keep ? null : takeEarly(documentId);
        if (!early) await queue.whenSaved((w) => w.documentId === documentId);
        const { annotations, ...doc } = await (early ?? fetchDocument(documentId));
        // With our own writes for it in flight, the answer may be older or newer than they are:
        // the revision chain our saves keep stays the judge until they land.
        if (!queue.has((w) => w.documentId === documentId)) {
          const known = get().revisions[documentId];
          // Changed elsewhere since this screen last saved it: replaying undo steps recorded
          // against the older state could remove or rewrite someone else's work.
          if (known !== undefined && known !== doc.revision) setHistory(documentId, EMPTY_HISTORY);
          set((s) => ({ revisions: { ...s.revisions, [documentId]: doc.revision } }));
        }
        if (get().documentId !== documentId) return;
        const selectedId = keep && annotations.some((a) => a.id === get().selectedId) ? get().selectedId : null;
        set({ doc, annotations, selectedId });
      } catch (err) {
        if (get().documentId === documentId) set({ loadError: describeError(err) });
      }
    },

    documentChangedElsewhere(change) {
      const { documentId } = get();
      // Only edits reload; a document that comes or goes is the library's news (it closes a deleted one).
      if (documentId !== change.documentId || change.change === 'added' || change.change === 'deleted') return;
      if (queue.has((w) => w.documentId === documentId)) return;
      const known = get().revisions[documentId];
      if (change.revision !== undefined && known !== undefined && change.revision <= known) return;
      void get().loadDocument(documentId, { keepSelection: true });
    },

    closeDocument(documentId) {
      if (get().documentId === documentId) set(SCREEN_INITIAL);
    },

    commitEdits(label, edits, coalesceKey) {
      return commitEdits(label, edits, coalesceKey) !== null;
    },

    commitDocument(label, patch, coalesceKey) {
      const doc = get().doc;
      if (!doc) return false;
      const unchanged =
        (patch.title === undefined || patch.title === doc.title) &&
        (patch.source === undefined || Object.entries(patch.source).every(([k, v]) => doc.source[k as keyof typeof doc.source] === v)) &&
        (patch.regions === undefined || JSON.stringify(patch.regions) === JSON.stringify(doc.regions));
      if (unchanged) return true;
      return commit(label, { target: 'document', forward: patch, backward: {} }, coalesceKey) !== null;
    },

    commitReview(label, suggestion, change) {
      const step: Step =
        'edits' in change
          ? { target: 'annotations', forward: change.edits, backward: [] }
          : { target: 'rejections', forward: change.rejections, backward: { reject: [], restore: [] } };
      return commit(label, step, undefined, suggestion) !== null;
    },

    undo: () => move('undo'),
    redo: () => move('redo'),

    createAnnotation(type, start, end) {
      const { doc, pendingSpeakerFor, annotations } = get();
      if (!doc) return null;
      const text = doc.text.slice(start, end);
      const id = newAnnotationId();
      const create: AnnotationEdit = {
        kind: 'create',
        id,
        type,
        start,
        end,
        text,
        ...(type === 'figure' ? { attributes: { raw: text } } : {}),
      };
      const edits: AnnotationEdit[] = [create];
      const waiting = type === 'speaker' && pendingSpeakerFor ? annotations.find((a) => a.id === pendingSpeakerFor) : undefined;
      if (waiting) edits.push({ kind: 'update', id: waiting.id, attributes: { speakerId: id } });
      if (
        !commitEdits(
          waiting ? translate('document.undo.markQuoteSpeaker') : translate('document.undo.mark', { type: translate(TYPE_LABEL[type]) }),
          edits,
        )
      )
        return null;
      set({ pendingSpeakerFor: null, textSelection: null });
      get().selectAnnotation(waiting ? waiting.id : id, { card: 'card' });
      return id;
    },

    editAnnotation(id, change, label, coalesceKey) {
      return edit(id, change, label, coalesceKey) !== null;
    },

    async editAnnotationIn(documentId, id, change, label) {
      await get().loadDocument(documentId, { keepSelection: true });
      if (get().documentId !== documentId || !get().doc) {
        const problem = get().loadError;
        if (problem) reportError(translate('document.error.open'), problem);
        return false;
      }
      if (!get().annotations.some((a) => a.id === id)) {
        reportError(translate('document.error.notPossible'), translate('document.error.annotationGone'));
        return false;
      }
      const made = edit(id, change, label);
      if (made === null) return false;
      return made === 'unchanged' ? STORED : made.stored;
    },

    moveAnnotation(id, start, end, coalesceKey) {
      const { doc, annotations } = get();
      const current = annotations.find((a) => a.id === id);
      if (!doc || !current || end <= start) return false;
      if (current.start === start && current.end === end) return true;
      return (
        commitEdits(
          translate('document.undo.moveSpan'),
          [{ kind: 'update', id, start, end, text: doc.text.slice(start, end) }],
          coalesceKey,
        ) !== null
      );
    },

    deleteAnnotation(id) {
      const annotations = get().annotations;
      const index = annotations.findIndex((a) => a.id === id);
      if (index < 0) return false;
      const neighbour = annotations[index + 1] ?? annotations[index - 1];
      if (!commitEdits(translate('document.undo.delete'), [{ kind: 'delete', id }])) return false;
      if (neighbour) get().selectAnnotation(neighbour.id, { card: 'card' });
      return true;
    },

    markReviewed(id) {
      const current = get().annotations.find((a) => a.id === id);
      if (!current?.carried) return false;
      // carried: null is the store's "reviewed"; the inverse edit puts the status back on undo.
      return commitEdits(translate('document.undo.markReviewed'), [{ kind: 'update', id, carried: null }]) !== null;
    },

    setRegionExcluded(regionId, excluded) {
      const doc = get().doc;
      if (!doc) return false;
      const regions = doc.regions.map((r) => (r.id === regionId ? { ...r, excluded } : r));
      return get().commitDocument(excluded ? 'exclude boilerplate' : 'include boilerplate', { regions });
    },

    retrySavingNow() {
      queue.retryNow();
    },

    whenSaved(documentId) {
      return documentId === undefined ? queue.whenIdle() : queue.whenSaved((w) => w.documentId === documentId);
    },

    async storedRevision(documentId) {
      await queue.whenSaved((w) => w.documentId === documentId);
      return get().revisions[documentId];
    },

    forgetDocument(documentId) {
      forget(documentId, { history: true, revision: true });
    },

    setLayer(annotatorId, layer) {
      set((s) => {
        const layers = { ...s.layers };
        if (layer) layers[annotatorId] = layer;
        else delete layers[annotatorId];
        return { layers };
      });
    },
  };
};
