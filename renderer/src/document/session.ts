import { create } from 'zustand';
import type { DocumentChange } from '../../../shared/contract/events';
import type { Annotation, AnnotationType } from '../../../shared/domain/annotation';
import { type AnnotationEdit, applyAnnotationEdits } from '../../../shared/domain/annotation-edits';
import { countByType } from '../../../shared/domain/counts';
import type { Document, DocumentSummary } from '../../../shared/domain/document';
import type { Span } from '../../../shared/text/segments';
import { api } from '../api/client';
import { useLibrary } from '../state/library';
import { describeError, reportError } from '../state/notices';
import {
  type DocumentPatch,
  EMPTY_HISTORY,
  type Entry,
  type History,
  type RejectionChange,
  type Step,
  type SuggestionRef,
  applyRejections,
  record,
  takeRedo,
  takeUndo,
} from './history';
import { SaveQueue, type SaveStatus } from './save-queue';
import { suggestionKey } from './suggestion-review';

export interface TextSelection {
  start: number;
  end: number;
  /** Alt was held: keep exactly these characters instead of whole words. */
  exact: boolean;
}

/** A request to bring a place of the text into view (and flash it). */
export interface Reveal {
  seq: number;
  start: number;
  end: number;
  annotationId: string | null;
  flash: boolean;
}

export interface SessionState {
  documentId: string | null;
  /** Metadata, text and regions; the annotations live in `annotations`. */
  doc: Omit<Document, 'annotations'> | null;
  /** In text order. Objects that did not change keep their identity (memoized rendering). */
  annotations: Annotation[];
  loadError: string | null;
  selectedId: string | null;
  /** The suggestion under review (its card is current), when no annotation is selected. */
  selectedSuggestionId: string | null;
  reveal: Reveal | null;
  /**
   * Asks the panel to bring a card into view, focus it, or focus its first field. `key` is
   * an annotation id, or `suggestion:<id>` for a suggestion's card.
   */
  cardFocus: { key: string; seq: number; mode: 'scroll' | 'card' | 'field' } | null;
  textSelection: TextSelection | null;
  /** A quote waiting for its speaker to be marked in the text. */
  pendingSpeakerFor: string | null;
  undoLabel: string | null;
  redoLabel: string | null;
  save: SaveStatus;
  /**
   * Spans other features draw over the text besides the annotations, by owner: e.g. the
   * suggestions feature sets `overlays.suggestions` to spans with variant 'suggested'
   * (dashed). Cleared when another document opens.
   */
  overlays: Record<string, readonly Span[]>;
}

type Write =
  | { documentId: string; kind: 'annotations'; edits: AnnotationEdit[] }
  | { documentId: string; kind: 'document'; patch: DocumentPatch }
  | { documentId: string; kind: 'rejections'; change: RejectionChange };

const initial: SessionState = {
  documentId: null,
  doc: null,
  annotations: [],
  loadError: null,
  selectedId: null,
  selectedSuggestionId: null,
  reveal: null,
  cardFocus: null,
  textSelection: null,
  pendingSpeakerFor: null,
  undoLabel: null,
  redoLabel: null,
  save: { state: 'saved', pending: 0, error: null, retryAt: null },
  overlays: {},
};

export const useSession = create<SessionState>(() => initial);
const set = useSession.setState;
const get = useSession.getState;

/** Undo stacks per document, so going back to a document still undoes its last changes. */
const histories = new Map<string, History>();
let seq = 0;

function historyOf(documentId: string): History {
  return histories.get(documentId) ?? EMPTY_HISTORY;
}

function setHistory(documentId: string, history: History): void {
  histories.set(documentId, history);
  if (get().documentId === documentId) {
    set({ undoLabel: history.past.at(-1)?.label ?? null, redoLabel: history.future.at(-1)?.label ?? null });
  }
}

