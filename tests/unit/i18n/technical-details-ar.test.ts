import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DurableJSONFile } from '../../../electron/services/corpus/durable-file';
import { checkStorable, readDataset } from '../../../electron/services/exchange/import-dataset';
import { scanDatasetLines, textLines } from '../../../electron/services/exchange/import-stream';
import { withinStepTime } from '../../../electron/services/import/limits';
import { TesseractEngine } from '../../../electron/services/ocr/tesseract';
import { ImportProblem } from '../../../shared/import/problems';
import { IsnadError } from '../../../shared/errors';
import { errorText } from '../../../shared/error-text';
import { isolatePrinted, printedArguments } from '../../../shared/i18n/isolation';
import { createTranslator } from '../../../shared/i18n/translate';
import { tempDirs } from '../../helpers/temp';

// A machine's words (pdftoppm's stderr, JSON.parse's message) are not what a journalist reads:
// the error says what failed and what to do in their language, and keeps the machine's words
// only as a second, labelled line.
const arabic = createTranslator({ language: 'ar', digits: 'arab' });
const english = createTranslator({ language: 'en', digits: 'latn' });
const temp = tempDirs();
afterEach(() => temp.cleanup());

async function refusal(work: () => unknown): Promise<IsnadError> {
  try {
    await work();
  } catch (err) {
    if (err instanceof IsnadError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('technical details stay a second line', () => {
  it('a PDF page pdftoppm cannot draw: what to do in Arabic, pdftoppm’s own words below', async () => {
    const dir = await temp.make();
    const notPdf = join(dir, 'scan.pdf');
    await writeFile(notPdf, 'this is not a PDF');
    const err = await refusal(() =>
      new TesseractEngine().readPage({
        pdfPath: notPdf,
        page: 1,
        dpi: 150,
        languages: ['ara', 'eng'],
        signal: new AbortController().signal,
      }),
    );
    expect(err.messageId).toBe('errors.ocr.rasterFailed');
    const [sentence, technical, ...rest] = errorText(arabic, err).split('\n');
    expect(sentence).toBe(
      'تعذّر تحويل الصفحة ١ من الملف الممسوح إلى صورة للتعرف الضوئي: تحقق من تثبيت poppler-utils (pdftoppm) ومن أن ملف PDF يُفتح في عارض',
    );
    expect(technical).toMatch(/^تفاصيل تقنية: \u2068.+\u2069$/);
    expect(rest).toEqual([]);
    // The English message (logs) keeps the tool's words too, on the same line.
    expect(err.message).toMatch(/^page 1 of the scan could not be turned into an image for OCR: .* — Technical detail: .+/);
  });

  it('a stored file that is not JSON: the place and the problem in Arabic, JSON.parse’s English only as the technical line', async () => {
    const dir = await temp.make();
    const file = join(dir, 'speakers.json');
    await writeFile(file, '{\n  "schemaVersion": 2,\n  "speakers": [\n');
    const err = await refusal(() => new DurableJSONFile(file).read());
    const [sentence, technical] = errorText(arabic, err).split('\n');
    expect(sentence).toMatch(/^الملف \u2068.*speakers\.json\u2069 ليس JSON صالحًا \(السطر ٤، العمود ١: /);
    expect(sentence).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{4,}/); // no English sentence left in it
    expect(technical).toMatch(/^تفاصيل تقنية: \u2068.*JSON.*\u2069$/);
    expect(errorText(english, err)).toMatch(
      /speakers\.json is not valid JSON \(line 4, column 1: .*\): it was cut short or changed outside Isnad\nTechnical detail: /,
    );
  });

  it('.json and .jsonl import-back refuse a changed text with the same coded check, read in Arabic', async () => {
    const doc = { id: 'd1', title: 'Budget', text: 'The budget grew.', contentHash: '0'.repeat(64) } as Parameters<typeof checkStorable>[0];
    const direct = await refusal(() => checkStorable(doc, 'export.jsonl', 2));
    expect(direct.messageId).toBe('errors.dataset.hashMismatch');
    expect(errorText(arabic, direct)).toBe(
      '\u2068export.jsonl\u2069: ‏documents.2.contentHash لا يطابق النص؛ تغيّر النص بعد التصدير؛ لم يُستورد شيء.',
    );
    // Both readers go through it: a bad file of either kind is refused with that id.
    const jsonl = await refusal(() => scanDatasetLines(textLines('{"format":"isnad-export"'), 'export.jsonl'));
    const json = await refusal(() => readDataset('{', 'export.json'));
    for (const err of [jsonl, json]) expect(errorText(arabic, err)).toMatch(/[\u0600-\u06ff]/);
  });
});

describe('a step that ran too long', () => {
  it('names the OCR page, the file and the limit in Arabic, not as an English phrase', async () => {
    const never = () => new Promise<never>(() => {});
    let problem: unknown;
    await withinStepTime({ file: 'scan.pdf', page: 3 }, new AbortController().signal, never, 5).catch((err: unknown) => (problem = err));
    expect(problem).toBeInstanceOf(ImportProblem);
    const err = problem as ImportProblem;
    expect(err.message).toMatch(/^OCR of page 3 of scan\.pdf took longer than the 5 ms limit/);
    expect(errorText(arabic, err)).toMatch(
      /^استغرقت قراءة الصفحة ٣ من \u2068scan\.pdf\u2069 بالتعرف الضوئي أكثر من حد خطوة الاستيراد الواحدة \(٥ ملّي ثانية\)/,
    );
  });
});

describe('values inside an Arabic sentence', () => {
  it('isolates a value the message prints, never one it selects by or formats as a number', () => {
    const printed = printedArguments('{kind, select, record {السجل {n, number}} other {{where}}}: {file} {count, plural, other {#}}');
    expect([...printed].sort()).toEqual(['file', 'where']);
    expect(isolatePrinted(printed, { kind: 'record', file: 'a.txt', where: 'وسط', n: 3, count: 2 })).toEqual({
      kind: 'record',
      file: '\u2068a.txt\u2069',
      where: 'وسط',
      n: 3,
      count: 2,
    });
  });
});
