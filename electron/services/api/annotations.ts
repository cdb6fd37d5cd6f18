import type { annotationOperations } from '../../../shared/contract/annotations';
import type { HandlersOf } from '../../../shared/contract/define';
import type { ServiceContext } from './context';

export const annotationHandlers: HandlersOf<typeof annotationOperations, ServiceContext> = {
  async createAnnotation(input, { store }) {
    return store.createAnnotation(input);
  },
  async updateAnnotation(input, { store }) {
    return store.updateAnnotation(input);
  },
  async deleteAnnotation(input, { store }) {
    return store.deleteAnnotation(input);
  },
  async applyAnnotationEdits(input, { store }) {
    return store.applyAnnotationEdits(input);
  },
};
