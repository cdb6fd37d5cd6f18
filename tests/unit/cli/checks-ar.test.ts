import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../helpers/cli-process';
import { tempDirs } from '../../helpers/temp';

/**
 * The real `isnad` in Arabic, given what our own checks refuse: an id of the wrong form, a tag
 * with an invisible character, and a JSONL export whose document comes twice or whose
 * annotation no longer matches its text. Each reason is one Arabic sentence; nothing is stored.
 */
const temp = tempDirs();
afterEach(() => temp.cleanup());

const ARTICLE = 'بيان وزارة الصحة\n\nقال وزير الصحة إن عدد الإصابات انخفض بنسبة 12% في الأسبوع الماضي.\n';

async function corpusWithOneDocument(): Promise<{ dir: string; corpus: string; id: string }> {
  const dir = await temp.make();
  const article = join(dir, 'بيان.txt');
  await writeFile(article, ARTICLE);
  const corpus = join(dir, 'corpus');
  const made = await runCliProcess(['import', article, '--corpus', corpus]);
  expect(made.code, made.stderr).toBe(0);
  const listed = await runCliProcess(['list', '--corpus', corpus, '--json']);
  const [doc] = JSON.parse(listed.stdout) as Array<{ id: string }>;
  return { dir, corpus, id: doc!.id };
}

describe('isnad --lang ar refuses what our own checks refuse, in Arabic', { timeout: 180_000 }, () => {
  it('an id of the wrong form and a tag with an invisible character: the reason in Arabic, the tags unchanged', async () => {
    const { corpus, id } = await corpusWithOneDocument();
    const badId = await runCliProcess(['annotations', '--corpus', corpus, '--document', 'وثيقة 1', '--lang', 'ar']);
    expect(badId.code).toBe(2);
    expect(badId.stderr.trimEnd()).toBe(
      'isnad annotations: عند --document: يجب أن يكون من ١ إلى ٦٤ من الحروف اللاتينية أو الأرقام أو "_" أو "-"',
    );
    const english = await runCliProcess(['annotations', '--corpus', corpus, '--document', 'وثيقة 1']);
    expect(english.stderr).toContain('must be 1–64 letters, digits, "_" or "-"');

    const tagged = await runCliProcess(['tag', id, 'صحة', '--corpus', corpus]);
    expect(tagged.code, tagged.stderr).toBe(0);
    const badTag = await runCliProcess(['tag', id, 'وزارة\u200b', '--corpus', corpus], { env: { ISNAD_LANG: 'ar' } });
    expect(badTag.code).not.toBe(0);
    expect(badTag.stderr).toContain('لا يجوز أن يحوي الوسم فاصلة أو حرفًا خفيًا أو حرف تحكّم');
    expect(badTag.stderr).not.toMatch(/cannot hold|invalid/i);
    // `tag ID` with no tag to add prints the tags as stored.
    const shown = await runCliProcess(['tag', id, '--corpus', corpus, '--json']);
    expect((JSON.parse(shown.stdout) as { tags: string[] }).tags).toEqual(['صحة']);
  });

  it('a JSONL export with a document twice, or an annotation moved off its text: the line and the reason in Arabic, nothing imported', async () => {
    const { dir, corpus, id } = await corpusWithOneDocument();
    const exported = join(dir, 'export.jsonl');
    const out = await runCliProcess(['export', '--corpus', corpus, '--format', 'jsonl', '--out', exported]);
    expect(out.code, out.stderr).toBe(0);
    const line = (await readFile(exported, 'utf8')).trimEnd();
    const target = join(dir, 'target');
    const fresh = await runCliProcess(['import', join(dir, 'بيان.txt'), '--corpus', target]);
    expect(fresh.code, fresh.stderr).toBe(0);
    const before = (await runCliProcess(['list', '--corpus', target, '--json'])).stdout;

    const twice = join(dir, 'مكرر.jsonl');
    await writeFile(twice, `${line}\n${line}\n`);
    const duplicate = await runCliProcess(['import', twice, '--corpus', target, '--lang', 'ar']);
    expect(duplicate.code).not.toBe(0);
    expect(duplicate.stderr).toContain(
      `\u2068مكرر.jsonl\u2069: المستند ٢: معرّف مستند مكرر "\u2068${id}\u2069"؛ لم يُستورد شيء.`.replace(/[\u2068\u2069]/g, ''),
    );
    expect(duplicate.stderr).not.toMatch(/duplicate|document 2/);

    const record = JSON.parse(line) as { annotations: unknown[]; text: string; length: number };
    const cut = join(dir, 'cut.jsonl');
    await writeFile(cut, `${JSON.stringify({ ...record, length: record.length + 1 })}\n`);
    const changed = await runCliProcess(['import', cut, '--corpus', target, '--lang', 'ar']);
    expect(changed.code).not.toBe(0);
    expect(changed.stderr).toContain('cut.jsonl، السطر ١: document.length: لا يطابق النص؛ فقد غُيّر النص بعد التصدير؛ لم يُستورد شيء.');
    expect(changed.stderr).not.toMatch(/does not match|line 1/);

    expect((await runCliProcess(['list', '--corpus', target, '--json'])).stdout).toBe(before);
  });
});
