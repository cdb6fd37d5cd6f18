import type { StateCreator } from 'zustand';
import type { Region } from '../../../../shared/domain/document';
import type { RejectedSuggestion, Suggestion } from '../../../../shared/domain/suggestion';
import { acceptanceEdits, confidentOfType, planAcceptance, withLinkedSuggestions } from '../../../../shared/suggest/accept';
import { currentTranslator, translate } from '../../ui/i18n/i18n.store';
import { TYPE_LABEL, TYPE_PLURAL } from '../../ui/labels';
import { api } from '../../api/client';
import { suggestInWorker } from './suggest-worker-client';
import { describeError, reportError } from '../../app/notices';
import { counted, excerpt } from './cards.logic';
import type { DocumentState, SuggestionsSlice, SuggestionsState } from './document.state';
import { newAnnotationId } from './editing.slice';
import type { SuggestionRef } from './history.logic';
import { filteredItems } from './panel-filter.logic';
import { type PanelItem, firstSuggestionFrom, memoizeOffered, nextSuggestion, suggestOnOpen } from './suggestion-review.logic';
import { isolate } from '../../../../shared/i18n/translate';

/**
 * Suggestions on the document screen (the imperative shell around suggestion-review.logic.ts):
 * asking the main process for them, accepting and rejecting through the screen's command
 * log (so both undo and are saved in order with every other change), and where focus goes.
 */

const IDLE: SuggestionsState = { documentId: null, status: 'idle', error: null, found: [], hidden: false, notice: null };
const NONE: Suggestion[] = [];
const ref = (s: Suggestion): SuggestionRef => ({ id: s.id, start: s.start, end: s.end });

