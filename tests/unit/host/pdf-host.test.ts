import { request } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/contract/app';
import { type Host, startHost } from '../../../electron/host/server';
import type { Services } from '../../../electron/services/api';
import { manyPages } from '../../helpers/pdf-writer';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
let host: Host | null = null;
let services: Services | null = null;
afterEach(async () => {
  await host?.close();
  await services?.close();
  await temp.cleanup();
});

function api<T>(h: Host, name: string, input: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: h.port,
        path: `/api/${name}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-isnad-token': h.token },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve((JSON.parse(body) as { value: T }).value));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

describe('isnad serve while a PDF is read', () => {
  it('keeps answering: progress polls during a 300-page PDF see its pages go by', async () => {
    const staticDir = await temp.make();
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Isnad</title>');
    services = await openTestServices(join(await temp.make(), 'corpus'));
    host = await startHost({ services, staticDir });
    const pdf = manyPages(300);
    const { stagingId } = await api<{ stagingId: string }>(host, 'stageImportFiles', {
      files: [{ name: 'minutes.pdf', size: pdf.length, data: pdf.toString('base64') }],
    });
    const job = await api<JobStatus>(host, 'startImport', { stagingId });
    const seen = new Set<string>();
    let status = job;
    while (status.state === 'running') {
      status = await api<JobStatus>(host, 'getJob', { jobId: job.id });
      const page = /page (\d+) of 300/.exec(status.current)?.[1];
      if (page) seen.add(page);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(status.state).toBe('done');
    // The HTTP loop answered between pages, not only before and after the file.
    expect(seen.size).toBeGreaterThan(3);
  }, 180_000);
});
