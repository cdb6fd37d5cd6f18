import type { DocumentChange } from '../../../../shared/contract/events';
import type { Annotation, AnnotationType } from '../../../../shared/domain/annotation';
import type { AnnotationEdit } from '../../../../shared/domain/annotation-edits';
import type { Document } from '../../../../shared/domain/document';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import type { DocumentRef } from '../../../../shared/import/report';
import type { Span } from '../../../../shared/text/segments';
import type { DocumentPatch, Entry, History, RejectionChange, SuggestionRef } from './history.logic';
import type { PanelFilter, VerdictFilter } from './panel-filter.logic';
import type { SaveStatus } from './save-queue';

/**
 * The shape of the document screen's one store (document.store.ts), written out in one
 * place. Each slice file implements a part; none of them keeps state outside the store.
 */

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

/**
 * Another annotator's annotations of the open document, shown beside mine and never edited
 * here (the desk, issue 11). Every edit action works on `annotations`, my layer, only.
 */
export interface ReadOnlyLayer {
  /** Who made it, as shown to the journalist. */
  label: string;
  annotations: readonly Annotation[];
}

/** What the screen shows of the open document; reset when another document opens. */
export interface ScreenState {
  documentId: string | null;
  /** Metadata, text and regions; the annotations live in `annotations`. */
  doc: Omit<Document, 'annotations'> | null;
  /** My layer, in text order. Objects that did not change keep their identity (memoized rendering). */
  annotations: Annotation[];
  /** Other annotators' layers by annotator id, read-only; none until the desk shows them. */
  layers: Record<string, ReadOnlyLayer>;
  loadError: string | null;
  selectedId: string | null;
  /** The suggestion under review (its card is current), when no annotation is selected. */
  selectedSuggestionId: string | null;
  reveal: Reveal | null;
  /**
   * Asks the panel to bring a card into view, or to focus it as well. `key` is
   * an annotation id, or `suggestion:<id>` for a suggestion's card.
   */
  cardFocus: { key: string; seq: number; mode: 'scroll' | 'card' } | null;
  textSelection: TextSelection | null;
  /** A quote waiting for its speaker to be marked in the text. */
  pendingSpeakerFor: string | null;
  undoLabel: string | null;
  redoLabel: string | null;
  /**
   * Spans other features draw over the text besides the annotations, by owner: e.g. the
   * suggestions set `overlays.suggestions` to spans with variant 'suggested' (dashed).
   */
  overlays: Record<string, readonly Span[]>;
}

export const SCREEN_INITIAL: ScreenState = {
  documentId: null,
  doc: null,
  annotations: [],
  layers: {},
  loadError: null,
  selectedId: null,
  selectedSuggestionId: null,
  reveal: null,
  cardFocus: null,
  textSelection: null,
  pendingSpeakerFor: null,
  undoLabel: null,
  redoLabel: null,
  overlays: {},
};

export interface EditingSlice extends ScreenState {
  save: SaveStatus;
  /** Undo stacks per document, so going back to a document still undoes its last changes. */
  histories: Record<string, History>;
  /**
   * The stored revision each document has reached through this screen: read on load, then
   * advanced by our own saves. Every stored write adds exactly one, so a save that comes back
   * further ahead means someone else wrote in between; the number is then left behind and
   * the next load sees that the screen's view (and its undo history) is out of date.
   */
  revisions: Record<string, number>;
  loadDocument(documentId: string, options?: { keepSelection?: boolean }): Promise<void>;
  /**
   * The `documentChanged` event: when it is an edit of the open document and not one of this
   * screen's own saves (those are still queued, or reached a revision the save chain already
   * knows), another window or a sync changed it, so the view reloads, keeping the selection.
   */
  documentChangedElsewhere(change: DocumentChange): void;
  closeDocument(documentId: string): void;
  /** Makes a change to my layer, records it for undo and saves it. False when refused. */
  commitEdits(label: string, edits: AnnotationEdit[], coalesceKey?: string): boolean;
  commitDocument(label: string, patch: DocumentPatch, coalesceKey?: string): boolean;
  /**
   * Accepting (annotation edits) or rejecting (a rejection change) a suggestion, as one
   * undoable step that remembers the suggestion, so undo can return to its card.
   */
  commitReview(label: string, suggestion: SuggestionRef, change: { edits: AnnotationEdit[] } | { rejections: RejectionChange }): boolean;
  undo(): boolean;
  redo(): boolean;
  /**
   * Marks [start, end) as a new annotation and selects it. A speaker marked while a quote
   * waits for one is linked to it in the same step, so one undo removes both.
   */
  createAnnotation(type: AnnotationType, start: number, end: number): string | null;
  editAnnotation(id: string, change: AnnotationChange, label: string, coalesceKey?: string): boolean;
  /**
   * The same edit for a document that need not be on screen (a fact-check session): loads
   * it, commits through the same undo log and save queue, and resolves once the change is
   * stored (false if it could not be made or the server refused it).
   */
  editAnnotationIn(documentId: string, id: string, change: AnnotationChange, label: string): Promise<boolean>;
  moveAnnotation(id: string, start: number, end: number, coalesceKey?: string): boolean;
  deleteAnnotation(id: string): boolean;
  /** Clears the status a new version gave an annotation (changed, moved, verdict to re-check): reviewed; undoable. */
  markReviewed(id: string): boolean;
  setRegionExcluded(regionId: string, excluded: boolean): boolean;
  retrySavingNow(): void;
  /** Resolves once this screen's queued changes (to one document, or all) are stored. */
  whenSaved(documentId?: string): Promise<void>;
  /**
   * Waits until this screen's queued changes to the document are stored, then gives the
   * revision they left it at, for operations that must not run on an older state (splitting).
   * Undefined when this screen never loaded the document.
   */
  storedRevision(documentId: string): Promise<number | undefined>;
  /** The document is gone (split), or this screen's view of it is out of date: undo must not replay on it. */
  forgetDocument(documentId: string): void;
  /** Shows (or, with null, hides) another annotator's layer beside mine. */
  setLayer(annotatorId: string, layer: ReadOnlyLayer | null): void;
}

