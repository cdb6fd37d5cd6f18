import type { HandlersOf } from '../../../shared/contract/define';
import type { searchOperations } from '../../../shared/contract/search';
import type { ServiceContext } from './context';

export const searchHandlers: HandlersOf<typeof searchOperations, ServiceContext> = {
  async searchCorpus({ query, clitics, skipExcluded, offset, limit }, { catalog }) {
    return catalog.search(query, { clitics, skipExcluded, offset, limit });
  },
  async searchDocument({ documentId, query, clitics, skipExcluded }, { catalog }) {
    return catalog.searchDocument(documentId, query, clitics, skipExcluded);
  },
  async getSearchStatus(_input, { catalog }) {
    return catalog.status();
  },
  async filterAnnotations({ filter, offset, limit }, { catalog }) {
    const rows = await catalog.filter(filter);
    const speakers = catalog.speakers();
    const counts = { quote: 0, speaker: 0, figure: 0, unchecked: 0, documents: 0 };
    const documents = new Set<string>();
    for (const row of rows) {
      counts[row.type]++;
      if (row.verdict.status === 'unchecked') counts.unchecked++;
      documents.add(row.documentId);
    }
    counts.documents = documents.size;
    return {
      total: rows.length,
      offset,
      rows: rows.slice(offset, offset + limit).map((r) => catalog.listRow(r, speakers)),
      counts,
    };
  },
  async matchAnnotationIds({ filter }, { catalog }) {
    const rows = await catalog.filter(filter);
    return { documentIds: [...new Set(rows.map((r) => r.documentId))], annotationIds: rows.map((r) => r.id) };
  },
};
