import type { HandlersOf } from '../../../shared/contract/define';
import type { layerOperations } from '../../../shared/contract/layers';
import type { ServiceContext } from './context';

export const layerHandlers: HandlersOf<typeof layerOperations, ServiceContext> = {
  async getAnnotator(_input, { store }) {
    return store.annotator;
  },
  async setAnnotator(input, { store }) {
    return store.setAnnotator(input);
  },
  async listLayers({ documentId }, { store }) {
    return store.listLayers(documentId);
  },
  async getLayer({ documentId, annotator }, { store }) {
    return store.getLayer(documentId, annotator);
  },
  async applyCuratedEdits(input, { store }) {
    return store.applyCuratedEdits(input);
  },
};
