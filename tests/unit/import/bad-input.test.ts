import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';
import { call, documentFiles, importThroughContract, type TestFile, utf8 } from '../../helpers/import';
import { LONG_ENGLISH } from '../../helpers/import-fixtures';

const temp = tempDirs();
let services: Services;
let corpusDir: string;

beforeEach(async () => {
  corpusDir = join(await temp.make(), 'corpus');
  services = await openTestServices(corpusDir);
  await importThroughContract(services, [{ name: 'existing.txt', bytes: LONG_ENGLISH }]);
});
afterEach(async () => {
  delete process.env.ISNAD_MAX_IMPORT_SIZE;
  await services.close();
  await temp.cleanup();
});

const BAD: Array<[string, TestFile, RegExp]> = [
  ['a binary file', { name: 'photo.txt', bytes: new Uint8Array([0x13, 0x37, 0x00, 0x00, 0xfe, 0x10, 0x00]) }, /^binary data, not text/],
  [
    'a file that is an image',
    { name: 'scan.txt', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]) },
    /^this is a JPEG image, not text$/,
  ],
  ['an empty file', { name: 'empty.md', bytes: new Uint8Array() }, /^the file is empty \(0 bytes\)$/],
  ['a file of blank lines', { name: 'blank.txt', bytes: '\n \r\n\t\n' }, /^text is empty/],
  [
    'invalid UTF-8',
    { name: 'latin1.txt', bytes: new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait')]) },
    /not valid UTF-8 text: byte 3 \(0xE9\)/,
  ],
  ['malformed JSON', { name: 'broken.json', bytes: '[\n  {"text": "one"},\n  {"text": "two"\n]' }, /^malformed JSON at line 4, column 1/],
  ['malformed JSON Lines', { name: 'broken.jsonl', bytes: '{"text":"one"}\n{"text": two}\n' }, /^malformed JSON at line 2, column 10/],
  [
    'malformed CSV',
    { name: 'broken.csv', bytes: 'title,text\nA,"one"\nB,"two\n' },
    /^malformed CSV at line 3: a quoted field is not closed$/,
  ],
  [
    'a .docx that is not a zip',
    { name: 'letter.docx', bytes: 'This is plain text saved with a .docx name.' },
    /^not a Word document: a \.docx file is a ZIP archive and this one is not$/,
  ],
  [
    'an old .doc renamed .docx',
    { name: 'old.docx', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
    /old Word 97–2003 \.doc file/,
  ],
  [
    'a zip that is not a Word document',
    { name: 'archive.docx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]) },
    /^the \.docx file is damaged or not a Word document/,
  ],
  [
    'HTML whose content is only scripts',
    {
      name: 'scripts.html',
      bytes:
        '<html><head><script>var a = "Breaking news";</script><style>p{}</style></head><body><script>document.write("<p>Story</p>")</script><noscript>Enable JS</noscript></body></html>',
    },
    /^the page has no readable text: its content is only scripts, styles or markup$/,
  ],
  ['an unsupported type', { name: 'photo.jpg', bytes: 'x' }, /^unsupported file type "\.jpg"/],
  [
    'a PDF cut short after its header',
    { name: 'report.pdf', bytes: '%PDF-1.7' },
    /^the PDF is incomplete or damaged: it ends without its end-of-file marker .* cannot be read \(Invalid PDF structure\.\); get the whole file again$/,
  ],
];

describe('bad input: each file gets its own reason and the corpus is left unchanged', () => {
  it.each(BAD)('%s', async (_what, file, reason) => {
    const before = await documentFiles(corpusDir);
    const listed = services.ctx.store.listDocuments();
    const report = await importThroughContract(services, [file]);
    expect(report.files).toHaveLength(1);
    expect(report.files[0]!.status).toBe('failed');
    expect(report.files[0]!.reason).toMatch(reason);
    expect(report.totals).toMatchObject({ files: 1, documents: 0, failed: 1 });
    expect(await documentFiles(corpusDir)).toEqual(before);
    expect(services.ctx.store.listDocuments()).toEqual(listed);
  });

  it('a file over the size limit is refused before it is read, naming both sizes', async () => {
    process.env.ISNAD_MAX_IMPORT_SIZE = '1KB';
    const before = await documentFiles(corpusDir);
    const report = await importThroughContract(services, [{ name: 'long.txt', bytes: 'ا'.repeat(700) }]);
    expect(report.files[0]).toMatchObject({
      status: 'failed',
      problem: 'too-large',
      reason: 'the file is 1.4 KB, over the import limit of 1.0 KB (ISNAD_MAX_IMPORT_SIZE or --max-size raises it)',
    });
    expect(await documentFiles(corpusDir)).toEqual(before);
    expect(await call(services, 'getImportSettings', {})).toMatchObject({ maxFileBytes: 1024 });
  });

  it('a mistyped ISNAD_MAX_IMPORT_SIZE is refused by name, at start and at import, instead of silently using 20 MB', async () => {
    process.env.ISNAD_MAX_IMPORT_SIZE = 'lots';
    const before = await documentFiles(corpusDir);
    await expect(call(services, 'getImportSettings', {})).rejects.toThrow(/ISNAD_MAX_IMPORT_SIZE="lots" is not a size; write it like 50MB/);
    await expect(openTestServices(join(await temp.make(), 'other'))).rejects.toThrow(/ISNAD_MAX_IMPORT_SIZE="lots"/);
    expect(await documentFiles(corpusDir)).toEqual(before);
    process.env.ISNAD_MAX_IMPORT_SIZE = '2MB';
    expect(await call(services, 'getImportSettings', {})).toMatchObject({ maxFileBytes: 2 * 1024 * 1024 });
  });

  it('a file the browser could not read, or whose upload was damaged, is reported with that reason', async () => {
    const { stagingId } = await call<{ stagingId: string }>(services, 'stageImportFiles', {
      files: [
        { name: 'locked.txt', size: 10, readError: 'NotReadableError: permission denied' },
        { name: 'cut.txt', size: 100, data: Buffer.from('only part').toString('base64') },
        { name: 'junk.txt', size: 4, data: '!!not base64!!' },
      ],
    });
    const job = await call<{ id: string }>(services, 'startImport', { stagingId });
    const report = (await services.ctx.jobs.wait(job.id)).result as { files: Array<{ reason: string }> };
    expect(report.files.map((f) => f.reason)).toEqual([
      'the file could not be read: NotReadableError: permission denied',
      'the upload of this file was incomplete (9 of 100 bytes)',
      'the upload of this file was damaged; try again',
    ]);
  });

  it('refuses an unknown or reused upload, and paths from the renderer', async () => {
    await expect(call(services, 'startImport', { stagingId: 'u0000' })).rejects.toMatchObject({ code: 'not_found' });
    // Only bytes the user picked or dropped reach the import; a path would let a page read any file.
    await expect(call(services, 'startImport', { paths: ['/etc'] })).rejects.toMatchObject({ code: 'invalid_input', message: /paths/ });
    const desktop = await openTestServices(join(await temp.make(), 'desktop'), 'desktop');
    await expect(call(desktop, 'startImport', { paths: ['/etc'] })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(desktop.ctx.store.documentCount).toBe(0);
    await desktop.close();
    await expect(call(services, 'startImport', {})).rejects.toMatchObject({ code: 'invalid_input', message: 'nothing to import' });
    const { stagingId } = await call<{ stagingId: string }>(services, 'stageImportFiles', {
      files: [{ name: 'a.txt', size: 1, data: 'YQ==' }],
    });
    const job = await call<{ id: string }>(services, 'startImport', { stagingId });
    await services.ctx.jobs.wait(job.id);
    await expect(call(services, 'startImport', { stagingId })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a folder-like batch imports the good files and reports every bad one with its reason', async () => {
    const files: TestFile[] = [
      { name: 'batch/good-ar.txt', bytes: 'أعلن المجلس البلدي اليوم عن خطة جديدة لتنظيم حركة السير في وسط المدينة خلال الصيف.' },
      ...BAD.slice(0, 6).map(([, f]) => ({ ...f, name: `batch/${f.name}` })),
      { name: 'batch/good-en.md', bytes: 'The council announced a new plan for summer traffic in the city centre.' },
    ];
    const report = await importThroughContract(services, files);
    expect(report.files.map((f) => f.status)).toEqual(['imported', 'failed', 'failed', 'failed', 'failed', 'failed', 'failed', 'imported']);
    expect(report.totals).toMatchObject({ files: 8, documents: 2, failed: 6 });
    expect(services.ctx.store.documentCount).toBe(3);
  });
});
