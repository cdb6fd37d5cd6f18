import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost } from '../../../electron/host/server';
import { type Services, openServices } from '../../../electron/services/api';
import type { JobStatus } from '../../../shared/contract/app';
import type { DatasetPreview, ImportJobResult } from '../../../shared/contract/exchange';
import type { Envelope, ErrorInfo } from '../../../shared/errors';
import { seededExportFiles } from '../../helpers/exchange-corpus';
import { type ApiAnswer, staticFolder } from '../../helpers/host';
import { openTestServices } from '../../helpers/services';
import { ownSystemTemp, restoreSystemTemp, tempDirs } from '../../helpers/temp';

/**
 * The desktop's Import dataset…: the file sent to the real services a piece at a time
 * (beginDatasetUpload, appendDatasetUpload, finishDatasetUpload), through the contract's
 * dispatcher (zod first, then the handler), into a temp folder of the test's own.
 */
const temp = tempDirs();
const open: Services[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  restoreSystemTemp();
  await temp.cleanup();
});

/** A .json and a JSONL export of the seeded corpus, the system temp folder pointed at one of the test's own, and desktop services on an empty corpus. */
async function start(options: { maxDatasetBytes?: number; mode?: 'desktop' | 'browser' } = {}) {
  const dir = await temp.make();
  await seededExportFiles(dir);
  // Made before the temp folder is pointed at the test's own, which must then hold only what an upload leaves.
  const staticDir = await staticFolder(temp);
  const scratch = await ownSystemTemp(dir);
  const services = await openServices({
    corpusDir: join(dir, 'corpus'),
    mode: options.mode ?? 'desktop',
    version: '0.0.0-test',
    log: () => {},
    ...(options.maxDatasetBytes ? { maxDatasetBytes: options.maxDatasetBytes } : {}),
  });
  open.push(services);
  return {
    dir,
    scratch,
    staticDir,
    services,
    json: await readFile(join(dir, 'export.json')),
    jsonl: await readFile(join(dir, 'export.jsonl')),
  };
}

async function call<T>(services: Services, name: string, input: unknown): Promise<Envelope<T>> {
  return (await services.dispatch(name, input)) as Envelope<T>;
}

async function value<T>(services: Services, name: string, input: unknown): Promise<T> {
  const envelope = await call<T>(services, name, input);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

async function failure(services: Services, name: string, input: unknown): Promise<ErrorInfo> {
  const envelope = await call(services, name, input);
  expect(envelope.ok, name).toBe(false);
  return (envelope as { error: ErrorInfo }).error;
}

/** The file sent as the desktop renderer sends it: begin, the pieces in order, finish. */
async function send(services: Services, fileName: string, bytes: Buffer, chunkBytes = 4096): Promise<Envelope<DatasetPreview>> {
  const { uploadId } = await value<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    const chunk = new Uint8Array(bytes.subarray(offset, offset + chunkBytes));
    const appended = await call<{ received: number }>(services, 'appendDatasetUpload', { uploadId, offset, chunk });
    if (!appended.ok) return appended as Envelope<DatasetPreview>;
  }
  return call<DatasetPreview>(services, 'finishDatasetUpload', { uploadId });
}

/** Every document of a corpus as stored: what an import-back reproduces. */
async function contents(services: Services) {
  const ids = services.ctx.store
    .listDocuments()
    .map((d) => d.id)
    .sort();
  return Promise.all(ids.map((id) => services.ctx.store.getDocument(id)));
}

