import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliLines } from '../../helpers/cli';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { runCliProcess } from '../../helpers/cli-process';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

const run = runCliLines;

describe('isnad suggest', () => {
  it('prints one JSON record per file with UTF-16 offsets into the normalized text', async () => {
    const dir = await temp.make();
    // CRLF and a byte-order mark: the same normalization as import.
    await writeFile(join(dir, 'ar.txt'), `\uFEFF${ARABIC_ARTICLE.replace(/\n/g, '\r\n')}`);
    await writeFile(join(dir, 'en.md'), `😀 ${ENGLISH_ARTICLE}`);
    const result = await run(['suggest', join(dir, 'ar.txt'), join(dir, 'en.md'), '--json']);
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(2);
    const [ar, en] = result.out.map((line) => JSON.parse(line));
    expect(ar.file).toBe(join(dir, 'ar.txt'));
    expect(ar.text).toBe(ARABIC_ARTICLE);
    expect(ar.offsetUnit).toBe('utf16');
    for (const record of [ar, en]) {
      for (const s of record.suggestions) {
        expect(Object.keys(s).slice(0, 6)).toEqual(['type', 'start', 'end', 'text', 'confidence', 'attributes']);
        expect(record.text.slice(s.start, s.end)).toBe(s.text);
        expect([...record.text].slice(s.codePointStart, s.codePointEnd).join('')).toBe(s.text);
      }
    }
    const quote = ar.suggestions.find((s: { type: string; text: string }) => s.type === 'quote' && s.text === 'الوضع تحت السيطرة');
    expect(quote.attributes).toMatchObject({
      kind: 'direct',
      direct: true,
      cue: 'وقال',
      speakerText: 'خالد العمري',
      speakerName: 'خالد العمري',
    });
    const figure = en.suggestions.find((s: { text: string }) => s.text === '$4.5 million');
    expect(figure.attributes).toMatchObject({ value: 4500000, unit: 'USD', kind: 'money' });
    // The emoji takes two UTF-16 units but one code point.
    expect(figure.start - figure.codePointStart).toBe(1);
  });

  it('prints a readable listing without --json, and leaves --exclude ranges alone', async () => {
    const dir = await temp.make();
    await writeFile(join(dir, 'ar.txt'), ARABIC_ARTICLE);
    const plain = await run(['suggest', join(dir, 'ar.txt')]);
    expect(plain.code).toBe(0);
    expect(plain.out[0]).toMatch(/ar\.txt: 2 quotes, 2 speakers, 2 figures$/);
    expect(plain.out.join('\n')).toMatch(/Quote\t\d+-\d+\t0\.\d\d\t"الوضع تحت السيطرة"\tdirect\tcue: وقال\tspeaker: خالد العمري/);
    const last = ARABIC_ARTICLE.lastIndexOf('\n');
    const excluded = await run(['suggest', join(dir, 'ar.txt'), '--json', '--exclude', `${last}-${ARABIC_ARTICLE.length}`]);
    const record = JSON.parse(excluded.out[0] as string);
    expect(record.suggestions.every((s: { end: number }) => s.end <= last)).toBe(true);
    expect(record.suggestions.length).toBeGreaterThan(0);
  });

  it('reports each bad file on one line, goes on with the others, and exits non-zero', async () => {
    const dir = await temp.make();
    await writeFile(join(dir, 'good.txt'), ENGLISH_ARTICLE);
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    await writeFile(join(dir, 'empty.txt'), ' \n');
    await writeFile(join(dir, 'scan.pdf'), '%PDF-1.4');
    const files = ['latin1.txt', 'good.txt', 'empty.txt', 'missing.txt', 'scan.pdf'].map((f) => join(dir, f));
    const result = await run(['suggest', ...files, '--json']);
    expect(result.code).toBe(1);
    expect(result.out).toHaveLength(1);
    expect(JSON.parse(result.out[0] as string).file).toBe(files[1]);
    expect(result.err).toHaveLength(4);
    expect(result.err[0]).toMatch(/latin1\.txt.*not valid UTF-8 text: byte 3/);
    expect(result.err[1]).toMatch(/empty\.txt.*text is empty/);
    expect(result.err[2]).toMatch(/missing\.txt.*no such file/);
    expect(result.err[3]).toMatch(/scan\.pdf.*unsupported file type "\.pdf"/);
  });

  it('leaves the boilerplate that import finds alone, unless --include-excluded', async () => {
    const dir = await temp.make();
    const page = [
      ARABIC_ARTICLE,
      '',
      'اقرأ أيضاً',
      'الوزير يعلن وصول 300 ألف جرعة في 5 مايو',
      'مقالات مشابهة',
      '• الرئيس يقول إن 40 بالمئة من المشاريع انتهت',
    ].join('\n');
    await writeFile(join(dir, 'page.txt'), page);
    const record = JSON.parse((await run(['suggest', join(dir, 'page.txt'), '--json'])).out[0] as string);
    expect(record.excluded.length).toBeGreaterThan(0);
    const boilerplateStart = record.text.indexOf('اقرأ أيضاً');
    expect(record.excluded[0].start).toBe(boilerplateStart);
    expect(record.suggestions.every((s: { end: number }) => s.end <= boilerplateStart)).toBe(true);
    const all = JSON.parse((await run(['suggest', join(dir, 'page.txt'), '--json', '--include-excluded'])).out[0] as string);
    expect(all.excluded).toEqual([]);
    expect(all.suggestions.some((s: { start: number }) => s.start > boilerplateStart)).toBe(true);
  });

  it('reads an HTML page like import does: the article text, not the markup', async () => {
    const dir = await temp.make();
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>خبر</title></head><body>
      <nav><a href="/">الرئيسية</a> <a href="/x">اتصل بنا 0100</a></nav>
      <article><h1>الصحة تعلن حصيلة جديدة</h1>
      <p>${ARABIC_ARTICLE.split('\n').filter(Boolean).join('</p><p>')}</p>
      <p>وتعمل الفرق الطبية في ثلاث محافظات منذ أيام، بحسب ما أكدت مصادر محلية متطابقة في المنطقة.</p></article>
      <footer>جميع الحقوق محفوظة 2024</footer></body></html>`;
    await writeFile(join(dir, 'page.html'), html);
    const result = await run(['suggest', join(dir, 'page.html'), '--json']);
    expect(result.err).toEqual([]);
    const record = JSON.parse(result.out[0] as string);
    expect(record.text).not.toMatch(/<p>|الرئيسية/);
    expect(record.suggestions.some((s: { text: string }) => s.text === 'الوضع تحت السيطرة')).toBe(true);
  });

  it('gives usage errors with exit code 2', async () => {
    expect(await run(['suggest'])).toMatchObject({ code: 2, err: [expect.stringMatching(/no files given/)] });
    expect(await run(['suggest', 'a.txt', '--exclude', '9-3'])).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/--exclude must be START-END/)],
    });
    expect(await run(['suggest', 'a.txt', '--jsonl'])).toMatchObject({ code: 2 });
    const dir = await temp.make();
    await writeFile(join(dir, 'a.txt'), ENGLISH_ARTICLE);
    expect((await run(['suggest', join(dir, 'a.txt'), '--exclude', '0-99999'])).err[0]).toMatch(/outside the text/);
  });

  it('works as a real process whose output pipes as JSON lines', async () => {
    const dir = await temp.make();
    await writeFile(join(dir, 'en.txt'), ENGLISH_ARTICLE);
    const result = await runCliProcess(['suggest', join(dir, 'en.txt'), '--json']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string).suggestions.some((s: { type: string }) => s.type === 'speaker')).toBe(true);
  });
});
