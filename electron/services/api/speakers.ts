import type { HandlersOf } from '../../../shared/contract/define';
import type { speakerOperations } from '../../../shared/contract/speakers';
import type { ServiceContext } from './context';

export const speakerHandlers: HandlersOf<typeof speakerOperations, ServiceContext> = {
  async getSpeakers(_input, { speakers }) {
    return speakers.overview();
  },
  async createSpeaker({ linkMatching, ...fields }, { speakers }) {
    return speakers.create({ ...fields, linkMatching });
  },
  async updateSpeaker({ id, ...patch }, { speakers }) {
    return speakers.update(id, patch);
  },
  async deleteSpeaker({ id }, { speakers }) {
    return speakers.remove(id);
  },
  async mergeSpeakers({ targetId, sourceIds }, { speakers }) {
    return speakers.merge(targetId, sourceIds);
  },
  async splitSpeaker({ id, ...fields }, { speakers }) {
    return speakers.split(id, fields);
  },
  async linkSpeakerName({ key, registryId }, { speakers }) {
    return speakers.linkName(key, registryId);
  },
  async undoSpeakerChange(_input, { speakers }) {
    return speakers.undo();
  },
  async redoSpeakerChange(_input, { speakers }) {
    return speakers.redo();
  },
};
