import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import { runCliProcess } from '../../helpers/cli-process';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

/** The errors a journalist meets when the corpus is busy or damaged, from the real CLI, in Arabic. */
const temp = tempDirs();
let holder: Services | null = null;
afterEach(async () => {
  await holder?.close();
  holder = null;
  await temp.cleanup();
});

async function corpusWithOneDocument(): Promise<string> {
  const dir = await temp.make();
  const article = join(dir, 'بيان.txt');
  await writeFile(article, 'بيان وزارة الصحة\n\nقال وزير الصحة إن عدد الإصابات انخفض بنسبة 12% في الأسبوع الماضي.\n');
  const corpus = join(dir, 'corpus');
  const made = await runCliProcess(['import', article, '--corpus', corpus]);
  expect(made.code, made.stderr).toBe(0);
  return corpus;
}

describe('isnad with ISNAD_LANG=ar', () => {
  it('says in Arabic that the corpus is open in another process, and writes nothing', async () => {
    const corpus = await corpusWithOneDocument();
    holder = await openTestServices(corpus, 'desktop');
    const article = join(corpus, '..', 'second.txt');
    await writeFile(article, 'A second statement\n\nThe council approved the budget on Tuesday.\n');
    const arabic = await runCliProcess(['import', article, '--corpus', corpus], { env: { ISNAD_LANG: 'ar' } });
    expect(arabic.code).not.toBe(0);
    expect(arabic.stderr).toContain(`المدوّنة في ${corpus} مفتوحة في نافذة أو عملية أخرى`);
    expect(arabic.stderr).not.toMatch(/is open in another window/);
    const english = await runCliProcess(['import', article, '--corpus', corpus]);
    expect(english.stderr).toContain('is open in another window/process');
    expect(english.code).toBe(arabic.code);
    expect(holder.ctx.store.readSummaries()).toHaveLength(1);
  }, 120_000);

  it('names a damaged document file in Arabic, with the same exit code as in English', async () => {
    const corpus = await corpusWithOneDocument();
    const [file] = await readdir(join(corpus, 'documents'));
    await writeFile(join(corpus, 'documents', file!), '{"schemaVersion": 2, "id": ');
    const exportTo = (name: string) => ['export', '--format', 'csv', '--out', join(corpus, '..', name), '--corpus', corpus];
    const arabic = await runCliProcess(exportTo('ar.csv'), { env: { ISNAD_LANG: 'ar' } });
    const english = await runCliProcess(exportTo('en.csv'));
    expect(english.stderr).toContain(`documents/${file} is not valid JSON`);
    expect(arabic.stderr).toContain(`الملف ${join(corpus, 'documents', file!)} ليس JSON صالحًا`);
    expect(arabic.stderr).not.toContain('is not valid JSON');
    expect(arabic.code).toBe(english.code);
    expect(arabic.code).not.toBe(0);
  }, 120_000);
});
