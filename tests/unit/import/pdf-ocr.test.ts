import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/contract/app';
import type { Document } from '../../../shared/domain/document';
import type { ImportReport } from '../../../shared/import/report';
import type { Services } from '../../../electron/services/api';
import { call, documentFiles, importThroughContract } from '../../helpers/import';
import { PDF_LAYOUTS, printLayouts } from '../../helpers/pdf-fixtures';
import { scanOf, scanToolsMissing } from '../../helpers/scans';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';
import { bodyOf, scoreText } from '../../helpers/text-metrics';

const missing = scanToolsMissing();
if (missing.length > 0)
  console.warn(`SKIPPED: OCR tests need ${missing.join(', ')} (apt-get install ${missing.join(' ')}); scanned PDFs were NOT read.`);

const fixtures = tempDirs();
const temp = tempDirs();
let scans: Array<{ name: string; expected: string; path: string }> = [];
let services: Services | null = null;
const saved = { ...process.env };

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

/** Programs this test process started that are still running (OCR must not leave any behind). */
function children(): string[] {
  try {
    return execFileSync('ps', ['-o', 'comm=', '--ppid', String(process.pid)], { encoding: 'utf-8' })
      .split('\n')
      .filter((c) => /tesseract|pdftoppm/.test(c));
  } catch {
    return [];
  }
}

describe.skipIf(missing.length > 0)('scanned PDFs (Tesseract)', () => {
  beforeAll(async () => {
    const layouts = await printLayouts(await fixtures.make('isnad-pdf-scan-'), [PDF_LAYOUTS[0]!, PDF_LAYOUTS[1]!]);
    scans = [];
    for (const layout of layouts)
      scans.push({ name: layout.name, expected: layout.expected, path: await scanOf(layout.path, await fixtures.make('isnad-scan-')) });
  }, 180_000);

  it('are recognised as scans and not imported empty; OCR then reads them, flagged "check the text"', async () => {
    const { s, dir } = await open();
    const bytes = await Promise.all(scans.map((scan) => readFile(scan.path)));
    const refused = await importThroughContract(
      s,
      scans.map((scan, i) => ({ name: `${i}.pdf`, bytes: bytes[i]! })),
    );
    expect(refused.files.map((f) => f.problem)).toEqual(['scanned', 'scanned']);
    expect(refused.files[0]?.reason).toMatch(/^this PDF is a scan: its page is an image with no text layer; import it with OCR/);
    expect(await documentFiles(dir)).toEqual([]);

    const report = await importThroughContract(
      s,
      scans.map((scan, i) => ({ name: `${i}.pdf`, bytes: bytes[i]!, ocr: true })),
    );
    const rows = [];
    for (const [i, scan] of scans.entries()) {
      expect(report.files[i]).toMatchObject({
        status: 'imported',
        warnings: [expect.stringMatching(/read by OCR \(Tesseract [\d.]+, \d+% confidence\): check it against the scan/)],
      });
      const doc = await call<Document>(s, 'getDocument', { id: report.files[i]?.documents[0]?.id });
      expect(doc.ocr).toMatchObject({ engine: expect.stringMatching(/^Tesseract/), languages: ['ara', 'eng'] });
      expect(doc.pages).toEqual([0]);
      // A scan has no title of its own: it is titled by its headline (first line), as a .txt file is, not "0".
      const firstLine = doc.text
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim();
      expect(doc.title).not.toBe(String(i));
      expect(doc.title).toBe(firstLine);
      const score = scoreText(scan.expected, bodyOf(doc));
      rows.push({
        scan: `${scan.name}, 300 dpi`,
        'CER %': Number((score.cer * 100).toFixed(2)),
        'words right, in order %': Number((score.wordsInOrder * 100).toFixed(2)),
        confidence: doc.ocr?.confidence,
      });
      if (scan.name.startsWith('Arabic')) expect(score.cer, 'Arabic scan CER').toBeLessThanOrEqual(0.05);
      else expect(score.cer, 'English scan CER').toBeLessThanOrEqual(0.03);
    }
    console.log('OCR quality (clean scans):');
    console.table(rows);
  }, 300_000);

  it('can be cancelled while OCR runs: the job stops, its programs end, nothing is stored', async () => {
    const { s, dir } = await open();
    const bytes = await readFile(scans[0]!.path);
    const { stagingId } = await call<{ stagingId: string }>(s, 'stageImportFiles', {
      files: [{ name: 'scan.pdf', size: bytes.length, data: bytes.toString('base64'), ocr: true }],
    });
    const job = await call<JobStatus>(s, 'startImport', { stagingId });
    for (let i = 0; i < 600; i++) {
      const status = await call<JobStatus>(s, 'getJob', { jobId: job.id });
      if (status.current.includes('OCR, page 1 of 1')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await call(s, 'cancelJob', { jobId: job.id });
    const done = await s.ctx.jobs.wait(job.id);
    expect((done.result as ImportReport).files[0]).toMatchObject({ status: 'cancelled' });
    expect(await documentFiles(dir)).toEqual([]);
    expect(children()).toEqual([]);
  }, 120_000);

  it('says how to install Tesseract when it is absent', async () => {
    process.env.ISNAD_TESSERACT = '/nonexistent/tesseract';
    const { s } = await open();
    const report = await importThroughContract(s, [{ name: 'scan.pdf', bytes: await readFile(scans[0]!.path), ocr: true }]);
    expect(report.files[0]).toMatchObject({ status: 'failed', problem: 'scanned' });
    expect(report.files[0]?.reason).toMatch(
      /Tesseract OCR is not installed.*sudo apt-get install tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng poppler-utils/,
    );
  }, 120_000);
});
