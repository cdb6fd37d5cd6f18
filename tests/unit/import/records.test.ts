import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../shared/import/json-position';
import { applyMapping, guessMapping, parseCsvRecords, parseJsonLines, parseJsonRecords } from '../../../shared/import/records';
import type { ImportProblem } from '../../../shared/import/problems';
import { errorText } from '../../../shared/error-text';
import { translatorFor } from '../../../shared/i18n/translate';

describe('field mapping', () => {
  it('recognises common English and Arabic field names', () => {
    expect(guessMapping(['headline', 'body', 'link', 'published_at', 'site_name', 'byline'])).toEqual({
      mapping: { text: 'body', title: 'headline', url: 'link', date: 'published_at', outlet: 'site_name', author: 'byline' },
      complete: true,
    });
    expect(guessMapping(['العنوان', 'النص', 'المصدر', 'التاريخ']).mapping).toEqual({
      text: 'النص',
      title: 'العنوان',
      outlet: 'المصدر',
      date: 'التاريخ',
    });
  });

  it('asks for a mapping when no field holds the text', () => {
    expect(guessMapping(['hed', 'dek', 'copy'])).toEqual({ mapping: {}, complete: false });
  });

  it('reads mapped values, including numbers and nested names', () => {
    const record = { copy: 'نص الخبر', pub: { name: 'الأهرام' }, n: 3 };
    expect(applyMapping(record, { text: 'copy', outlet: 'pub', title: 'n' })).toMatchObject({
      text: 'نص الخبر',
      outlet: 'الأهرام',
      title: '3',
    });
  });
});

describe('record files', () => {
  it('reads a JSON array, an object holding a list, and JSON Lines with their line numbers', () => {
    expect(parseJsonRecords('[{"text":"a"},{"text":"b"}]').map((r) => r.where)).toEqual(['record 1', 'record 2']);
    expect(parseJsonRecords('{"meta":1,"articles":[{"text":"a"}]}')).toEqual([{ record: { text: 'a' }, where: 'record 1' }]);
    expect(parseJsonLines('{"text":"a"}\n\n{"text":"b"}\n').map((r) => r.where)).toEqual(['line 1', 'line 3']);
  });

  it('names the line and column of malformed JSON', () => {
    expect(() => parseJsonRecords('[\n  {"text": "a"},\n  {"text" "b"}\n]')).toThrow(/malformed JSON at line 3, column 11: .*expected ":"/);
    expect(() => parseJsonRecords('[\n {"text": "a"},\n]')).toThrow(/line 3, column 1: a comma before "\]"/);
    expect(() => parseJsonLines('{"text":"a"}\n{"text":"b"\n{"text":"c"}')).toThrow(
      /malformed JSON at line 2, column 12: the line ends too early/,
    );
    expect(locateJsonError('{"a": "unterminated\n}')).toMatchObject({ line: 1, problem: 'errors.json.stringOpenLine' });
  });

  it("says what is wrong in a JSON file in the reader's language", () => {
    const refused = (text: string) => {
      try {
        parseJsonRecords(text);
      } catch (err) {
        return err as ImportProblem;
      }
      throw new Error('accepted');
    };
    const arabic = translatorFor({ language: 'ar', digits: 'arab' });
    expect(errorText(arabic, refused('[\n  {"text": "a"},\n  {"text" "b"}\n]'))).toBe(
      '\u2068JSON\u2069 غير سليم في السطر ٣، العمود ١١: ‏"\\"" في غير موضعه (يُنتظر ":" بعد اسم الحقل)',
    );
    expect(errorText(arabic, refused('[{"text": "a"}'))).toMatch(/ينتهي الملف قبل أوانه/);
    expect(errorText(arabic, refused('[{"text": "a"},]'))).toMatch(/فاصلة قبل "\]" \(فاصلة زائدة\)$/);
  });

  it('refuses JSON that holds no records', () => {
    expect(() => parseJsonRecords('[]')).toThrow(/no records/);
    expect(() => parseJsonRecords('"just a string"')).toThrow(/not articles/);
    expect(() => parseJsonRecords('[{"text":"a"}, 3]')).toThrow(/record 2 .* not an object/);
  });

  it('reads CSV with quoted multi-line fields, other separators and a BOM in the header', () => {
    const csv = '\uFEFFtitle,text\n"عنوان","سطر أول\nسطر ثان"\nB,"two, with comma"\n';
    expect(parseCsvRecords(csv)).toEqual([
      { record: { title: 'عنوان', text: 'سطر أول\nسطر ثان' }, where: 'line 2' },
      { record: { title: 'B', text: 'two, with comma' }, where: 'line 4' },
    ]);
    expect(parseCsvRecords('title;text\nA;one\n\nB;two\n').map((r) => r.record.text)).toEqual(['one', 'two']);
  });

  it('names the line of malformed CSV', () => {
    expect(() => parseCsvRecords('title,text\nA,one\nB,"never closed\nC,three\n')).toThrow(
      'malformed CSV at line 3: a quoted field is not closed',
    );
    expect(() => parseCsvRecords('title,text\nA,one\nB,two,three\n')).toThrow(
      /malformed CSV at line 3: this row has more columns than the header \(3 instead of 2\)/,
    );
    expect(() => parseCsvRecords('title,text\n')).toThrow(/header row but no records/);
  });
});
