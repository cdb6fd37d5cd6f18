import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeExport } from '../../../electron/services/exchange/write-export';
import { ExportRequest } from '../../../shared/exchange/request';
import { afterEach, describe, expect, it } from 'vitest';
import type { Document } from '../../../shared/domain/document';
import type { Services } from '../../../electron/services/api';
import { buildDocx } from '../../helpers/docx';
import { call, importThroughContract, utf8 } from '../../helpers/import';
import { ARABIC_SCRAPED_PAGE, LONG_ARABIC, LONG_ENGLISH, htmlPage, paragraphs } from '../../helpers/import-fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
// Every corpus a test opens is closed before its folder is removed: an open store still
// writes its caches (.isnad) in the background, and removing the folder under it fails.
const opened: Services[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  await temp.cleanup();
});

async function open() {
  const services = await openTestServices(join(await temp.make(), 'corpus'));
  opened.push(services);
  return services;
}

async function stored(s: Services, id: string): Promise<Document> {
  return call<Document>(s, 'getDocument', { id });
}

describe('import formats, through the same contract the UI uses', () => {
  it('imports .txt and .md with the file name as title, normalized to LF and NFC, with the original bytes’ hash', async () => {
    const s = await open();
    const decomposed = 'Cafe\u0301 owners said the rent rose.\r\nThey asked the council for help.\r\n';
    const report = await importThroughContract(s, [
      { name: 'مقال.txt', bytes: LONG_ARABIC },
      { name: 'notes/cafe.md', bytes: decomposed },
    ]);
    expect(report.files.map((f) => [f.name, f.status, f.format])).toEqual([
      ['مقال.txt', 'imported', 'text'],
      ['notes/cafe.md', 'imported', 'text'],
    ]);
    const [ar, en] = report.files.map((f) => f.documents[0]!);
    expect(ar).toMatchObject({ title: 'مقال', lang: 'ar', dir: 'rtl' });
    const cafe = await stored(s, en!.id);
    expect(cafe.text).toBe('Café owners said the rent rose.\nThey asked the council for help.\n');
    expect(cafe.source.file).toBe('notes/cafe.md');
    expect(cafe.source.originalHash).toMatch(/^[0-9a-f]{64}$/);
    expect(cafe).toMatchObject({ title: 'cafe', lang: 'en', dir: 'ltr' });
  });

  it('extracts the article of a saved web page as text only, with title, byline, site and date', async () => {
    const s = await open();
    const html = htmlPage({
      title: 'حصاد القمح يبدأ مبكراً',
      lang: 'ar',
      site: 'صحيفة الوادي',
      author: 'سلمى حداد',
      published: '2024-05-02T08:00:00Z',
      body: `${paragraphs(LONG_ARABIC)}<p>اضغط <a href="javascript:alert(1)" onmouseover="steal()">هنا</a> <img src=x onerror="steal()"></p>`,
    });
    const report = await importThroughContract(s, [{ name: 'page.html', bytes: html }]);
    expect(report.files[0]).toMatchObject({ status: 'imported', format: 'html' });
    const doc = await stored(s, report.files[0]!.documents[0]!.id);
    expect(doc.title).toBe('حصاد القمح يبدأ مبكراً');
    expect(doc.source).toMatchObject({
      outlet: 'صحيفة الوادي',
      author: 'سلمى حداد',
      publishedAt: '2024-05-02T08:00:00Z',
      url: 'https://example.org/news/1',
    });
    expect(doc.text).toContain('بدأ المزارعون في الوادي الشمالي');
    expect(doc.text).toContain('وقال المزارع أحمد صالح');
    for (const leak of ['<', 'script', 'tracker', 'onclick', 'steal', 'alert', 'color: red', 'All rights reserved', 'Home']) {
      expect(doc.text).not.toContain(leak);
    }
    expect(doc.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('honours a legacy charset the page declares (windows-1256)', async () => {
    const s = await open();
    // "مرحبا" in windows-1256, with enough English around it for Readability.
    const arabic1256 = [0xe3, 0xd1, 0xcd, 0xc8, 0xc7];
    const head = utf8(
      `<html><head><meta charset="windows-1256"><title>Greeting</title></head><body><article><p>${LONG_ENGLISH.replace(/\n/g, ' ')} `,
    );
    const tail = utf8('</p></article></body></html>');
    const bytes = new Uint8Array([...head, ...arabic1256, ...tail]);
    const report = await importThroughContract(s, [{ name: 'legacy.htm', bytes }]);
    const doc = await stored(s, report.files[0]!.documents[0]!.id);
    expect(doc.text).toContain('مرحبا');
    expect(report.files[0]!.warnings.join()).toMatch(/windows-1256/);
  });

  it('imports a real .docx with its paragraphs and core properties', async () => {
    const s = await open();
    const docx = await buildDocx(LONG_ARABIC.split('\n').filter(Boolean), {
      title: 'تقرير الحصاد',
      creator: 'سلمى حداد',
      created: '2024-05-02T08:00:00Z',
    });
    const report = await importThroughContract(s, [{ name: 'report.docx', bytes: docx }]);
    expect(report.files[0]).toMatchObject({ status: 'imported', format: 'docx' });
    const doc = await stored(s, report.files[0]!.documents[0]!.id);
    expect(doc).toMatchObject({
      title: 'تقرير الحصاد',
      lang: 'ar',
      dir: 'rtl',
      source: { author: 'سلمى حداد', publishedAt: '2024-05-02T08:00:00Z' },
    });
    expect(doc.text).toBe(LONG_ARABIC);
  });

  it('turns each record of JSON, JSON Lines and CSV files into a document, mapping recognised fields', async () => {
    const s = await open();
    const json = JSON.stringify({
      articles: [
        { headline: 'Early harvest', body: LONG_ENGLISH, link: 'https://x.example/1', published: '2024-05-01', site: 'Valley Times' },
      ],
    });
    const jsonl = [
      JSON.stringify({ العنوان: 'حصاد مبكر', النص: LONG_ARABIC, المصدر: 'الأهرام' }),
      '',
      JSON.stringify({ العنوان: 'فارغ', النص: '  ' }),
    ].join('\n');
    const csv = `title,text,outlet\n"Port traffic up","The port authority said cargo rose by 12 percent.\nOfficials credited new cranes.",Harbour News\n`;
    const report = await importThroughContract(s, [
      { name: 'set.json', bytes: json },
      { name: 'set.jsonl', bytes: jsonl },
      { name: 'set.csv', bytes: csv },
    ]);
    const [fromJson, fromJsonl, fromCsv] = report.files;
    expect(fromJson).toMatchObject({
      status: 'imported',
      format: 'json',
      mapping: { text: 'body', title: 'headline', url: 'link', date: 'published', outlet: 'site' },
    });
    expect(fromJson!.documents[0]).toMatchObject({ title: 'Early harvest', outlet: 'Valley Times', where: 'record 1' });
    expect(fromJsonl).toMatchObject({ status: 'imported', failures: [{ where: 'line 3', reason: 'the النص field is empty' }] });
    expect(fromJsonl!.documents[0]).toMatchObject({ title: 'حصاد مبكر', lang: 'ar', outlet: 'الأهرام', where: 'line 1' });
    expect(fromCsv!.documents[0]).toMatchObject({ title: 'Port traffic up', outlet: 'Harbour News', where: 'line 2' });
    const doc = await stored(s, fromJson!.documents[0]!.id);
    expect(doc.source).toMatchObject({ url: 'https://x.example/1', publishedAt: '2024-05-01', file: 'set.json' });
  });

  it('asks for a field mapping when no text field is recognised, and imports once it is given', async () => {
    const s = await open();
    const csv = `hed,copy,paper\nEarly harvest,"${LONG_ENGLISH.replace(/"/g, '""')}",Valley Times\n`;
    const first = await importThroughContract(s, [{ name: 'odd.csv', bytes: csv }]);
    expect(first.files[0]).toMatchObject({
      status: 'needs-mapping',
      needsMapping: { fields: ['hed', 'copy', 'paper'], records: 1, sample: { hed: 'Early harvest', paper: 'Valley Times' } },
    });
    expect(first.files[0]!.reason).toMatch(/hed, copy, paper/);
    expect(s.ctx.store.documentCount).toBe(0);
    const second = await importThroughContract(s, [
      { name: 'odd.csv', bytes: csv, mapping: { text: 'copy', title: 'hed', outlet: 'paper' } },
    ]);
    expect(second.files[0]!.documents[0]).toMatchObject({ title: 'Early harvest', outlet: 'Valley Times' });
    const wrong = await importThroughContract(s, [{ name: 'odd.csv', bytes: csv, mapping: { text: 'body' } }]);
    expect(wrong.files[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/the text field "body" is not in this file/) });
  });

  it('imports our own export through the dataset importer, keeping ids and annotations, and skips what is already there', async () => {
    const source = await open();
    const doc = await source.ctx.store.addDocument({ title: 'Harvest', text: LONG_ENGLISH });
    const word = LONG_ENGLISH.split(' ')[0] as string;
    const { annotation } = await source.ctx.store.createAnnotation({
      documentId: doc.id,
      type: 'figure',
      start: 0,
      end: word.length,
      text: word,
      verdict: { status: 'verified', note: 'checked' },
    });
    const file = join(await temp.make(), 'dataset.json');
    await writeExport(source.ctx.store, ExportRequest.parse({ format: 'json' }), file, { appVersion: 'test' });
    const exported = await readFile(file);

    const target = await open();
    const report = await importThroughContract(target, [{ name: 'folder/dataset.json', bytes: exported }]);
    expect(report.files[0]).toMatchObject({ status: 'imported', format: 'isnad-export', documents: [{ id: doc.id, title: 'Harvest' }] });
    const copy = await stored(target, doc.id);
    expect(copy.annotations).toEqual([annotation]);

    const again = await importThroughContract(target, [{ name: 'dataset.json', bytes: exported }]);
    expect(again.files[0]).toMatchObject({ status: 'duplicate', duplicates: [{ of: { id: doc.id } }] });
    expect(again.files[0]!.warnings.join(' ')).toMatch(/Import dataset… to import them as copies/);
    expect(target.ctx.store.documentCount).toBe(1);

    const damaged = JSON.stringify({ format: 'isnad-export', version: 1, documents: [{ text: LONG_ENGLISH }] });
    const bad = await importThroughContract(target, [{ name: 'damaged.json', bytes: damaged }]);
    expect(bad.files[0]).toMatchObject({ status: 'failed', format: 'isnad-export', reason: expect.stringMatching(/damaged\.json/) });
    expect(target.ctx.store.documentCount).toBe(1);
  });

  it('imports pasted text through the same pipeline: boilerplate, outlet, split offer, duplicates', async () => {
    const s = await open();
    const outcome = await call<{
      status: string;
      documents: Array<{ id: string; boilerplate: number; outlet: string; split?: { articles: unknown[] } }>;
    }>(s, 'importText', { title: '', text: ARABIC_SCRAPED_PAGE });
    expect(outcome.status).toBe('imported');
    expect(outcome.documents[0]).toMatchObject({ boilerplate: 5, outlet: 'الوكالة الوطنية للإعلام' });
    expect(outcome.documents[0]!.split?.articles).toHaveLength(2);
    const again = await call<{ status: string; duplicates: Array<{ of: { id: string } }> }>(s, 'importText', { text: ARABIC_SCRAPED_PAGE });
    expect(again).toMatchObject({ status: 'duplicate', duplicates: [{ of: { id: outcome.documents[0]!.id } }] });
    const empty = await call<{ status: string; reason: string }>(s, 'importText', { text: ' \n ' });
    expect(empty).toMatchObject({ status: 'failed', reason: 'text is empty (only spaces and line breaks)' });
  });
});