/**
 * The stored revision each document has reached through this screen: read on load, then
 * advanced by our own saves. Every stored write adds exactly one, so a save that comes back
 * further ahead means someone else wrote in between; the number is then left behind and
 * the next load sees that the screen's view (and its undo history) is out of date.
 */
const revisions = new Map<string, number>();

function savedAs(documentId: string, revision: number): void {
  if (revisions.get(documentId) === revision - 1) revisions.set(documentId, revision);
}

function patchLibrary(documentId: string, change: (s: DocumentSummary) => DocumentSummary): void {
  useLibrary.setState((lib) => ({ documents: lib.documents.map((d) => (d.id === documentId ? change(d) : d)) }));
}

const queue = new SaveQueue<Write>({
  async send(write) {
    const { documentId } = write;
    if (write.kind === 'annotations') {
      savedAs(documentId, (await api.applyAnnotationEdits({ documentId, edits: write.edits })).revision);
    } else if (write.kind === 'rejections') {
      // Both operations are idempotent, so a retry after a partial failure is harmless.
      const { change } = write;
      for (const r of change.reject) {
        savedAs(documentId, (await api.rejectSuggestion({ documentId, type: r.type, start: r.start, end: r.end, text: r.text })).revision);
      }
      for (const r of change.restore) {
        savedAs(documentId, (await api.restoreSuggestion({ documentId, type: r.type, start: r.start, end: r.end, text: r.text })).revision);
      }
    } else {
      const summary = await api.updateDocument({ id: documentId, ...write.patch });
      savedAs(documentId, summary.revision);
      patchLibrary(documentId, () => summary);
    }
  },
  documentOf: (write) => write.documentId,
  onStatus(status) {
    set({ save: status });
  },
  onRejected(write, err) {
    reportError('A change could not be saved', `${describeError(err)} The document was reloaded as stored; nothing else was lost.`);
    histories.delete(write.documentId);
    if (get().documentId === write.documentId) void loadDocument(write.documentId, { keepSelection: true });
  },
});

export function saveQueue(): SaveQueue<unknown> {
  return queue as SaveQueue<unknown>;
}

/**
 * Waits until this screen's queued changes to the document are stored, then gives the
 * revision they left it at, for operations that must not run on an older state (splitting).
 * Undefined when this screen never loaded the document.
 */
export async function storedRevision(documentId: string): Promise<number | undefined> {
  await queue.whenSaved((w) => w.documentId === documentId);
  return revisions.get(documentId);
}

/** The document is gone (split), or this screen's view of it is out of date: undo must not replay on it. */
export function forgetDocument(documentId: string): void {
  histories.delete(documentId);
  revisions.delete(documentId);
}

export async function loadDocument(documentId: string, options: { keepSelection?: boolean } = {}): Promise<void> {
  const keep = options.keepSelection && get().documentId === documentId;
  const history = historyOf(documentId);
  set({
    ...(keep ? {} : { ...initial, save: get().save }),
    documentId,
    loadError: null,
    undoLabel: history.past.at(-1)?.label ?? null,
    redoLabel: history.future.at(-1)?.label ?? null,
  });
  try {
    // Writes still queued for this document must land first, or the reload would undo them.
    await queue.whenSaved((w) => w.documentId === documentId);
    const { annotations, ...doc } = await api.getDocument({ id: documentId });
    // With our own writes for it in flight, the answer may be older or newer than they are:
    // the revision chain our saves keep stays the judge until they land.
    if (!queue.has((w) => w.documentId === documentId)) {
      const known = revisions.get(documentId);
      // Changed elsewhere since this screen last saved it: replaying undo steps recorded
      // against the older state could remove or rewrite someone else's work.
      if (known !== undefined && known !== doc.revision) setHistory(documentId, EMPTY_HISTORY);
      revisions.set(documentId, doc.revision);
    }
    if (get().documentId !== documentId) return;
    const selectedId = keep && annotations.some((a) => a.id === get().selectedId) ? get().selectedId : null;
    set({ doc, annotations, selectedId });
  } catch (err) {
    if (get().documentId === documentId) set({ loadError: describeError(err) });
  }
}

