import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { runCliProcess } from '../../helpers/cli-process';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

async function corpusWithTwo() {
  const dir = await temp.make();
  const corpus = join(dir, 'corpus');
  await writeFile(join(dir, 'صحة.txt'), ARABIC_ARTICLE);
  await writeFile(join(dir, 'budget.txt'), ENGLISH_ARTICLE);
  expect((await runCliProcess(['import', join(dir, 'صحة.txt'), join(dir, 'budget.txt'), '--corpus', corpus])).code).toBe(0);
  const listed = JSON.parse((await runCliProcess(['list', '--corpus', corpus, '--json'])).stdout) as Array<{ id: string; title: string }>;
  return { corpus, ar: listed[0]!.id, en: listed[1]!.id };
}

const titles = async (corpus: string) =>
  (JSON.parse((await runCliProcess(['list', '--corpus', corpus, '--json'])).stdout) as Array<{ title: string }>).map((d) => d.title);

describe('isnad delete, restore, trash, tag, rename', () => {
  it('deletes to the trash, restores, tags, renames and empties the trash', async () => {
    const { corpus, ar, en } = await corpusWithTwo();

    const tagged = await runCliProcess(['tag', ar, 'غزة،صحة', 'health', '--corpus', corpus, '--json']);
    expect(tagged.code).toBe(0);
    expect(JSON.parse(tagged.stdout)).toMatchObject({ id: ar, tags: ['غزة', 'صحة', 'health'] });
    const removed = await runCliProcess(['tag', ar, '--remove', 'HEALTH', '--corpus', corpus, '--json']);
    expect(JSON.parse(removed.stdout).tags).toEqual(['غزة', 'صحة']);

    const renamed = await runCliProcess(['rename', ar, 'وزارة', 'الصحة', '--corpus', corpus]);
    expect(renamed).toMatchObject({ code: 0, stdout: `${ar}\tوزارة الصحة\tغزة, صحة\n` });

    const deleted = await runCliProcess(['delete', ar, '--corpus', corpus]);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain(`isnad restore ${ar} brings it back.`);
    expect(await titles(corpus)).toEqual(['budget']);
    const search = await runCliProcess(['search', 'السيطرة', '--corpus', corpus, '--json']);
    expect(JSON.parse(search.stdout).documents).toEqual([]);
    const trash = await runCliProcess(['trash', '--corpus', corpus, '--json']);
    expect(JSON.parse(trash.stdout).map((d: { id: string }) => d.id)).toEqual([ar]);

    expect((await runCliProcess(['restore', ar, '--corpus', corpus])).code).toBe(0);
    expect(await titles(corpus)).toEqual(['وزارة الصحة', 'budget']);
    const found = await runCliProcess(['search', 'السيطرة', '--corpus', corpus, '--json']);
    expect(JSON.parse(found.stdout).documents.map((d: { documentId: string }) => d.documentId)).toEqual([ar]);

    expect((await runCliProcess(['delete', en, '--corpus', corpus])).code).toBe(0);
    const unconfirmed = await runCliProcess(['trash', '--empty', '--corpus', corpus]);
    expect(unconfirmed).toMatchObject({ code: 2, stderr: 'isnad trash: this deletes 1 document for good; add --yes to confirm\n' });
    expect((await runCliProcess(['trash', '--empty', '--yes', '--corpus', corpus])).stdout).toBe('deleted for good: 1 document\n');
    expect((await runCliProcess(['restore', en, '--corpus', corpus])).code).toBe(1);
    expect((await runCliProcess(['trash', '--corpus', corpus])).stdout).toBe('The trash is empty.\n');
  }, 300_000);

  it('refuses bad input with one line and changes nothing', async () => {
    const { corpus, ar } = await corpusWithTwo();
    const cases: Array<[string[], number, RegExp]> = [
      [['delete', 'dunknown', ar, '--corpus', corpus], 1, /no document with id "dunknown"/],
      [['delete', '--corpus', corpus], 2, /no document id given/],
      [['restore', ar, '--corpus', corpus], 1, /is not in the trash/],
      [['tag', ar, 'a,', '--corpus', corpus], 2, /a tag cannot be empty/],
      [['tag', ar, 'x'.repeat(41), '--corpus', corpus], 1, /at most 40 characters/],
      [['tag', ar, 'bidi\u202etrick', '--corpus', corpus], 1, /invisible or control character/],
      [['tag', 'dunknown', 'x', '--corpus', corpus], 1, /no document with id "dunknown"/],
      [['rename', ar, '   ', '--corpus', corpus], 1, /title is empty/],
      [['rename', ar, '--corpus', corpus], 2, /give a document id and its new title/],
      [['trash', 'extra', '--corpus', corpus], 2, /unexpected argument "extra"/],
      [['delete', ar, '--force', '--corpus', corpus], 2, /--force/],
    ];
    // One after another: each takes the corpus's lock.
    for (const [args, code, message] of cases) {
      const run = await runCliProcess(args);
      expect(run.code, args.join(' ')).toBe(code);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    // The unknown id came first: the known one beside it was not deleted either.
    expect(await titles(corpus)).toEqual(['صحة', 'budget']);
    const tags = JSON.parse((await runCliProcess(['tag', ar, '--corpus', corpus, '--json'])).stdout).tags;
    expect(tags).toEqual([]);
  }, 300_000);
});
