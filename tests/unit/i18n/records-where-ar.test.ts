import { describe, expect, it } from 'vitest';
import { reasonText, whereText } from '../../../shared/error-text';
import { createTranslator } from '../../../shared/i18n/translate';
import { importThroughContract } from '../../helpers/import';
import { servicesPerTest } from '../../helpers/services-per-test';

/** A record that could not be imported is named by its place in the file, in the reader's words and digits. */
const arabic = createTranslator({ language: 'ar', digits: 'arab' });
const corpora = servicesPerTest();

describe('records of a dataset file in Arabic', () => {
  it('names the JSON Lines line and the JSON record that failed in Arabic; the report keeps the English place', async () => {
    const services = await corpora.open();
    const good = 'قال وزير المالية إن العجز سيتراجع هذا العام بفضل الإصلاحات الضريبية الجديدة.';
    const jsonl = [JSON.stringify({ title: 'أول', text: good }), JSON.stringify({ title: 'ثانٍ', text: '   ' })].join('\n');
    const json = JSON.stringify([
      { title: 'أول', text: `${good} ٢` },
      { title: 'ثانٍ', text: '' },
      { title: 'ثالث', text: '' },
    ]);
    const report = await importThroughContract(services, [
      { name: 'articles.jsonl', bytes: jsonl },
      { name: 'articles.json', bytes: json },
    ]);
    const [lines, records] = report.files;
    expect(lines?.failures.map((f) => f.where)).toEqual(['line 2']);
    expect(lines?.failures.map((f) => `${whereText(arabic, f.where)}: ${reasonText(arabic, f)}`)).toEqual([
      expect.stringMatching(/^السطر ٢: /),
    ]);
    expect(records?.failures.map((f) => whereText(arabic, f.where))).toEqual(['السجل ٢', 'السجل ٣']);
    // A file none of whose records could be imported: its reason names the first, in one Arabic sentence.
    const none = await importThroughContract(services, [
      { name: 'empty-texts.json', bytes: JSON.stringify([{ text: '' }, { text: ' ' }]) },
    ]);
    const failed = none.files[0]!;
    expect(failed.status).toBe('failed');
    expect(failed.reason).toMatch(/^none of the 2 records could be imported \(record 1: /);
    expect(reasonText(arabic, failed)).toBe('تعذّر استيراد كل السجلات، وعددها ٢ (السجل ١: الحقل \u2068text\u2069 فارغ…)');
    // Anything else (a path inside an export) is shown as it is.
    expect(whereText(arabic, 'documents.3')).toBe('documents.3');
  }, 60_000);
});
