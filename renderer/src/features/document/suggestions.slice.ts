import { create } from 'zustand';
import type { Annotation, AnnotationType } from '../../../../shared/domain/annotation';
import type { Region } from '../../../../shared/domain/document';
import type { RejectedSuggestion, Suggestion } from '../../../../shared/domain/suggestion';
import { acceptanceEdits, planAcceptance, withLinkedSuggestions } from '../../../../shared/suggest/accept';
import { api } from '../../api/client';
import { describeError, reportError } from '../../app/notices';
import type { SuggestionRef } from './history.logic';
import { excerpt } from '../../ui/labels';
import { filteredItems, usePanelFilter } from './panel-filter.logic';
import { commitReview, newAnnotationId, onReviewUndoRedo, saveQueue, selectAnnotation, selectSuggestion, setTextSelection, useSession } from './document.store';
import { type PanelItem, firstSuggestionFrom, nextSuggestion, offeredSuggestions, suggestOnOpen } from './suggestion-review.logic';

/**
 * Suggestions on the document screen (the imperative shell around suggestion-review.ts):
 * asking the main process for them, accepting and rejecting through the screen's command
 * log (so both undo and are saved in order with every other change), and where focus goes.
 */

export type SuggestStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SuggestionsState {
  documentId: string | null;
  status: SuggestStatus;
  error: string | null;
  /**
   * The engine's suggestions for the open document, including those already rejected or
   * annotated: what is on offer is derived from these and the document as it is now, so
   * undo brings a suggestion back without asking again.
   */
  found: Suggestion[];
  /** The journalist hid the suggestions; they stay hidden (on every document) until Suggest. */
  hidden: boolean;
  /** What the last accept or reject did, for the panel's status line. */
  notice: string | null;
}

const idle = { documentId: null, status: 'idle', error: null, found: [], notice: null } as const;
export const useSuggestions = create<SuggestionsState>(() => ({ ...idle, found: [], hidden: false }));
const set = useSuggestions.setState;
const get = useSuggestions.getState;

let cache: {
  found: Suggestion[];
  annotations: readonly Annotation[];
  rejected: readonly RejectedSuggestion[];
  regions: readonly Region[];
  hidden: boolean;
  offered: Suggestion[];
} | null = null;
const NONE: Suggestion[] = [];

/** Suggestions on offer for these inputs; recomputed only when one of them changes. */
function offeredFor(found: Suggestion[], annotations: readonly Annotation[], rejected: readonly RejectedSuggestion[], regions: readonly Region[], hidden: boolean): Suggestion[] {
  if (cache && cache.found === found && cache.annotations === annotations && cache.rejected === rejected && cache.regions === regions && cache.hidden === hidden) {
    return cache.offered;
  }
  const offered = hidden || found.length === 0 ? NONE : offeredSuggestions(found, annotations, rejected, regions);
  cache = { found, annotations, rejected, regions, hidden, offered };
  return offered;
}

/** The suggestions on offer now (none while hidden), in text order. */
export function offeredNow(): Suggestion[] {
  const { annotations, doc, documentId } = useSession.getState();
  const { found, hidden } = get();
  if (!doc || get().documentId !== documentId) return NONE;
  return offeredFor(found, annotations, doc.rejectedSuggestions, doc.regions, hidden);
}

/** The same, for components: re-renders when what is on offer changes. */
export function useOfferedSuggestions(): Suggestion[] {
  const annotations = useSession((s) => s.annotations);
  const rejected = useSession((s) => s.doc?.rejectedSuggestions);
  const regions = useSession((s) => s.doc?.regions);
  const sessionDoc = useSession((s) => s.documentId);
  const found = useSuggestions((s) => s.found);
  const hidden = useSuggestions((s) => s.hidden);
  const ours = useSuggestions((s) => s.documentId === sessionDoc);
  if (!rejected || !regions || !ours) return NONE;
  return offeredFor(found, annotations, rejected, regions, hidden);
}

/** The cards as the panel shows them (filters applied), for moving focus as the journalist sees it. */
function shownItems(): PanelItem[] {
  return filteredItems(useSession.getState().annotations, offeredNow(), usePanelFilter.getState());
}

let requestSeq = 0;

/** Called once the document is on screen: fetches suggestions where they help (see `suggestOnOpen`). */
export function openSuggestions(documentId: string): void {
  if (get().documentId !== documentId) {
    requestSeq++;
    set({ ...idle, found: [], documentId });
  }
  const { doc, annotations } = useSession.getState();
  if (!doc || get().hidden || get().status !== 'idle') return;
  if (suggestOnOpen(annotations, doc.rejectedSuggestions)) void findSuggestions();
}

