import { cp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/host/server';
import type { Services } from '../../../electron/services/api';
import { unpackDocument } from '../../../shared/domain/packed-document';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { postApi, testHosts } from '../../helpers/host';
import { tempDirs } from '../../helpers/temp';

// Opening a document in browser mode is served from a payload the store keeps per revision
// (in memory, and on disk for the next start). These tests hold it to one promise: what the
// journalist sees is always the document as it is now, exactly what the plain dispatch gives.

const temp = tempDirs();
const hosts = testHosts(temp);
let services: Services | null = null;
const stop = () => hosts.stop();
afterEach(async () => {
  await stop();
  await temp.cleanup();
});

async function start(corpusDir: string, staticDir: string): Promise<Host> {
  const running = await hosts.start({ corpusDir, staticDir });
  services = running.services;
  return running.host;
}

async function post(h: Host, name: string, input: unknown) {
  const { status, body } = await postApi(h, name, input);
  return { status, json: body };
}

/** Opens a document as the screen does (packed over HTTP), as the screen rebuilds it. */
async function open(h: Host, id: string) {
  const answer = await post(h, 'getPackedDocument', { id });
  expect(answer.status).toBe(200);
  return { ...answer, json: { ...answer.json, value: unpackDocument(answer.json.value) as typeof answer.json.value } };
}

/** The document as the plain dispatch reads it from the store, to hold the opened one to. */
const stored = (id: string) => services?.dispatch('getDocument', { id });

const until = async (ok: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('opening a document over HTTP', () => {
  it('answers with the document as it is now: after edits, after a restart, and after its files change on disk', async () => {
    const corpus = await temp.make();
    const staticDir = await temp.make();
    let h = await start(corpus, staticDir);
    const doc = (await post(h, 'addDocument', { title: 'خبر', text: ARABIC_ARTICLE })).json.value;
    const at = doc.text.indexOf('قال');
    const mark = { kind: 'create', id: 'q1', type: 'quote', start: at, end: at + 3, text: 'قال' };
    await post(h, 'applyAnnotationEdits', { documentId: doc.id, edits: [mark] });

    const first = await open(h, doc.id);
    expect(first.json).toEqual(await stored(doc.id));
    expect(first.json.value.annotations.map((a: { id: string }) => a.id)).toEqual(['q1']);
    // A backup of the annotations as they are now, restored at the end.
    await stop();
    const backup = await temp.make();
    await cp(join(corpus, 'layers'), join(backup, 'layers'), { recursive: true });
    h = await start(corpus, staticDir);

    // An edit after the payload was built: the next open shows it.
    await post(h, 'applyAnnotationEdits', { documentId: doc.id, edits: [{ kind: 'update', id: 'q1', verdict: { status: 'disputed' } }] });
    const edited = await open(h, doc.id);
    expect(edited.json.value.annotations[0].verdict.status).toBe('disputed');
    expect(edited.json.value.revision).toBeGreaterThan(first.json.value.revision);
    const payloads = join(corpus, '.isnad', 'payloads');
    const saved = async () => (await readdir(payloads, { recursive: true }).catch(() => [])).some((f) => String(f).endsWith('.json'));
    await until(saved);
    expect(await saved()).toBe(true);

    // A fresh process: served from the saved payload, the same document.
    await stop();
    h = await start(corpus, staticDir);
    const restarted = await open(h, doc.id);
    expect(restarted.json).toEqual(edited.json);
    expect(restarted.json).toEqual(await stored(doc.id));

    // The annotations restored from the backup behind the store's back: a saved payload is
    // never served over files other than those it was built from.
    await stop();
    await cp(join(backup, 'layers'), join(corpus, 'layers'), { recursive: true, force: true });
    h = await start(corpus, staticDir);
    const restored = await open(h, doc.id);
    expect(restored.json).toEqual(await stored(doc.id));
    expect(restored.json.value.annotations[0].verdict.status).not.toBe('disputed');
  });

  it('after an edit and a restart, the first open is served from a payload saved on close, not rebuilt', async () => {
    const corpus = await temp.make();
    const staticDir = await temp.make();
    let h = await start(corpus, staticDir);
    const doc = (await post(h, 'addDocument', { title: 'خبر', text: ARABIC_ARTICLE })).json.value;
    const at = doc.text.indexOf('قال');
    await post(h, 'applyAnnotationEdits', {
      documentId: doc.id,
      edits: [{ kind: 'create', id: 'q1', type: 'quote', start: at, end: at + 3, text: 'قال' }],
    });
    await open(h, doc.id);
    // Edited after its last open, then the app closes (the journal is folded into the layer file).
    await post(h, 'applyAnnotationEdits', { documentId: doc.id, edits: [{ kind: 'update', id: 'q1', verdict: { status: 'disputed' } }] });
    await stop();
    const payloads = join(corpus, '.isnad', 'payloads');
    const file = (await readdir(payloads, { recursive: true })).map(String).find((f) => f.endsWith(`${doc.id}.json`));
    expect(file).toBeDefined();
    const before = await stat(join(payloads, file as string), { bigint: true });

    h = await start(corpus, staticDir);
    const reopened = await open(h, doc.id);
    expect(reopened.json).toEqual(await stored(doc.id));
    expect(reopened.json.value.annotations[0].verdict.status).toBe('disputed');
    await stop(); // any payload being saved lands first
    const after = await stat(join(payloads, file as string), { bigint: true });
    expect(after.mtimeNs).toBe(before.mtimeNs);
  });

  it('opened from its saved payload, then edited: the next start still opens it from a payload saved on close', async () => {
    const corpus = await temp.make();
    const staticDir = await temp.make();
    let h = await start(corpus, staticDir);
    const doc = (await post(h, 'addDocument', { title: 'خبر', text: ARABIC_ARTICLE })).json.value;
    const at = doc.text.indexOf('قال');
    await post(h, 'applyAnnotationEdits', {
      documentId: doc.id,
      edits: [{ kind: 'create', id: 'q1', type: 'quote', start: at, end: at + 3, text: 'قال' }],
    });
    await open(h, doc.id);
    await stop();
    // The next session opens it from the saved payload, then edits it.
    h = await start(corpus, staticDir);
    await open(h, doc.id);
    await post(h, 'applyAnnotationEdits', { documentId: doc.id, edits: [{ kind: 'update', id: 'q1', verdict: { status: 'disputed' } }] });
    await stop();
    const payloads = join(corpus, '.isnad', 'payloads');
    const file = join(
      payloads,
      (await readdir(payloads, { recursive: true })).map(String).find((f) => f.endsWith(`${doc.id}.json`)) as string,
    );
    const before = await stat(file, { bigint: true });

    h = await start(corpus, staticDir);
    const reopened = await open(h, doc.id);
    expect(reopened.json.value.annotations[0].verdict.status).toBe('disputed');
    expect(reopened.json).toEqual(await stored(doc.id));
    await stop(); // a payload rebuilt on this open would be saved anew by now
    expect((await stat(file, { bigint: true })).mtimeNs).toBe(before.mtimeNs);
  });

  it('never serves a payload saved in the earlier, whole form as a packed one', async () => {
    const corpus = await temp.make();
    const staticDir = await temp.make();
    let h = await start(corpus, staticDir);
    const doc = (await post(h, 'addDocument', { title: 'خبر', text: ARABIC_ARTICLE })).json.value;
    await open(h, doc.id);
    await stop();
    const payloads = join(corpus, '.isnad', 'payloads');
    const file = join(
      payloads,
      (await readdir(payloads, { recursive: true })).map(String).find((f) => f.endsWith(`${doc.id}.json`)) as string,
    );
    // As an earlier version saved it: the files' signature alone (size:mtime or '-' per file), then the whole document.
    const [signature] = (await readFile(file, 'utf8')).split('\n');
    const files = (signature as string)
      .split(' ')
      .filter((part) => /^(\d+:\d+|-)$/.test(part))
      .join(' ');
    await writeFile(file, `${files}\n${JSON.stringify({ ...doc, title: 'saved by an older version', annotations: [] })}`);
    h = await start(corpus, staticDir);
    const opened = await open(h, doc.id);
    expect(opened.json.value.title).toBe('خبر');
    expect(opened.json).toEqual(await stored(doc.id));
  });

  it('answers a bad or unknown id with the same specific error as before', async () => {
    const h = await start(await temp.make(), await temp.make());
    for (const name of ['getDocument', 'getPackedDocument']) {
      const unknown = await post(h, name, { id: 'd-nope' });
      expect(unknown.status).toBe(404);
      expect(unknown.json).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const bad = await post(h, name, { id: 42 });
      expect(bad.status).toBe(400);
      expect(bad.json).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id' } });
    }
  });
});
