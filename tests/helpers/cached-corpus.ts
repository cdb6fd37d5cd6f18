import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusStore } from '../../electron/services/corpus/store';
import { writeExport } from '../../electron/services/exchange/write-export';
import { ExportRequest } from '../../shared/exchange/request';
import { ARABIC_ARTICLE } from './fixtures';
import type { TempDirs } from './temp';

export interface CachedCorpus {
  dir: string;
  /** Where the first export went (`first.csv`). */
  out: string;
  id: string;
  annotator: string;
  layerPath: string;
}

/**
 * A corpus whose `.isnad/` caches are saved as a journalist's would be: one Arabic document
 * with a speaker, reopened and exported to CSV (which records `checked.json`), and opened
 * once more so its payload is saved.
 */
export async function cachedCorpus(temp: TempDirs): Promise<CachedCorpus> {
  const dir = await temp.make();
  const out = await temp.make();
  const store = await CorpusStore.open(dir);
  const doc = await store.addDocument({ text: ARABIC_ARTICLE });
  const start = doc.text.indexOf('خالد العمري');
  await store.createAnnotation({ documentId: doc.id, type: 'speaker', start, end: start + 'خالد العمري'.length, text: 'خالد العمري' });
  await store.close();
  const again = await CorpusStore.open(dir);
  await writeExport(again, ExportRequest.parse({ format: 'csv' }), join(out, 'first.csv'), { appVersion: 't' });
  await again.documentBytes(doc.id);
  await again.close();
  const annotator = (await readdir(join(dir, 'layers'))).find((n) => !n.endsWith('.json') && n !== 'curated') as string;
  return { dir, out, id: doc.id, annotator, layerPath: join(dir, 'layers', annotator, `${doc.id}.json`) };
}
