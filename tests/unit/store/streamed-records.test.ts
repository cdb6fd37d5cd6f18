// The records rewritten during an import (checked files, summary shards, the list of changed
// files for sync) are written a few kilobytes at a time (durable-file.ts: writeTextAtomic), so
// none of them is ever one string of its whole size (issue 18, import memory flat). These
// prove the files are the very JSON a single JSON.stringify gave, and that a failed write
// leaves the old file and no temporary one.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { writeTextAtomic } from '../../../electron/services/corpus/durable-file';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

/** Invented text, Arabic and English, long enough to take several pieces. */
function fragments(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? `"قال المتحدث ${i} إن السوق مغلق"` : `"the council met ${i} times"`));
}

describe('text written a piece at a time', () => {
  it('writes exactly the fragments joined, across many pieces and multi-byte letters', async () => {
    const dir = await temp.make();
    const file = join(dir, 'record.json');
    const parts = ['[', ...fragments(5_000).map((f, i) => (i === 0 ? f : `,${f}`)), ']'];
    await writeTextAtomic(file, parts);
    const text = await readFile(file, 'utf8');
    expect(text).toBe(parts.join(''));
    expect(text.length).toBeGreaterThan(100_000);
    expect((JSON.parse(text) as string[]).length).toBe(5_000);
  });

  it('writes a fragment larger than its buffer, and two files at once, each whole', async () => {
    const dir = await temp.make();
    const long = `"${'قالت المصادر الرسمية إن السوق مغلق '.repeat(6_000)}"`;
    const other = ['[', ...fragments(3_000).map((f, i) => (i === 0 ? f : `,${f}`)), ']'];
    await Promise.all([writeTextAtomic(join(dir, 'a.json'), [long]), writeTextAtomic(join(dir, 'b.json'), other)]);
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe(long);
    expect(await readFile(join(dir, 'b.json'), 'utf8')).toBe(other.join(''));
  });

  it('writes an empty file for no fragments', async () => {
    const dir = await temp.make();
    const file = join(dir, 'empty.json');
    await writeTextAtomic(file, []);
    expect(await readFile(file, 'utf8')).toBe('');
  });

  it('leaves the old file and no temporary file when making the text fails part-way', async () => {
    const dir = await temp.make();
    const file = join(dir, 'record.json');
    await writeFile(file, '{"old":true}');
    function* failing(): Generator<string> {
      yield '{"new":';
      yield 'x'.repeat(40_000);
      throw new Error('the record could not be made');
    }
    await expect(writeTextAtomic(file, failing())).rejects.toThrow('the record could not be made');
    expect(await readFile(file, 'utf8')).toBe('{"old":true}');
    expect(await readdir(dir)).toEqual(['record.json']);
    // The next write is not held up by the failed one.
    await writeTextAtomic(file, ['{"new":true}']);
    expect(await readFile(file, 'utf8')).toBe('{"new":true}');
  });

  it('a corpus writes its summary shards, checked files and changed files as one JSON.stringify would', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const text = i % 2 === 0 ? `قال الوزير إن الميزانية ارتفعت ${i} بالمئة.` : `The minister said the budget rose ${i} percent.`;
      ids.push((await store.addDocument({ text, title: `Story ${i}`, source: {} })).id);
    }
    await store.close();
    // Read back from disk by a fresh store: every file checked once, the record saved on close.
    const reader = await CorpusStore.open(dir);
    for (const id of ids) await reader.readDocument(id, { keep: false });
    await reader.close();
    const isnad = join(dir, '.isnad');
    const files = [join(isnad, 'checked.json'), join(isnad, 'sync', 'changed.json')];
    for (const name of await readdir(join(isnad, 'summaries')))
      if (/^[0-9a-f]{2}\.json$/.test(name)) files.push(join(isnad, 'summaries', name));
    expect(files.length).toBeGreaterThan(3);
    for (const path of files) {
      const text = await readFile(path, 'utf8');
      expect(text, path).toBe(JSON.stringify(JSON.parse(text)));
    }
    const checked = JSON.parse(await readFile(files[0] as string, 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(checked.files).length).toBeGreaterThanOrEqual(ids.length);
    const again = await CorpusStore.open(dir, { readOnly: true });
    expect(again.documentCount).toBe(40);
    await again.close();
  });
});
