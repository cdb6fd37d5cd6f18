// Bulk import: generated articles (~4 KB each, half Arabic, with scraped boilerplate) imported
// from a folder on the app's own path: the services the app opens (store + search catalog,
// indexing every document as it lands, saving the index on close) and the import pipeline the
// desktop and `isnad import` run. Each size runs in its own process so peak memory belongs to
// it alone; 2,000 beside 10,000 shows whether memory grows with the file count (target: within
// 1.2×). Beside each: the load average, and a baseline measured in the same process just before,
// a bare durable 1 KB write (open, write, fsync, close), so ratios say more than times on a
// shared machine. ISNAD_BENCH_BEFORE=DIR measures an earlier tree beside this one, size by
// size, with this file's measuring code (see the end); ISNAD_BENCH_REPEAT=N (default 3) runs
// every size N times and takes the median peak, since a fresh process's memory before the
// import alone varies by ±15 MB. Figures are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { durableWriteMs, loadLine, ms, peakRssMb, percentile, table, withTempDir } from './util';

type Api = typeof import('../electron/services/api');
type Pipeline = typeof import('../electron/services/import/pipeline');
type Sources = typeof import('../electron/services/import/sources');

const SIZES = (process.env.ISNAD_BENCH_FILES ?? '2000,10000').split(',').map(Number);
/** ISNAD_BENCH_TRACE=1: where the memory is, on stderr, with live heap after full collections. */
const TRACE = Boolean(process.env.ISNAD_BENCH_TRACE);
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

function trace(when: string): void {
  const m = process.memoryUsage();
  const mb = (n: number) => (n / 2 ** 20).toFixed(0);
  process.stderr.write(
    `${when}: rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)} peak ${peakRssMb().toFixed(0)}\n`,
  );
}

/** The app's code of the tree at `root` (this one, or an earlier checkout), loaded before anything is measured. */
async function measure(files: number, root: string): Promise<Record<string, string | number>> {
  const { openServices } = (await import(join(root, 'electron/services/api/index.ts'))) as Api;
  const { runImport } = (await import(join(root, 'electron/services/import/pipeline.ts'))) as Pipeline;
  const { sourcesFromPaths } = (await import(join(root, 'electron/services/import/sources.ts'))) as Sources;
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
    const baseline = await durableWriteMs(join(dir, 'baseline.bin'));
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss / 2 ** 20;
    const load = loadavg()[0] as number;
    const t0 = performance.now();
    // What the app opens: the store and the search catalog following every new document.
    const services = await openServices({ corpusDir: join(dir, 'corpus'), mode: 'browser', version: 'bench', log: () => {} });
    let heapPeak = 0;
    const sources = await sourcesFromPaths([folder]);
    const report = await runImport(
      services.ctx.store,
      sources,
      { maxFileBytes: 20 * 2 ** 20, split: 'offer' },
      {
        signal: new AbortController().signal,
        update(done, _total, current) {
          // Heap in use, sampled every 1,000 files. Only a trace forces a full collection first
          // (live data): the app never does, and a forced collection every 1,000 files would
          // keep the measured peak lower than the journalist's.
          if (current === undefined && done % 1000 === 0) {
            if (TRACE) globalThis.gc?.();
            heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed / 2 ** 20);
            if (TRACE) trace(`${done} files`);
          }
        },
      },
    );
    // Searchable, as the journalist expects right after an import; then closed (index saved).
    if (TRACE) trace('imported');
    await services.ctx.catalog.ready();
    if (TRACE) trace('indexed');
    const searchable = services.ctx.catalog.status().documentCount;
    await services.close();
    if (TRACE) trace('closed');
    const seconds = (performance.now() - t0) / 1000;
    return {
      files,
      imported: report.totals.documents,
      searchable,
      'data MB': (totalBytes / 2 ** 20).toFixed(1),
      time: ms(seconds * 1000),
      'files/s': Math.round(files / seconds),
      'peak RSS MB': peakRssMb().toFixed(0),
      'RSS before import MB': rssBefore.toFixed(0),
      [TRACE ? 'live heap MB (max)' : 'heap used MB (max)']: heapPeak.toFixed(0),
      '1 KB durable write': ms(baseline),
      'time ÷ (files × write)': `${((seconds * 1000) / (files * baseline)).toFixed(2)}×`,
      'load avg': load.toFixed(1),
    };
  });
}

const here = fileURLToPath(import.meta.url);
const sizeArg = process.argv.indexOf('--files');
if (sizeArg >= 0) {
  const tree = process.argv[process.argv.indexOf('--tree') + 1] as string;
  console.log(JSON.stringify(await measure(Number(process.argv[sizeArg + 1]), tree)));
} else {
  console.log(loadLine());
  // ISNAD_BENCH_BEFORE=DIR: the same sizes with the app code in DIR (a checkout of an earlier
  // commit with its node_modules), each size run by both trees one after the other, measured
  // by this file so both trees are measured alike.
  const before = process.env.ISNAD_BENCH_BEFORE;
  const repeat = Math.max(1, Number(process.env.ISNAD_BENCH_REPEAT ?? 3));
  const trees: Array<[string, string]> = [
    ...(before ? [[`before (${before})`, before] as [string, string]] : []),
    ['now', join(here, '..', '..')],
  ];
  const rows: Array<Record<string, string | number>> = [];
  for (let round = 1; round <= repeat; round++) {
    for (const files of SIZES) {
      for (const [code, tree] of trees) {
        const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', here, '--files', String(files), '--tree', tree], {
          encoding: 'utf-8',
          cwd: tree,
        });
        if (child.status !== 0) throw new Error(child.stderr);
        if (TRACE) process.stderr.write(`${code}, ${files} files, round ${round}:\n${child.stderr}`);
        rows.push({ code, round, ...(JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Record<string, string | number>) });
      }
    }
  }
  table(rows);
  const median = (code: string, files: number, column: string) =>
    percentile(
      rows.filter((r) => r.code === code && r.files === files).map((r) => Number(String(r[column]).replace(/ ms$/, ''))),
      50,
    );
  const [small, large] = [SIZES[0], SIZES.at(-1)] as [number, number];
  for (const [code] of trees) {
    const [a, b] = [median(code, small, 'peak RSS MB'), median(code, large, 'peak RSS MB')];
    console.log(
      `${code}: median peak RSS ${large} files ${b} MB ÷ ${small} files ${a} MB: ${(b / a).toFixed(2)}× (target ≤ 1.2×); median time ${large} files ${(median(code, large, 'time') / 1000).toFixed(1)} s (${repeat} runs each)`,
    );
  }
  console.log(`target: 10,000 files in under 20 s, search index on. At end: ${loadLine()}.`);
}
