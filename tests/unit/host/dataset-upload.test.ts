import { request } from 'node:http';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Host, startHost } from '../../../electron/host/server';
import type { Services } from '../../../electron/services/api';
import type { JobStatus } from '../../../shared/contract/app';
import type { DatasetPreview, ImportJobResult } from '../../../shared/contract/exchange';
import { seededExportFiles } from '../../helpers/exchange-corpus';
import { type ApiAnswer, apiValue, staticFolder } from '../../helpers/host';
import { openTestServices } from '../../helpers/services';
import { ownSystemTemp, restoreSystemTemp, tempDirs } from '../../helpers/temp';

const temp = tempDirs();
let host: Host | null = null;
let services: Services | null = null;

afterEach(async () => {
  await host?.close();
  await services?.close();
  host = null;
  services = null;
  restoreSystemTemp();
  await temp.cleanup();
});

/**
 * The real host over an empty corpus, the system temp folder pointed at a folder of the test's
 * own (where uploads and what the first pass keeps aside go, so they can be seen to go), and a
 * .json and a JSONL export of a seeded corpus to upload.
 */
async function start(options: { maxDatasetBytes?: number } = {}) {
  const dir = await temp.make();
  await seededExportFiles(dir);
  const staticDir = await staticFolder(temp);
  const scratch = await ownSystemTemp(dir);
  services = await openTestServices(join(dir, 'corpus'));
  host = await startHost({ services, staticDir, ...options });
  const { readFile } = await import('node:fs/promises');
  return { dir, scratch, host, services, json: await readFile(join(dir, 'export.json')), jsonl: await readFile(join(dir, 'export.jsonl')) };
}

/** The upload as the renderer makes it: the file's bytes as the body, its name in the query. */
async function upload(h: Host, name: string, body: Buffer | string): Promise<{ status: number; body: ApiAnswer }> {
  const response = await fetch(`http://127.0.0.1:${h.port}/api/upload/dataset?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-isnad-token': h.token },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as ApiAnswer };
}

describe('browser mode: a dataset uploaded as a file for import-back', () => {
  it('is written to a temp file, staged and imported like a file on disk, and the temp file goes once imported', async () => {
    const { host, services, scratch, json, jsonl } = await start();
    const staged = await upload(host, 'تصدير.json', json);
    expect(staged.status).toBe(200);
    const preview = staged.body.value as DatasetPreview;
    expect(preview).toMatchObject({ fileName: 'تصدير.json', documents: 5, annotations: 17, appVersion: '1.0.0', conflicts: [] });
    // Uploaded file and what the check kept aside wait for the user's choice; nothing is in the corpus yet.
    expect((await readdir(scratch)).length).toBeGreaterThan(0);
    expect(services.ctx.store.documentCount).toBe(0);
    const job = await apiValue<JobStatus>(host, 'importDataset', { stageId: preview.stageId, onConflict: 'fail' });
    const done = await services.ctx.jobs.wait(job.id);
    expect(done.result as ImportJobResult).toMatchObject({ imported: 5, annotations: 17 });
    expect(services.ctx.store.documentCount).toBe(5);
    expect(await readdir(scratch)).toEqual([]);

    // A JSONL export staged, then replaced by another choice: the first one's files go at once.
    const first = (await upload(host, 'export.jsonl', jsonl)).body.value as DatasetPreview;
    expect(first).toMatchObject({ documents: 5, conflicts: expect.arrayContaining([expect.objectContaining({ reason: 'same-id' })]) });
    const second = (await upload(host, 'export.json', json)).body.value as DatasetPreview;
    expect((await readdir(scratch)).length).toBe(2);
    // Cancelled straight away: the corpus is as it was and the upload is gone.
    const copying = await apiValue<JobStatus>(host, 'importDataset', { stageId: second.stageId, onConflict: 'duplicate' });
    await apiValue(host, 'cancelJob', { jobId: copying.id });
    const ended = await services.ctx.jobs.wait(copying.id);
    expect(['cancelled', 'done']).toContain(ended.state);
    expect(services.ctx.store.documentCount).toBe(ended.state === 'cancelled' ? 5 : 10);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('refuses a file over the limit, not UTF-8, or not an export, clearly, keeping nothing', async () => {
    const { host, services, scratch, json } = await start({ maxDatasetBytes: 64 * 1024 });
    const tooLarge = await upload(host, 'big.json', Buffer.concat([Buffer.alloc(128 * 1024, ' '), json]));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error?.message).toMatch(
      /big\.json is larger than 0\.06 MB, the most browser mode takes; import it with the command line: isnad import "big\.json"/,
    );
    const cases: Array<[string, Buffer | string, RegExp]> = [
      [
        'latin1.json',
        Buffer.concat([Buffer.from('{"format": "isnad-export", "title": "'), Buffer.from([0xe9]), Buffer.from('"}')]),
        /latin1\.json is not valid UTF-8/,
      ],
      ['notes.json', 'hello', /notes\.json is not valid JSON/],
      ['table.jsonl', 'a,b,c\n1,2,3\n', /table\.jsonl is not valid JSON \(line 1, column 1/],
      ['cut.json', json.subarray(0, 5000), /cut\.json is not valid JSON/],
    ];
    for (const [name, body, expected] of cases) {
      const refused = await upload(host, name, body);
      expect(refused.status, name).toBe(400);
      expect(refused.body.error?.message, name).toMatch(expected);
    }
    expect(await readdir(scratch)).toEqual([]);
    expect(services.ctx.store.documentCount).toBe(0);
    // Nothing was left staged either.
    const stale = await fetch(`http://127.0.0.1:${host.port}/api/importDataset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-isnad-token': host.token },
      body: JSON.stringify({ stageId: 's-none', onConflict: 'fail' }),
    });
    expect(((await stale.json()) as ApiAnswer).error?.code).toBe('not_found');
  });

  it('an upload the browser breaks off is dropped, and the host goes on serving', async () => {
    const { host, services, scratch, json } = await start();
    await new Promise<void>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port: host.port,
        path: '/api/upload/dataset?name=export.json',
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-isnad-token': host.token, 'content-length': String(json.length) },
      });
      req.on('error', () => resolve());
      req.on('response', () => resolve());
      // Half the file, then the connection is gone (a closed tab, a lost connection).
      req.write(json.subarray(0, json.length >> 1), () => setImmediate(() => req.destroy()));
    });
    await expect.poll(() => readdir(scratch), { timeout: 10_000 }).toEqual([]);
    expect(services.ctx.store.documentCount).toBe(0);
    const whole = await upload(host, 'export.json', json);
    expect(whole.body.value).toMatchObject({ documents: 5 });
  });
});
