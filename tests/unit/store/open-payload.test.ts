import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { type PackedDocument, unpackDocument } from '../../../shared/domain/packed-document';
import { OPEN_CORPUS, exited, spawnTs, waitForLine } from '../../helpers/child';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { storesPerTest } from '../../helpers/stores-per-test';

// The payload a document is opened from (document-payload.ts) is built when the document is
// written, so that no open waits for it, and it is never served over files other than those
// it was built from, nor when its own bytes are damaged.

const stores = storesPerTest();
const temp = stores.temp;
const openStore = (dir: string) => stores.open(dir);
const close = (store: CorpusStore) => stores.close(store);

/** The document as the screen rebuilds it from the payload. */
async function opened(store: CorpusStore, id: string) {
  return unpackDocument(JSON.parse((await store.documentBytes(id)).toString('utf8')) as PackedDocument);
}

const payloadFile = (dir: string, id: string) =>
  readdir(join(dir, '.isnad', 'payloads'), { recursive: true }).then(
    (files) => files.map(String).find((f) => f.endsWith(`${id}.json`)),
    () => undefined,
  );

async function until(ok: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 250 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 20));
}

/** A document with quotes on its first words, the layer written (journal folded), and its payload on disk. */
async function annotated(dir: string) {
  const store = await openStore(dir);
  const doc = await store.addDocument({ title: 'خبر', text: ARABIC_ARTICLE });
  const at = doc.text.indexOf('قال');
  const { annotation } = await store.createAnnotation({ documentId: doc.id, type: 'quote', start: at, end: at + 3, text: 'قال' });
  await store.compactAll();
  await until(async () => (await payloadFile(dir, doc.id)) !== undefined);
  const file = join(dir, '.isnad', 'payloads', (await payloadFile(dir, doc.id)) as string);
  return { store, doc, annotation, file };
}

describe('the payload a document opens from', () => {
  it('is built when its layer is written, before any open, and a fresh process opens the document from it as stored', async () => {
    const dir = await temp.make();
    const { store, doc, file } = await annotated(dir);
    // Built by the write: no open has happened yet.
    const saved = await readFile(file, 'utf8');
    const body = saved.slice(saved.indexOf('\n') + 1);
    expect(unpackDocument(JSON.parse(body) as PackedDocument)).toEqual(await store.getDocument(doc.id));
    const built = (await stat(file, { bigint: true })).mtimeNs;
    await close(store);

    const next = await openStore(dir);
    expect(await opened(next, doc.id)).toEqual(await next.getDocument(doc.id));
    await close(next);
    // Neither the close nor the open of the next session had to build it again.
    expect((await stat(file, { bigint: true })).mtimeNs).toBe(built);
  });

  it('is rebuilt when the document file changes (its title), so the next start opens the new title from it', async () => {
    const dir = await temp.make();
    const { store, doc, file } = await annotated(dir);
    const before = (await stat(file, { bigint: true })).mtimeNs;
    await store.updateDocument({ id: doc.id, title: 'عنوان جديد' });
    await until(async () => (await stat(file, { bigint: true })).mtimeNs !== before);
    expect(JSON.parse((await readFile(file, 'utf8')).split('\n')[1] as string).title).toBe('عنوان جديد');
    await close(store);
    const next = await openStore(dir);
    expect((await opened(next, doc.id)).title).toBe('عنوان جديد');
  });

  it('an edit after it was built, then kill -9: the reopened document shows the edit', async () => {
    const dir = await temp.make();
    const { store, doc, annotation } = await annotated(dir);
    await close(store);
    // Another process edits the annotation (its journal line is on disk when it says WROTE) and is killed.
    const writer = spawnTs(OPEN_CORPUS, [dir, '--big-note', doc.id, annotation.id, '--hold']);
    await waitForLine(writer, /^WROTE/);
    writer.kill('SIGKILL');
    await exited(writer);

    const next = await openStore(dir);
    const shown = await opened(next, doc.id);
    expect(shown.annotations[0]?.verdict.note).toBe('ن'.repeat(20_000));
    expect(shown).toEqual(await next.getDocument(doc.id));
  });

  it('whose bytes were damaged on disk is never served: the document opens as stored and the payload is saved anew', async () => {
    const dir = await temp.make();
    const { store, doc, file } = await annotated(dir);
    await close(store);
    const saved = await readFile(file, 'utf8');
    const newline = saved.indexOf('\n');
    // The files it was built from are untouched; only its bytes differ (same length, a changed title).
    await writeFile(file, saved.slice(0, newline + 1) + saved.slice(newline + 1).replace('"title":"خبر"', '"title":"خطأ"'));

    const next = await openStore(dir);
    const shown = await opened(next, doc.id);
    expect(shown.title).toBe('خبر');
    expect(shown).toEqual(await next.getDocument(doc.id));
    await close(next);
    expect(JSON.parse((await readFile(file, 'utf8')).slice(newline + 1)).title).toBe('خبر');

    // Cut short (a torn copy): the same.
    await writeFile(file, saved.slice(0, newline + 200));
    const again = await openStore(dir);
    expect(await opened(again, doc.id)).toEqual(await again.getDocument(doc.id));
  });

  it('does not hide a damaged layer file: opening gives the same clear error as reading the document', async () => {
    const dir = await temp.make();
    const { store, doc } = await annotated(dir);
    const me = store.annotator.id;
    await close(store);
    await writeFile(join(dir, 'layers', me, `${doc.id}.json`), '{"annotations": [{"id": 42}]}');

    const next = await openStore(dir);
    const plain = await next.getDocument(doc.id).then(
      () => null,
      (err: Error) => err,
    );
    expect(plain).toBeInstanceOf(Error);
    await expect(next.documentBytes(doc.id)).rejects.toThrow((plain as Error).message);
  });
});
