import { create } from 'zustand';
import type { SpeakerChangeResult, SpeakerOverview } from '../../../../shared/contract/speakers';
import { api } from '../../api/client';
import { reportError, reportInfo } from '../../app/notices';
import { currentTranslator, translate } from '../../ui/i18n/i18n.store';
import { type SpeakerFieldsDraft, aliasesOf, changeNotice } from './speakers.logic';

/** A registry change's outcome; null when it failed (the failure was reported). */
type Changed = Promise<SpeakerChangeResult | null>;

interface SpeakersState {
  /** The registry with its counts; null until loaded each time the view opens. */
  overview: SpeakerOverview | null;
  open(): void;
  refresh(): Promise<void>;
  createSpeaker(draft: SpeakerFieldsDraft): Changed;
  updateSpeaker(id: string, draft: SpeakerFieldsDraft): Changed;
  removeSpeaker(id: string): Changed;
  mergeSpeakers(targetId: string, sourceIds: string[]): Changed;
  splitSpeaker(id: string, split: { name: string; role: string; aliases: string[] }): Changed;
  linkName(key: string, registryId: string): Changed;
  undo(): Changed;
  redo(): Changed;
}

/** The speaker registry across the corpus: every change says what it did, and undoes. */
export const useSpeakers = create<SpeakersState>((set, get) => {
  /** Runs a registry change and says what happened, with the way back. */
  const change = async (work: () => Promise<SpeakerChangeResult>, failure: string): Changed => {
    try {
      const result = await work();
      const notice = changeNotice(result, currentTranslator().t);
      reportInfo(notice.title, notice.detail);
      await get().refresh();
      return result;
    } catch (err) {
      reportError(failure, err);
      return null;
    }
  };

  return {
    overview: null,
    open() {
      set({ overview: null });
      void get().refresh();
    },
    async refresh() {
      try {
        set({ overview: await api.getSpeakers({}) });
      } catch (err) {
        reportError(translate('speakers.error.load'), err);
      }
    },
    createSpeaker(d) {
      return change(
        () => api.createSpeaker({ name: d.name, role: d.role, affiliation: d.affiliation, aliases: aliasesOf(d.aliases) }),
        translate('speakers.error.add'),
      );
    },
    updateSpeaker(id, d) {
      return change(
        () => api.updateSpeaker({ id, name: d.name, role: d.role, affiliation: d.affiliation, aliases: aliasesOf(d.aliases) }),
        translate('speakers.error.save'),
      );
    },
    removeSpeaker(id) {
      return change(() => api.deleteSpeaker({ id }), translate('speakers.error.remove'));
    },
    mergeSpeakers(targetId, sourceIds) {
      return change(() => api.mergeSpeakers({ targetId, sourceIds }), translate('speakers.error.merge'));
    },
    splitSpeaker(id, split) {
      return change(() => api.splitSpeaker({ id, ...split }), translate('speakers.error.split'));
    },
    linkName(key, registryId) {
      return change(() => api.linkSpeakerName({ key, registryId }), translate('speakers.error.link'));
    },
    undo() {
      return change(() => api.undoSpeakerChange({}), translate('speakers.error.undo'));
    },
    redo() {
      return change(() => api.redoSpeakerChange({}), translate('speakers.error.redo'));
    },
  };
});
