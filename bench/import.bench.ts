// Bulk import: 10,000 generated articles (~4 KB each, half Arabic, with scraped boilerplate)
// imported from a folder through the real pipeline onto a corpus on disk. Each size runs in
// its own process so peak memory belongs to it alone; 2,000 beside 10,000 shows whether
// memory grows with the file count. Figures are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CorpusStore } from '../electron/services/corpus/store';
import { runImport } from '../electron/services/import/pipeline';
import { sourcesFromPaths } from '../electron/services/import/sources';
import { ms, peakRssMb, table, withTempDir } from './util';

const SIZES = [2_000, 10_000];

const AR_WORDS =
  'قال أعلن أكد الوزير المتحدث الحكومة المدينة المجلس الميزانية الصحة المستشفى الأطفال المدارس الطرق الماء الكهرباء القمح السوق الأسعار الاجتماع الخطة المشروع المواطنين العام اليوم أمس الأسبوع الماضي المقبل مليون دولار بالمئة تقرير مسؤول مصادر رسمية'.split(
    ' ',
  );
const EN_WORDS =
  'said announced confirmed minister spokesperson government city council budget health hospital children schools roads water electricity wheat market prices meeting plan project residents year today yesterday week last next million dollars percent report official sources'.split(
    ' ',
  );

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function article(i: number): string {
  const arabic = i % 2 === 0;
  const words = arabic ? AR_WORDS : EN_WORDS;
  const rnd = random(i + 1);
  const targetBytes = 4_000;
  const paragraphs: string[] = [arabic ? `خبر رقم ${i}` : `Story number ${i}`];
  let bytes = 0;
  while (bytes < targetBytes - 400) {
    const sentence = Array.from({ length: 14 }, () => words[Math.floor(rnd() * words.length)]).join(' ');
    const paragraph = `${sentence} ${Math.floor(rnd() * 1000)}.`;
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  paragraphs.push(arabic ? 'اقرأ أيضاً: عنوان خبر آخر عن المدينة' : 'Read more: Another headline about the city');
  paragraphs.push(arabic ? 'المصدر: وكالة الأنباء' : 'Source: News Agency');
  return paragraphs.join('\n\n');
}

async function measure(files: number): Promise<Record<string, string | number>> {
  return withTempDir(async (dir) => {
    const folder = join(dir, 'articles');
    let totalBytes = 0;
    for (let i = 0; i < files; i += 500) {
      const sub = join(folder, String(i / 500).padStart(3, '0'));
      await mkdir(sub, { recursive: true });
      await Promise.all(
        Array.from({ length: Math.min(500, files - i) }, (_, k) => {
          const text = article(i + k);
          totalBytes += Buffer.byteLength(text);
          return writeFile(join(sub, `${i + k}.txt`), text);
        }),
      );
    }
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss / 2 ** 20;
    const store = await CorpusStore.open(join(dir, 'corpus'));
    let heapPeak = 0;
    const t0 = performance.now();
    const sources = await sourcesFromPaths([folder]);
    const report = await runImport(
      store,
      sources,
      { maxFileBytes: 20 * 2 ** 20, split: 'offer' },
      {
        signal: new AbortController().signal,
        update(done, _total, current) {
          // Live heap after a full collection, sampled every 1,000 files: what the import keeps.
          if (current === undefined && done % 1000 === 0 && globalThis.gc) {
            globalThis.gc();
            heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed / 2 ** 20);
          }
        },
      },
    );
    await store.close();
    const seconds = (performance.now() - t0) / 1000;
    return {
      files,
      imported: report.totals.documents,
      'data MB': (totalBytes / 2 ** 20).toFixed(1),
      time: ms(seconds * 1000),
      'files/s': Math.round(files / seconds),
      'MB/s': (totalBytes / 2 ** 20 / seconds).toFixed(2),
      'peak RSS MB': peakRssMb().toFixed(0),
      'RSS before import MB': rssBefore.toFixed(0),
      'live heap MB (max)': heapPeak.toFixed(0),
    };
  });
}

const sizeArg = process.argv.indexOf('--files');
if (sizeArg >= 0) {
  console.log(JSON.stringify(await measure(Number(process.argv[sizeArg + 1]))));
} else {
  const self = fileURLToPath(import.meta.url);
  const rows = SIZES.map((files) => {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--files', String(files)], { encoding: 'utf-8' });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Record<string, string | number>;
  });
  table(rows);
  console.log('target: 10,000 files in under 20 s, peak memory flat between the two sizes');
}
