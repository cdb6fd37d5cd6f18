import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/api';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { runCliProcess } from '../../helpers/cli-process';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

/** A corpus with the Arabic article, its 48-hour figure marked and given a verdict. */
async function arabicCorpus(): Promise<{ dir: string; corpus: string; id: string }> {
  const dir = await temp.make();
  const corpus = join(dir, 'corpus');
  const services = await openServices({ corpusDir: corpus, mode: 'browser', version: '0.0.0-test', log: () => {} });
  const added = await services.dispatch('addDocument', { title: 'وزارة الصحة', text: ARABIC_ARTICLE });
  if (!added.ok) throw new Error(added.error.message);
  const id = (added.value as { id: string }).id;
  const at = ARABIC_ARTICLE.indexOf('48 ساعة');
  const figure = await services.dispatch('createAnnotation', {
    documentId: id,
    type: 'figure',
    start: at,
    end: at + 7,
    text: '48 ساعة',
    attributes: { value: 48, unit: 'hour', kind: 'duration' },
    verdict: { status: 'verified' },
  });
  if (!figure.ok) throw new Error(figure.error.message);
  await services.close();
  return { dir, corpus, id };
}

describe('isnad speaks Arabic beyond help and import (--lang ar)', () => {
  it('search, annotations, export and agreement print Arabic words and Arabic-Indic counts; --json does not change', async () => {
    const { dir, corpus, id } = await arabicCorpus();

    const search = await runCliProcess(['search', 'السيطرة', '--corpus', corpus, '--lang', 'ar']);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain('مستند واحد (المواضع بوحدات UTF-16)');
    expect(search.stdout).toContain(`${id}\tوزارة الصحة\tنتيجة واحدة`);
    const none = await runCliProcess(['search', 'غائب', '--corpus', corpus, '--lang', 'ar']);
    expect(none.stdout).toBe('لا مستندات تطابق «غائب».\n');

    const rows = await runCliProcess(['annotations', '--corpus', corpus, '--lang', 'ar']);
    expect(rows.code).toBe(0);
    // The type and the verdict in Arabic; the ids and offsets as scripts take them back.
    expect(rows.stdout).toMatch(new RegExp(`^${id}\\t[0-9a-z-]+\\tرقم\\t\\d+-\\d+\\tصحيح\\t`, 'm'));
    const english = await runCliProcess(['annotations', '--corpus', corpus]);
    expect(english.stdout).toMatch(/\tFigure\t\d+-\d+\tVerified\t/);
    const filtered = await runCliProcess(['annotations', '--corpus', corpus, '--type', 'quote', '--lang', 'ar']);
    expect(filtered.stdout).toBe('لا تعليقات توضيحية تطابق.\n');
    const json = await runCliProcess(['annotations', '--corpus', corpus, '--json', '--lang', 'ar']);
    expect(json.stdout).toBe((await runCliProcess(['annotations', '--corpus', corpus, '--json'])).stdout);

    const out = join(dir, 'out.csv');
    const exported = await runCliProcess(['export', '--corpus', corpus, '--out', out, '--lang', 'ar']);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(new RegExp(`^صُدّر\\tتعليق توضيحي واحد من مستند واحد\\t${out}\\tcsv، [٠-٩]+ بايت\\n$`));
    const latin = await runCliProcess(['export', '--corpus', corpus, '--out', out, '--lang', 'ar', '--digits', 'latn']);
    expect(latin.stdout).toMatch(/csv، [0-9]+ بايت\n$/);

    const agreement = await runCliProcess(['agreement', '--corpus', corpus, '--lang', 'ar']);
    expect(agreement.stdout).toBe('لا مستند فيه طبقات من معلّقَين اثنين بعد: لا شيء للمقارنة.\n');
  }, 300_000);

  it('suggest names types, kinds and units in Arabic (48 ساعة, not 48 hour), in the chosen digits', async () => {
    const dir = await temp.make();
    const file = join(dir, 'خبر.txt');
    await writeFile(file, `${ARABIC_ARTICLE}\nواستمرت الحرب 75 years.\n`);
    const arabic = await runCliProcess(['suggest', file, '--lang', 'ar']);
    expect(arabic.code).toBe(0);
    expect(arabic.stdout).toMatch(/: اقتباسان، متحدثان، /);
    expect(arabic.stdout).toMatch(/\n {2}رقم\t\d+-\d+\t[٠-٩]٫[٠-٩]{2}\t"48 ساعة"\tمدة\tالقيمة: 48 ساعة\n/);
    expect(arabic.stdout).toMatch(
      /\n {2}اقتباس\t\d+-\d+\t[٠-٩]٫[٠-٩]{2}\t"الوضع تحت السيطرة"\tمباشر\tالقرينة: وقال\tالمتحدث: خالد العمري\n/,
    );
    const english = await runCliProcess(['suggest', file]);
    expect(english.stdout).toMatch(/\tduration\tvalue: 48 hours\n/);
    // A range outside the text is refused in Arabic, naming the text's length.
    const outside = await runCliProcess(['suggest', file, '--exclude', '0-99999', '--lang', 'ar']);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/^فشل\t.*\t‎--exclude 0-99999 خارج النص \(طوله [٠-٩]+ وحدة UTF-16\)\n$/);
  }, 120_000);

  it('delete, trash and restore report in Arabic, and refuse an unknown id in Arabic', async () => {
    const { corpus, id } = await arabicCorpus();
    const deleted = await runCliProcess(['delete', id, '--corpus', corpus, '--lang', 'ar']);
    expect(deleted.stdout).toBe(`نُقل إلى المهملات\t${id}\tوزارة الصحة\nالأمر isnad restore ${id} يعيده.\n`);
    const trash = await runCliProcess(['trash', '--corpus', corpus, '--lang', 'ar']);
    expect(trash.stdout).toMatch(new RegExp(`^${id}\\tوزارة الصحة\\tحُذف .*[٠-٩]{4}.*\\n$`));
    const again = await runCliProcess(['delete', id, '--corpus', corpus, '--lang', 'ar']);
    expect(again).toMatchObject({ code: 1, stderr: `isnad delete: المستند "${id}" في المهملات أصلًا (يعيده isnad restore ${id})\n` });
    const unconfirmed = await runCliProcess(['trash', '--empty', '--corpus', corpus, '--lang', 'ar']);
    expect(unconfirmed.stderr).toBe('isnad trash: سيحذف هذا مستندًا واحدًا نهائيًا؛ أضف ‎--yes للتأكيد\n');
    const restored = await runCliProcess(['restore', id, '--corpus', corpus, '--lang', 'ar']);
    expect(restored.stdout).toBe(`استُعيد\t${id}\tوزارة الصحة\n`);
    const unknown = await runCliProcess(['delete', 'nope', '--corpus', corpus, '--lang', 'ar']);
    expect(unknown).toMatchObject({ code: 1, stderr: 'isnad delete: لا مستند بالمعرّف "nope" (يعرض isnad list المعرّفات)\n' });
    expect((await runCliProcess(['trash', '--corpus', corpus, '--lang', 'ar'])).stdout).toBe('المهملات فارغة.\n');
  }, 300_000);
});