export function closeSuggestions(documentId: string): void {
  if (get().documentId !== documentId) return;
  requestSeq++;
  set({ ...idle, found: [] });
}

/**
 * Runs the suggestion engine in the main process for the open document. With `review`,
 * the first suggestion from the selection on becomes current and its card takes focus,
 * so A and X work at once.
 */
export async function findSuggestions(options: { review?: boolean } = {}): Promise<void> {
  const documentId = useSession.getState().documentId;
  if (!documentId) return;
  const mine = ++requestSeq;
  // Suggestions already shown stay while new ones are found (no flicker on a refresh).
  set({ documentId, status: 'loading', error: null, hidden: false, notice: null, ...(get().documentId === documentId ? {} : { found: [] }) });
  try {
    const result = await api.suggestAnnotations({ documentId, includeReviewed: true });
    if (mine !== requestSeq || useSession.getState().documentId !== documentId) return;
    set({ status: 'ready', found: result.suggestions });
    if (options.review) startReview();
  } catch (err) {
    if (mine !== requestSeq || useSession.getState().documentId !== documentId) return;
    set({ status: 'error', error: describeError(err) });
  }
}

/** Makes the first suggestion at or after the selection current and focuses its card. */
function startReview(): void {
  const items = shownItems();
  const offered = items.flatMap((i) => (i.kind === 'suggestion' ? [i.suggestion] : []));
  const { textSelection, selectedId, selectedSuggestionId, annotations } = useSession.getState();
  const current = offered.find((s) => s.id === selectedSuggestionId);
  const from = current?.start ?? textSelection?.start ?? annotations.find((a) => a.id === selectedId)?.start ?? 0;
  const target = current ?? firstSuggestionFrom(offered, from);
  if (!target) {
    set({ notice: get().found.length === 0 ? 'No suggestions for this document.' : 'No suggestions left to review.' });
    return;
  }
  // The selection only said where to start; left standing, its mark buttons would cover the text under review.
  if (textSelection) {
    window.getSelection()?.removeAllRanges();
    setTextSelection(null);
  }
  selectSuggestion(target, { reveal: true, flash: false, card: 'card' });
}

/** The Suggest button and key (G): finds suggestions (again) and starts reviewing them. */
export function suggestAndReview(): void {
  if (get().status === 'loading') return;
  void findSuggestions({ review: true });
}

export function hideSuggestions(): void {
  requestSeq++;
  set({ hidden: true, status: get().status === 'loading' ? 'idle' : get().status, notice: null });
  if (useSession.getState().selectedSuggestionId) selectSuggestion(null);
}

const ref = (s: Suggestion): SuggestionRef => ({ id: s.id, start: s.start, end: s.end });
const NOUN: Record<AnnotationType, [string, string]> = { quote: ['quote', 'quotes'], speaker: ['speaker', 'speakers'], figure: ['figure', 'figures'] };

function counted(list: readonly { type: AnnotationType }[]): string {
  const parts: string[] = [];
  for (const type of ['quote', 'speaker', 'figure'] as const) {
    const n = list.filter((x) => x.type === type).length;
    if (n > 0) parts.push(`${n} ${NOUN[type][n === 1 ? 0 : 1]}`);
  }
  return parts.join(', ');
}

/**
 * After a suggestion was dealt with, the next one becomes current: with `moveFocus` (the
 * journalist is sweeping with keys in the panel) its card takes focus, else it is only
 * scrolled to. With none left, focus goes back to the text.
 */
function moveOn(items: readonly PanelItem[], from: SuggestionRef, gone: ReadonlySet<string>, moveFocus: boolean): void {
  const next = nextSuggestion(items, from, gone);
  if (next) {
    selectSuggestion(next, { reveal: true, flash: false, card: moveFocus ? 'card' : 'scroll' });
    return;
  }
  selectSuggestion(null);
  if (offeredNow().length === 0) set({ notice: `${get().notice ?? ''} All suggestions reviewed.`.trim() });
  if (moveFocus) document.querySelector<HTMLElement>('.source-pane')?.focus({ preventScroll: true });
}

/**
 * Accepts suggestions as annotations with origin "suggested", in one undoable step. A
 * quote brings its suggested speaker along (see `withLinkedSuggestions`), so the link the
 * rules found is kept; the status line says so.
 */
