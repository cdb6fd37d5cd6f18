import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CorpusLock, LOCK_FILE, acquireCorpusLock } from '../../../electron/services/corpus/lock';
import { DurableJSONFile } from '../../../electron/services/corpus/durable-file';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { OPEN_CORPUS, ROOT, exited, spawnTs, waitForLine } from '../../helpers/child';
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

  it('when several openers find a dead owner’s lock at once, exactly one takes it over', async () => {
    for (let round = 0; round < 30; round++) {
      const dir = await temp.make();
      // A pid far above any real one: the owner is dead.
      await mkdir(dirname(join(dir, LOCK_FILE)), { recursive: true });
      await writeFile(
        join(dir, LOCK_FILE),
        JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: '2026-01-01T00:00:00Z', by: 'crashed' }),
      );
      const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => acquireCorpusLock(dir, `opener ${i}`)));
      const holders = results.filter((r) => r.status === 'fulfilled');
      expect(holders).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'corpus_locked' });
      expect((await readdir(dirname(join(dir, LOCK_FILE)))).sort()).toEqual([basename(LOCK_FILE)]);
      await (holders[0] as PromiseFulfilledResult<CorpusLock>).value.release();
    }
  });

  it('an empty lock file left by a crash or a full disk is taken over once it is seconds old; a fresh one is waited on', async () => {
    const dir = await temp.make();
    const lock = join(dir, LOCK_FILE);
    await mkdir(dirname(lock), { recursive: true });
    await writeFile(lock, '');
    // Just written: someone may be filling it in right now.
    await expect(acquireCorpusLock(dir, 'second')).rejects.toMatchObject({ code: 'corpus_locked' });
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock, minuteAgo, minuteAgo);
    // A guard file left empty by a takeover that died must not block the next one.
    await writeFile(`${lock}.takeover`, '');
    await utimes(`${lock}.takeover`, minuteAgo, minuteAgo);
    const held = await acquireCorpusLock(dir, 'after the crash');
    expect(JSON.parse(await readFile(lock, 'utf-8'))).toMatchObject({ pid: process.pid, by: 'after the crash' });
    expect((await readdir(dirname(lock))).sort()).toEqual([basename(LOCK_FILE)]);
    await held.release();
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
  }, 90_000); // three tsx child processes: slow to start on a loaded machine, not a slow store

  it('a write that fails half-way (disk full) leaves the stored document as it was, and no temp file', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir);
    const doc = await store.addDocument({ title: 'Long', text: ENGLISH_ARTICLE.repeat(Math.ceil(30_000 / ENGLISH_ARTICLE.length)) });
    const at = doc.text.indexOf(' ') + 1;
    const word = doc.text.slice(at, doc.text.indexOf(' ', at));
    const { annotation } = await store.createAnnotation({
      documentId: doc.id,
      type: 'quote',
      start: at,
      end: at + word.length,
      text: word,
    });
    await store.close();
    const file = join(dir, 'documents', `${doc.id}.json`);
    const before = await readFile(file, 'utf-8');
    expect(before.length).toBeLessThan(36 * 1024);

    // A file-size limit makes the write fail part-way with EFBIG, as a full disk would.
    const child = spawn(
      'bash',
      [
        '-c',
        `ulimit -f 36; trap '' XFSZ; exec "${process.execPath}" --import tsx "$@"`,
        'bash',
        OPEN_CORPUS,
        dir,
        '--big-note',
        doc.id,
        annotation.id,
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(await waitForLine(child, /^(WROTE|WRITE FAILED|ERROR)/)).toMatch(/^WRITE FAILED/);
    await exited(child);

    expect(await readFile(file, 'utf-8')).toBe(before);
    expect((await readdir(join(dir, 'documents'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const reopened = await CorpusStore.open(dir);
    const stored = await reopened.getDocument(doc.id);
    expect(stored.annotations.map((a) => [a.id, a.verdict.note])).toEqual([[annotation.id, '']]);
    await reopened.close();
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
