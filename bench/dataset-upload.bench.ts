// Import-back of a large .json export into an empty corpus, up to the preview (the file sent,
// checked, its documents kept aside; the import after it is the same job on every path), in
// the main process's shoes, each row in its own process so peak memory is that path's alone:
//  - desktop, streamed: the file read and sent in 8 MB pieces (beginDatasetUpload,
//    appendDatasetUpload with each piece structured-cloned as Electron's IPC does,
//    finishDatasetUpload) through the real services' dispatcher;
//  - browser mode: the file POSTed to the real host (DATASET_UPLOAD_PATH), streamed from disk;
//  - desktop before: the file's whole text, cloned as one IPC message, read by datasetReader
//    from the string (the way before; capped at 90 MB, so the 100,000-annotation file never got
//    that far).
// The corpus is export.bench's (500 documents × 200 annotations); the 20,000-annotation rows
// (100 documents) beside the 100,000 ones show whether memory grows with the file. Beside
// them: opening the services alone, and the load average.
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { readFile } from 'node:fs/promises';
import { startHost } from '../electron/host/server';
import { openServices } from '../electron/services/api';
import { CorpusStore } from '../electron/services/corpus/store';
import { datasetReader } from '../electron/services/exchange/dataset-reader';
import { writeExport } from '../electron/services/exchange/write-export';
import { DATASET_CHUNK_BYTES, type DatasetPreview } from '../shared/contract/exchange';
import type { Envelope } from '../shared/errors';
import { ExportRequest } from '../shared/exchange/request';
import { DOCUMENTS, PER_DOCUMENT, benchDocument } from './export-corpus';
import { cpuMs, loadLine, ms, peakRssMb, table, withTempDir } from './util';

const here = fileURLToPath(import.meta.url);
/** Electron's IPC copies every message (structured clone); so does this, for each piece sent. */
const overIpc = <T>(value: T): T => deserialize(serialize(value)) as T;

async function value<T>(envelope: Promise<Envelope<unknown>>): Promise<T> {
  const answer = await envelope;
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

async function desktopStreamed(services: Awaited<ReturnType<typeof openServices>>, file: string): Promise<DatasetPreview> {
  const { size } = await stat(file);
  const { uploadId } = await value<{ uploadId: string }>(
    services.dispatch('beginDatasetUpload', overIpc({ fileName: 'export.json', size })),
  );
  const handle = await open(file, 'r');
  try {
    for (let offset = 0; offset < size; offset += DATASET_CHUNK_BYTES) {
      // A fresh piece each time, as the renderer's file.slice(…).arrayBuffer() gives.
      const chunk = new Uint8Array(Math.min(DATASET_CHUNK_BYTES, size - offset));
      await handle.read(chunk, 0, chunk.length, offset);
      await value(services.dispatch('appendDatasetUpload', overIpc({ uploadId, offset, chunk })));
    }
  } finally {
    await handle.close();
  }
  return value<DatasetPreview>(services.dispatch('finishDatasetUpload', overIpc({ uploadId })));
}

async function browserUpload(services: Awaited<ReturnType<typeof openServices>>, file: string, staticDir: string): Promise<DatasetPreview> {
  const host = await startHost({ services, staticDir });
  try {
    const { size } = await stat(file);
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/upload/dataset?name=export.json',
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream', 'content-length': size, 'x-isnad-token': host.token },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            text += c;
          });
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      createReadStream(file).pipe(req);
    });
    const answer = JSON.parse(body) as Envelope<DatasetPreview>;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  } finally {
    await host.close();
  }
}

