import { describe, expect, it } from 'vitest';
import { errorText, messageText, reasonText } from '../../../shared/error-text';
import { warningsOf } from '../../../shared/import/report';
import { createTranslator } from '../../../shared/i18n/translate';
import { importThroughContract } from '../../helpers/import';
import { servicesPerTest } from '../../helpers/services-per-test';

// What an import tells a journalist reading Arabic: every warning and reason in Arabic, the
// English of `--json` as it was, and file names and fields isolated inside the Arabic sentence.
const arabic = createTranslator({ language: 'ar', digits: 'arab' });
const english = createTranslator({ language: 'en', digits: 'latn' });
const corpora = servicesPerTest();

const FSI = '\u2068';
const PDI = '\u2069';

/** A page that holds nothing but its own headline: Readability finds no article in it. */
const NO_ARTICLE_PAGE =
  '<!doctype html><html><head><title>Port strike enters its third day</title></head>' +
  '<body><h1>Port strike enters its third day</h1></body></html>';

describe('import warnings and reasons in Arabic', () => {
  it('says replacement characters, an undetected article, a record’s impossible date and a missing text field in Arabic', async () => {
    const services = await corpora.open();
    const report = await importThroughContract(services, [
      { name: 'damaged-notes.txt', bytes: 'Minister\u{FFFD}s statement\n\nThe budget grew by \u{FFFD}\u{FFFD} percent this year.' },
      { name: 'front-page.html', bytes: NO_ARTICLE_PAGE },
      { name: 'wire.csv', bytes: 'text,title,date\n"The council met on Monday to vote on the budget.",Council,2024-13-45\n' },
      { name: 'desk.csv', bytes: 'hed,copy\nCouncil,"The council met."\n' },
    ]);
    const [txt, html, csv, mapping] = report.files;

    // --json keeps the English warnings as they were; the codes are beside them.
    expect(txt?.warnings).toEqual(['the text already contains 3 replacement characters (�): it was damaged before import']);
    expect(txt?.warningCodes?.map((c) => c?.id)).toEqual(['import.warning.replacementChars']);
    expect(warningsOf(txt!).map((w) => messageText(arabic, w))).toEqual(['في النص أصلًا ٣ محارف بديلة (�): تلف النص قبل استيراده']);

    expect(html?.status).toBe('imported');
    expect(html?.warnings).toEqual(['no article was recognised in the page; its whole visible text was imported']);
    expect(warningsOf(html!).map((w) => messageText(arabic, w))).toEqual(['لم يُتعرَّف على مقال في الصفحة؛ فاستُورد كل نصها الظاهر']);

    expect(csv?.status).toBe('imported');
    expect(csv?.warnings).toEqual([
      'line 2: "2024-13-45" is not a date: there is no month 13 (months run 01 to 12); the publication date was left empty',
    ]);
    expect(warningsOf(csv!).map((w) => messageText(arabic, w))).toEqual([
      `السطر ٢: «${FSI}2024-13-45${PDI}» ليس تاريخاً: لا يوجد شهر رقمه ١٣ (الأشهر من 01 إلى 12)؛ تُرك تاريخ النشر فارغًا`,
    ]);
    expect(warningsOf(csv!).map((w) => messageText(english, w))).toEqual(csv?.warnings);

    expect(mapping?.status).toBe('needs-mapping');
    expect(mapping?.reason).toBe('no field was recognised as the article text; choose the fields (this file has: hed, copy)');
    expect(reasonText(arabic, mapping!)).toBe(`لم يُتعرَّف على أي حقل على أنه نص المقال؛ اختر الحقول (حقول هذا الملف: ${FSI}hed, copy${PDI})`);
  }, 120_000);

  it('isolates a Latin title inside an Arabic refusal; the English message has no isolates', async () => {
    const services = await corpora.open();
    const doc = await services.dispatch('addDocument', { text: 'A short article about the port.', title: 'Port 2024 (draft)' });
    if (!doc.ok) throw new Error(doc.error.message);
    const again = await services.dispatch('addDocument', { text: 'A short article about the port.', title: 'Again' });
    if (again.ok) throw new Error('a duplicate was accepted');
    expect(errorText(arabic, again.error)).toContain(`«${FSI}Port 2024 (draft)${PDI}»`);
    expect(again.error.message).not.toContain(FSI);
  }, 120_000);
});

describe('a bad date sent through the contract', () => {
  it('is refused with the date’s own reason, in Arabic, and the English message is unchanged', async () => {
    const services = await corpora.open();
    const added = await services.dispatch('addDocument', { text: 'Text of the article.', source: { publishedAt: '2024-02-30' } });
    if (added.ok) throw new Error('an impossible date was stored');
    expect(added.error).toMatchObject({ code: 'invalid_input', field: 'source.publishedAt', messageId: 'errors.input.at' });
    expect(added.error.values).toMatchObject({ detailId: 'errors.date.monthDays', where: 'source.publishedAt', days: 29 });
    expect(added.error.message).toBe('source.publishedAt: "2024-02-30" is not a date: February 2024 has 29 days');
    expect(errorText(arabic, added.error)).toBe(
      `عند ${FSI}source.publishedAt${PDI}: «${FSI}2024-02-30${PDI}» ليس تاريخاً: عدد أيام شهر فبراير من عام ${FSI}2024${PDI} هو ٢٩`,
    );
    expect(services.ctx.store.readSummaries()).toHaveLength(0);
  }, 60_000);
});
