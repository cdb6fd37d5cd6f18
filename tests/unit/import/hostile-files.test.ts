import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import type { CorpusSearchResult } from '../../../shared/contract/search';
import type { ImportReport } from '../../../shared/import/report';
import { buildDocx } from '../../helpers/docx';
import { call, documentFiles, importThroughContract } from '../../helpers/import';
import { LONG_ARABIC, LONG_ENGLISH } from '../../helpers/import-fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';
import { buildDocxBomb } from '../../helpers/zip-bomb';

const temp = tempDirs();
let services: Services;
let corpusDir: string;
const LIMIT_VARIABLES = ['ISNAD_MAX_UNZIPPED_SIZE', 'ISNAD_MAX_ZIP_RATIO', 'ISNAD_MAX_DOCUMENT_LENGTH', 'ISNAD_IMPORT_STEP_TIMEOUT'];

beforeEach(async () => {
  corpusDir = join(await temp.make(), 'corpus');
  services = await openTestServices(corpusDir);
  await importThroughContract(services, [{ name: 'existing.txt', bytes: LONG_ENGLISH }]);
});
afterEach(async () => {
  for (const name of LIMIT_VARIABLES) delete process.env[name];
  await services.close();
  await temp.cleanup();
});

async function searchWorks(s: Services): Promise<void> {
  const result = await call<CorpusSearchResult>(s, 'searchCorpus', { query: 'ministry' });
  expect(result.documents.length).toBeGreaterThan(0);
}

/** Refused, with `reason`, and nothing written; the corpus and its search still work, also after a reopen. */
async function expectRefusedCleanly(report: ImportReport, reason: RegExp, before: string[]): Promise<void> {
  expect(report.files[0]).toMatchObject({ status: 'failed' });
  expect(report.files[0]!.reason).toMatch(reason);
  expect(await documentFiles(corpusDir)).toEqual(before);
  await importThroughContract(services, [{ name: 'after.txt', bytes: `The ministry spoke after the refusal.\n\n${LONG_ARABIC}` }]);
  await searchWorks(services);
  await services.close();
  services = await openTestServices(corpusDir);
  await searchWorks(services);
  expect(services.ctx.store.documentCount).toBe(before.length + 1);
}