export const createSuggestionsSlice: StateCreator<DocumentState, [], [], SuggestionsSlice> = (set, get, store) => {
  const offeredFor = memoizeOffered();
  /** Numbers requests to the engine, so a late answer for a replaced request is dropped. */
  let requestSeq = 0;

  const patch = (change: Partial<SuggestionsState>) => set((s) => ({ suggest: { ...s.suggest, ...change } }));
  /** Back to nothing found, keeping whether the journalist hid the suggestions. */
  /**
   * The engine runs in a worker on the document's text as this window holds it; where no
   * worker can start (or it fails) the host runs it instead. Both keep the UI thread free.
   */
  const findOffThread = async (documentId: string): Promise<Suggestion[]> => {
    const doc = get().doc;
    if (doc && doc.id === documentId && typeof Worker !== 'undefined') {
      // The host only checks the document is still there (no rules run for an empty type list),
      // so a deleted document fails as it always did while the worker finds the suggestions.
      const [, found] = await Promise.all([
        api.suggestAnnotations({ documentId, types: [] }),
        suggestInWorker(
          doc.text,
          doc.regions.filter((r) => r.excluded),
        ).catch(() => null),
      ]);
      // A worker that could not start or stopped: the host's run gives the same suggestions.
      if (found) return found;
    }
    return (await api.suggestAnnotations({ documentId, includeReviewed: true })).suggestions;
  };
  const reset = (documentId: string | null) => set((s) => ({ suggest: { ...IDLE, hidden: s.suggest.hidden, documentId } }));

  /** The cards as the panel shows them (filters applied), for moving focus as the journalist sees it. */
  const shownItems = (): PanelItem[] => filteredItems(get().annotations, get().offeredNow(), get().panelFilter);

  /** Makes the first suggestion at or after the selection current and focuses its card. */
  const startReview = (): void => {
    const offered = shownItems().flatMap((i) => (i.kind === 'suggestion' ? [i.suggestion] : []));
    const { textSelection, selectedId, selectedSuggestionId, annotations } = get();
    const current = offered.find((s) => s.id === selectedSuggestionId);
    const from = current?.start ?? textSelection?.start ?? annotations.find((a) => a.id === selectedId)?.start ?? 0;
    const target = current ?? firstSuggestionFrom(offered, from);
    if (!target) {
      patch({ notice: translate(get().suggest.found.length === 0 ? 'document.suggestions.noneHere' : 'document.suggestions.noneLeft') });
      return;
    }
    // The selection only said where to start; left standing, its mark buttons would cover the text under review.
    if (textSelection) {
      window.getSelection()?.removeAllRanges();
      get().setTextSelection(null);
    }
    get().selectSuggestion(target, { reveal: true, flash: false, card: 'card' });
  };

  /**
   * After a suggestion was dealt with, the next one becomes current: with `moveFocus` (the
   * journalist is sweeping with keys in the panel) its card takes focus, else it is only
   * scrolled to. With none left, focus goes back to the text.
   */
  const moveOn = (items: readonly PanelItem[], from: SuggestionRef, gone: ReadonlySet<string>, moveFocus: boolean): void => {
    const next = nextSuggestion(items, from, gone);
    if (next) {
      get().selectSuggestion(next, { reveal: true, flash: false, card: moveFocus ? 'card' : 'scroll' });
      return;
    }
    get().selectSuggestion(null);
    if (get().offeredNow().length === 0)
      patch({ notice: `${get().suggest.notice ?? ''} ${translate('document.suggestions.allReviewed')}`.trim() });
    if (moveFocus) document.querySelector<HTMLElement>('.source-pane')?.focus({ preventScroll: true });
  };

  // A block of boilerplate included again may hold suggestions the engine left out: ask again
  // once the change is stored.
  let lastRegions: readonly Region[] | null = null;
  store.subscribe((state) => {
    const regions = state.doc?.regions ?? null;
    if (regions === lastRegions) return;
    const before = lastRegions;
    lastRegions = regions;
    const { status, documentId, hidden } = state.suggest;
    if (!before || !regions || status !== 'ready' || hidden || documentId !== state.documentId) return;
    const included = before.some((r) => r.excluded && regions.some((n) => n.id === r.id && !n.excluded));
    if (included)
      void get()
        .whenSaved()
        .then(() => get().findSuggestions());
  });

  return {
    suggest: IDLE,

    offeredIn(s) {
      if (!s.doc || s.suggest.documentId !== s.documentId) return NONE;
      return offeredFor(s.suggest.found, s.annotations, s.doc.rejectedSuggestions, s.doc.regions, s.suggest.hidden);
    },

    offeredNow() {
      return get().offeredIn(get());
    },

    openSuggestions(documentId) {
      if (get().suggest.documentId !== documentId) {
        requestSeq++;
        reset(documentId);
      }
      const { doc, annotations, suggest } = get();
      if (!doc || suggest.hidden || suggest.status !== 'idle') return;
      if (suggestOnOpen(annotations, doc.rejectedSuggestions)) void get().findSuggestions();
    },

    closeSuggestions(documentId) {
      if (get().suggest.documentId !== documentId) return;
      requestSeq++;
      reset(null);
    },

    async findSuggestions(options = {}) {
      const documentId = get().documentId;
      if (!documentId) return;
      const mine = ++requestSeq;
      // Suggestions already shown stay while new ones are found (no flicker on a refresh).
      const same = get().suggest.documentId === documentId;
      patch({ documentId, status: 'loading', error: null, hidden: false, notice: null, ...(same ? {} : { found: [] }) });
      try {
        const found = await findOffThread(documentId);
        if (mine !== requestSeq || get().documentId !== documentId) return;
        patch({ status: 'ready', found });
        if (options.review) startReview();
      } catch (err) {
        if (mine !== requestSeq || get().documentId !== documentId) return;
        patch({ status: 'error', error: describeError(err) });
      }
    },

    suggestAndReview() {
      if (get().suggest.status === 'loading') return;
      void get().findSuggestions({ review: true });
    },

    hideSuggestions() {
      requestSeq++;
      const { status } = get().suggest;
      patch({ hidden: true, status: status === 'loading' ? 'idle' : status, notice: null });
      if (get().selectedSuggestionId) get().selectSuggestion(null);
    },

    acceptSuggestions(ids, options = {}) {
      const { doc, documentId, annotations } = get();
      if (!doc || !documentId) return false;
      const offered = get().offeredNow();
      const wanted = new Set(ids);
      const chosen = offered.filter((s) => wanted.has(s.id));
      const first = chosen[0];
      if (!first) return false;
      // A quote brings its suggested speaker along, so the link the rules found is kept.
      const taking = withLinkedSuggestions(chosen, offered);
      let plan: ReturnType<typeof planAcceptance>;
      try {
        plan = planAcceptance({ id: documentId, text: doc.text, annotations }, taking, newAnnotationId);
      } catch (err) {
        reportError(translate('document.suggestions.acceptFailed'), err);
        return false;
      }
      if (plan.creates.length === 0) return false;
      const items = shownItems();
      const only = chosen.length === 1 ? first : null;
      const t = currentTranslator().t;
      const label = only
        ? t('document.undo.acceptOne', { type: t(TYPE_LABEL[only.type]) })
        : t('document.undo.acceptMany', { what: counted(chosen, t) });
      const current = offered.find((s) => s.id === options.current) ?? first;
      if (!get().commitReview(label, ref(current), { edits: acceptanceEdits(plan.creates) })) return false;
      const extra = plan.creates.length - chosen.length;
      const speaker = only?.type === 'quote' && extra > 0 ? plan.creates.find((c) => c.type === 'speaker') : undefined;
      patch({
        notice: speaker
          ? t('document.suggestions.acceptedWithSpeaker', { speaker: isolate(excerpt(speaker.text, 40)) })
          : t(extra > 0 ? 'document.suggestions.acceptedWithSpeakers' : 'document.suggestions.accepted', {
              what: counted(plan.creates, t),
            }),
      });
      const selected = get().selectedSuggestionId;
      const gone = new Set(taking.map((s) => s.id));
      if (options.current) moveOn(items, ref(current), gone, options.moveFocus ?? false);
      else if (selected && gone.has(selected)) {
        const was = offered.find((s) => s.id === selected);
        if (was) moveOn(items, ref(was), gone, false);
      }
      return true;
    },

    // Accept all takes only what the rules are sure of; the rest stays on offer for review.
    acceptAllOfType(type) {
      const { sure, unsure } = confidentOfType(get().offeredNow(), type);
      const leftOf = (count: number) =>
        count > 0 ? translate('document.suggestions.leftForReview', { count, type: translate(TYPE_PLURAL[type]) }) : '';
      if (sure.length === 0) {
        if (unsure.length > 0) patch({ notice: translate('document.suggestions.onlySure', { left: leftOf(unsure.length) }) });
        return false;
      }
      if (!get().acceptSuggestions(sure.map((s) => s.id))) return false;
      // Counted after the accept: an unsure suggestion inside an accepted span is no longer on offer.
      const left = leftOf(
        get()
          .offeredNow()
          .filter((s) => s.type === type).length,
      );
      if (left) patch({ notice: `${get().suggest.notice ?? ''} ${left}`.trim() });
      return true;
    },

    rejectSuggestion(id, options = {}) {
      const s = get()
        .offeredNow()
        .find((x) => x.id === id);
      if (!s) return false;
      const items = shownItems();
      const rejection: RejectedSuggestion = { type: s.type, start: s.start, end: s.end, text: s.text };
      if (
        !get().commitReview(translate('document.undo.rejectOne', { type: translate(TYPE_LABEL[s.type]) }), ref(s), {
          rejections: { reject: [rejection], restore: [] },
        })
      )
        return false;
      patch({
        notice: translate('document.suggestions.rejected', {
          type: translate(TYPE_LABEL[s.type]),
          text: isolate(excerpt(s.text, 40)),
        }),
      });
      moveOn(items, ref(s), new Set([s.id]), options.moveFocus ?? false);
      return true;
    },

    focusCard(key) {
      const item = shownItems().find((i) => i.key === key);
      if (!item) return;
      if (item.kind === 'annotation') get().selectAnnotation(item.annotation.id, { reveal: true, flash: false, card: 'card' });
      else get().selectSuggestion(item.suggestion, { reveal: true, flash: false, card: 'card' });
    },

    // Undo brings the suggestion back and makes it current again (its card focused if the
    // journalist is working in the panel); redo moves on, as the first time.
    afterReviewMove(entry, direction) {
      const suggestion = entry.suggestion;
      if (!suggestion) return;
      const inPanel = document.activeElement instanceof HTMLElement && document.activeElement.closest('.annotation-panel') !== null;
      if (direction === 'undo') {
        patch({ notice: null });
        if (
          get()
            .offeredNow()
            .some((s) => s.id === suggestion.id)
        )
          get().selectSuggestion(suggestion, { reveal: true, card: inPanel ? 'card' : 'scroll' });
        return;
      }
      moveOn(shownItems(), suggestion, new Set([suggestion.id]), inPanel);
    },
  };
};
