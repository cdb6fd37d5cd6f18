import type { StateCreator } from 'zustand';
import { IsnadError } from '../../../../shared/errors';
import { api } from '../../api/client';
import { describeError, reportError, reportInfo } from '../../app/notices';
import { checkAnnotator } from './annotator.logic';
import type { AnnotatorSlice, DeskState } from './desk.state';
import { currentTranslator, translate } from '../../ui/i18n/i18n.store';
import { isolate } from '../../../../shared/i18n/translate';

export const createAnnotatorSlice: StateCreator<DeskState, [], [], AnnotatorSlice> = (set, get) => ({
  annotator: null,
  annotatorPromptOpen: false,
  annotatorErrors: {},
  annotatorSaving: false,
  names: {},
  async loadAnnotator() {
    try {
      const annotator = await api.getAnnotator({});
      set((s) => ({
        annotator,
        annotatorPromptOpen: s.annotatorPromptOpen || !annotator.confirmed,
        names: { ...s.names, [annotator.id]: annotator.name },
      }));
    } catch (err) {
      reportError(translate('desk.error.annotator'), err);
    }
  },
  openAnnotatorPrompt() {
    set({ annotatorPromptOpen: true, annotatorErrors: {} });
  },
  closeAnnotatorPrompt() {
    // Until they have said who they are, the question stays: their work must carry a name.
    if (get().annotator?.confirmed) set({ annotatorPromptOpen: false, annotatorErrors: {} });
  },
  async saveAnnotator(name, email) {
    const checked = checkAnnotator(name, email, currentTranslator().t);
    if (!checked.ok) {
      set({ annotatorErrors: checked.errors });
      return false;
    }
    set({ annotatorSaving: true, annotatorErrors: {} });
    try {
      const annotator = await api.setAnnotator(checked.value);
      set((s) => ({
        annotator,
        annotatorPromptOpen: false,
        annotatorSaving: false,
        names: { ...s.names, [annotator.id]: annotator.name },
      }));
      reportInfo(
        translate('desk.notice.saved'),
        translate('desk.notice.signed', { name: isolate(annotator.name), email: annotator.email }),
      );
      void get().refreshSync();
      return true;
    } catch (err) {
      const field = err instanceof IsnadError && (err.field === 'name' || err.field === 'email') ? err.field : 'email';
      set({ annotatorSaving: false, annotatorErrors: { [field]: describeError(err) } });
      return false;
    }
  },
  rememberNames(names) {
    const known = get().names;
    if (Object.entries(names).every(([id, name]) => known[id] === name)) return;
    set({ names: { ...known, ...names } });
  },
});
