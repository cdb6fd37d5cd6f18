import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import { documentFiles, importThroughContract } from '../../helpers/import';
import { PDF_LAYOUTS, printLayouts } from '../../helpers/pdf-fixtures';
import { flateBomb, manyPages, manyRuns, nestedForms, passwordProtected } from '../../helpers/pdf-writer';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

/** Broken and hostile PDFs: each gets its own reason, and the corpus is left as it was. */
const fixtures = tempDirs();
const temp = tempDirs();
let good: Uint8Array = new Uint8Array();
let services: Services | null = null;
const saved = { ...process.env };

beforeAll(async () => {
  const [printed] = await printLayouts(await fixtures.make('isnad-pdf-bad-'), [PDF_LAYOUTS[3]!]);
  good = await readFile(printed!.path);
}, 120_000);
afterAll(() => fixtures.cleanup());
afterEach(async () => {
  process.env = { ...saved };
  await services?.close();
  services = null;
  await temp.cleanup();
});

async function open(): Promise<{ s: Services; dir: string }> {
  const dir = join(await temp.make(), 'corpus');
  services = await openTestServices(dir);
  return { s: services, dir };
}

function damaged(bytes: Uint8Array): Uint8Array {
  // Garbage through the middle of the file; the end (with %%EOF) stays.
  const copy = new Uint8Array(bytes);
  for (let i = 400; i < copy.length - 2000; i += 5) copy[i] = (copy[i]! * 31 + 7) & 0xff;
  return copy;
}

describe('PDFs that cannot be imported', () => {
  it('says why for each (password, damaged, cut short, not a PDF, too many pages, a bomb) and stores none of them', async () => {
    const { s, dir } = await open();
    const before = await documentFiles(dir);
    const report = await importThroughContract(s, [
      { name: 'locked.pdf', bytes: passwordProtected() },
      { name: 'damaged.pdf', bytes: damaged(good) },
      { name: 'cut.pdf', bytes: good.subarray(0, Math.floor(good.length * 0.55)) },
      { name: 'photo.pdf', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]) },
      { name: 'archive.pdf', bytes: manyPages(1000) },
      { name: 'bomb.pdf', bytes: flateBomb(100 * 1024 * 1024) },
      { name: 'empty.pdf', bytes: new Uint8Array() },
    ]);
    const byName = Object.fromEntries(report.files.map((f) => [f.name, f]));
    expect(byName['locked.pdf']).toMatchObject({
      status: 'failed',
      problem: 'encrypted',
      reason: expect.stringMatching(/protected by a password/),
    });
    expect(byName['damaged.pdf']).toMatchObject({
      status: 'failed',
      problem: 'damaged',
      reason: expect.stringMatching(/damaged|cannot be read/),
    });
    expect(byName['cut.pdf']).toMatchObject({ status: 'failed', problem: 'damaged', reason: expect.stringMatching(/end-of-file marker/) });
    expect(byName['photo.pdf']).toMatchObject({
      status: 'failed',
      reason: 'not a PDF: the file does not start like one (it is a PNG image)',
    });
    expect(byName['archive.pdf']).toMatchObject({
      status: 'failed',
      problem: 'too-large',
      reason: expect.stringMatching(/1,000 pages, over the limit of 500 pages .*ISNAD_MAX_PDF_PAGES/),
    });
    expect(byName['bomb.pdf']).toMatchObject({ status: 'failed', reason: expect.stringMatching(/PDF bomb.*unpacks to more than 64 MB/) });
    expect(byName['empty.pdf']).toMatchObject({ status: 'failed', problem: 'empty' });
    expect(report.totals.documents).toBe(0);
    expect(await documentFiles(dir)).toEqual(before);
  }, 180_000);

  it('reads a thousand pages when ISNAD_MAX_PDF_PAGES allows it, and refuses a bad setting by name', async () => {
    process.env.ISNAD_MAX_PDF_PAGES = 'lots';
    await expect(open()).rejects.toThrow(
      'ISNAD_MAX_PDF_PAGES="lots" is not a whole number of pages; write it like 1000 (pages, default 500), or unset it for the default',
    );
    process.env.ISNAD_MAX_PDF_PAGES = '1000';
    const { s } = await open();
    const report = await importThroughContract(s, [{ name: 'archive.pdf', bytes: manyPages(1000) }]);
    expect(report.files[0]).toMatchObject({ status: 'imported' });
  }, 300_000);

  it('imports the readable pages of a partly scanned PDF and names the pages left out', async () => {
    // manyPages gives text pages; a page made only of a drawn rectangle has no text layer.
    const { s } = await open();
    const report = await importThroughContract(s, [{ name: 'mixed.pdf', bytes: manyPages(2, [2]) }]);
    expect(report.files[0]).toMatchObject({ status: 'imported', warnings: [expect.stringMatching(/^page 2 has no text layer/)] });
  }, 120_000);

  it('gives up on a PDF that takes too long to read (nested forms, a "billion laughs") at the step time limit', async () => {
    // Long enough for a fresh reader to start on a loaded machine; the nested forms never finish.
    process.env.ISNAD_IMPORT_STEP_TIMEOUT = '20';
    const { s, dir } = await open();
    const report = await importThroughContract(s, [{ name: 'laughs.pdf', bytes: nestedForms(10) }]);
    expect(report.files[0]).toMatchObject({
      status: 'failed',
      problem: 'too-slow',
      reason: expect.stringMatching(/reading laughs\.pdf took longer than the 20 s limit .*ISNAD_IMPORT_STEP_TIMEOUT/),
    });
    // The next PDF is read by a fresh worker: the stuck one was ended, not kept for reuse. (Read
    // under the default limit: a fresh worker loading pdf.js on a machine loaded by others can
    // itself take a good part of 20 s.)
    delete process.env.ISNAD_IMPORT_STEP_TIMEOUT;
    const next = await importThroughContract(s, [{ name: 'fine.pdf', bytes: manyPages(2) }]);
    expect(next.files[0]).toMatchObject({ status: 'imported' });
    expect(await documentFiles(dir)).toHaveLength(1);
  }, 120_000);

  it('ends a reader that runs past its memory allowance, and goes on with the next file', async () => {
    process.env.ISNAD_PDF_MEMORY = '64MB';
    const { s, dir } = await open();
    const report = await importThroughContract(s, [
      { name: 'heavy.pdf', bytes: manyRuns(400_000) },
      { name: 'fine.pdf', bytes: manyPages(2) },
    ]);
    expect(report.files[0]).toMatchObject({
      status: 'failed',
      problem: 'too-large',
      reason: expect.stringMatching(/needed more than 64 MB of memory .*ISNAD_PDF_MEMORY/),
    });
    expect(report.files[1]).toMatchObject({ status: 'imported' });
    expect(await documentFiles(dir)).toHaveLength(1);
  }, 180_000);
});
