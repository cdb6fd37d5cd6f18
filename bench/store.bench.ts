// Cost of one annotation edit on a large corpus: one file per document vs the whole corpus
// in one lowdb file, side by side in one run.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { CorpusStore } from '../electron/services/corpus/store';
import { ms, percentile, table, withTempDir } from './util';

const DOCS = 10_000;
const EDITS = 40;

function article(i: number): string {
  const ar = 'قال المتحدث باسم الوزارة إن الاجتماعات تناولت خفض التصعيد في المنطقة، وأكد أن 75 مسؤولاً شاركوا. ';
  const en = 'The spokesperson said the talks covered de-escalation in the region and that 75 officials took part. ';
  return `${i}\n${(i % 2 ? ar : en).repeat(40)}`;
}

await withTempDir(async (dir) => {
  const store = await CorpusStore.open(join(dir, 'corpus'));
  const t0 = performance.now();
  for (let i = 0; i < DOCS; i++) await store.addDocument({ title: `Article ${i}`, text: article(i) });
  await store.flush();
  const addMs = performance.now() - t0;
  const target = store.listDocuments()[DOCS / 2]?.id as string;
  const perFile: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const s = performance.now();
    await store.createAnnotation({ documentId: target, type: 'figure', start: i, end: i + 1, text: article(DOCS / 2).slice(i, i + 1) });
    await store.flush();
    perFile.push(performance.now() - s);
  }
  await store.close();
  const reopenStart = performance.now();
  const reopened = await CorpusStore.open(join(dir, 'corpus'));
  const reopenMs = performance.now() - reopenStart;
  await reopened.close();

  // The layout we rejected: every document inside one lowdb file.
  const single = new Low<{ documents: Array<{ id: number; text: string; annotations: unknown[] }> }>(
    new JSONFile(join(dir, 'single.json')),
    { documents: Array.from({ length: DOCS }, (_, i) => ({ id: i, text: article(i), annotations: [] })) },
  );
  await single.write();
  const singleFile: number[] = [];
  for (let i = 0; i < 10; i++) {
    const s = performance.now();
    single.data.documents[DOCS / 2]?.annotations.push({ start: i, end: i + 1 });
    await single.write();
    singleFile.push(performance.now() - s);
  }

  table([
    { layout: 'index + one file per document (Isnad), edit incl. index flush', p50: ms(percentile(perFile, 50)), p95: ms(percentile(perFile, 95)) },
    { layout: 'whole corpus in one lowdb file', p50: ms(percentile(singleFile, 50)), p95: ms(percentile(singleFile, 95)) },
  ]);
  console.log(`added ${DOCS} documents (~4 KB each) in ${ms(addMs)}; reopened the corpus in ${ms(reopenMs)}`);
});
