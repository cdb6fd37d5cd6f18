// Exporting 100,000 annotations (500 documents × 200) to each format through writeExport, the
// path the app's export dialog and `isnad export` take, each in its own process so peak memory
// belongs to that format alone, printed side by side (target ≤ 3 s). The 20,000-annotation
// rows (the first 100 documents) beside the 100,000 ones show whether memory grows with the
// export. The last row builds the whole JSON export in memory first, the way we chose not to.
// Beside them: the load average, and a bare durable 1 KB write measured in the same run, the
// baseline the ratios are taken to. Each file's content is checked against its schema once
// (checked-files.ts): the first row is the first export after the import, which checks every
// file; the rows after it read files already checked.
// The import-back rows read the JSONL and .json exports just written into an empty corpus
// through datasetReader, the app's and the CLI's path (20,000 beside 100,000 annotations: flat
// memory shows as equal peaks); beside them, for comparison, the .json export read twice by
// the streaming parser (the way before the first pass kept the checked documents aside) and
// the whole file parsed in memory.
import { spawnSync } from 'node:child_process';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CorpusStore } from '../electron/services/corpus/store';
import { importDataset, readDataset } from '../electron/services/exchange/import-dataset';
import { datasetReader } from '../electron/services/exchange/dataset-reader';
import { fileChunks, importJsonExport, scanJsonExport } from '../electron/services/exchange/import-json-stream';
import { writeExport } from '../electron/services/exchange/write-export';
import { AnnotationFilter } from '../shared/exchange/filter';
import { exportDocument } from '../shared/exchange/record';
import { ExportRequest } from '../shared/exchange/request';
import { serializeAll } from '../shared/exchange/serializer';
import { DOCUMENTS, PER_DOCUMENT, STAMP, benchDocument } from './export-corpus';
import { cpuMs, durableWriteMs, loadLine, ms, peakRssMb, table, withTempDir } from './util';

const here = fileURLToPath(import.meta.url);

async function child(mode: string, dir: string): Promise<void> {
  if (mode === 'csv-first') await rm(join(dir, 'corpus', '.isnad', 'checked.json'), { force: true });
  const store = await CorpusStore.open(join(dir, 'corpus'));
  const fifth = mode.endsWith('@20k');
  const base = mode.replace('@20k', '').replace('-first', '');
  const format = base === 'json-in-memory' ? 'json' : base === 'read-only' ? 'csv' : base;
  // A fifth of the documents: if peak memory stays put while the export grows 5×, it is bounded.
  const some = store
    .listDocuments()
    .slice(0, DOCUMENTS / 5)
    .map((d) => d.id);
  const organization = format === 'claimreview' ? { organization: { name: 'مرصد', url: 'https://example.org' } } : {};
  const request = ExportRequest.parse({ format, filter: fifth ? { documentIds: some } : {}, ...organization });
  const out = join(dir, `out-${mode.replace('@', '-')}.${format}`);
  const cpuAtStart = process.cpuUsage();
  const t0 = performance.now();
  let annotations = 0;
  if (mode === 'read-only') {
    for (const s of store.listDocuments()) annotations += (await store.readDocument(s.id)).annotations.length;
    const { writeFile } = await import('node:fs/promises');
    await writeFile(out, '');
  } else if (mode === 'json-in-memory') {
    const docs = [];
    for (const s of store.listDocuments()) docs.push(exportDocument(await store.getDocument(s.id), AnnotationFilter.parse({})));
    const all = docs.filter((d) => d !== null);
    annotations = all.reduce((n, d) => n + d.annotations.length, 0);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      out,
      serializeAll(
        {
          format: 'isnad-export',
          version: 1,
          exportedAt: STAMP,
          app: { name: 'Isnad', version: 'bench' },
          offsetUnit: 'utf16-code-unit',
          codePointOffsetUnit: 'unicode-code-point',
          filter: request.filter,
        },
        all,
        request,
      ),
    );
  } else {
    annotations = (await writeExport(store, request, out, { appVersion: 'bench' })).annotations;
  }
  const elapsed = performance.now() - t0;
  const cpu = cpuMs(cpuAtStart);
  const bytes = (await stat(out)).size;
  await store.close();
  process.stdout.write(`${JSON.stringify({ mode, elapsed, cpu, annotations, bytes, peak: peakRssMb() })}\n`);
}

