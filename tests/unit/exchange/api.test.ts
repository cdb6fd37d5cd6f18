import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Services, openServices } from '../../../electron/services/api';
import type { JobStatus } from '../../../shared/contract/app';
import type { DatasetPreview, ExportJobResult, ImportJobResult } from '../../../shared/contract/exchange';
import type { Envelope } from '../../../shared/errors';
import { seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: Services[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function call<T>(services: Services, name: string, input: unknown): Promise<T> {
  const envelope = (await services.dispatch(name, input)) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

async function failure(services: Services, name: string, input: unknown) {
  const envelope = await services.dispatch(name, input);
  expect(envelope.ok).toBe(false);
  return (envelope as { error: { code: string; message: string } }).error;
}

async function browserServices() {
  const services = await openTestServices(await temp.make());
  open.push(services);
  const ids = await seedExchangeCorpus(services.ctx.store);
  return { services, ids };
}

describe('export operations', () => {
  it('in browser mode, an export job ends with a download named after the document', async () => {
    const { services, ids } = await browserServices();
    const started = await call<JobStatus>(services, 'startExport', { format: 'csv', filter: { documentIds: [ids.arabic] } });
    expect(started).toMatchObject({ kind: 'export', state: 'running' });
    const finished = await services.ctx.jobs.wait(started.id);
    expect(finished).toMatchObject({ state: 'done', done: 1, total: 1, current: 'بيان وزارة الصحة' });
    const result = finished.result as ExportJobResult;
    expect(result).toMatchObject({ format: 'csv', documents: 1, annotations: 5 });
    expect(result.fileName).toMatch(/^\d{4}-\d\d-\d\d-\d{4} بيان وزارة الصحة\.csv$/);
    const download = services.ctx.downloads.get(result.downloadId as string);
    expect(download).toMatchObject({ fileName: result.fileName, contentType: 'text/csv; charset=utf-8' });
    expect((await readFile(download.path, 'utf8')).startsWith('\uFEFFdocument_id,')).toBe(true);
  });

  it('a job cancelled straight away ends "cancelled" and leaves no file', async () => {
    const { services } = await browserServices();
    // Browser-mode exports go under the OS temp folder; point it at one of our own.
    const scratch = await temp.make();
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      const started = await call<JobStatus>(services, 'startExport', { format: 'json' });
      await call(services, 'cancelJob', { jobId: started.id });
      const finished = await services.ctx.jobs.wait(started.id);
      expect(finished).toMatchObject({ state: 'cancelled', error: 'cancelled by the user' });
      expect(finished.result).toBeUndefined();
      expect(await readdir(scratch)).toEqual([]);

      const completed = await call<JobStatus>(services, 'startExport', { format: 'json' });
      expect((await services.ctx.jobs.wait(completed.id)).state).toBe('done');
      expect(await readdir(scratch)).toHaveLength(1);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });

  it('has no save dialog in browser mode and refuses a path there', async () => {
    const { services } = await browserServices();
    expect(await failure(services, 'chooseExportPath', { suggestedName: 'x.csv' })).toMatchObject({ code: 'unavailable' });
    expect(await failure(services, 'startExport', { format: 'csv', path: '/tmp/evil.csv' })).toMatchObject({ code: 'forbidden' });
    expect(await failure(services, 'startExport', { format: 'xlsx' })).toMatchObject({ code: 'invalid_input', field: 'format' });
    expect(await failure(services, 'startExport', { format: 'csv', filter: { documentIds: ['dnope'] } })).toMatchObject({
      code: 'not_found',
    });
  });

  it('in desktop mode, writes only where the save dialog pointed', async () => {
    const dir = await temp.make();
    const chosen = join(dir, 'chosen.json');
    const services = await openServices({
      corpusDir: join(dir, 'corpus'),
      mode: 'desktop',
      version: '2.0.0',
      log: () => {},
      // Stands in for Electron's dialog, the one part that cannot run here.
      saveDialog: async () => chosen,
    });
    open.push(services);
    await seedExchangeCorpus(services.ctx.store);
    expect(await failure(services, 'startExport', { format: 'json', path: chosen })).toMatchObject({ code: 'forbidden' });
    expect(await call(services, 'chooseExportPath', { suggestedName: 'isnad-export.json' })).toEqual({ path: chosen });
    const started = await call<JobStatus>(services, 'startExport', { format: 'json', path: chosen });
    const finished = await services.ctx.jobs.wait(started.id);
    expect(finished.result).toMatchObject({ path: chosen, fileName: 'chosen.json', documents: 5 });
    expect(JSON.parse(await readFile(chosen, 'utf8')).app).toEqual({ name: 'Isnad', version: '2.0.0' });
    expect(await failure(services, 'startExport', { format: 'json', path: join(dir, 'elsewhere.json') })).toMatchObject({
      code: 'forbidden',
    });
  });
});

/** Desktop services on a seeded corpus (the import-back operations below are the desktop's). */
async function desktopServices() {
  const services = await openTestServices(await temp.make(), 'desktop');
  open.push(services);
  await seedExchangeCorpus(services.ctx.store);
  return { services };
}

/** A file's text sent for import-back as the desktop app sends it: begin, the pieces, finish (the check's answer, or its refusal). */
async function stage(services: Services, fileName: string, content: string): Promise<Envelope<DatasetPreview>> {
  const bytes = new TextEncoder().encode(content);
  const { uploadId } = await call<{ uploadId: string }>(services, 'beginDatasetUpload', { fileName, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += 64 * 1024) {
    await call(services, 'appendDatasetUpload', { uploadId, offset, chunk: bytes.subarray(offset, offset + 64 * 1024) });
  }
  return (await services.dispatch('finishDatasetUpload', { uploadId })) as Envelope<DatasetPreview>;
}

async function staged(services: Services, fileName: string, content: string): Promise<DatasetPreview> {
  const envelope = await stage(services, fileName, content);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

async function refusal(services: Services, fileName: string, content: string) {
  const envelope = await stage(services, fileName, content);
  expect(envelope.ok).toBe(false);
  return (envelope as { error: { code: string; message: string } }).error;
}

describe('import-back operations', () => {
  it('stage reports conflicts without writing; import asks for a choice, then duplicates', async () => {
    const { services } = await desktopServices();
    const exported = await call<JobStatus>(services, 'startExport', { format: 'json', filter: { includeExcluded: true } });
    const result = (await services.ctx.jobs.wait(exported.id)).result as ExportJobResult;
    const content = await readFile(services.ctx.downloads.get(result.downloadId as string).path, 'utf8');

    const preview = await staged(services, 'export.json', content);
    expect(preview).toMatchObject({ fileName: 'export.json', documents: 5, annotations: 17, appVersion: '0.0.0-test' });
    expect(preview.conflicts).toHaveLength(5);
    expect(preview.conflicts[0]).toMatchObject({ reason: 'same-id', title: 'بيان وزارة الصحة' });
    expect(services.ctx.store.documentCount).toBe(5);

    expect(await failure(services, 'importDataset', { stageId: preview.stageId })).toMatchObject({ code: 'conflict' });
    const job = await call<JobStatus>(services, 'importDataset', { stageId: preview.stageId, onConflict: 'duplicate' });
    const done = await services.ctx.jobs.wait(job.id);
    expect(done.state).toBe('done');
    expect(done.result as ImportJobResult).toMatchObject({ imported: 5, duplicated: 5, annotations: 17 });
    expect(services.ctx.store.documentCount).toBe(10);
    // A staged file is used once.
    expect(await failure(services, 'importDataset', { stageId: preview.stageId, onConflict: 'skip' })).toMatchObject({ code: 'not_found' });
  });

  it('a JSONL export is staged and imported as a job with progress, read again line by line', async () => {
    const { services } = await desktopServices();
    const exported = await call<JobStatus>(services, 'startExport', { format: 'jsonl', filter: { includeExcluded: true } });
    const result = (await services.ctx.jobs.wait(exported.id)).result as ExportJobResult;
    const content = await readFile(services.ctx.downloads.get(result.downloadId as string).path, 'utf8');

    const preview = await staged(services, 'export.jsonl', content);
    expect(preview).toMatchObject({ fileName: 'export.jsonl', documents: 5, annotations: 17 });
    expect(preview.exportedAt).toBeUndefined();
    expect(preview.conflicts).toHaveLength(5);
    const job = await call<JobStatus>(services, 'importDataset', { stageId: preview.stageId, onConflict: 'duplicate' });
    const done = await services.ctx.jobs.wait(job.id);
    expect(done).toMatchObject({ state: 'done', done: 5, total: 5 });
    expect(done.result as ImportJobResult).toMatchObject({ imported: 5, duplicated: 5, annotations: 17 });
    expect(services.ctx.store.documentCount).toBe(10);

    const lines = content.split('\n');
    const broken = [...lines.slice(0, 3), lines[3]?.replace('"lang":"', '"lang":"xx-'), ...lines.slice(4)].join('\n');
    const refused = await refusal(services, 'export.jsonl', broken);
    expect(refused).toMatchObject({ code: 'invalid_input' });
    expect(refused.message).toMatch(/^export\.jsonl, line 4: document\.lang: /);
    expect(services.ctx.store.documentCount).toBe(10);
  });

  it('malformed and wrong-version files are refused at once with the reason', async () => {
    const { services } = await desktopServices();
    expect(await refusal(services, 'notes.json', 'hello')).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^notes\.json is not valid JSON/),
    });
    const newer = JSON.stringify({ format: 'isnad-export', version: 3, documents: [] });
    expect(await refusal(services, 'new.json', newer)).toMatchObject({
      code: 'unsupported_version',
    });
    expect(services.ctx.store.documentCount).toBe(5);
  });
});
