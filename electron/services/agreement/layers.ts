import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgreementDocument } from '../../../shared/agreement/corpus';
import type { Annotation } from '../../../shared/domain/annotation';

const CURATED = 'curated';
/** Documents read between two turns of the event loop. */
const READ_BATCH = 200;

/**
 * Every document two or more of the chosen annotators have a layer for, read from the
 * layer files (call after the store folded its journals in, e.g. inside `exclusive`).
 * Only folders are listed to find them, so a corpus where few documents are shared reads
 * few files.
 */
export async function loadAgreementDocuments(
  dir: string,
  options: { documentIds?: readonly string[]; annotators?: readonly string[] } = {},
): Promise<AgreementDocument[]> {
  const layersDir = join(dir, 'layers');
  const owners = (await readdir(layersDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory() && e.name !== CURATED)
    .map((e) => e.name)
    .filter((id) => !options.annotators || options.annotators.includes(id));
  const wanted = options.documentIds ? new Set(options.documentIds) : null;
  const byDocument = new Map<string, string[]>();
  for (const owner of owners) {
    for (const name of await readdir(join(layersDir, owner)).catch(() => [] as string[])) {
      if (!name.endsWith('.json') || name === 'annotator.json' || name === 'sessions.json') continue;
      const id = name.slice(0, -'.json'.length);
      if (wanted && !wanted.has(id)) continue;
      const list = byDocument.get(id) ?? [];
      list.push(owner);
      byDocument.set(id, list);
    }
  }
  const out: AgreementDocument[] = [];
  // Read synchronously, a batch at a time: thousands of small layer files cost a third of the
  // CPU that way (fs.promises takes four thread-pool round trips per file, each waiting its
  // turn on a busy machine), and the event loop still gets a turn between batches.
  const shared = [...byDocument].filter(([, annotators]) => annotators.length >= 2).sort(([a], [b]) => (a < b ? -1 : 1));
  for (let i = 0; i < shared.length; i += READ_BATCH) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const [documentId, annotators] of shared.slice(i, i + READ_BATCH)) {
      const layers = annotators.map((annotator) => {
        const raw = JSON.parse(readFileSync(join(layersDir, annotator, `${documentId}.json`), 'utf8')) as { annotations?: Annotation[] };
        return { annotator, annotations: Array.isArray(raw.annotations) ? raw.annotations : [] };
      });
      out.push({ documentId, layers });
    }
  }
  return out;
}