/**
 * The `documentChanged` event: when it is about the open document and is not one of this
 * screen's own saves (those are still queued, or reached a revision the save chain already
 * knows), another window or a sync changed it, so the view reloads, keeping the selection.
 */
export function documentChangedElsewhere(change: DocumentChange): void {
  const documentId = get().documentId;
  if (documentId !== change.documentId || change.change === 'added') return;
  if (queue.has((w) => w.documentId === documentId)) return;
  const known = revisions.get(documentId);
  if (change.revision !== undefined && known !== undefined && change.revision <= known) return;
  void loadDocument(documentId, { keepSelection: true });
}

export function closeDocument(documentId: string): void {
  if (get().documentId === documentId) set({ ...initial, save: get().save });
}

export function newAnnotationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `a${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function updateCounts(documentId: string, annotations: Annotation[]): void {
  const counts = countByType(annotations);
  patchLibrary(documentId, (s) => ({ ...s, counts }));
}

/** Applies a half of a step to the screen and queues it for saving; returns the step as run. */
function run(documentId: string, half: 'forward' | 'backward', step: Step): Step | null {
  const state = get();
  if (!state.doc || state.documentId !== documentId) return null;
  if (step.target === 'annotations') {
    const edits = step[half] as AnnotationEdit[];
    let outcome: ReturnType<typeof applyAnnotationEdits>;
    try {
      outcome = applyAnnotationEdits(state.doc.text, state.annotations, edits, new Date().toISOString());
    } catch (err) {
      reportError('That change is not possible', err);
      return null;
    }
    const selectedId = outcome.annotations.some((a) => a.id === state.selectedId) ? state.selectedId : null;
    set({ annotations: outcome.annotations, selectedId });
    updateCounts(documentId, outcome.annotations);
    queue.enqueue({ documentId, kind: 'annotations', edits });
    return { target: 'annotations', forward: edits, backward: outcome.inverse };
  }
  if (step.target === 'rejections') {
    const change = step[half];
    const { rejected, inverse } = applyRejections(state.doc.rejectedSuggestions, change);
    set({ doc: { ...state.doc, rejectedSuggestions: rejected } });
    queue.enqueue({ documentId, kind: 'rejections', change });
    return { target: 'rejections', forward: change, backward: inverse };
  }
  const patch = step[half];
  const doc = state.doc;
  const backward: DocumentPatch = {};
  const next = { ...doc };
  if (patch.title !== undefined) {
    backward.title = doc.title;
    next.title = patch.title;
  }
  if (patch.source !== undefined) {
    backward.source = Object.fromEntries(Object.keys(patch.source).map((k) => [k, doc.source[k as keyof typeof doc.source]]));
    next.source = { ...doc.source, ...patch.source };
  }
  if (patch.regions !== undefined) {
    backward.regions = doc.regions;
    next.regions = patch.regions;
  }
  set({ doc: next });
  queue.enqueue({ documentId, kind: 'document', patch });
  return { target: 'document', forward: patch, backward };
}

/** Makes a change, records it for undo and saves it. False when the change was refused. */
function commit(label: string, step: Step, coalesceKey?: string, suggestion?: SuggestionRef): boolean {
  const documentId = get().documentId;
  if (!documentId) return false;
  const applied = run(documentId, 'forward', step);
  if (!applied) return false;
  const entry: Entry = { label, step: applied, ...(coalesceKey ? { coalesceKey } : {}), ...(suggestion ? { suggestion } : {}) };
  setHistory(documentId, record(historyOf(documentId), entry));
  return true;
}

/**
 * Accepting (annotation edits) or rejecting (a rejection change) a suggestion, as one
 * undoable step that remembers the suggestion, so undo can return to its card.
 */
export function commitReview(label: string, suggestion: SuggestionRef, change: { edits: AnnotationEdit[] } | { rejections: RejectionChange }): boolean {
  const step: Step =
    'edits' in change
      ? { target: 'annotations', forward: change.edits, backward: [] }
      : { target: 'rejections', forward: change.rejections, backward: { reject: [], restore: [] } };
  return commit(label, step, undefined, suggestion);
}

type HistoryListener = (entry: Entry, direction: 'undo' | 'redo') => void;
const historyListeners = new Set<HistoryListener>();

/**
 * Called after undo or redo of an entry that reviewed a suggestion; the suggestions
 * feature decides where focus goes (it knows which suggestions are on offer).
 */
export function onReviewUndoRedo(listener: HistoryListener): () => void {
  historyListeners.add(listener);
  return () => historyListeners.delete(listener);
}

function afterMove(entry: Entry, applied: Step, direction: 'undo' | 'redo'): void {
  if (entry.suggestion && historyListeners.size > 0) for (const listener of historyListeners) listener(entry, direction);
  else revealStep(applied);
}

export function commitEdits(label: string, edits: AnnotationEdit[], coalesceKey?: string): boolean {
  return commit(label, { target: 'annotations', forward: edits, backward: [] }, coalesceKey);
}

export function commitDocument(label: string, patch: DocumentPatch, coalesceKey?: string): boolean {
  const doc = get().doc;
  if (!doc) return false;
  const unchanged =
    (patch.title === undefined || patch.title === doc.title) &&
    (patch.source === undefined || Object.entries(patch.source).every(([k, v]) => doc.source[k as keyof typeof doc.source] === v)) &&
    (patch.regions === undefined || JSON.stringify(patch.regions) === JSON.stringify(doc.regions));
  if (unchanged) return true;
  return commit(label, { target: 'document', forward: patch, backward: {} }, coalesceKey);
}

export function undo(): boolean {
  const documentId = get().documentId;
  const taken = documentId ? takeUndo(historyOf(documentId)) : null;
  if (!documentId || !taken) return false;
  const applied = run(documentId, 'backward', taken.entry.step);
  if (!applied) return false;
  setHistory(documentId, taken.done(applied));
  afterMove(taken.entry, applied, 'undo');
  return true;
}

export function redo(): boolean {
  const documentId = get().documentId;
  const taken = documentId ? takeRedo(historyOf(documentId)) : null;
  if (!documentId || !taken) return false;
  const applied = run(documentId, 'forward', taken.entry.step);
  if (!applied) return false;
  setHistory(documentId, taken.done(applied));
  afterMove(taken.entry, applied, 'redo');
  return true;
}

/** After undo/redo, show where the change happened, as editors do. */
function revealStep(step: Step): void {
  if (step.target !== 'annotations') return;
  const ids = step.forward.map((e) => e.id);
  const shown = get().annotations.find((a) => ids.includes(a.id));
  if (shown) selectAnnotation(shown.id, { reveal: true, card: 'scroll' });
}

export interface SelectOptions {
  /** Scroll the text to it (and flash it, unless `flash` is false). */
  reveal?: boolean;
  flash?: boolean;
  /** What the panel does with the card. */
  card?: 'scroll' | 'card' | 'field';
}

export function selectAnnotation(id: string | null, options: SelectOptions = {}): void {
  const annotation = id ? get().annotations.find((a) => a.id === id) : undefined;
  set({ selectedId: annotation ? annotation.id : null, ...(annotation ? { selectedSuggestionId: null } : {}) });
  if (!annotation) return;
  if (options.reveal) revealRange(annotation.start, annotation.end, annotation.id, options.flash ?? true);
  if (options.card) set({ cardFocus: { key: annotation.id, seq: ++seq, mode: options.card } });
}

/**
 * Makes a suggestion the current one (its highlight and card stand out); an annotation
 * selected before is deselected. The caller knows the suggestion is on offer.
 */
export function selectSuggestion(suggestion: SuggestionRef | null, options: Omit<SelectOptions, 'card'> & { card?: 'scroll' | 'card' } = {}): void {
  if (!suggestion) {
    set({ selectedSuggestionId: null });
    return;
  }
  const key = suggestionKey(suggestion.id);
  set({ selectedSuggestionId: suggestion.id, selectedId: null });
  if (options.reveal) revealRange(suggestion.start, suggestion.end, key, options.flash ?? true);
  if (options.card) set({ cardFocus: { key, seq: ++seq, mode: options.card } });
}

export function revealRange(start: number, end: number, annotationId: string | null = null, flash = true): void {
  set({ reveal: { seq: ++seq, start, end, annotationId, flash } });
}

export function setTextSelection(selection: TextSelection | null): void {
  const current = get().textSelection;
  if (current?.start === selection?.start && current?.end === selection?.end && current?.exact === selection?.exact) return;
  set({ textSelection: selection });
}

/** Draws `spans` over the text for `owner` (replacing that owner's previous spans). */
export function setOverlaySpans(owner: string, spans: readonly Span[]): void {
  set((s) => ({ overlays: { ...s.overlays, [owner]: spans } }));
}

export function setPendingSpeaker(quoteId: string | null): void {
  set({ pendingSpeakerFor: quoteId });
}

/**
 * Marks [start, end) as a new annotation and selects it. A speaker marked while a quote
 * waits for one is linked to it in the same step, so one undo removes both.
 */
export function createAnnotation(type: AnnotationType, start: number, end: number): string | null {
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
  if (!commitEdits(waiting ? 'mark speaker of quote' : `mark ${type}`, edits)) return null;
  set({ pendingSpeakerFor: null, textSelection: null });
  selectAnnotation(waiting ? waiting.id : id, { card: 'card' });
  return id;
}

export function editAnnotation(
  id: string,
  change: { attributes?: Record<string, unknown>; verdict?: Record<string, unknown> },
  label: string,
  coalesceKey?: string,
): boolean {
  const current = get().annotations.find((a) => a.id === id);
  if (!current) return false;
  // A field left with an equivalent value ("40-50" for 40–50) must not add an undo step.
  const same = (patch: Record<string, unknown> | undefined, into: object) =>
    !patch || Object.entries(patch).every(([k, v]) => JSON.stringify((into as Record<string, unknown>)[k]) === JSON.stringify(v));
  if (same(change.attributes, current.attributes) && same(change.verdict, current.verdict)) return true;
  return commitEdits(label, [{ kind: 'update', id, ...change } as AnnotationEdit], coalesceKey);
}

export function moveAnnotation(id: string, start: number, end: number, coalesceKey?: string): boolean {
  const { doc, annotations } = get();
  const current = annotations.find((a) => a.id === id);
  if (!doc || !current || end <= start) return false;
  if (current.start === start && current.end === end) return true;
  return commitEdits('move span', [{ kind: 'update', id, start, end, text: doc.text.slice(start, end) }], coalesceKey);
}

export function deleteAnnotation(id: string): boolean {
  const annotations = get().annotations;
  const index = annotations.findIndex((a) => a.id === id);
  if (index < 0) return false;
  const neighbour = annotations[index + 1] ?? annotations[index - 1];
  if (!commitEdits('delete annotation', [{ kind: 'delete', id }])) return false;
  if (neighbour) selectAnnotation(neighbour.id, { card: 'card' });
  return true;
}

export function setRegionExcluded(regionId: string, excluded: boolean): boolean {
  const doc = get().doc;
  if (!doc) return false;
  const regions = doc.regions.map((r) => (r.id === regionId ? { ...r, excluded } : r));
  return commitDocument(excluded ? 'exclude boilerplate' : 'include boilerplate', { regions });
}

export function retrySavingNow(): void {
  queue.retryNow();
}
