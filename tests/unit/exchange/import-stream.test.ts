import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { fileLines, importDatasetLines, scanDatasetLines } from '../../../electron/services/exchange/import-stream';
import { importDatasetFile } from '../../../electron/cli/dataset-import';
import { IsnadError } from '../../../shared/errors';
import { exportedText, seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const stores: CorpusStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function openStore(dir: string): Promise<CorpusStore> {
  const store = await CorpusStore.open(dir);
  stores.push(store);
  return store;
}

/** A seeded corpus exported as JSONL, and an empty corpus to import it into. */
async function source() {
  const dir = await temp.make();
  const store = await openStore(join(dir, 'source'));
  await seedExchangeCorpus(store);
  const file = join(dir, 'export.jsonl');
  const jsonl = await exportedText(store, 'jsonl', file);
  const target = await openStore(join(dir, 'target'));
  return { dir, store, file, jsonl, target };
}

async function streamIn(store: CorpusStore, file: string, policy: 'fail' | 'skip' | 'duplicate' = 'fail', signal?: AbortSignal) {
  const lines = fileLines(file, 'export.jsonl');
  const scan = await scanDatasetLines(lines, 'export.jsonl');
  return importDatasetLines(store, lines, scan, policy, {
    ...(signal ? { signal } : {}),
  });
}

async function rejection(work: () => Promise<unknown>): Promise<IsnadError> {
  const err = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IsnadError);
  return err as IsnadError;
}

describe('streamed import-back of a JSONL export', () => {
  it('round-trips: JSONL → empty corpus → the same documents, and the same JSON export', async () => {
    const { dir, store, file, target } = await source();
    const summary = await streamIn(target, file);
    expect(summary).toMatchObject({ imported: 5, skipped: 0, duplicated: 0, annotations: 17 });
    for (const s of store.listDocuments()) expect(await target.getDocument(s.id)).toEqual(await store.getDocument(s.id));
    const before = JSON.parse(await exportedText(store, 'json', join(dir, 'a.json')));
    const after = JSON.parse(await exportedText(target, 'json', join(dir, 'b.json')));
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });

  it('keeps the conflict policy: refuses, skips or duplicates documents already in the corpus', async () => {
    const { file, store } = await source();
    const count = store.documentCount;
    const refused = await rejection(() => streamIn(store, file));
    expect(refused.code).toBe('conflict');
    expect(store.documentCount).toBe(count);
    expect(await streamIn(store, file, 'skip')).toMatchObject({ imported: 0, skipped: 5 });
    const copies = await streamIn(store, file, 'duplicate');
    expect(copies).toMatchObject({ imported: 5, duplicated: 5, annotations: 17 });
    expect(store.documentCount).toBe(count + 5);
  });

  it('a bad line in the middle is refused by its line number, and nothing is written', async () => {
    const { dir, jsonl, target } = await source();
    const lines = jsonl.split('\n');
    const cases: Array<[string, RegExp]> = [
      ['{"format": "isnad-export", "version": 1, ', /export\.jsonl is not valid JSON \(line 3, column \d+/],
      [
        (lines[2] as string).replace(/"end":(\d+)/, (_m, n) => `"end":${Number(n) + 1}`),
        /export\.jsonl, line 3: document\.annotations\.0\.text: text does not match/,
      ],
      [
        (lines[2] as string).replace(/"contentHash":"[0-9a-f]+"/, `"contentHash":"${'0'.repeat(64)}"`),
        /export\.jsonl: documents\.2\.contentHash does not match the text/,
      ],
      [
        (lines[2] as string).replace(/"label":\[\[\d+/, '"label":[[0'),
        /export\.jsonl, line 3: document\.label\.0: disagrees with the annotations/,
      ],
      [lines[1] as string, /document 3: duplicate document id/],
    ];
    for (const [line, expected] of cases) {
      const broken = join(dir, 'broken.jsonl');
      await writeFile(broken, [...lines.slice(0, 2), line, ...lines.slice(3)].join('\n'));
      const err = await rejection(() => streamIn(target, broken));
      expect(err.code).toBe('invalid_input');
      expect(err.message.replace('broken.jsonl', 'export.jsonl')).toMatch(expected);
      expect(err.message).toMatch(/nothing was imported/);
    }
    expect(target.documentCount).toBe(0);
    expect(await readdir(join(dir, 'target', 'documents'))).toEqual([]);
  });

  it('cancelling midway leaves the corpus as it was', async () => {
    const { dir, file, target } = await source();
    await target.insertDocument(
      { ...(await stores[0]!.getDocument(stores[0]!.listDocuments()[0]!.id)), id: 'd-kept' },
      { allowDuplicateText: true },
    );
    const controller = new AbortController();
    const lines = fileLines(file);
    const scan = await scanDatasetLines(lines, 'export.jsonl');
    const err = await rejection(() =>
      importDatasetLines(target, lines, scan, 'duplicate', {
        signal: controller.signal,
        onProgress: (done) => done === 3 && controller.abort(),
      }),
    );
    expect(err.code).toBe('cancelled');
    expect(target.listDocuments().map((d) => d.id)).toEqual(['d-kept']);
    expect(await readdir(join(dir, 'target', 'documents'))).toHaveLength(1);
  });

  it('refuses text that is not UTF-8 and a file that is not a JSONL export', async () => {
    const { dir, target } = await source();
    const latin = join(dir, 'latin.jsonl');
    await writeFile(latin, Buffer.from([0x7b, 0xe9, 0x7d, 0x0a]));
    expect((await rejection(() => streamIn(target, latin))).message).toMatch(/not valid UTF-8/);
    const records = join(dir, 'records.jsonl');
    await writeFile(records, '{"title": "an article", "text": "..."}\n');
    expect((await rejection(() => streamIn(target, records))).message).toMatch(/not an Isnad dataset export/);
    const blank = join(dir, 'blank.jsonl');
    await writeFile(blank, '\n\n');
    expect((await rejection(() => streamIn(target, blank))).message).toMatch(/is empty/);
    expect(target.documentCount).toBe(0);
  });

  it('the CLI imports a JSONL export back, also one saved under a .json name', async () => {
    const { dir, jsonl, target } = await source();
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
    const renamed = join(dir, 'renamed.json');
    await writeFile(renamed, jsonl);
    await importDatasetFile(target, renamed, 'fail', io as never);
    expect(target.documentCount).toBe(5);
    expect(out.join('\n')).toMatch(/renamed\.json/);
  });
});