export function acceptSuggestions(ids: readonly string[], options: { current?: string; moveFocus?: boolean } = {}): boolean {
  const { doc, documentId, annotations } = useSession.getState();
  if (!doc || !documentId) return false;
  const offered = offeredNow();
  const wanted = new Set(ids);
  const chosen = offered.filter((s) => wanted.has(s.id));
  const first = chosen[0];
  if (!first) return false;
  const taking = withLinkedSuggestions(chosen, offered);
  let plan: ReturnType<typeof planAcceptance>;
  try {
    plan = planAcceptance({ id: documentId, text: doc.text, annotations }, taking, newAnnotationId);
  } catch (err) {
    reportError('The suggestion could not be accepted', err);
    return false;
  }
  if (plan.creates.length === 0) return false;
  const items = shownItems();
  const only = chosen.length === 1 ? first : null;
  const label = only ? `accept suggested ${only.type}` : `accept ${counted(chosen)}`;
  const current = offered.find((s) => s.id === options.current) ?? first;
  if (!commitReview(label, ref(current), { edits: acceptanceEdits(plan.creates) })) return false;
  const extra = plan.creates.length - chosen.length;
  const speaker = only?.type === 'quote' && extra > 0 ? plan.creates.find((c) => c.type === 'speaker') : undefined;
  set({
    notice: speaker
      ? `Accepted the quote and its speaker «${excerpt(speaker.text, 40)}».`
      : `Accepted ${counted(plan.creates)}${extra > 0 ? ' (with the speakers they quote)' : ''}.`,
  });
  const selected = useSession.getState().selectedSuggestionId;
  const gone = new Set(taking.map((s) => s.id));
  if (options.current) moveOn(items, ref(current), gone, options.moveFocus ?? false);
  else if (selected && gone.has(selected)) {
    const was = offered.find((s) => s.id === selected);
    if (was) moveOn(items, ref(was), gone, false);
  }
  return true;
}

/** Accept all quotes / speakers / figures on offer in the document (the buttons show how many). */
export function acceptAllOfType(type: AnnotationType): boolean {
  return acceptSuggestions(offeredNow().flatMap((s) => (s.type === type ? [s.id] : [])));
}

/** Rejects a suggestion for good (remembered in the document), in one undoable step. */
export function rejectSuggestion(id: string, options: { moveFocus?: boolean } = {}): boolean {
  const s = offeredNow().find((x) => x.id === id);
  if (!s) return false;
  const items = shownItems();
  const rejection: RejectedSuggestion = { type: s.type, start: s.start, end: s.end, text: s.text };
  if (!commitReview(`reject suggested ${s.type}`, ref(s), { rejections: { reject: [rejection], restore: [] } })) return false;
  set({ notice: `Rejected the ${s.type} «${excerpt(s.text, 40)}».` });
  moveOn(items, ref(s), new Set([s.id]), options.moveFocus ?? false);
  return true;
}

/** Moves to a card by its key (↑ ↓ between cards of either kind). */
export function focusCard(key: string): void {
  const item = shownItems().find((i) => i.key === key);
  if (!item) return;
  if (item.kind === 'annotation') selectAnnotation(item.annotation.id, { reveal: true, flash: false, card: 'card' });
  else selectSuggestion(item.suggestion, { reveal: true, flash: false, card: 'card' });
}

// Undo brings the suggestion back and makes it current again (its card focused if the
// journalist is working in the panel); redo moves on, as the first time.
onReviewUndoRedo((entry, direction) => {
  const suggestion = entry.suggestion;
  if (!suggestion) return;
  const inPanel = document.activeElement instanceof HTMLElement && document.activeElement.closest('.annotation-panel') !== null;
  if (direction === 'undo') {
    set({ notice: null });
    if (offeredNow().some((s) => s.id === suggestion.id)) selectSuggestion(suggestion, { reveal: true, card: inPanel ? 'card' : 'scroll' });
    return;
  }
  moveOn(shownItems(), suggestion, new Set([suggestion.id]), inPanel);
});

// A block of boilerplate included again may hold suggestions the engine left out: ask again
// once the change is stored.
let lastRegions: readonly Region[] | null = null;
useSession.subscribe((state) => {
  const regions = state.doc?.regions ?? null;
  if (regions === lastRegions) return;
  const before = lastRegions;
  lastRegions = regions;
  const { status, documentId } = get();
  if (!before || !regions || status !== 'ready' || get().hidden || documentId !== state.documentId) return;
  const included = before.some((r) => r.excluded && regions.some((n) => n.id === r.id && !n.excluded));
  if (included) void saveQueue().whenIdle().then(() => findSuggestions());
});
