import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Services, openServices } from '../../../../electron/services/api';
import { type DatasetUploadCalls, type UploadProgress, sendDataset } from '../../../../renderer/src/features/exchange/dataset-upload.logic';
import { contract } from '../../../../shared/contract';
import { createClient } from '../../../../shared/contract/dispatch';
import { IsnadError } from '../../../../shared/errors';
import { seededExportFiles } from '../../../helpers/exchange-corpus';
import { ownSystemTemp, restoreSystemTemp, tempDirs } from '../../../helpers/temp';

/**
 * The desktop dialog's sending of a dataset file (file → pieces → calls), against the real
 * desktop services through the contract's client, as the preload would carry it. Each call is
 * written down on its way, to see which were made.
 */
const temp = tempDirs();
const open: Services[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  restoreSystemTemp();
  await temp.cleanup();
});

async function start(options: { maxDatasetBytes?: number } = {}) {
  const dir = await temp.make();
  await seededExportFiles(dir, ['json']);
  const exported = join(dir, 'export.json');
  const { readFile } = await import('node:fs/promises');
  const file = new File([await readFile(exported)], 'تصدير.json', { type: 'application/json' });
  const scratch = await ownSystemTemp(dir);
  const services = await openServices({
    corpusDir: join(dir, 'corpus'),
    mode: 'desktop',
    version: '0.0.0-test',
    log: () => {},
    ...options,
  });
  open.push(services);
  const client = createClient(contract, services.dispatch);
  const made: string[] = [];
  const calls: DatasetUploadCalls = {
    beginDatasetUpload: (input) => (made.push(`begin ${input.size}`), client.beginDatasetUpload(input)),
    appendDatasetUpload: (input) => (made.push(`append ${input.offset}+${input.chunk.byteLength}`), client.appendDatasetUpload(input)),
    finishDatasetUpload: (input) => (made.push('finish'), client.finishDatasetUpload(input)),
    cancelDatasetUpload: (input) => (made.push('cancel'), client.cancelDatasetUpload(input)),
  };
  return { file, scratch, services, calls, made };
}

describe('sendDataset (the desktop Import dataset… dialog)', () => {
  it('reads the file a piece at a time, sends each in order with its offset, reports progress, then has it checked', async () => {
    const { file, services, calls, made } = await start();
    const progress: UploadProgress[] = [];
    const preview = await sendDataset(file, calls, { chunkBytes: 1000, onProgress: (p) => progress.push(p) });
    expect(preview).toMatchObject({ fileName: 'تصدير.json', documents: 5, annotations: 17, conflicts: [] });
    const pieces = Math.ceil(file.size / 1000);
    expect(made).toEqual([
      `begin ${file.size}`,
      ...Array.from({ length: pieces }, (_, i) => `append ${i * 1000}+${Math.min(1000, file.size - i * 1000)}`),
      'finish',
    ]);
    expect(progress[0]).toEqual({ sent: 0, total: file.size });
    expect(progress.at(-1)).toEqual({ sent: file.size, total: file.size });
    expect(progress.map((p) => p.sent)).toEqual([...progress.map((p) => p.sent)].sort((a, b) => a - b));
    expect(services.ctx.store.documentCount).toBe(0);
  });

  it('stopped midway sends no further piece, tells main to drop the file, and rejects as cancelled', async () => {
    const { file, scratch, services, calls, made } = await start();
    const stop = new AbortController();
    const sending = sendDataset(file, calls, {
      chunkBytes: 1000,
      signal: stop.signal,
      onProgress: ({ sent }) => {
        if (sent === 2000) stop.abort();
      },
    });
    const refused = await sending.catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(IsnadError);
    expect(refused).toMatchObject({ code: 'cancelled', message: 'reading تصدير.json was stopped; nothing was imported' });
    expect(made).toEqual([`begin ${file.size}`, 'append 0+1000', 'append 1000+1000', 'cancel']);
    await expect.poll(() => readdir(scratch)).toEqual([]);
    expect(services.ctx.store.documentCount).toBe(0);

    // Stopped before it began: nothing is asked of main at all.
    made.length = 0;
    await expect(sendDataset(file, calls, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'cancelled' });
    expect(made).toEqual([]);
  });

  it('stopped while a piece is on its way: main hears at once and drops the file; the late piece is refused, read as the stop', async () => {
    const { file, scratch, calls, made } = await start();
    let release = () => {};
    let holding = false;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: DatasetUploadCalls = {
      ...calls,
      // The second piece takes its time crossing (a slow machine, a large piece).
      appendDatasetUpload: async (input) => {
        if (input.offset > 0) {
          holding = true;
          await held;
        }
        return calls.appendDatasetUpload(input);
      },
    };
    const stop = new AbortController();
    const sending = sendDataset(file, slow, { chunkBytes: 1000, signal: stop.signal });
    await expect.poll(() => holding).toBe(true);
    expect(await readdir(scratch)).toHaveLength(1);
    stop.abort();
    expect(made.at(-1)).toBe('cancel');
    await expect.poll(() => readdir(scratch)).toEqual([]);
    release();
    await expect(sending).rejects.toMatchObject({ code: 'cancelled' });
    expect(made).toEqual([`begin ${file.size}`, 'append 0+1000', 'cancel', 'append 1000+1000']);
  });

  it('stopped while main checks the file: main drops the check, nothing is staged', async () => {
    const { file, scratch, calls, made } = await start();
    const stop = new AbortController();
    const sending = sendDataset(file, calls, {
      signal: stop.signal,
      onProgress: ({ sent, total }) => {
        // The last piece is in: main is asked to check the file next, and the stop reaches it there.
        if (sent === total) queueMicrotask(() => stop.abort());
      },
    });
    await expect(sending).rejects.toMatchObject({ code: 'cancelled' });
    expect(made).toEqual([`begin ${file.size}`, `append 0+${file.size}`, 'finish', 'cancel']);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('a file main refuses (over its cap) is refused with main’s reason, before any piece is read', async () => {
    const { file, scratch, calls, made } = await start({ maxDatasetBytes: 1024 });
    await expect(sendDataset(file, calls)).rejects.toMatchObject({ code: 'invalid_input', messageId: 'errors.dataset.desktopTooLarge' });
    expect(made).toEqual([`begin ${file.size}`]);
    expect(await readdir(scratch)).toEqual([]);
  });
});