describe('desktop: a dataset sent piece by piece for import-back', () => {
  it('stages and imports a .json and a JSONL export exactly as the browser-mode upload does, and its temp file goes', async () => {
    const { dir, scratch, staticDir, services, json, jsonl } = await start();
    const staged = await send(services, 'تصدير.json', json);
    expect(staged.ok).toBe(true);
    const preview = (staged as { value: DatasetPreview }).value;
    expect(preview).toMatchObject({ fileName: 'تصدير.json', documents: 5, annotations: 17, appVersion: '1.0.0', conflicts: [] });
    // The file waits on disk for the journalist's choice; nothing is in the corpus yet.
    expect((await readdir(scratch)).length).toBeGreaterThan(0);
    expect(services.ctx.store.documentCount).toBe(0);
    const job = await value<JobStatus>(services, 'importDataset', { stageId: preview.stageId, onConflict: 'fail' });
    const done = await services.ctx.jobs.wait(job.id);
    expect(done.result as ImportJobResult).toMatchObject({ imported: 5, annotations: 17 });
    expect(await readdir(scratch)).toEqual([]);

    // The same file through the browser-mode host, into a corpus of its own: the same preview, the same documents.
    const browser = await openTestServices(join(dir, 'browser-corpus'));
    open.push(browser);
    const host = await startHost({ services: browser, staticDir });
    try {
      const response = await fetch(`http://127.0.0.1:${host.port}/api/upload/dataset?name=${encodeURIComponent('تصدير.json')}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-isnad-token': host.token },
        body: new Uint8Array(json),
      });
      const uploaded = ((await response.json()) as ApiAnswer).value as DatasetPreview;
      const { stageId: _a, ...desktopPreview } = preview;
      const { stageId: _b, ...browserPreview } = uploaded;
      expect(browserPreview).toEqual(desktopPreview);
      const imported = (await browser.dispatch('importDataset', { stageId: uploaded.stageId })) as Envelope<JobStatus>;
      await browser.ctx.jobs.wait((imported as { value: JobStatus }).value.id);
    } finally {
      await host.close();
    }
    expect(await contents(services)).toEqual(await contents(browser));

    // A JSONL export, in pieces that cut its lines and characters anywhere: same documents, now conflicts.
    const lines = await send(services, 'export.jsonl', jsonl, 777);
    expect(lines.ok).toBe(true);
    const second = (lines as { value: DatasetPreview }).value;
    expect(second).toMatchObject({ documents: 5, annotations: 17 });
    expect(second.exportedAt).toBeUndefined();
    expect(second.conflicts).toHaveLength(5);
    const copies = await value<JobStatus>(services, 'importDataset', { stageId: second.stageId, onConflict: 'duplicate' });
    expect((await services.ctx.jobs.wait(copies.id)).result as ImportJobResult).toMatchObject({ imported: 5, duplicated: 5 });
    expect(services.ctx.store.documentCount).toBe(10);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('refuses a file that is not UTF-8, not JSON, or cut short with the browser path’s own words, keeping nothing', async () => {
    const { scratch, services, json } = await start();
    const cases: Array<[string, Buffer, RegExp]> = [
      [
        'latin1.json',
        Buffer.concat([Buffer.from('{"format": "isnad-export", "title": "'), Buffer.from([0xe9]), Buffer.from('"}')]),
        /^latin1\.json is not valid UTF-8/,
      ],
      ['notes.json', Buffer.from('hello'), /^notes\.json is not valid JSON/],
      ['table.jsonl', Buffer.from('a,b,c\n1,2,3\n'), /^table\.jsonl is not valid JSON \(line 1, column 1/],
      ['cut.json', json.subarray(0, 5000), /^cut\.json is not valid JSON/],
      ['empty.json', Buffer.alloc(0), /^empty\.json is empty/],
    ];
    for (const [name, bytes, expected] of cases) {
      const refused = await send(services, name, bytes, 1000);
      expect(refused.ok, name).toBe(false);
      expect((refused as { error: ErrorInfo }).error.message, name).toMatch(expected);
      expect(await readdir(scratch), name).toEqual([]);
    }
    expect(services.ctx.store.documentCount).toBe(0);
    expect(await failure(services, 'importDataset', { stageId: 's-none', onConflict: 'fail' })).toMatchObject({ code: 'not_found' });
  });

  it('refuses a file over the cap, said or sent, with the command to use instead; its temp file goes and a staged file stays', async () => {
    const { scratch, services, json, jsonl } = await start({ maxDatasetBytes: 64 * 1024 });
    const waiting = (await send(services, 'export.jsonl', jsonl)) as { value: DatasetPreview };
    const stagedFiles = await readdir(scratch);
    // Said to be over the cap: refused before anything is written.
    const said = await failure(services, 'beginDatasetUpload', { fileName: 'big.json', size: 128 * 1024 });
    expect(said).toMatchObject({ code: 'invalid_input', messageId: 'errors.dataset.desktopTooLarge' });
    expect(said.message).toBe(
      'big.json is larger than 0.06 MB, the most the app takes in one file; import it with the command line: isnad import "big.json" --corpus DIR. Nothing was imported.',
    );
    // Said to be small, sent large: refused at the piece that crosses the cap, and the upload is gone.
    const { uploadId } = await value<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName: 'liar.json', size: 1000 });
    expect((await readdir(scratch)).length).toBe(stagedFiles.length + 1);
    const big = new Uint8Array(Buffer.concat([Buffer.alloc(70 * 1024, ' '), json]).subarray(0, 70 * 1024));
    expect(await failure(services, 'appendDatasetUpload', { uploadId, offset: 0, chunk: big })).toMatchObject({
      messageId: 'errors.dataset.desktopTooLarge',
    });
    expect(await readdir(scratch)).toEqual(stagedFiles);
    expect(await failure(services, 'finishDatasetUpload', { uploadId })).toMatchObject({ code: 'not_found', field: 'uploadId' });
    // Under the cap but longer than it said: refused too (the file changed while it was read).
    const second = await value<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName: 'grew.json', size: 10 });
    expect(await failure(services, 'appendDatasetUpload', { ...second, offset: 0, chunk: new Uint8Array(11) })).toMatchObject({
      messageId: 'errors.dataset.uploadSizeChanged',
    });
    expect(await readdir(scratch)).toEqual(stagedFiles);
    // The file staged before is still there to import.
    const job = await value<JobStatus>(services, 'importDataset', { stageId: waiting.value.stageId, onConflict: 'fail' });
    expect((await services.ctx.jobs.wait(job.id)).result).toMatchObject({ imported: 5 });
  });

  it('refuses an unknown upload, a piece after finish, a piece out of order and a short file, clearly', async () => {
    const { scratch, services, json } = await start();
    expect(await failure(services, 'appendDatasetUpload', { uploadId: 'u0123', offset: 0, chunk: new Uint8Array(4) })).toMatchObject({
      code: 'not_found',
      field: 'uploadId',
      messageId: 'errors.dataset.uploadNotFound',
    });
    expect(await failure(services, 'finishDatasetUpload', { uploadId: 'u0123' })).toMatchObject({ code: 'not_found' });

    const finished = await value<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName: 'export.json', size: json.length });
    await value(services, 'appendDatasetUpload', { ...finished, offset: 0, chunk: new Uint8Array(json) });
    const preview = await value<DatasetPreview>(services, 'finishDatasetUpload', finished);
    expect(await failure(services, 'appendDatasetUpload', { ...finished, offset: json.length, chunk: new Uint8Array(4) })).toMatchObject({
      code: 'not_found',
    });
    expect(await failure(services, 'finishDatasetUpload', finished)).toMatchObject({ code: 'not_found' });
    const staged = await readdir(scratch);

    const jumbled = await value<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName: 'export.json', size: json.length });
    await value(services, 'appendDatasetUpload', { ...jumbled, offset: 0, chunk: new Uint8Array(json.subarray(0, 100)) });
    const skipped = await failure(services, 'appendDatasetUpload', {
      ...jumbled,
      offset: 200,
      chunk: new Uint8Array(json.subarray(200, 300)),
    });
    expect(skipped.message).toBe(
      'export.json: a piece of the file arrived out of order (at byte 200, expected 100); choose it again. Nothing was imported.',
    );
    expect(await readdir(scratch)).toEqual(staged);

    const short = await value<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName: 'export.json', size: json.length });
    await value(services, 'appendDatasetUpload', { ...short, offset: 0, chunk: new Uint8Array(json.subarray(0, 100)) });
    expect((await failure(services, 'finishDatasetUpload', short)).message).toBe(
      `export.json arrived incomplete (100 of ${json.length} bytes); choose it again. Nothing was imported.`,
    );
    expect(await readdir(scratch)).toEqual(staged);
    // The one finished before is still staged, and imports.
    const job = await value<JobStatus>(services, 'importDataset', { stageId: preview.stageId, onConflict: 'fail' });
    expect((await services.ctx.jobs.wait(job.id)).result).toMatchObject({ imported: 5 });
  });

  it('cancelled midway, or replaced by another file, leaves no temp file and stages nothing', async () => {
    const { scratch, services, json } = await start();
    const { uploadId } = await value<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName: 'export.json', size: json.length });
    await value(services, 'appendDatasetUpload', { uploadId, offset: 0, chunk: new Uint8Array(json.subarray(0, 1000)) });
    expect(await readdir(scratch)).toHaveLength(1);
    expect(await value(services, 'cancelDatasetUpload', { uploadId })).toEqual({ cancelled: true });
    expect(await readdir(scratch)).toEqual([]);
    expect(await failure(services, 'appendDatasetUpload', { uploadId, offset: 1000, chunk: new Uint8Array(4) })).toMatchObject({
      code: 'not_found',
    });
    expect(await failure(services, 'finishDatasetUpload', { uploadId })).toMatchObject({ code: 'not_found' });
    // Nothing to stop any more: said so, and harmless.
    expect(await value(services, 'cancelDatasetUpload', { uploadId })).toEqual({ cancelled: false });

    // Another file chosen while one is half sent: the first one's file goes.
    const first = await value<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName: 'a.json', size: json.length });
    await value(services, 'appendDatasetUpload', { ...first, offset: 0, chunk: new Uint8Array(json.subarray(0, 1000)) });
    const staged = await send(services, 'b.json', json);
    expect(staged).toMatchObject({ ok: true, value: { fileName: 'b.json', documents: 5 } });
    expect(await failure(services, 'appendDatasetUpload', { ...first, offset: 1000, chunk: new Uint8Array(4) })).toMatchObject({
      code: 'not_found',
    });

    // Two files chosen at once (a quick second choice): one upload stays, with one temp file.
    const both = await Promise.all(
      ['c.json', 'd.json'].map((fileName) => value<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName, size: 4 })),
    );
    expect((await readdir(scratch)).filter((n) => n.startsWith('isnad-upload-'))).toHaveLength(2); // b.json's, staged, and one
    const accepted = await Promise.all(
      both.map(async (u) => (await call(services, 'appendDatasetUpload', { ...u, offset: 0, chunk: new Uint8Array(4) })).ok),
    );
    expect(accepted.filter(Boolean)).toHaveLength(1);
    await value(services, 'cancelDatasetUpload', both[accepted.indexOf(true)]);

    // Cancelled while main checks the whole file: the check's result is thrown away, with its files.
    const late = await value<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName: 'late.json', size: json.length });
    await value(services, 'appendDatasetUpload', { ...late, offset: 0, chunk: new Uint8Array(json) });
    const checking = call<DatasetPreview>(services, 'finishDatasetUpload', late);
    // The check reads the file from disk: past one turn of the event loop it has begun. (Had the
    // cancel come first, the answer would be the same.)
    await new Promise((resolve) => setImmediate(resolve));
    expect(await value(services, 'cancelDatasetUpload', late)).toEqual({ cancelled: true });
    expect(await checking).toMatchObject({
      ok: false,
      error: { code: 'cancelled', message: 'reading late.json was stopped; nothing was imported' },
    });
    expect(await readdir(scratch)).toEqual([]);
    expect(services.ctx.store.documentCount).toBe(0);
    // b.json was replaced by late.json, which was then dropped: nothing waits to be imported.
    expect(
      await failure(services, 'importDataset', { stageId: (staged as { value: DatasetPreview }).value.stageId, onConflict: 'fail' }),
    ).toMatchObject({ code: 'not_found' });
  });

  it('validates the pieces at the contract: bytes only, of a bounded size; and is the desktop’s alone', async () => {
    const { services, json } = await start();
    const { uploadId } = await value<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName: 'export.json', size: json.length });
    // What JSON would make of bytes (an object, an array, base64 text) is refused, naming the field.
    for (const chunk of [{ 0: 123 }, [123, 34], json.toString('base64'), null]) {
      expect(await failure(services, 'appendDatasetUpload', { uploadId, offset: 0, chunk }), JSON.stringify(chunk)).toMatchObject({
        code: 'invalid_input',
        field: 'chunk',
        message: 'chunk: must be the file’s bytes (a Uint8Array)',
      });
    }
    expect(
      await failure(services, 'appendDatasetUpload', { uploadId, offset: 0, chunk: new Uint8Array(16 * 1024 * 1024 + 1) }),
    ).toMatchObject({ code: 'invalid_input', field: 'chunk', message: 'chunk: a piece of a file is at most 16777216 bytes' });
    for (const [input, field] of [
      [{ uploadId: '../../etc/passwd', offset: 0, chunk: new Uint8Array(1) }, 'uploadId'],
      [{ uploadId, offset: -1, chunk: new Uint8Array(1) }, 'offset'],
      [{ uploadId, offset: 0.5, chunk: new Uint8Array(1) }, 'offset'],
    ] as const) {
      expect(await failure(services, 'appendDatasetUpload', input)).toMatchObject({ code: 'invalid_input', field });
    }
    expect(await failure(services, 'beginDatasetUpload', { fileName: 'x.json', size: -5 })).toMatchObject({ field: 'size' });
    expect(await failure(services, 'beginDatasetUpload', { fileName: 'x.json' })).toMatchObject({ field: 'size' });
    // Refused input dropped nothing: the upload goes on.
    expect(await value(services, 'appendDatasetUpload', { uploadId, offset: 0, chunk: new Uint8Array(json) })).toEqual({
      received: json.length,
    });
    expect(await value(services, 'finishDatasetUpload', { uploadId })).toMatchObject({ documents: 5 });

    const browser = await start({ mode: 'browser' });
    expect(await failure(browser.services, 'beginDatasetUpload', { fileName: 'x.json', size: 10 })).toMatchObject({
      code: 'unavailable',
      messageId: 'errors.dataset.uploadDesktopOnly',
    });
    expect(await readdir(browser.scratch)).toEqual([]);
  });
});