/** Import-back into an empty corpus: streamed from a JSONL or .json export, or the .json export read whole. */
async function importChild(mode: string, dir: string): Promise<void> {
  const file = join(
    dir,
    { 'import-jsonl@20k': 'out-jsonl-20k.jsonl', 'import-jsonl': 'out-jsonl.jsonl', 'import-json@20k': 'out-json-20k.json' }[mode] ??
      'out-json.json',
  );
  const store = await CorpusStore.open(join(dir, mode.replace('@', '-')));
  const cpuAtStart = process.cpuUsage();
  const t0 = performance.now();
  let annotations: number;
  if (mode === 'import-json-whole') {
    annotations = (await importDataset(store, readDataset(await readFile(file, 'utf8'), file), 'fail')).annotations;
  } else if (mode === 'import-json-twice') {
    const chunks = fileChunks(file);
    annotations = (await importJsonExport(store, chunks, await scanJsonExport(chunks, file), 'fail')).annotations;
  } else {
    const reader = datasetReader(mode.startsWith('import-jsonl') ? 'jsonl' : 'json', { fileName: file, path: file });
    annotations = (await reader.write(store, await reader.scan(), 'fail')).annotations;
    await reader.discard();
  }
  const elapsed = performance.now() - t0;
  const cpu = cpuMs(cpuAtStart);
  // What the import still holds once the garbage is collected: the peak above is mostly
  // garbage awaiting collection (V8 sizes its heap by allocation rate, not by what lives).
  (globalThis as { gc?: () => void }).gc?.();
  const live = process.memoryUsage().heapUsed / 1024 / 1024;
  await store.close();
  const bytes = (await stat(file)).size;
  process.stdout.write(`${JSON.stringify({ mode, elapsed, cpu, annotations, bytes, peak: peakRssMb(), live })}\n`);
}

const MODES = [
  'baseline',
  'csv-first',
  'read-only',
  'csv@20k',
  'csv',
  'json@20k',
  'json',
  'jsonl@20k',
  'jsonl',
  'spacy',
  'conll',
  'w3c',
  'claimreview',
  'json-in-memory',
  'import-jsonl@20k',
  'import-jsonl',
  'import-json@20k',
  'import-json',
  'import-json-twice',
  'import-json-whole',
];

async function parent(): Promise<void> {
  await withTempDir(async (dir) => {
    const store = await CorpusStore.open(join(dir, 'corpus'));
    const t0 = performance.now();
    for (let i = 0; i < DOCUMENTS; i++) await store.insertDocument(benchDocument(i));
    await store.close();
    console.log(`built a corpus of ${DOCUMENTS} documents × ${PER_DOCUMENT} annotations in ${ms(performance.now() - t0)}`);
    console.log(loadLine());
    const write = await durableWriteMs(join(dir, 'baseline.bin'));
    const rows = [];
    for (const mode of MODES) {
      const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', here, mode, dir], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${mode} failed: ${result.stderr}`);
      const r = JSON.parse(result.stdout.trim().split('\n').at(-1) as string);
      rows.push(
        mode === 'baseline'
          ? {
              export: 'none (open the corpus only)',
              annotations: '',
              time: '',
              'CPU time': '',
              'file size': '',
              'peak RSS': `${r.peak.toFixed(0)} MB`,
              'heap after GC': '',
              '÷ 1 KB write': '',
            }
          : {
              export:
                {
                  'read-only': 'none: only read every document from the store',
                  'json-in-memory': 'json, whole file built in memory (rejected)',
                  'csv-first': 'csv, streamed, first export after import (checks every file)',
                  'import-jsonl@20k': 'import-back of the jsonl export, streamed, 100 documents',
                  'import-jsonl': 'import-back of the jsonl export, streamed',
                  'import-json@20k': 'import-back of the json export, streamed, 100 documents',
                  'import-json': 'import-back of the json export, streamed',
                  'import-json-twice': 'import-back of the json export, streamed, parsed twice (before)',
                  'import-json-whole': 'import-back of the json export, whole file in memory',
                }[mode] ?? `${mode.replace('@20k', '')}, streamed${mode.endsWith('@20k') ? ', 100 documents' : ''}`,
              annotations: r.annotations,
              time: ms(r.elapsed),
              'CPU time': ms(r.cpu),
              'file size': `${(r.bytes / 1024 / 1024).toFixed(1)} MB`,
              'peak RSS': `${r.peak.toFixed(0)} MB`,
              'heap after GC': r.live === undefined ? '' : `${r.live.toFixed(0)} MB`,
              '÷ 1 KB write': `${(r.elapsed / write).toFixed(0)}×`,
            },
      );
    }
    table(rows);
    console.log(
      `baseline: a durable 1 KB write took ${ms(write)} (median of 50). Target: 100,000 annotations ≤ 3 s, flat memory. At end: ${loadLine()}`,
    );
  });
}

const [mode, dir] = process.argv.slice(2);
if (mode === 'baseline' && dir) {
  const store = await CorpusStore.open(join(dir, 'corpus'));
  store.listDocuments();
  await store.close();
  process.stdout.write(`${JSON.stringify({ mode, peak: peakRssMb() })}\n`);
} else if (mode?.startsWith('import-') && dir) {
  await importChild(mode, dir);
} else if (mode && dir) {
  await child(mode, dir);
} else {
  await parent();
}
