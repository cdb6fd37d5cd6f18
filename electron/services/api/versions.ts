import type { HandlersOf } from '../../../shared/contract/define';
import type { versionOperations } from '../../../shared/contract/versions';
import { versionFromImported } from '../versions/from-import';
import type { ServiceContext } from './context';

export const versionHandlers: HandlersOf<typeof versionOperations, ServiceContext> = {
  async addDocumentVersion({ documentId, text, fromDocumentId, expectedRevision }, { store }) {
    if (fromDocumentId !== undefined) return versionFromImported(store, documentId, fromDocumentId);
    return store.addVersion({ documentId, text: text ?? '', ...(expectedRevision === undefined ? {} : { expectedRevision }) });
  },
  async getDocumentVersion({ documentId, version }, { store }) {
    return store.getVersion(documentId, version);
  },
  async restoreDocumentVersion({ documentId, version, expectedRevision }, { store }) {
    return store.restoreVersion(documentId, version, expectedRevision);
  },
  async listOrphans({ documentId }, { store }) {
    return store.listOrphans(documentId);
  },
  async placeOrphan(input, { store }) {
    return store.placeOrphan(input);
  },
  async deleteOrphan({ documentId, annotator, id }, { store }) {
    const entry = await store.deleteOrphan(documentId, annotator, id);
    return { ...entry, annotator, mine: annotator === store.annotator.id };
  },
  async restoreOrphan({ documentId, annotator, entry }, { store }) {
    await store.restoreOrphan(documentId, annotator, entry);
    return { restored: true as const };
  },
};
