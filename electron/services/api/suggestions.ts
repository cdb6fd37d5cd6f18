import type { HandlersOf } from '../../../shared/contract/define';
import type { AcceptResult, suggestionOperations } from '../../../shared/contract/suggestions';
import { newId } from '../corpus/ids';
import { planAcceptance } from '../../../shared/suggest/accept';
import { visibleSuggestions } from '../../../shared/suggest/visible';
import { suggestOffThread } from '../suggest/off-thread';
import type { ServiceContext } from './context';

export const suggestionHandlers: HandlersOf<typeof suggestionOperations, ServiceContext> = {
  // Runs in a worker thread of the main process (or the browser-mode host): never on the
  // renderer's UI thread, and a long article does not hold up the host's other requests.
  async suggestAnnotations({ documentId, types, includeReviewed }, { store }) {
    // Read only: no copy of the document's annotations (2,000 on a long article) per call.
    const doc = await store.readDocument(documentId);
    const excluded = doc.regions.filter((r) => r.excluded);
    const suggestions = await suggestOffThread(doc.text, { excluded, ...(types ? { types } : {}) });
    return { documentId, revision: doc.revision, suggestions: includeReviewed ? suggestions : visibleSuggestions(doc, suggestions) };
  },
  async acceptSuggestions({ documentId, suggestions, expectedRevision }, { store }) {
    let skipped: AcceptResult['skipped'] = [];
    const { annotations, revision } = await store.createAnnotations(
      documentId,
      (doc) => {
        const plan = planAcceptance(doc, suggestions, () => newId('a'));
        skipped = plan.skipped;
        return plan.creates;
      },
      expectedRevision,
    );
    return { annotations, skipped, revision };
  },
  async rejectSuggestion({ documentId, expectedRevision, ...rejection }, { store }) {
    return store.setSuggestionRejections(documentId, { add: [rejection] }, expectedRevision);
  },
  async restoreSuggestion({ documentId, expectedRevision, ...rejection }, { store }) {
    return store.setSuggestionRejections(documentId, { remove: [rejection] }, expectedRevision);
  },
};
