import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { fileChunks, importJsonExport, scanJsonExport, textChunks } from '../../../electron/services/exchange/import-json-stream';
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

const NOW = new Date('2025-02-03T04:05:06.000Z');

/** A seeded corpus (Arabic, emoji, English, five documents) exported as .json, and an empty corpus to import it into. */
async function source() {
  const dir = await temp.make();
  const store = await openStore(join(dir, 'source'));
  await seedExchangeCorpus(store);
  const file = join(dir, 'export.json');
  const json = await exportedText(store, 'json', file, { now: NOW });
  const target = await openStore(join(dir, 'target'));
  return { dir, store, file, json, target };
}

async function streamIn(store: CorpusStore, file: string, policy: 'fail' | 'skip' | 'duplicate' = 'fail') {
  const chunks = fileChunks(file, 'export.json');
  return importJsonExport(store, chunks, await scanJsonExport(chunks, 'export.json'), policy);
}

async function rejection(work: () => Promise<unknown>): Promise<IsnadError> {
  const err = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IsnadError);
  return err as IsnadError;
}

describe('streamed import-back of a .json export', () => {
  it('round-trips: .json → empty corpus → the same documents, and the same export byte for byte', async () => {
    const { dir, store, file, json, target } = await source();
    const summary = await streamIn(target, file);
    expect(summary).toMatchObject({ imported: 5, skipped: 0, duplicated: 0, annotations: 17 });
    for (const s of store.listDocuments()) expect(await target.getDocument(s.id)).toEqual(await store.getDocument(s.id));
    expect(await exportedText(target, 'json', join(dir, 'again.json'), { now: NOW })).toBe(json);
  });

  it('reads the same from the string the import dialog sends, and previews the header', async () => {
    const { json, target } = await source();
    const chunks = textChunks(`\ufeff${json}`);
    const scan = await scanJsonExport(chunks, 'export.json');
    expect(scan.header).toMatchObject({ exportedAt: NOW.toISOString(), app: { version: '1.0.0' } });
    expect(scan).toMatchObject({ annotationCount: 17 });
    expect(scan.documents).toHaveLength(5);
    expect(await importJsonExport(target, chunks, scan, 'fail')).toMatchObject({ imported: 5, annotations: 17 });
  });

  it('reads the same in pieces that cut Arabic letters, emoji and the byte-order mark', async () => {
    const { dir, json, target } = await source();
    const file = join(dir, 'bom.json');
    await writeFile(file, `\ufeff${json}`);
    const pieces = fileChunks(file, 'bom.json', 7);
    const fromFile = await scanJsonExport(pieces, 'bom.json');
    const fromText = await scanJsonExport(textChunks(json, 5), 'export.json');
    expect(fromFile.documents).toEqual(fromText.documents);
    expect(await importJsonExport(target, pieces, fromFile, 'fail')).toMatchObject({ imported: 5, annotations: 17 });
  });

  it('keeps the conflict policy: refuses, skips or duplicates documents already in the corpus', async () => {
    const { file, store } = await source();
    const count = store.documentCount;
    expect((await rejection(() => streamIn(store, file))).code).toBe('conflict');
    expect(store.documentCount).toBe(count);
    expect(await streamIn(store, file, 'skip')).toMatchObject({ imported: 0, skipped: 5 });
    expect(await streamIn(store, file, 'duplicate')).toMatchObject({ imported: 5, duplicated: 5, annotations: 17 });
    expect(store.documentCount).toBe(count + 5);
  });

  it('a bad record in the middle is refused naming the record, and nothing is written', async () => {
    const { dir, json, target } = await source();
    const file = JSON.parse(json);
    const third = file.documents[2];
    const edit = (change: (doc: Record<string, unknown>) => void) => {
      const copy = structuredClone(file);
      change(copy.documents[2]);
      return JSON.stringify(copy, null, 2);
    };
    const cases: Array<[string, RegExp]> = [
      [
        edit((d) => ((d.annotations as Array<{ end: number }>)[0] as { end: number }).end++),
        /export\.json: documents\.2\.annotations\.0\.text: text does not match/,
      ],
      [edit((d) => (d.contentHash = '0'.repeat(64))), /export\.json: documents\.2\.contentHash does not match the text/],
      [edit((d) => (d.id = file.documents[1].id)), /document 3: duplicate document id/],
      [edit((d) => (d.annotations = 'none')), /export\.json is malformed: documents\.2\.annotations/],
      [json.replace(`"id": "${third.id}"`, `"id": "${third.id}",,`), /export\.json is not valid JSON \(line \d+, column \d+/],
      [json.slice(0, json.indexOf(`"id": "${third.id}"`)), /export\.json is not valid JSON/],
      [JSON.stringify({ ...file, version: 9 }, null, 2), /newer Isnad/],
    ];
    for (const [content, expected] of cases) {
      const broken = join(dir, 'broken.json');
      await writeFile(broken, content);
      const err = await rejection(() => streamIn(target, broken));
      expect(err.message.replaceAll('broken.json', 'export.json')).toMatch(expected);
    }
    expect(target.documentCount).toBe(0);
    expect(await readdir(join(dir, 'target', 'documents'))).toEqual([]);
  });

  it('a file changed between the check and the import is refused, and what was written removed', async () => {
    const { file, json, target } = await source();
    const chunks = fileChunks(file, 'export.json');
    const scan = await scanJsonExport(chunks, 'export.json');
    const changed = JSON.parse(json);
    changed.documents[3].id = 'd-other';
    await writeFile(file, JSON.stringify(changed, null, 2));
    const err = await rejection(() => importJsonExport(target, chunks, scan, 'fail'));
    expect(err.message).toMatch(/document 4: the file changed while it was being imported/);
    expect(target.documentCount).toBe(0);
  });

  it('cancelling midway leaves the corpus as it was', async () => {
    const { dir, file, store, target } = await source();
    await target.insertDocument({ ...(await store.getDocument(store.listDocuments()[0]!.id)), id: 'd-kept' }, { allowDuplicateText: true });
    const controller = new AbortController();
    const chunks = fileChunks(file, 'export.json');
    const scan = await scanJsonExport(chunks, 'export.json');
    const err = await rejection(() =>
      importJsonExport(target, chunks, scan, 'duplicate', {
        signal: controller.signal,
        onProgress: (done) => done === 3 && controller.abort(),
      }),
    );
    expect(err.code).toBe('cancelled');
    expect(target.listDocuments().map((d) => d.id)).toEqual(['d-kept']);
    expect(await readdir(join(dir, 'target', 'documents'))).toHaveLength(1);
  });

  it('refuses text that is not UTF-8, an empty file, and JSON that is not an export', async () => {
    const { dir, target } = await source();
    const cases: Array<[string | Buffer, RegExp]> = [
      [Buffer.concat([Buffer.from('{"format": "isnad-export", "title": "'), Buffer.from([0xe9]), Buffer.from('"}')]), /not valid UTF-8/],
      ['  \n', /is empty/],
      ['[1, 2]', /not an Isnad dataset export/],
      ['{"format": "isnad-corpus", "version": 2}', /corpus/],
      ['hello', /is not valid JSON/],
    ];
    for (const [content, expected] of cases) {
      const file = join(dir, 'odd.json');
      await writeFile(file, content);
      expect((await rejection(() => streamIn(target, file))).message).toMatch(expected);
    }
    expect(target.documentCount).toBe(0);
  });
});
