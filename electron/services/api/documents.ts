import type { HandlersOf, JsonText } from '../../../shared/contract/define';
import type { documentOperations } from '../../../shared/contract/documents';
import type { PackedDocument } from '../../../shared/domain/packed-document';
import { checkDocumentText } from '../corpus/limits';
import type { ServiceContext } from './context';

export const documentHandlers: HandlersOf<typeof documentOperations, ServiceContext> = {
  async listDocuments(_input, { store }) {
    return store.listDocuments();
  },
  async getDocument({ id }, { store }) {
    return store.getDocument(id);
  },
  async getPackedDocument({ id }, { store }) {
    // The payload the store keeps, as text: parsed once, by the screen (browser mode sends its bytes as they are).
    return (await store.documentBytes(id)).toString('utf8') as JsonText<PackedDocument>;
  },
  async addDocument(input, { store }) {
    checkDocumentText(input.text);
    return store.addDocument(input);
  },
  async updateDocument(input, { store }) {
    return store.updateDocument(input);
  },
  async deleteDocument({ id, expectedRevision }, { store }) {
    await store.trashDocument(id, expectedRevision === undefined ? {} : { expectedRevision });
    return { id, deleted: true as const };
  },
  async restoreDocument({ id }, { store }) {
    return store.restoreDocument(id);
  },
  async listTrash(_input, { store }) {
    return store.listTrash();
  },
  async emptyTrash({ ids }, { store }) {
    return { removed: await store.emptyTrash(ids) };
  },
};
