import { afterEach, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/api';
import { readZipTextParts } from '../../../electron/services/import/zip-guard';
import { describeError, errorText, jobErrorText } from '../../../shared/error-text';
import type { JobStatus } from '../../../shared/contract/app';
import { parseDataset } from '../../../shared/exchange/dataset';
import { parseCsvRecords, parseJsonLines, parseJsonRecords } from '../../../shared/import/records';
import { createTranslator } from '../../../shared/i18n/translate';
import { ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { tempDirs } from '../../helpers/temp';
import { buildDocxBomb } from '../../helpers/zip-bomb';

const temp = tempDirs();
afterEach(() => temp.cleanup());

const english = createTranslator({ language: 'en', digits: 'latn' });
const arabic = createTranslator({ language: 'ar', digits: 'arab' });

/** What `work` throws, as a journalist reads it in Arabic and in English. */
async function refusal(work: () => unknown): Promise<{ ar: string; en: string }> {
  try {
    await work();
  } catch (err) {
    return { ar: describeError(arabic, err), en: describeError(english, err) };
  }
  throw new Error('expected a refusal');
}

describe('service errors carry codes, read in Arabic', () => {
  it('a broken CSV or JSON file names its line and column in Arabic-Indic digits', async () => {
    const csv = await refusal(() => parseCsvRecords('title,text\na,"one\n'));
    expect(csv.en).toBe('malformed CSV at line 2: a quoted field is not closed');
    expect(csv.ar).toBe('CSV غير سليم في السطر ٢: حقل بين علامتي تنصيص لم يُغلق');
    const columns = await refusal(() => parseCsvRecords('title,text\na,b\nc,d,e\n'));
    expect(columns.ar).toBe('CSV غير سليم في السطر ٣: في هذا الصف أعمدة أكثر من سطر العناوين (٣ بدل ٢)');
    const header = await refusal(() => parseCsvRecords('title,,text\na,b,c\n'));
    expect(header.ar).toBe('CSV غير سليم في السطر ١: العمود ٢ من سطر العناوين بلا اسم');
    const json = await refusal(() => parseJsonRecords('[\n  {"text": "a"},\n  {"text" "b"}\n]'));
    expect(json.ar).toMatch(/^\u2068JSON\u2069 غير سليم في السطر ٣، العمود ١١: /);
    const line = await refusal(() => parseJsonLines('{"text":"a"}\n[1]\n'));
    expect(line.ar).toBe('السطر ٢ ليس كائن JSON');
  });

  it('an export file read back is refused in Arabic: not JSON, another format, a newer version', async () => {
    expect((await refusal(() => parseDataset('   ', 'notes.json'))).ar).toBe('\u2068notes.json\u2069 فارغ.');
    expect((await refusal(() => parseDataset('{"format":"isnad-corpus"}', 'corpus.json'))).ar).toBe(
      '\u2068corpus.json\u2069 فهرس مدوّنة (corpus.json) لا تصدير؛ افتح ذلك المجلد مدوّنةً بدلًا منه.',
    );
    const newer = await refusal(() => parseDataset('{"format":"isnad-export","version":12}', 'new.json'));
    expect(newer.en).toMatch(/^new\.json was written by a newer Isnad \(export format version 12\)/);
    expect(newer.ar).toMatch(/^كتب \u2068new\.json\u2069 إصدارٌ أحدث من إسناد \(صيغة التصدير ١٢\)؛ هذا الإصدار يقرأ الصيغة ١\./);
    expect((await refusal(() => parseDataset('{"a":', 'cut.json'))).ar).toMatch(
      /^\u2068cut\.json\u2069 ليس JSON سليمًا \(.*\)؛ لم يُستورد شيء\.$/,
    );
  });

  it('a .docx zip bomb and a file that is no zip are refused in Arabic, with the limits in Arabic digits', async () => {
    const bomb = await buildDocxBomb({ unpackedBytes: 3 * 1024 * 1024, oneRun: true });
    const ratio = await refusal(() => readZipTextParts(bomb, { maxUnzippedBytes: 64 * 1024 * 1024, maxRatio: 100 }));
    expect(ratio.ar).toMatch(
      /^فتح ملف ‎\.docx غير آمن: جزؤه "\u2068word\/document\.xml\u2069" يتفكك إلى [٠-٩٬]+ ضعف حجمه المضغوط، فوق الحد البالغ ١٠٠×/,
    );
    const size = await refusal(() => readZipTextParts(bomb, { maxUnzippedBytes: 1024 * 1024, maxRatio: 100_000 }));
    expect(size.ar).toMatch(/^ملف ‎\.docx يتفكك إلى ٣ ميغابايت من النص \(XML\)، فوق الحد البالغ ١ ميغابايت/);
    const notZip = await refusal(() =>
      readZipTextParts(new TextEncoder().encode('plain text, not a zip'), { maxUnzippedBytes: 1e6, maxRatio: 100 }),
    );
    expect(notZip.ar).toMatch(/^ملف ‎\.docx تالف أو ليس مستند Word/);
  });

  it('sessions, speakers and documents refuse bad requests through the contract with Arabic messages', async () => {
    const services = await openServices({ corpusDir: await temp.make(), mode: 'browser', version: '0.0.0-test', log: () => {} });
    try {
      const added = await services.dispatch('addDocument', { title: 'Budget', text: ENGLISH_ARTICLE });
      if (!added.ok) throw new Error(added.error.message);
      const session = await services.dispatch('startSession', { name: 'Empty', filter: { types: ['quote'] } });
      expect(session.ok).toBe(false);
      if (!session.ok) {
        expect(session.error.message).toBe('No annotations match this filter, so there is nothing to check. Widen the filter.');
        expect(errorText(arabic, session.error)).toBe('لا تعليقات توضيحية تطابق هذا المرشّح، فلا شيء للتحقق منه. وسّع المرشّح.');
      }
      const missing = await services.dispatch('getSessionClaim', { id: 'nope' });
      if (missing.ok) throw new Error('expected a refusal');
      expect(errorText(arabic, missing.error)).toBe('لا جلسة تحقق بالمعرّف "\u2068nope\u2069"');
      const deleted = await services.dispatch('deleteDocument', { id: (added.value as { id: string }).id, expectedRevision: 99 });
      if (deleted.ok) throw new Error('expected a refusal');
      expect(errorText(arabic, deleted.error)).toMatch(/^تغيّر المستند في أثناء ذلك \(المراجعة [٠-٩]+، والمتوقع ٩٩\)؛ أعد تحميله$/);
    } finally {
      await services.close();
    }
  });

  it('versions and exports refuse in Arabic, and a failed export job says why in Arabic', async () => {
    const services = await openServices({ corpusDir: await temp.make(), mode: 'browser', version: '0.0.0-test', log: () => {} });
    try {
      const added = await services.dispatch('addDocument', { title: 'Budget', text: ENGLISH_ARTICLE });
      if (!added.ok) throw new Error(added.error.message);
      const documentId = (added.value as { id: string }).id;
      const refusedBy = async (op: string, input: object) => {
        const result = await services.dispatch(op as 'getDocumentVersion', input as never);
        if (result.ok) throw new Error(`${op}: expected a refusal`);
        return { ar: errorText(arabic, result.error), en: result.error.message };
      };
      const same = await refusedBy('addDocumentVersion', { documentId, text: ENGLISH_ARTICLE });
      expect(same.en).toBe('The new version has the same text as the current one; nothing was stored.');
      expect(same.ar).toBe('للنسخة الجديدة نص النسخة الحالية نفسه؛ لم يُحفظ شيء.');
      expect((await refusedBy('getDocumentVersion', { documentId, version: 4 })).ar).toBe('ليس للمستند نسخة رقمها ٤ (النسخ ١–١)');
      expect((await refusedBy('addDocumentVersion', { documentId, fromDocumentId: documentId })).ar).toBe(
        'لا يكون المستند نسخة جديدة من نفسه',
      );
      expect((await refusedBy('startExport', { format: 'claimreview' })).ar).toBe(
        'تصدير ClaimReview يحتاج إلى مؤسسة التحقق التي تعمل فيها (اسمها، وعنوانها على الويب إن كان لها عنوان)',
      );
      // The layer is checked by the export job: its status carries the code, so the dialog says it in Arabic.
      const started = await services.dispatch('startExport', { format: 'csv', layer: 'nobody-123456' });
      if (!started.ok) throw new Error(started.error.message);
      let job = started.value as JobStatus;
      while (job.state === 'running') {
        await new Promise((r) => setTimeout(r, 20));
        const read = await services.dispatch('getJob', { jobId: job.id });
        if (!read.ok) throw new Error(read.error.message);
        job = read.value as JobStatus;
      }
      expect(job).toMatchObject({ state: 'failed', errorId: 'errors.export.noLayer' });
      expect(jobErrorText(arabic, job)).toMatch(
        /^لا طبقة للمعلِّق "\u2068nobody-123456\u2069" في هذه المدوّنة؛ اختر mine أو curated أو all أو واحدًا من: \u2068[a-z]+-[0-9a-f]{6}\u2069$/,
      );
      expect((await refusedBy('startExport', { format: 'csv', path: '/tmp/x.csv' })).ar).toBe('لا يُكتب التصدير إلا حيث أشار مربع الحفظ');
    } finally {
      await services.close();
    }
  });
});