export interface AnnotationChange {
  attributes?: Record<string, unknown>;
  verdict?: Record<string, unknown>;
}

export interface SelectOptions {
  /** Scroll the text to it (and flash it, unless `flash` is false). */
  reveal?: boolean;
  flash?: boolean;
  /** What the panel does with the card. */
  card?: 'scroll' | 'card';
}

export interface SelectionSlice {
  selectAnnotation(id: string | null, options?: SelectOptions): void;
  /**
   * Makes a suggestion the current one (its highlight and card stand out); an annotation
   * selected before is deselected. The caller knows the suggestion is on offer.
   */
  selectSuggestion(suggestion: SuggestionRef | null, options?: SelectOptions): void;
  revealRange(start: number, end: number, annotationId?: string | null, flash?: boolean): void;
  /** Withdraws a card's request for focus that the panel has not yet met (Escape in the text). */
  cancelCardFocus(): void;
  setTextSelection(selection: TextSelection | null): void;
  /** Draws `spans` over the text for `owner` (replacing that owner's previous spans). */
  setOverlaySpans(owner: string, spans: readonly Span[]): void;
  setPendingSpeaker(quoteId: string | null): void;
  /** Marks the selected text as a quote, speaker or figure (keys Q, S, F and the buttons). */
  markSelection(type: AnnotationType): string | null;
}

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

export interface SuggestionsSlice {
  suggest: SuggestionsState;
  /** The suggestions on offer in `state` (none while hidden), in text order; memoized. */
  offeredIn(state: DocumentState): Suggestion[];
  /** The same, now. */
  offeredNow(): Suggestion[];
  /** Called once the document is on screen: fetches suggestions where they help. */
  openSuggestions(documentId: string): void;
  closeSuggestions(documentId: string): void;
  /**
   * Runs the suggestion engine for the open document. With `review`, the first suggestion
   * from the selection on becomes current and its card takes focus, so A and X work at once.
   */
  findSuggestions(options?: { review?: boolean }): Promise<void>;
  /** The Suggest button and key (G): finds suggestions (again) and starts reviewing them. */
  suggestAndReview(): void;
  hideSuggestions(): void;
  acceptSuggestions(ids: readonly string[], options?: { current?: string; moveFocus?: boolean }): boolean;
  /** Accept all quotes / speakers / figures on offer in the document. */
  acceptAllOfType(type: AnnotationType): boolean;
  /** Rejects a suggestion for good (remembered in the document), in one undoable step. */
  rejectSuggestion(id: string, options?: { moveFocus?: boolean }): boolean;
  /** Moves to a card by its key (↑ ↓ between cards of either kind). */
  focusCard(key: string): void;
  /** After undo or redo of an entry that reviewed a suggestion: where focus goes. */
  afterReviewMove(entry: Entry, direction: 'undo' | 'redo'): void;
}

export interface PanelSlice {
  /**
   * The panel's type and verdict filters. In the store rather than the component because
   * reviewing suggestions by key needs the cards as shown.
   */
  panelFilter: PanelFilter;
  toggleTypeFilter(type: AnnotationType): void;
  setVerdictFilter(verdict: VerdictFilter): void;
  clearPanelFilter(): void;
  /**
   * In a narrow window (ui/narrow-window.ts) the panel is a drawer over the text: whether it
   * is open. Asking for a card's focus opens it, so the keys that follow (Tab, a name) still
   * land in the card. No effect in a wide window, where the panel is always beside the text.
   */
  listOpen: boolean;
  setListOpen(open: boolean): void;
}

export interface SplitSlice {
  /** The pieces, or null when the split failed (the error is reported). */
  splitDocument(documentId: string, at: number[]): Promise<DocumentRef[] | null>;
  /** "Keep as one": the offer is not made again for this document. */
  keepWhole(documentId: string): void;
}

export type DocumentState = EditingSlice & SelectionSlice & SuggestionsSlice & PanelSlice & SplitSlice;
