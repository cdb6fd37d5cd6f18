import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { JobStatus } from '../../shared/contract/app';
import type { ImportReport } from '../../shared/import/report';
import type { Services } from '../../electron/services/api';

export const utf8 = (s: string) => new TextEncoder().encode(s);

export interface TestFile {
  name: string;
  bytes: Uint8Array | string;
  mapping?: Record<string, string>;
  ocr?: boolean;
}

/** Calls an operation through the real dispatcher (validation included), throwing its error. */
export async function call<T>(services: Services, name: string, input: unknown): Promise<T> {
  const envelope = await services.dispatch(name, input);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value as T;
}

/** What the renderer does: upload the files' bytes in base64, start the job, wait for its report. */
export async function importThroughContract(
  services: Services,
  files: TestFile[],
  options: Record<string, unknown> = {},
): Promise<ImportReport> {
  const uploads = files.map((f, i) => {
    const bytes = typeof f.bytes === 'string' ? utf8(f.bytes) : f.bytes;
    return {
      key: String(i),
      name: f.name,
      size: bytes.length,
      data: Buffer.from(bytes).toString('base64'),
      ...(f.mapping ? { mapping: f.mapping } : {}),
      ...(f.ocr ? { ocr: true } : {}),
    };
  });
  const { stagingId } = await call<{ stagingId: string }>(services, 'stageImportFiles', { files: uploads });
  const job = await call<JobStatus>(services, 'startImport', { stagingId, ...options });
  const status = await services.ctx.jobs.wait(job.id);
  if (status.state === 'failed') throw new Error(`import job failed: ${status.error}`);
  return status.result as ImportReport;
}

/** The document files on disk, to prove a failed import wrote nothing. */
export async function documentFiles(corpusDir: string): Promise<string[]> {
  return (await readdir(join(corpusDir, 'documents'))).sort();
}
