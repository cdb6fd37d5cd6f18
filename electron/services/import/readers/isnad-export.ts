import type { Reader } from './types';

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
 * articles: it must not be read as records. The export feature's dataset importer replaces
 * this reader when the branches meet; until then the file is set aside with that reason.
 */
export const isnadExportReader: Reader = {
  format: 'isnad-export',
  extensions: ['.json'],
  claims({ bytes }) {
    return looksLikeIsnadExport(bytes);
  },
  async read() {
    return {
      kind: 'outcome',
      outcome: {
        status: 'skipped',
        problem: 'dataset',
        reason: 'Isnad export files are imported with the dataset importer (Import dataset… in the app, or `isnad import FILE.json` on its own)',
        documents: [],
        duplicates: [],
        failures: [],
        warnings: [],
      },
    };
  },
};
