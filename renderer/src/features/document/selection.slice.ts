import type { StateCreator } from 'zustand';
import { reportInfo } from '../../app/notices';
import { translate } from '../../ui/i18n/i18n.store';
import { isNarrowWindow } from '../../ui/narrow-window';
import type { DocumentState, SelectionSlice } from './document.state';
import { rangeToMark } from './marking.logic';
import { suggestionKey } from './suggestion-review.logic';

/** What is selected, shown or focused on the document screen, and marking the selected text. */
export const createSelectionSlice: StateCreator<DocumentState, [], [], SelectionSlice> = (set, get) => {
  /** Numbers each reveal and card-focus request, so asking twice for the same place still acts. */
  let seq = 0;
  /** A card asked for, to focus too: where the panel is a drawer, it opens in the same render. */
  const askForCard = (key: string, mode: 'scroll' | 'card') =>
    set({ cardFocus: { key, seq: ++seq, mode }, ...(mode === 'card' && isNarrowWindow() ? { listOpen: true } : {}) });

  /** Marking words already marked: links the quote waiting for its speaker, or shows the existing annotation. */
  const reuse = (id: string): string => {
    const { pendingSpeakerFor, annotations, editAnnotation, selectAnnotation } = get();
    window.getSelection()?.removeAllRanges();
    const isSpeaker = annotations.some((a) => a.id === id && a.type === 'speaker');
    const waiting = isSpeaker && pendingSpeakerFor ? annotations.find((a) => a.id === pendingSpeakerFor && a.type === 'quote') : undefined;
    set({ textSelection: null, ...(isSpeaker ? { pendingSpeakerFor: null } : {}) });
    if (waiting) {
      editAnnotation(waiting.id, { attributes: { speakerId: id } }, translate('document.undo.linkSpeaker'));
      selectAnnotation(waiting.id, { card: 'card' });
    } else {
      reportInfo(translate('document.selection.already'), translate('document.selection.alreadyDetail'));
      selectAnnotation(id, { card: 'card' });
    }
    return id;
  };

  return {
    selectAnnotation(id, options = {}) {
      const annotation = id ? get().annotations.find((a) => a.id === id) : undefined;
      set({ selectedId: annotation ? annotation.id : null, ...(annotation ? { selectedSuggestionId: null } : {}) });
      if (!annotation) return;
      if (options.reveal) get().revealRange(annotation.start, annotation.end, annotation.id, options.flash ?? true);
      if (options.card) askForCard(annotation.id, options.card);
    },

    selectSuggestion(suggestion, options = {}) {
      if (!suggestion) {
        set({ selectedSuggestionId: null });
        return;
      }
      const key = suggestionKey(suggestion.id);
      set({ selectedSuggestionId: suggestion.id, selectedId: null });
      if (options.reveal) get().revealRange(suggestion.start, suggestion.end, key, options.flash ?? true);
      if (options.card) askForCard(key, options.card);
    },

    revealRange(start, end, annotationId = null, flash = true) {
      set({ reveal: { seq: ++seq, start, end, annotationId, flash } });
    },

    cancelCardFocus() {
      if (get().cardFocus) set({ cardFocus: null });
    },

    setTextSelection(selection) {
      const current = get().textSelection;
      if (current?.start === selection?.start && current?.end === selection?.end && current?.exact === selection?.exact) return;
      set({ textSelection: selection });
    },

    setOverlaySpans(owner, spans) {
      set((s) => ({ overlays: { ...s.overlays, [owner]: spans } }));
    },

    setPendingSpeaker(quoteId) {
      set({ pendingSpeakerFor: quoteId });
    },

    markSelection(type) {
      const { doc, textSelection } = get();
      if (!doc) return null;
      if (!textSelection) {
        reportInfo(translate('document.selection.none'), translate('document.selection.noneDetail'));
        return null;
      }
      const range = rangeToMark(doc.text, textSelection);
      if (!range) {
        reportInfo(translate('document.selection.blank'), translate('document.selection.blankDetail'));
        return null;
      }
      // The same words already marked with this type: a second, identical annotation would be a
      // second export row and a false disagreement in adjudication, so the existing one is used.
      const same = get().annotations.find((a) => a.type === type && a.start === range.start && a.end === range.end);
      if (same) return reuse(same.id);
      const id = get().createAnnotation(type, range.start, range.end);
      if (id) window.getSelection()?.removeAllRanges();
      return id;
    },
  };
};
