// A file's content is checked against its schema once (checked-files.ts); these prove that
// what the record lets through unchecked is only ever the very bytes that passed, so a layer
// or document changed behind the store's back is still refused, with the file named.
import { existsSync } from 'node:fs';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IsnadError } from '../../../shared/errors';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { writeExport } from '../../../electron/services/exchange/write-export';
import { ExportRequest } from '../../../shared/exchange/request';
import { cachedCorpus } from '../../helpers/cached-corpus';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: CorpusStore[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function openStore(dir: string): Promise<CorpusStore> {
  const store = await CorpusStore.open(dir);
  open.push(store);
  return store;
}

/** A corpus with one Arabic document and one speaker on it, exported once (so both files were checked). */
const checkedCorpus = () => cachedCorpus(temp);

async function exportError(dir: string, target: string): Promise<IsnadError> {
  const store = await openStore(dir);
  const err = await writeExport(store, ExportRequest.parse({ format: 'csv' }), target, { appVersion: 't' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IsnadError);
  return err as IsnadError;
}

describe('files checked once', () => {
  it('a second export reads the same layer and gives the same file', async () => {
    const { dir, out } = await checkedCorpus();
    expect(existsSync(join(dir, '.isnad', 'checked.json'))).toBe(true);
    const store = await openStore(dir);
    await writeExport(store, ExportRequest.parse({ format: 'csv' }), join(out, 'second.csv'), { appVersion: 't' });
    expect(await readFile(join(out, 'second.csv'), 'utf8')).toBe(await readFile(join(out, 'first.csv'), 'utf8'));
  });

  it('refuses a layer changed behind its back, even with the same size and modification time', async () => {
    const { dir, out, layerPath } = await checkedCorpus();
    const before = await stat(layerPath);
    const text = await readFile(layerPath, 'utf8');
    // Same length, same mtime: an id that would escape the layer folder if it were trusted.
    const hostile = text.replace(/"id": "([A-Za-z0-9_-]{2})/, (_m, id: string) => `"id": "${'./'.slice(0, id.length)}`);
    expect(hostile).not.toBe(text);
    expect(hostile.length).toBe(text.length);
    await writeFile(layerPath, hostile);
    await utimes(layerPath, before.atime, before.mtime);
    const err = await exportError(dir, join(out, 'hostile.csv'));
    expect(err.code).toBe('corrupt_data');
    expect(err.message).toMatch(/layers\/.*\.json is damaged at annotations\.0\.id/);
    expect(existsSync(join(out, 'hostile.csv'))).toBe(false);
  });

  it('refuses a document file whose text was swapped for a number, and names it', async () => {
    const { dir, out, id } = await checkedCorpus();
    const path = join(dir, 'documents', `${id}.json`);
    const doc = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...doc, text: 42 }, null, 2));
    const err = await exportError(dir, join(out, 'bad.csv'));
    expect(err.code).toBe('corrupt_data');
    expect(err.message).toContain(`documents/${id}.json is damaged at text`);
  });

  it('a layer missing a field with a default reads with the default every time, not as stored', async () => {
    const { dir, id, layerPath } = await checkedCorpus();
    const layer = JSON.parse(await readFile(layerPath, 'utf8'));
    delete layer.rejectedSuggestions;
    delete layer.annotations[0].verdict.note;
    await writeFile(layerPath, JSON.stringify(layer, null, 2));
    for (let i = 0; i < 2; i++) {
      const store = await CorpusStore.open(dir, { readOnly: i === 1 });
      const doc = await store.getDocument(id);
      expect(doc.rejectedSuggestions).toEqual([]);
      expect(doc.annotations[0]?.verdict.note).toBe('');
      await store.close();
    }
  });
});
