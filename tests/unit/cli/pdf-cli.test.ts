import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliLines } from '../../helpers/cli';
import { runCliProcess } from '../../helpers/cli-process';
import { PDF_LAYOUTS, printLayouts } from '../../helpers/pdf-fixtures';
import { ARABIC_TITLE } from '../../helpers/pdf-articles';
import { passwordProtected } from '../../helpers/pdf-writer';
import { scanOf, scanToolsMissing } from '../../helpers/scans';
import { tempDirs } from '../../helpers/temp';
import { writeFile } from 'node:fs/promises';

const temp = tempDirs();
let arabic = '';
let scan = '';
const missing = scanToolsMissing();

beforeAll(async () => {
  const dir = await temp.make('isnad-pdf-cli-');
  const [printed] = await printLayouts(dir, [PDF_LAYOUTS[0]!]);
  arabic = printed!.path;
  if (missing.length === 0) scan = await scanOf(arabic, await temp.make('isnad-pdf-cli-scan-'));
}, 120_000);
afterAll(() => temp.cleanup());

describe('isnad import with PDFs', () => {
  it('imports a PDF from the command line in its own process, with its pages, and a folder of PDFs with a bad one in it', async () => {
    const dir = await temp.make();
    const single = await runCliProcess(['import', arabic, '--corpus', join(dir, 'one')]);
    expect(single.code).toBe(0);
    expect(single.stdout.trim().split('\t')).toEqual(['imported', arabic, expect.stringMatching(/^d/), 'ar/rtl', ARABIC_TITLE, '1 page']);

    const folder = join(dir, 'inbox');
    await mkdir(folder);
    await copyFile(arabic, join(folder, 'a-report.pdf'));
    await writeFile(join(folder, 'b-locked.pdf'), passwordProtected());
    const batch = await runCliLines(['import', folder, '--corpus', join(dir, 'two')]);
    expect(batch.code).toBe(1);
    expect(batch.out.map((l) => l.split('\t')[0])).toEqual(['imported']);
    expect(batch.err).toEqual([
      `failed\t${join(folder, 'b-locked.pdf')}\tthe PDF is protected by a password: open it with its password in a PDF reader, save or print a copy without protection, and import that`,
    ]);
  }, 120_000);

  it.skipIf(missing.length > 0)(
    'refuses a scan without --ocr, saying how; reads it with --ocr',
    async () => {
      const dir = await temp.make();
      const refused = await runCliLines(['import', scan, '--corpus', join(dir, 'c')]);
      expect(refused.code).toBe(1);
      expect(refused.err[0]).toMatch(/^failed\t.*\tthis PDF is a scan: .* \(run isnad import --ocr to read it\)$/);
      const read = await runCliLines(['import', scan, '--ocr', '--corpus', join(dir, 'c')]);
      expect(read.code).toBe(0);
      expect(read.out[0]).toMatch(/\tar\/rtl\t.*\t1 page; OCR: check the text$/);
      expect(read.err[0]).toMatch(/^warning\t.*\tthe text was read by OCR \(Tesseract/);
    },
    180_000,
  );
});
