import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DurableJSONFile, writeFileAtomic } from '../../../electron/services/corpus/durable-file';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { OPEN_CORPUS, exited, spawnTs, waitForLine } from '../../helpers/child';
import { ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

describe('one writer per corpus', () => {
  it('a second process gets a clear "open in another window/process" error and changes nothing', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir, { owner: 'Isnad desktop' });
    await store.addDocument({ text: ENGLISH_ARTICLE });
    await store.flush();
    const before = await readFile(join(dir, 'corpus.json'), 'utf-8');

    const child = spawnTs(OPEN_CORPUS, [dir, '--add', 'text from the intruder']);
    const line = await waitForLine(child, /^(OPENED|ERROR)/);
    expect(line).toMatch(/^ERROR corpus_locked .*open in another window\/process \(Isnad desktop, pid \d+/);
    expect(await exited(child)).toBe(3);
    expect(await readFile(join(dir, 'corpus.json'), 'utf-8')).toBe(before);
    await store.close();

    // Once the first writer has closed, the other process may open it.
    const second = spawnTs(OPEN_CORPUS, [dir]);
    expect(await waitForLine(second, /^(OPENED|ERROR)/)).toBe('OPENED');
  });

  it('a lock left by a process that was killed is taken over', async () => {
    const dir = await temp.make();
    const holder = spawnTs(OPEN_CORPUS, [dir, '--hold']);
    expect(await waitForLine(holder, /^(OPENED|ERROR)/)).toBe('OPENED');
    await expect(CorpusStore.open(dir)).rejects.toMatchObject({ code: 'corpus_locked' });
    holder.kill('SIGKILL');
    await exited(holder);
    const store = await CorpusStore.open(dir);
    expect(store.documentCount).toBe(0);
    await store.close();
  });

  it('the same process cannot open one corpus twice', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir);
    await expect(CorpusStore.open(dir)).rejects.toMatchObject({ code: 'corpus_locked' });
    await store.close();
  });
});

describe('atomic writes', () => {
  it('a process killed in the middle of writing never leaves a torn document or index', async () => {
    const dir = await temp.make();
    for (let round = 0; round < 3; round++) {
      const writer = spawnTs(OPEN_CORPUS, [dir, '--write-loop']);
      await waitForLine(writer, /^READY/);
      await new Promise((r) => setTimeout(r, 150 + round * 70));
      writer.kill('SIGKILL');
      await exited(writer);
      for (const name of await readdir(join(dir, 'documents'))) {
        if (name.endsWith('.tmp')) continue;
        const parsed = JSON.parse(await readFile(join(dir, 'documents', name), 'utf-8'));
        expect(parsed.text).toHaveLength(200_000);
      }
      JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf-8'));
      // Reopening cleans leftover temp files and accepts the corpus.
      const store = await CorpusStore.open(dir);
      expect(store.documentCount).toBe(1);
      const [summary] = store.listDocuments();
      await store.deleteDocument(summary?.id as string);
      await store.close();
      expect((await readdir(join(dir, 'documents'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    }
  });

  it('a failed write leaves the previous content and no temp file', async () => {
    const dir = await temp.make();
    const file = join(dir, 'doc.json');
    await writeFileAtomic(file, '{"v":1}');
    // Renaming a file over a non-empty directory fails: stand in for a full disk.
    const blocked = join(dir, 'blocked.json');
    await mkdir(join(blocked, 'inner'), { recursive: true });
    await expect(writeFileAtomic(blocked, '{"v":2}')).rejects.toThrow();
    expect(await readFile(file, 'utf-8')).toBe('{"v":1}');
    expect((await readdir(dir)).sort()).toEqual(['blocked.json', 'doc.json']);
  });

  it('coalesces a burst of writes and ends with the last state', async () => {
    const dir = await temp.make();
    const adapter = new DurableJSONFile<{ n: number }>(join(dir, 'x.json'));
    await Promise.all(Array.from({ length: 100 }, (_, n) => adapter.write({ n })));
    expect(await adapter.read()).toEqual({ n: 99 });
    await writeFile(join(dir, 'x.json'), 'not json');
    await expect(adapter.read()).rejects.toMatchObject({ code: 'corrupt_data' });
  });
});
