import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { runCli } from '../../helpers/cli';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

const page = (body: string) =>
  `<html><head><title>القصف على المدينة</title><link rel="canonical" href="https://news.example/ar/1"></head><body><article><h1>القصف على المدينة</h1>${body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
const V1 = 'قال وزير الصحة إن 25 شخصا قتلوا في القصف على المدينة صباح اليوم.\n\nوقالت منظمة الصحة العالمية إن المستشفيات ممتلئة بالجرحى.';
const V2 = 'قال وزير الصحة إن 27 شخصا قتلوا في القصف على المدينة صباح اليوم.\n\nوقالت منظمة الصحة العالمية إن المستشفيات ممتلئة بالجرحى.';

describe('isnad import --as-version', () => {
  it('refuses a value other than auto or never, before importing anything', async () => {
    const dir = await temp.make();
    const file = join(dir, 'a.txt');
    await writeFile(file, V1);
    const run = await runCli(['import', file, '--corpus', join(dir, 'corpus'), '--as-version', 'always']);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('--as-version takes auto or never, got "always"');
  });

  it('auto: the same article at the same URL becomes version 2 of the stored document, its annotations carried', async () => {
    const dir = await temp.make();
    const corpus = join(dir, 'corpus');
    await writeFile(join(dir, 'v1.html'), page(V1));
    await writeFile(join(dir, 'v2.html'), page(V2));
    expect((await runCli(['import', join(dir, 'v1.html'), '--corpus', corpus])).code).toBe(0);
    const store = await CorpusStore.open(corpus);
    const [doc] = store.listDocuments();
    const full = await store.getDocument(doc!.id);
    const at = full.text.indexOf('25');
    await store.createAnnotation({ documentId: doc!.id, type: 'figure', start: at, end: at + 2, text: '25' });
    await store.close();
    const never = await runCli(['import', join(dir, 'v2.html'), '--corpus', corpus]);
    expect(never.out).toMatch(/same URL as “القصف على المدينة”.*--as-version auto/);
    // Undo that separate copy by importing the same file again as a version: it is a duplicate now.
    const again = await CorpusStore.open(corpus);
    const copy = again.listDocuments().find((d) => d.id !== doc!.id)!;
    await again.deleteDocument(copy.id);
    await again.close();
    const auto = await runCli(['import', join(dir, 'v2.html'), '--corpus', corpus, '--as-version', 'auto']);
    expect(auto.code).toBe(0);
    expect(auto.out).toMatch(
      /^version\t.*v2\.html\t.*version 2 of “القصف على المدينة”: 0 kept, 0 moved, 1 changed \(review\), 0 orphaned/m,
    );
    const after = await CorpusStore.open(corpus, { readOnly: true });
    expect(after.listDocuments()).toHaveLength(1);
    const now = await after.getDocument(doc!.id);
    expect(now.version).toBe(2);
    expect(now.annotations).toMatchObject([{ text: '27', carried: { status: 'changed', previousText: '25' } }]);
    await after.close();
  });
});
