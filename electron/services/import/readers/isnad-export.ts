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
 * Our own export (`"format": "isnad-export"`) is a dataset with annotations, not a list of
 * articles: it must not be read as records. The export feature's dataset importer replaces
 * this reader when the branches meet; until then the file is set aside with that reason.
 */
export const isnadExportReader: Reader = {
  format: 'isnad-export',
  extensions: ['.json'],
  claims({ bytes }) {
    if (!contains(bytes, MARK, 65_536)) return false;
    try {
      const data = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
      return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === 'isnad-export';
    } catch {
      return false;
    }
  },
  async read() {
    return {
      kind: 'outcome',
      outcome: {
        status: 'skipped',
        problem: 'dataset',
        reason: 'Isnad export files are imported with the dataset importer',
        documents: [],
        duplicates: [],
        failures: [],
        warnings: [],
      },
    };
  },
};
