import { existsSync } from 'node:fs';
import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { OPEN_CORPUS, exited, spawnTs, waitForLine } from '../../helpers/child';
import { ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { HOLD_COMPACTION, storesPerTest } from '../../helpers/stores-per-test';

const stores = storesPerTest();
const temp = stores.temp;
const openStore = (dir: string, options = HOLD_COMPACTION) => stores.open(dir, options);

async function withFigures(dir: string, n: number) {
  const store = await openStore(dir);
  const doc = await store.addDocument({ text: 'word '.repeat(200) });
  for (let i = 0; i < n; i++)
    await store.createAnnotation({ documentId: doc.id, type: 'figure', start: i * 5, end: i * 5 + 4, text: 'word' });
  const me = store.annotator.id;
  return {
    store,
    doc,
    me,
    journal: join(dir, '.isnad', 'journal', me, `${doc.id}.jsonl`),
    layer: join(dir, 'layers', me, `${doc.id}.json`),
  };
}

describe('the journal', () => {
  it('an edit appends one line and leaves the layer file alone until compaction folds it in', async () => {
    const dir = await temp.make();
    const { store, doc, journal, layer } = await withFigures(dir, 3);
    expect((await readFile(journal, 'utf-8')).trim().split('\n')).toHaveLength(3);
    expect(existsSync(layer)).toBe(false);
    await store.compactAll();
    expect(existsSync(journal)).toBe(false);
    const file = JSON.parse(await readFile(layer, 'utf-8'));
    expect(file).toMatchObject({ schemaVersion: 2, documentId: doc.id, revision: 3 });
    expect(file.annotations).toHaveLength(3);
    // Pretty-printed with fixed key order, so git diffs stay readable.
    expect(await readFile(layer, 'utf-8')).toMatch(/^\{\n {2}"schemaVersion": 2,\n {2}"documentId": /);
    expect((await store.getDocument(doc.id)).revision).toBe(4);
  });

  it('a torn last line (a crash mid-append, never acknowledged) is dropped; the acknowledged edits stay', async () => {
    const dir = await temp.make();
    const { store, doc, journal } = await withFigures(dir, 2);
    await store.close();
    await appendFile(journal, '{"revision":3,"at":"2026-01-01T00:00:00Z","by":"x-1","set":[{"id":"half');
    const reopened = await openStore(dir);
    expect((await reopened.getDocument(doc.id)).annotations).toHaveLength(0 + 2);
    // The next edit is appended after the cut, so the journal stays readable.
    await reopened.createAnnotation({ documentId: doc.id, type: 'figure', start: 100, end: 104, text: 'word' });
    await reopened.close();
    const again = await openStore(dir);
    expect((await again.getDocument(doc.id)).annotations).toHaveLength(3);
  });

  it('damage before the last line is reported as corrupt, not guessed at, and nothing is changed', async () => {
    const dir = await temp.make();
    const { store, doc, journal } = await withFigures(dir, 3);
    // Leave the journal as a crash would: uncompacted.
    const text = await readFile(journal, 'utf-8');
    await store.close();
    const lines = text.trim().split('\n');
    lines[1] = '{"revision": 2, "broken';
    await writeFile(journal, `${lines.join('\n')}\n`);
    const before = await readFile(journal, 'utf-8');
    const reopened = await openStore(dir);
    await expect(reopened.getDocument(doc.id)).rejects.toMatchObject({ code: 'corrupt_data', message: expect.stringMatching(/line 2/) });
    await reopened.close();
    expect(await readFile(journal, 'utf-8')).toBe(before);
  });

  it('edits made while a compaction writes the layer file are kept: the journal keeps what the file does not hold', async () => {
    const dir = await temp.make();
    const { store, doc } = await withFigures(dir, 5);
    const compacting = store.compactAll();
    const more = Array.from({ length: 20 }, (_, i) =>
      store.createAnnotation({ documentId: doc.id, type: 'figure', start: 500 + i * 5, end: 504 + i * 5, text: 'word' }),
    );
    await Promise.all([compacting, ...more]);
    await store.close();
    const reopened = await openStore(dir);
    expect((await reopened.getDocument(doc.id)).annotations).toHaveLength(25);
  });

  it('kill -9 during annotation edits: every acknowledged edit is there after reopening, and nothing is torn', async () => {
    const dir = await temp.make();
    for (let round = 0; round < 3; round++) {
      const writer = spawnTs(OPEN_CORPUS, [dir, '--edit-loop']);
      const ready = await waitForLine(writer, /^READY/);
      const documentId = ready.split(' ')[1] as string;
      const acknowledged: string[] = [];
      let buffer = '';
      writer.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        for (const m of buffer.matchAll(/^ACK (\S+)$/gm)) if (!acknowledged.includes(m[1] as string)) acknowledged.push(m[1] as string);
      });
      await new Promise((r) => setTimeout(r, 400 + round * 300));
      writer.kill('SIGKILL');
      await exited(writer);
      for (const m of buffer.matchAll(/^ACK (\S+)$/gm)) if (!acknowledged.includes(m[1] as string)) acknowledged.push(m[1] as string);
      expect(acknowledged.length).toBeGreaterThan(0);
      const store = await CorpusStore.open(dir);
      const stored = new Set((await store.getDocument(documentId)).annotations.map((a) => a.id));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      // The library's count caught up with the journal, though its summary was not flushed.
      expect(store.readSummary(documentId)?.counts.figure).toBe(stored.size);
      await store.deleteDocument(documentId);
      await store.close();
      for (const folder of ['documents', 'layers']) {
        expect((await readdir(join(dir, folder), { recursive: true })).filter((n) => String(n).endsWith('.tmp'))).toEqual([]);
      }
    }
  }, 90_000);
});

describe('a reader beside the writer', () => {
  it('reads every acknowledged edit (journals replayed) without the writer’s lock, and cannot write', async () => {
    const dir = await temp.make();
    const { store, doc } = await withFigures(dir, 4);
    await store.updateDocument({ id: doc.id, title: 'Renamed while open' });
    await store.addDocument({ title: 'Second', text: ENGLISH_ARTICLE });
    // A separate process opens it read-only while this one holds the lock, journals uncompacted.
    const reader = spawnTs(OPEN_CORPUS, [dir, '--read-only', '--list']);
    const line = await waitForLine(reader, /^(LIST|ERROR)/);
    expect(line).toMatch(/^LIST /);
    const documents = JSON.parse(line.slice('LIST '.length)) as Array<{ id: string; title: string; annotations: unknown[] }>;
    expect(documents.map((d) => [d.title, d.annotations.length])).toEqual([
      ['Renamed while open', 4],
      ['Second', 0],
    ]);
    expect(await exited(reader)).toBe(0);

    const readOnly = await CorpusStore.open(dir, { readOnly: true });
    stores.track(readOnly);
    await expect(readOnly.createAnnotation({ documentId: doc.id, type: 'figure', start: 0, end: 4, text: 'word' })).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/read-only/),
    });
    // A writer still refuses, naming who holds the corpus.
    await expect(CorpusStore.open(dir)).rejects.toMatchObject({ code: 'corpus_locked' });
  });

  it('a reader finds an empty corpus in a folder that does not exist, and creates nothing', async () => {
    const dir = join(await temp.make(), 'nothing-here');
    const reader = await CorpusStore.open(dir, { readOnly: true });
    expect(reader.listDocuments()).toEqual([]);
    await reader.close();
    expect(existsSync(dir)).toBe(false);
  });
});
