import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/contract/app';
import { apiValue as api, testHosts } from '../../helpers/host';
import { manyPages } from '../../helpers/pdf-writer';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const hosts = testHosts(temp);
afterEach(async () => {
  await hosts.stop();
  await temp.cleanup();
});

describe('isnad serve while a PDF is read', () => {
  it('keeps answering: progress polls during a 300-page PDF see its pages go by', async () => {
    const { host } = await hosts.start({ corpusDir: join(await temp.make(), 'corpus') });
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
