import { IsnadError } from '../../../../shared/errors';
import { decodeText } from '../../../../shared/import/decode';
import { ImportProblem } from '../../../../shared/import/problems';
import { countBoilerplate, regionKinds } from '../../../../shared/import/regions';
import { importDataset, readDataset } from '../../exchange/import-dataset';
import type { Reader } from './types';
import { codeOf, codedText } from '../../../../shared/error-text';
import { codedWarnings, warningFields } from '../../../../shared/import/report';

const MARK = new TextEncoder().encode('isnad-export');

function contains(bytes: Uint8Array, needle: Uint8Array, limit: number): boolean {
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * A JSON object naming "isnad-export" near its start: our export, even when damaged (the
 * dataset importer then says what is wrong with it, rather than the record reader).
 */
export function looksLikeIsnadExport(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b && contains(bytes, MARK, 65_536);
}

/**
 * Our own export (`"format": "isnad-export"`) is a dataset with annotations, not a list of
 * articles: it goes through the dataset importer, keeping ids, offsets and verdicts. Inside
 * a bulk import there is no one to ask about conflicts, so documents already in the corpus
 * are skipped and reported, never overwritten; "Import dataset…" offers to duplicate them.
 */
export const isnadExportReader: Reader = {
  format: 'isnad-export',
  storesItself: true,
  extensions: ['.json'],
  claims({ bytes }) {
    return looksLikeIsnadExport(bytes);
  },
  async read({ name, bytes }, { store, signal }) {
    let dataset;
    try {
      dataset = readDataset(decodeText(bytes).text, name);
    } catch (err) {
      if (err instanceof IsnadError) throw new ImportProblem('malformed', err.message, codeOf(err)); // i18n: passes on err's code
      throw err;
    }
    const summary = await importDataset(store, dataset, 'skip', { signal });
    const imported = new Set(summary.documentIds);
    const documents = dataset.documents
      .filter((d) => imported.has(d.id))
      .map((d) => ({
        id: d.id,
        title: d.title,
        lang: d.lang,
        dir: d.dir,
        outlet: d.source.outlet,
        boilerplate: countBoilerplate(d.regions),
        regionKinds: regionKinds(d.regions),
      }));
    const duplicates = dataset.documents
      .filter((d) => !imported.has(d.id))
      .map((d) => {
        const existing = store.readSummary(d.id) ?? store.findByContentHash(d.contentHash);
        return { where: d.title, of: { id: existing?.id ?? d.id, title: existing?.title ?? d.title }, by: 'text' as const };
      });
    return {
      kind: 'outcome',
      outcome: {
        status: documents.length > 0 || duplicates.length === 0 ? 'imported' : 'duplicate',
        documents,
        duplicates,
        failures: [],
        ...warningFields([
          ...codedWarnings(summary),
          ...(summary.skipped > 0 ? [codedText('import.warning.datasetSkipped', { count: summary.skipped })] : []),
        ]),
      },
    };
  },
};
