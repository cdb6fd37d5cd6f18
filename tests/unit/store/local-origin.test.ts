// A corpus folder received from someone else (a zip, a copy, a synced drive) brings its
// `.isnad/` along. The caches there let reads skip checks (checked.json) or skip reading
// altogether (saved payloads), so a hostile sender could pass damaged files through them.
// These prove that only caches this machine made in this very folder are used.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IsnadError } from '../../../shared/errors';
import { localFolderIsOurs, machineKey } from '../../../electron/services/corpus/local-origin';
import { CorpusPaths } from '../../../electron/services/corpus/paths';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { writeExport } from '../../../electron/services/exchange/write-export';
import { ExportRequest } from '../../../shared/exchange/request';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { cachedCorpus } from '../../helpers/cached-corpus';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: CorpusStore[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function openStore(dir: string, options: { readOnly?: boolean; log?: (m: string) => void } = {}): Promise<CorpusStore> {
  const store = await CorpusStore.open(dir, options);
  open.push(store);
  return store;
}

/** A corpus whose caches are all saved: one document, a speaker, an export and an opened payload. */
async function cachedCorpusWithPayload(): Promise<{ dir: string; id: string; annotator: string }> {
  const made = await cachedCorpus(temp);
  expect(existsSync(join(made.dir, '.isnad', 'checked.json'))).toBe(true);
  expect(existsSync(join(made.dir, '.isnad', 'payloads', made.annotator, `${made.id}.json`))).toBe(true);
  return made;
}

/** What a sender does: copy the folder, then make its caches vouch for files of their choosing. */
async function receivedCopy(from: string): Promise<string> {
  const dir = join(await temp.make(), 'received');
  await cp(from, dir, { recursive: true, preserveTimestamps: true });
  return dir;
}

/** Replaces the layer with one whose first annotation id escapes its folder, and records those bytes as checked. */
async function plantHostileLayer(dir: string, id: string, annotator: string): Promise<void> {
  const rel = `layers/${annotator}/${id}.json`;
  const hostile = (await readFile(join(dir, rel), 'utf8')).replace(/"id": "[^"]+"/, '"id": "../../escape"');
  await writeFile(join(dir, rel), hostile);
  const record = JSON.parse(await readFile(join(dir, '.isnad', 'checked.json'), 'utf8')) as { files: Record<string, string> };
  record.files[rel] = createHash('sha256').update(hostile).digest('base64url');
  await writeFile(join(dir, '.isnad', 'checked.json'), JSON.stringify(record));
}

/** Writes a payload whose signature matches the files as they are now, with a text the files do not hold. */
async function plantForgedPayload(dir: string, id: string, annotator: string): Promise<void> {
  const sources = [
    join(dir, 'documents', `${id}.json`),
    join(dir, 'layers', annotator, `${id}.json`),
    join(dir, '.isnad', 'journal', annotator, `${id}.jsonl`),
  ];
  const signature = (
    await Promise.all(
      sources.map((f) =>
        stat(f, { bigint: true }).then(
          (s) => `${s.size}:${s.mtimeNs}`,
          () => '-',
        ),
      ),
    )
  ).join(' ');
  const file = join(dir, '.isnad', 'payloads', annotator, `${id}.json`);
  const real = JSON.parse((await readFile(file, 'utf8')).split('\n').slice(1).join('\n')) as Record<string, unknown>;
  await writeFile(file, `${signature}\n${JSON.stringify({ ...real, title: 'FORGED', text: 'FORGED' })}`);
}

async function exportRefusal(store: CorpusStore): Promise<unknown> {
  return writeExport(store, ExportRequest.parse({ format: 'csv' }), join(await temp.make(), 'out.csv'), { appVersion: 't' }).then(
    () => null,
    (e: unknown) => e,
  );
}

describe('caches of a folder made elsewhere', () => {
  it('a received copy whose checked.json vouches for a hostile layer: the layer is checked and refused', async () => {
    const { dir: mine, id, annotator } = await cachedCorpusWithPayload();
    const dir = await receivedCopy(mine);
    await plantHostileLayer(dir, id, annotator);
    const said: string[] = [];
    const store = await openStore(dir, { log: (m) => said.push(m) });
    const err = await exportRefusal(store);
    expect(err).toBeInstanceOf(IsnadError);
    expect((err as IsnadError).code).toBe('corrupt_data');
    expect((err as IsnadError).message).toMatch(/layers\/.*\.json is damaged at annotations\.0\.id/);
    // The journalist's log says why the caches went.
    expect(said.join('\n')).toMatch(/was not made on this machine.*checked\.json/);
  });

  it('a received copy with a forged saved payload: opening the document shows the real text', async () => {
    const { dir: mine, id, annotator } = await cachedCorpusWithPayload();
    const dir = await receivedCopy(mine);
    await plantForgedPayload(dir, id, annotator);
    const store = await openStore(dir);
    const shown = JSON.parse((await store.documentBytes(id)).toString('utf8')) as { title: string; text: string };
    expect(shown.text).toBe((await store.getDocument(id)).text);
    expect(shown.text).not.toBe('FORGED');
    expect(shown.title).not.toBe('FORGED');
  });

  it('read-only (beside no writer), a received copy is read from its files, its caches ignored and left in place', async () => {
    const { dir: mine, id, annotator } = await cachedCorpusWithPayload();
    const dir = await receivedCopy(mine);
    await plantForgedPayload(dir, id, annotator);
    await plantHostileLayer(dir, id, annotator);
    const reader = await openStore(dir, { readOnly: true });
    // Listed (from its document file), and opening it names the damage rather than a forged text.
    expect(reader.listDocuments().map((d) => d.id)).toEqual([id]);
    await expect(reader.documentBytes(id)).rejects.toMatchObject({ code: 'corrupt_data' });
    expect(((await exportRefusal(reader)) as IsnadError).code).toBe('corrupt_data');
    // A reader may not write: the folder is as it was received.
    expect(existsSync(join(dir, '.isnad', 'checked.json'))).toBe(true);
  });

  it('the folder this machine made keeps its caches across reopening, and they still answer', async () => {
    const { dir, id, annotator } = await cachedCorpusWithPayload();
    const payload = join(dir, '.isnad', 'payloads', annotator, `${id}.json`);
    const before = await readFile(payload);
    const said: string[] = [];
    const store = await openStore(dir, { log: (m) => said.push(m) });
    expect(said.join('\n')).not.toMatch(/not made on this machine/);
    expect(existsSync(join(dir, '.isnad', 'checked.json'))).toBe(true);
    expect(await readFile(payload)).toEqual(before);
    const shown = JSON.parse((await store.documentBytes(id)).toString('utf8')) as { text: string };
    expect(shown.text).toBe((await store.getDocument(id)).text);
    expect(shown.text).toContain('خالد العمري');
  });
});

describe('who annotates in a folder made elsewhere', () => {
  const LAYLA = { name: 'Layla Haddad', email: 'layla@desk.example' };

  it('a copy received from a colleague does not take the colleague as me: my edits get a layer of their own', async () => {
    const mine = await temp.make();
    const sender = await CorpusStore.open(mine, { annotator: LAYLA });
    const doc = await sender.addDocument({ text: ARABIC_ARTICLE });
    const laylaId = sender.annotator.id;
    await sender.close();
    const dir = await receivedCopy(mine);
    const laylaLayer = await readFile(join(dir, 'layers', laylaId, `${doc.id}.json`), 'utf8').catch(() => null);

    // Read-only first (a CLI export beside nothing): not Layla either.
    const reader = await openStore(dir, { readOnly: true });
    expect(reader.annotator.email).not.toBe(LAYLA.email);
    await reader.close();

    const said: string[] = [];
    const store = await openStore(dir, { log: (m) => said.push(m) });
    expect(store.annotator.email).not.toBe(LAYLA.email);
    expect(store.annotator.confirmed).toBe(false); // so the app asks who is annotating
    expect(said.join('\n')).toMatch(/annotator\.json/);
    const start = doc.text.indexOf('خالد العمري');
    await store.createAnnotation({ documentId: doc.id, type: 'speaker', start, end: start + 11, text: 'خالد العمري' });
    const me = store.annotator.id;
    expect(me).not.toBe(laylaId);
    await store.close();
    expect(await readFile(join(dir, 'layers', laylaId, `${doc.id}.json`), 'utf8').catch(() => null)).toBe(laylaLayer);
    expect(existsSync(join(dir, 'layers', me, `${doc.id}.json`))).toBe(true);
  });

  it('Layla opening her own folder after it moved disks says her email again and finds her layer', async () => {
    const mine = await temp.make();
    const first = await CorpusStore.open(mine, { annotator: LAYLA });
    const doc = await first.addDocument({ text: ARABIC_ARTICLE });
    const start = doc.text.indexOf('خالد العمري');
    await first.createAnnotation({ documentId: doc.id, type: 'speaker', start, end: start + 11, text: 'خالد العمري' });
    const laylaId = first.annotator.id;
    await first.close();
    const moved = await openStore(await receivedCopy(mine));
    const me = await moved.setAnnotator(LAYLA);
    expect(me.id).toBe(laylaId);
    expect((await moved.getDocument(doc.id)).annotations.map((a) => a.text)).toEqual(['خالد العمري']);
  });
});

describe('the machine key', () => {
  it('is made once, readable by this user only, and a damaged one is replaced', async () => {
    const file = join(await temp.make(), 'app-data', 'machine-key');
    const key = machineKey(file);
    expect(key).toHaveLength(32);
    expect(machineKey(file)).toEqual(key);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    await writeFile(file, 'not a key');
    const replaced = machineKey(file);
    expect(replaced).toHaveLength(32);
    expect(replaced).not.toEqual(key);
    expect(machineKey(file)).toEqual(replaced);
  });

  it('a folder proved under another key (another user or machine) loses its caches on open', async () => {
    const { dir } = await cachedCorpusWithPayload();
    const paths = new CorpusPaths(dir);
    expect(await localFolderIsOurs(paths)).toBe(true);
    expect(await localFolderIsOurs(paths, machineKey(join(await temp.make(), 'other-key')))).toBe(false);
  });
});
