import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/contract/app';
import { jobCurrentText, messageText } from '../../../shared/error-text';
import { warningsOf } from '../../../shared/import/report';
import { createTranslator } from '../../../shared/i18n/translate';
import { importThroughContract } from '../../helpers/import';
import { manyPages } from '../../helpers/pdf-writer';
import { servicesPerTest } from '../../helpers/services-per-test';

/** A PDF import's progress and warnings carry catalog ids, so the report and the progress bar read in Arabic. */
const arabic = createTranslator({ language: 'ar', digits: 'arab' });
const english = createTranslator({ language: 'en', digits: 'latn' });
const corpora = servicesPerTest();

/** The PDF as an interrupted download leaves it: everything but its end-of-file marker. */
function cutShort(pdf: Buffer): Buffer {
  const at = pdf.lastIndexOf('%%EOF');
  return Buffer.concat([pdf.subarray(0, at), pdf.subarray(at + 5)]);
}

describe('a PDF import in Arabic', () => {
  it('names the pages without a text layer and the missing end in Arabic, keeps the English warnings as they were, and shows the page reached', async () => {
    const services = await corpora.open();
    const steps: JobStatus[] = [];
    services.ctx.jobs.subscribe((status) => {
      if (status.currentId) steps.push(status);
    });
    const report = await importThroughContract(services, [{ name: 'محضر-المجلس.pdf', bytes: cutShort(manyPages(20, [2, 3])) }]);
    const outcome = report.files[0]!;
    expect(outcome.status).toBe('imported');
    // --json readers see the same English strings as before; the codes are a new field beside them.
    expect(outcome.warnings).toEqual([
      'the PDF seems cut short (it has no end-of-file marker): compare the text with the original, some of it may be missing',
      'pages 2, 3 have no text layer (scanned or blank): their text is not imported',
    ]);
    expect(outcome.warningCodes?.map((c) => c?.id)).toEqual(['import.warning.pdfCutShort', 'import.warning.pagesNoText']);
    const shown = warningsOf(outcome).map((w) => messageText(arabic, w));
    expect(shown).toEqual([
      'يبدو أن ملف PDF مقطوع (ليست فيه علامة نهاية الملف): قارن النص بالأصل، فقد يكون بعضه ناقصًا',
      'الصفحتان ٢، ٣ ليست فيهما طبقة نص (ممسوحة ضوئيًا أو فارغة): لم يُستورد نصها',
    ]);
    expect(warningsOf(outcome).map((w) => messageText(english, w))).toEqual(outcome.warnings);

    // The progress bar: the step is a message, the page counts follow the digits setting.
    const step = steps.at(-1)!;
    expect(step.currentId).toBe('import.progress.pdfPage');
    expect(step.current).toMatch(/^محضر-المجلس\.pdf: page \d+ of 20$/);
    // The Arabic name ends in a Latin extension: isolated, so the page number cannot join the "pdf" run.
    expect(jobCurrentText(arabic, step)).toMatch(/^\u2068محضر-المجلس\.pdf\u2069: الصفحة [٠-٩]+ من ٢٠$/);
  }, 120_000);

  it('names many blank pages with the first twelve and a count of the rest, in both languages', async () => {
    const services = await corpora.open();
    const blank = Array.from({ length: 15 }, (_, i) => i + 2);
    const report = await importThroughContract(services, [{ name: 'scan.pdf', bytes: manyPages(17, blank) }]);
    const [warning] = warningsOf(report.files[0]!);
    expect(warning?.message).toBe(
      'pages 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 3 more have no text layer (scanned or blank): their text is not imported',
    );
    expect(messageText(arabic, warning!)).toContain('و٣ صفحات أخرى ليست فيها طبقة نص');
  }, 120_000);
});