async function child(mode: string, dir: string): Promise<void> {
  const file = join(dir, mode.endsWith('@20k') ? 'export-20k.json' : 'export.json');
  const services = await openServices({
    corpusDir: join(dir, `corpus-${mode.replace('@', '-')}`),
    mode: 'desktop',
    version: 'bench',
    log: () => {},
  });
  const cpuAtStart = process.cpuUsage();
  const t0 = performance.now();
  let annotations = 0;
  if (mode.startsWith('desktop-streamed')) annotations = (await desktopStreamed(services, file)).annotations;
  else if (mode.startsWith('browser')) annotations = (await browserUpload(services, file, join(dir, 'static'))).annotations;
  else if (mode.startsWith('desktop-whole')) {
    // The renderer's file.text(), then the one IPC message's copy of it in main.
    const text = overIpc(await readFile(file, 'utf8'));
    const reader = datasetReader('json', { fileName: 'export.json', text });
    annotations = (await reader.scan()).annotationCount;
    await reader.discard();
  }
  const elapsed = performance.now() - t0;
  const cpu = cpuMs(cpuAtStart);
  const peak = peakRssMb();
  await services.close();
  process.stdout.write(`${JSON.stringify({ mode, elapsed, cpu, annotations, bytes: (await stat(file)).size, peak })}\n`);
}

const MODES = ['baseline', 'desktop-streamed@20k', 'desktop-streamed', 'browser@20k', 'browser', 'desktop-whole@20k', 'desktop-whole'];
const LABELS: Record<string, string> = {
  baseline: 'none (open the services only)',
  'desktop-streamed@20k': 'desktop, 8 MB pieces over IPC, 100 documents',
  'desktop-streamed': 'desktop, 8 MB pieces over IPC',
  'browser@20k': 'browser mode, POST of the file, 100 documents',
  browser: 'browser mode, POST of the file',
  'desktop-whole@20k': 'desktop before: whole text in one message, 100 documents',
  'desktop-whole': 'desktop before: whole text in one message (was refused over 90 MB)',
};

async function parent(): Promise<void> {
  await withTempDir(async (dir) => {
    const store = await CorpusStore.open(join(dir, 'source'));
    const t0 = performance.now();
    for (let i = 0; i < DOCUMENTS; i++) await store.insertDocument(benchDocument(i));
    const some = store
      .listDocuments()
      .slice(0, DOCUMENTS / 5)
      .map((d) => d.id);
    await writeExport(store, ExportRequest.parse({ format: 'json' }), join(dir, 'export.json'), { appVersion: 'bench' });
    await writeExport(store, ExportRequest.parse({ format: 'json', filter: { documentIds: some } }), join(dir, 'export-20k.json'), {
      appVersion: 'bench',
    });
    await store.close();
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(join(dir, 'static'));
    await writeFile(join(dir, 'static', 'index.html'), '<!doctype html>');
    console.log(`built and exported ${DOCUMENTS} documents × ${PER_DOCUMENT} annotations in ${ms(performance.now() - t0)}`);
    console.log(loadLine());
    const rows = [];
    for (const mode of MODES) {
      const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', here, mode, dir], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${mode} failed: ${result.stderr}`);
      const r = JSON.parse(result.stdout.trim().split('\n').at(-1) as string);
      rows.push({
        'import-back, up to the preview': LABELS[mode] ?? mode,
        annotations: mode === 'baseline' ? '' : r.annotations,
        'file size': mode === 'baseline' ? '' : `${(r.bytes / 1024 / 1024).toFixed(1)} MB`,
        time: mode === 'baseline' ? '' : ms(r.elapsed),
        'CPU time': mode === 'baseline' ? '' : ms(r.cpu),
        'peak RSS': `${r.peak.toFixed(0)} MB`,
      });
    }
    table(rows);
    console.log(`Target: flat memory (the 20,000 and 100,000 rows alike, as browser mode). At end: ${loadLine()}`);
  });
}

const [mode, dir] = process.argv.slice(2);
if (mode === 'baseline' && dir) {
  const services = await openServices({ corpusDir: join(dir, 'corpus-baseline'), mode: 'desktop', version: 'bench', log: () => {} });
  const peak = peakRssMb();
  await services.close();
  process.stdout.write(`${JSON.stringify({ mode, peak })}\n`);
} else if (mode && dir) {
  await child(mode, dir);
} else {
  await parent();
}
