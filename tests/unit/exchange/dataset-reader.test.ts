import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { type DatasetSource, datasetKind, datasetReader } from '../../../electron/services/exchange/dataset-reader';
import { IsnadError } from '../../../shared/errors';
import { exportedText, seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { ownSystemTemp, restoreSystemTemp, tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const stores: CorpusStore[] = [];
afterEach(async () => {
  restoreSystemTemp();
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function openStore(dir: string): Promise<CorpusStore> {
  const store = await CorpusStore.open(dir);
  stores.push(store);
  return store;
}

const NOW = new Date('2025-02-03T04:05:06.000Z');

/**
 * A seeded corpus exported as .json and JSONL, and the system temp folder pointed at a folder
 * of the test's own, so what the first pass keeps aside can be seen, and seen to go.
 */
async function exports() {
  const dir = await temp.make();
  const store = await openStore(join(dir, 'source'));
  await seedExchangeCorpus(store);
  const spills = await ownSystemTemp(dir);
  return {
    dir,
    store,
    spills,
    json: await exportedText(store, 'json', join(dir, 'export.json'), { now: NOW }),
    jsonl: await exportedText(store, 'jsonl', join(dir, 'export.jsonl'), { now: NOW }),
  };
}

async function rejection(work: () => Promise<unknown>): Promise<IsnadError> {
  const err = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IsnadError);
  return err as IsnadError;
}

describe('one dataset reader for the app, browser mode and the CLI', () => {
  it('reads a .json and a JSONL export, from disk or from text, into the same documents, and leaves nothing aside', async () => {
    const { dir, store, spills, json, jsonl } = await exports();
    // A JSONL export saved under a .json name is still read line by line: the content decides.
    await writeFile(join(dir, 'lines-named.json'), jsonl);
    const sources: Array<[DatasetSource, 'json' | 'jsonl']> = [
      [{ fileName: 'export.json', path: join(dir, 'export.json') }, 'json'],
      [{ fileName: 'export.jsonl', path: join(dir, 'export.jsonl') }, 'jsonl'],
      [{ fileName: 'lines-named.json', path: join(dir, 'lines-named.json') }, 'jsonl'],
      [{ fileName: 'export.json', text: `\ufeff${json}` }, 'json'],
      [{ fileName: 'export.jsonl', text: jsonl }, 'jsonl'],
    ];
    for (const [i, [source, kind]] of sources.entries()) {
      expect(await datasetKind(source)).toBe(kind);
      const reader = datasetReader(kind, source);
      const scan = await reader.scan();
      expect(scan).toMatchObject({ documents: expect.any(Array), annotationCount: 17 });
      expect(scan.header?.exportedAt).toBe(kind === 'json' ? NOW.toISOString() : undefined);
      // The first pass kept the checked documents aside; nothing is in the corpus yet.
      expect(await readdir(spills)).toHaveLength(1);
      const target = await openStore(join(dir, `target-${i}`));
      expect(target.documentCount).toBe(0);
      expect(await reader.write(target, scan, 'fail')).toMatchObject({ imported: 5, annotations: 17 });
      await reader.discard();
      expect(await readdir(spills)).toEqual([]);
      // The corpus read back exports byte for byte as the one exported.
      expect(await exportedText(target, 'json', join(dir, `again-${i}.json`), { now: NOW })).toBe(json);
    }
    expect(store.documentCount).toBe(5);
  });

  it('refuses a file changed between the check and the import before writing anything', async () => {
    const { dir, json, spills } = await exports();
    const file = join(dir, 'export.json');
    const reader = datasetReader('json', { fileName: 'export.json', path: file });
    const scan = await reader.scan();
    const changed = JSON.parse(json);
    changed.documents[3].title = 'عنوان آخر';
    await writeFile(file, JSON.stringify(changed, null, 2));
    const target = await openStore(join(dir, 'target'));
    const err = await rejection(() => reader.write(target, scan, 'fail'));
    expect(err.message).toMatch(/export\.json.*the file changed while it was being imported/);
    expect(target.documentCount).toBe(0);
    await reader.discard();
    expect(await readdir(spills)).toEqual([]);
  });

  it('a bad document keeps nothing aside; a cancelled write leaves the corpus as it was', async () => {
    const { dir, jsonl, spills } = await exports();
    const lines = jsonl.trimEnd().split('\n');
    lines[3] = (lines[3] as string).replace('"contentHash":"', '"contentHash":"0');
    const broken = datasetReader('jsonl', { fileName: 'broken.jsonl', text: lines.join('\n') });
    expect((await rejection(() => broken.scan())).message).toMatch(/broken\.jsonl: documents\.3\.contentHash does not match/);
    expect(await readdir(spills)).toEqual([]);

    const reader = datasetReader('jsonl', { fileName: 'export.jsonl', path: join(dir, 'export.jsonl') });
    const scan = await reader.scan();
    const target = await openStore(join(dir, 'target'));
    const controller = new AbortController();
    const err = await rejection(() =>
      reader.write(target, scan, 'fail', { signal: controller.signal, onProgress: (done) => done === 3 && controller.abort() }),
    );
    expect(err.code).toBe('cancelled');
    expect(target.documentCount).toBe(0);
    expect(await readdir(join(dir, 'target', 'documents'))).toEqual([]);
    await reader.discard();
    expect(await readdir(spills)).toEqual([]);
  });
});
