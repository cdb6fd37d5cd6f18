import { create } from 'zustand';
import type { SpeakerChangeResult, SpeakerOverview } from '../../../../shared/contract/speakers';
import { api } from '../../api/client';
import { reportError, reportInfo } from '../../app/notices';
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
      const notice = changeNotice(result);
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
        reportError('Could not load the speakers', err);
      }
    },
    createSpeaker(d) {
      return change(
        () => api.createSpeaker({ name: d.name, role: d.role, affiliation: d.affiliation, aliases: aliasesOf(d.aliases) }),
        'Could not add the speaker',
      );
    },
    updateSpeaker(id, d) {
      return change(
        () => api.updateSpeaker({ id, name: d.name, role: d.role, affiliation: d.affiliation, aliases: aliasesOf(d.aliases) }),
        'Could not save the speaker',
      );
    },
    removeSpeaker(id) {
      return change(() => api.deleteSpeaker({ id }), 'Could not remove the speaker');
    },
    mergeSpeakers(targetId, sourceIds) {
      return change(() => api.mergeSpeakers({ targetId, sourceIds }), 'Could not merge the speakers');
    },
    splitSpeaker(id, split) {
      return change(() => api.splitSpeaker({ id, ...split }), 'Could not split the speaker');
    },
    linkName(key, registryId) {
      return change(() => api.linkSpeakerName({ key, registryId }), 'Could not link the name');
    },
    undo() {
      return change(() => api.undoSpeakerChange({}), 'Nothing was undone');
    },
    redo() {
      return change(() => api.redoSpeakerChange({}), 'Nothing was redone');
    },
  };
});