describe('zip bombs (.docx)', () => {
  it('a 1.4 MB .docx of 400 MB of paragraphs is refused, naming the ratio limit and how to raise it', async () => {
    const before = await documentFiles(corpusDir);
    const bomb = await buildDocxBomb({ unpackedBytes: 400e6 });
    expect(bomb.length).toBeLessThan(2e6);
    // How fast and in how little memory: `npm run bench -- faults` prints both.
    const report = await importThroughContract(services, [{ name: 'bomb.docx', bytes: bomb }]);
    expect(report.files[0]).toMatchObject({ problem: 'too-large' });
    await expectRefusedCleanly(
      report,
      /word\/document\.xml" unpacks to \d+ times its packed size, over the limit of 100× .*ISNAD_MAX_ZIP_RATIO/,
      before,
    );
  });

  it('one long run is refused the same way, and with the ratio raised the unpacked-size limit still holds', async () => {
    const before = await documentFiles(corpusDir);
    process.env.ISNAD_MAX_ZIP_RATIO = '100000';
    const report = await importThroughContract(services, [
      { name: 'run.docx', bytes: await buildDocxBomb({ unpackedBytes: 400e6, oneRun: true }) },
    ]);
    await expectRefusedCleanly(
      report,
      /the \.docx file unpacks to 38\d MB of text \(XML\), over the limit of 12 MB for unpacked text \(set ISNAD_MAX_UNZIPPED_SIZE/,
      before,
    );
  });

  it('a directory that lies about the unpacked size is caught while inflating', async () => {
    const before = await documentFiles(corpusDir);
    process.env.ISNAD_MAX_ZIP_RATIO = '100000';
    const report = await importThroughContract(services, [
      { name: 'liar.docx', bytes: await buildDocxBomb({ unpackedBytes: 100e6, lie: true }) },
    ]);
    await expectRefusedCleanly(report, /more than the archive's directory says/, before);
  });

  it('an honest directory over the size limit is refused from the directory, before inflating', async () => {
    process.env.ISNAD_MAX_ZIP_RATIO = '100000';
    process.env.ISNAD_MAX_UNZIPPED_SIZE = '2MB';
    const before = await documentFiles(corpusDir);
    const report = await importThroughContract(services, [{ name: 'big.docx', bytes: await buildDocxBomb({ unpackedBytes: 3e6 }) }]);
    await expectRefusedCleanly(report, /unpacks to 3(\.\d)? MB of text/, before);
  });

  it('a Word document with a large, well-packed image imports: images are never unpacked, so not counted', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await buildDocx(['The minister said so.'], { title: 'With a picture' }));
    zip.file('word/media/blank.bmp', new Uint8Array(30 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const report = await importThroughContract(services, [{ name: 'picture.docx', bytes }]);
    expect(report.files[0]).toMatchObject({ status: 'imported', documents: [{ title: 'With a picture' }] });
  });

  it('an ordinary Word document still imports, with its title from the properties', async () => {
    const report = await importThroughContract(services, [
      { name: 'letter.docx', bytes: await buildDocx(['The minister said so.', 'قال الوزير ذلك.'], { title: 'A letter' }) },
    ]);
    expect(report.files[0]).toMatchObject({ status: 'imported', documents: [{ title: 'A letter' }] });
  });
});

describe('the maximum document length', () => {
  beforeEach(() => {
    process.env.ISNAD_MAX_DOCUMENT_LENGTH = '2000';
  });
  const LONG = `The minister said ${'the figures were wrong, '.repeat(120)}`;
  const reason =
    /the text is 2,\d{3} characters long, over the maximum document length of 2,000 characters \(set ISNAD_MAX_DOCUMENT_LENGTH to raise it\)/;

  it('is enforced on files, records, paste and the API, each with the same reason, and nothing is written', async () => {
    const before = await documentFiles(corpusDir);
    const report = await importThroughContract(services, [
      { name: 'long.txt', bytes: LONG },
      {
        name: 'records.jsonl',
        bytes: `${JSON.stringify({ text: LONG })}\n${JSON.stringify({ text: 'A short record about the minister.' })}\n`,
      },
    ]);
    expect(report.files[0]).toMatchObject({ status: 'failed', problem: 'too-large' });
    expect(report.files[0]!.reason).toMatch(reason);
    expect(report.files[1]).toMatchObject({ status: 'imported', failures: [{ where: 'line 1' }] });
    expect(report.files[1]!.failures[0]!.reason).toMatch(reason);
    const pasted = await call<{ status: string; reason: string }>(services, 'importText', { text: LONG, title: '', split: 'offer' });
    expect(pasted.status).toBe('failed');
    expect(pasted.reason).toMatch(reason);
    await expect(call(services, 'addDocument', { text: LONG })).rejects.toThrow(reason);
    expect((await documentFiles(corpusDir)).length).toBe(before.length + 1);
  });

  it('a mistyped ISNAD_MAX_DOCUMENT_LENGTH stops the services at start, by name', async () => {
    process.env.ISNAD_MAX_DOCUMENT_LENGTH = 'huge';
    await expect(openTestServices(join(await temp.make(), 'other'))).rejects.toThrow(
      /ISNAD_MAX_DOCUMENT_LENGTH="huge" is not a positive number/,
    );
  });
});

describe('one text policy on every import path', () => {
  const surrogate = /lone surrogate \(U\+D800\) at character 4/;
  const control = /binary data, not text: control character U\+0001 at character \d+$/;

  it('a lone surrogate or a control character is refused the same way in text files, JSON, JSONL, CSV, paste and the API', async () => {
    const before = await documentFiles(corpusDir);
    const report = await importThroughContract(services, [
      { name: 'records.json', bytes: '[{"text": "abc \\ud800 the minister said"}]' },
      { name: 'records.jsonl', bytes: '{"text": "abc \\u0001 the minister said"}\n' },
      { name: 'records.csv', bytes: 'title,text\nOne,"abc \u0001 the minister said"\n' },
      { name: 'control.txt', bytes: 'abc \u0001 the minister said' },
    ]);
    expect(report.files.map((f) => f.status)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(report.files[0]!.reason).toMatch(surrogate);
    for (const file of report.files.slice(1)) expect(file.reason).toMatch(control);
    const pasted = await call<{ status: string; reason: string }>(services, 'importText', {
      text: 'abc \ud800 the minister said',
      title: '',
      split: 'offer',
    });
    expect(pasted.reason).toMatch(surrogate);
    await expect(call(services, 'addDocument', { text: 'abc \u0001 the minister said' })).rejects.toThrow(control);
    await expect(call(services, 'addDocument', { text: 'abc \ud800 the minister said' })).rejects.toThrow(surrogate);
    expect(await documentFiles(corpusDir)).toEqual(before);
  });

  it('tabs, form feeds, emoji and Arabic are text', async () => {
    const report = await importThroughContract(services, [
      { name: 'fine.jsonl', bytes: `${JSON.stringify({ text: 'قال\tالوزير 😀 \f the minister said' })}\n` },
    ]);
    expect(report.files[0]).toMatchObject({ status: 'imported' });
  });
});

describe('the time limit per import step', () => {
  it('a file whose reading outlasts ISNAD_IMPORT_STEP_TIMEOUT is refused by name; the next file imports', async () => {
    process.env.ISNAD_IMPORT_STEP_TIMEOUT = '0.001';
    const before = await documentFiles(corpusDir);
    const report = await importThroughContract(services, [{ name: 'slow.docx', bytes: await buildDocx(['The minister said so.']) }]);
    expect(report.files[0]).toMatchObject({ status: 'failed', problem: 'too-slow' });
    expect(report.files[0]!.reason).toMatch(
      /reading slow\.docx took longer than the 1 ms limit for one import step \(set ISNAD_IMPORT_STEP_TIMEOUT/,
    );
    expect(await documentFiles(corpusDir)).toEqual(before);
    delete process.env.ISNAD_IMPORT_STEP_TIMEOUT;
    await searchWorks(services);
  });
});
