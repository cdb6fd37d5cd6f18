import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { annotatorId, parseAnnotatorSpec } from '../../../electron/services/corpus/annotator';
import { type StoreEvent, CorpusStore } from '../../../electron/services/corpus/store';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

const LAYLA = { name: 'ليلى حداد', email: 'Layla.Haddad@paper.example' };
const SAMI = { name: 'Sami Nasser', email: 'sami@paper.example' };

async function openAs(dir: string, annotator?: { name: string; email: string }): Promise<CorpusStore> {
  const store = await CorpusStore.open(dir, annotator ? { annotator } : {});
  open.push(store);
  return store;
}

function span(text: string, words: string) {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words };
}

describe('annotators', () => {
  it('reads "Name <email>" as git writes an author, and refuses anything else with the reason', () => {
    expect(parseAnnotatorSpec('Layla Haddad <layla@paper.example>')).toEqual({ name: 'Layla Haddad', email: 'layla@paper.example' });
    expect(() => parseAnnotatorSpec('Layla Haddad')).toThrow(/must look like "Name <email>", got "Layla Haddad"/);
    expect(() => parseAnnotatorSpec('Layla <layla at paper>')).toThrow(/^--annotator: email: must be an email address/);
    expect(() => parseAnnotatorSpec(' <layla@paper.example>', 'ISNAD_ANNOTATOR')).toThrow(/^ISNAD_ANNOTATOR: name is empty$/);
  });

  it('gives each person one stable id from their email, whatever its case', () => {
    expect(annotatorId('Layla.Haddad@Paper.example')).toMatch(/^layla-haddad-[0-9a-f]{6}$/);
    expect(annotatorId('layla.haddad@paper.example')).toBe(annotatorId('LAYLA.HADDAD@PAPER.EXAMPLE'));
    expect(annotatorId('ليلى@paper.example')).toMatch(/^annotator-[0-9a-f]{6}$/);
  });

  it('a provisional identity becomes the confirmed one without moving any annotation', async () => {
    const dir = await temp.make();
    const store = await openAs(dir);
    expect(store.annotator.confirmed).toBe(false);
    const doc = await store.addDocument({ text: ARABIC_ARTICLE });
    await store.createAnnotation({ documentId: doc.id, type: 'figure', ...span(doc.text, '120') });
    const provisional = store.annotator.id;
    const confirmed = await store.setAnnotator(LAYLA);
    expect(confirmed).toMatchObject({ id: provisional, name: LAYLA.name, email: LAYLA.email, confirmed: true });
    expect((await store.getDocument(doc.id)).annotations).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dir, 'layers', provisional, 'annotator.json'), 'utf-8'))).toEqual({ id: provisional, ...LAYLA });
  });
});

describe('layers', () => {
  it('two journalists on one corpus each edit their own layer and see the other’s read-only', async () => {
    const dir = await temp.make();
    const layla = await openAs(dir, LAYLA);
    const doc = await layla.addDocument({ title: 'خبر', text: ARABIC_ARTICLE });
    await layla.applyAnnotationEdits({
      documentId: doc.id,
      edits: [
        { kind: 'create', id: 'sp', type: 'speaker', ...span(doc.text, 'خالد العمري') },
        {
          kind: 'create',
          id: 'q',
          type: 'quote',
          ...span(doc.text, '«الوضع تحت السيطرة»'),
          attributes: { speakerId: 'sp' },
          verdict: { status: 'verified' },
        },
      ],
    });
    const laylaId = layla.annotator.id;
    expect(laylaId).toBe(annotatorId(LAYLA.email));
    await layla.close();

    const sami = await openAs(dir, SAMI);
    expect(sami.annotator.id).not.toBe(laylaId);
    // My layer is empty; the library counts mine.
    expect((await sami.getDocument(doc.id)).annotations).toEqual([]);
    expect(sami.listDocuments()[0]?.counts).toEqual({ quote: 0, speaker: 0, figure: 0 });
    await sami.createAnnotation({ documentId: doc.id, type: 'figure', ...span(doc.text, '48 ساعة') });
    const layers = await sami.listLayers(doc.id);
    expect(layers.map((l) => [l.annotator.name, l.mine, l.counts])).toEqual([
      [SAMI.name, true, { quote: 0, speaker: 0, figure: 1 }],
      [LAYLA.name, false, { quote: 1, speaker: 1, figure: 0 }],
    ]);
    const hers = await sami.getLayer(doc.id, laylaId);
    expect(hers.annotations.map((a) => [a.id, a.createdBy, a.verdictBy ?? null])).toEqual([
      ['sp', laylaId, null],
      ['q', laylaId, laylaId],
    ]);
    await expect(sami.getLayer(doc.id, 'nobody-000000')).rejects.toMatchObject({ code: 'not_found' });
    await sami.close();

    // Layla back on her copy: her layer as she left it, Sami's untouched beside it.
    const again = await openAs(dir, LAYLA);
    expect(again.annotator.id).toBe(laylaId);
    expect((await again.getDocument(doc.id)).annotations.map((a) => a.id)).toEqual(['sp', 'q']);
    expect(again.listDocuments()[0]?.counts).toEqual({ quote: 1, speaker: 1, figure: 0 });
    expect((await readdir(join(dir, 'layers'))).sort()).toEqual([laylaId, annotatorId(SAMI.email)].sort());
  });

  it('the curated layer is written through the same path, apart from mine, and listed last', async () => {
    const dir = await temp.make();
    const store = await openAs(dir, LAYLA);
    const doc = await store.addDocument({ text: ARABIC_ARTICLE });
    await store.createAnnotation({ documentId: doc.id, type: 'figure', ...span(doc.text, '120') });
    const events: StoreEvent[] = [];
    store.subscribe((e) => events.push(e));
    const curated = await store.applyCuratedEdits({
      documentId: doc.id,
      edits: [{ kind: 'create', id: 'c1', type: 'figure', ...span(doc.text, '48 ساعة') }],
    });
    expect(curated.changed.map((a) => [a.id, a.createdBy])).toEqual([['c1', store.annotator.id]]);
    await expect(store.applyCuratedEdits({ documentId: doc.id, edits: [{ kind: 'delete', id: 'nope' }] })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(events).toEqual([{ kind: 'layer-changed', documentId: doc.id, annotator: 'curated' }]);
    expect((await store.getDocument(doc.id)).annotations.map((a) => a.text)).toEqual(['120']);
    expect((await store.listLayers(doc.id)).map((l) => [l.curated, l.counts.figure])).toEqual([
      [false, 1],
      [true, 1],
    ]);
    await store.close();
    expect(JSON.parse(await readFile(join(dir, 'layers', 'curated', `${doc.id}.json`), 'utf-8')).annotations).toHaveLength(1);
  });
});

describe('what sync calls', () => {
  it('exclusive folds every journal first and holds writes until its work is done', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir, { compaction: { idleMs: 60_000 } });
    open.push(store);
    const doc = await store.addDocument({ text: ARABIC_ARTICLE });
    await store.createAnnotation({ documentId: doc.id, type: 'figure', ...span(doc.text, '120') });
    const journal = join(dir, '.isnad', 'journal', store.annotator.id, `${doc.id}.jsonl`);
    expect(existsSync(journal)).toBe(true);
    const order: string[] = [];
    let held: Promise<unknown> = Promise.resolve();
    await store.exclusive(async () => {
      expect(existsSync(journal)).toBe(false);
      expect(JSON.parse(await readFile(join(dir, 'layers', store.annotator.id, `${doc.id}.json`), 'utf-8')).annotations).toHaveLength(1);
      held = store.createAnnotation({ documentId: doc.id, type: 'figure', ...span(doc.text, '48 ساعة') }).then(() => order.push('edit'));
      await new Promise((r) => setTimeout(r, 50));
      order.push('work done');
    });
    await held;
    expect(order).toEqual(['work done', 'edit']);
  });

  it('lists the tracked files written since the last sync, and forgets them once committed', async () => {
    const dir = await temp.make();
    const store = await openAs(dir, LAYLA);
    const doc = await store.addDocument({ text: ARABIC_ARTICLE });
    await store.createAnnotation({ documentId: doc.id, type: 'figure', ...span(doc.text, '120') });
    await store.updateSpeakers((list) => [
      ...list,
      { id: 's1', name: 'خالد العمري', role: '', affiliation: '', aliases: [], createdAt: '', updatedAt: '' },
    ]);
    await store.compactAll();
    const me = store.annotator.id;
    const first = store.trackedChanges();
    expect(first.paths).toEqual(expect.arrayContaining([`documents/${doc.id}.json`, `layers/${me}/${doc.id}.json`, 'speakers.json']));
    expect(first.paths.some((p) => p.startsWith('.isnad'))).toBe(false);
    await store.forgetTrackedChanges(first.token);
    expect(store.trackedChanges()).toMatchObject({ paths: [], complete: true });
  });

  it('reloadChanged picks up files a merge rewrote: documents, my layer and others’, and reports them', async () => {
    const dir = await temp.make();
    const store = await openAs(dir, LAYLA);
    const doc = await store.addDocument({ title: 'قبل', text: ARABIC_ARTICLE });
    await store.createAnnotation({ documentId: doc.id, type: 'figure', ...span(doc.text, '120') });
    await store.compactAll();
    const me = store.annotator.id;
    // A merge: the title changed on another copy, my other copy added an annotation, Sami's layer arrived.
    const docPath = join(dir, 'documents', `${doc.id}.json`);
    const file = JSON.parse(await readFile(docPath, 'utf-8'));
    await writeFile(docPath, JSON.stringify({ ...file, title: 'بعد', revision: file.revision + 1 }));
    const layerPath = join(dir, 'layers', me, `${doc.id}.json`);
    const layer = JSON.parse(await readFile(layerPath, 'utf-8'));
    const copy = { ...layer.annotations[0], id: 'from-my-laptop', ...span(doc.text, '48 ساعة'), prefix: '', suffix: '' };
    await writeFile(layerPath, JSON.stringify({ ...layer, revision: layer.revision + 1, annotations: [...layer.annotations, copy] }));
    const sami = annotatorId(SAMI.email);
    await writeFile(join(dir, 'layers', 'x'), '');
    const events: StoreEvent[] = [];
    store.subscribe((e) => events.push(e));
    await store.reloadChanged([
      `documents/${doc.id}.json`,
      `layers/${me}/${doc.id}.json`,
      `layers/${sami}/${doc.id}.json`,
      '.isnad/whatever',
      'layers/x',
    ]);
    const now = await store.getDocument(doc.id);
    expect(now.title).toBe('بعد');
    expect(now.annotations.map((a) => a.id)).toContain('from-my-laptop');
    expect(store.readSummary(doc.id)?.counts.figure).toBe(2);
    expect(events).toEqual([
      { kind: 'layer-changed', documentId: doc.id, annotator: sami },
      { kind: 'document-updated', documentId: doc.id },
    ]);
  });
});

describe('the annotator for the CLI and isnad serve', () => {
  it('ISNAD_ANNOTATOR names who annotates through the services; a malformed one stops the start with the reason', async () => {
    const dir = await temp.make();
    process.env.ISNAD_ANNOTATOR = 'Layla Haddad <layla@paper.example>';
    try {
      const services = await openTestServices(dir);
      open.push(services);
      expect(services.ctx.store.annotator).toMatchObject({ name: 'Layla Haddad', email: 'layla@paper.example', confirmed: true });
      await services.close();
      open.pop();
      process.env.ISNAD_ANNOTATOR = 'Layla Haddad';
      await expect(openTestServices(dir)).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/^ISNAD_ANNOTATOR must look like/),
      });
    } finally {
      delete process.env.ISNAD_ANNOTATOR;
    }
  });
});

describe('the layer operations of the contract', () => {
  it('get and set the local annotator, list and read layers; bad input is refused with the field', async () => {
    const dir = await temp.make();
    const services = await openTestServices(dir);
    open.push(services);
    const call = (name: string, input: unknown) => services.dispatch(name, input);
    expect(await call('getAnnotator', {})).toMatchObject({ ok: true, value: { confirmed: false } });
    expect(await call('setAnnotator', { name: 'Layla', email: 'not an email' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'email' },
    });
    expect(await call('setAnnotator', { name: '  ', email: 'layla@paper.example' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'name' },
    });
    expect(await call('setAnnotator', LAYLA)).toMatchObject({ ok: true, value: { ...LAYLA, confirmed: true } });
    const added = await call('addDocument', { text: ARABIC_ARTICLE });
    const doc = (added as { value: { id: string } }).value;
    expect(await call('listLayers', { documentId: doc.id })).toMatchObject({ ok: true, value: [{ mine: true, annotator: LAYLA }] });
    expect(await call('getLayer', { documentId: doc.id, annotator: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'annotator' },
    });
    expect(await call('getLayer', { documentId: doc.id, annotator: 'curated' })).toMatchObject({
      ok: true,
      value: { annotations: [], revision: 0 },
    });
    expect(await call('applyCuratedEdits', { documentId: doc.id, edits: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'edits' },
    });
    // A left-out mark must name the document's own text at its place.
    const words = span(ARABIC_ARTICLE, '120');
    expect(
      await call('applyCuratedEdits', { documentId: doc.id, edits: [], leftOut: { add: [{ type: 'figure', ...words, text: '121' }] } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await call('applyCuratedEdits', { documentId: doc.id, edits: [], leftOut: { add: [{ type: 'figure', ...words }] } }),
    ).toMatchObject({ ok: true });
    expect(await call('getLayer', { documentId: doc.id, annotator: 'curated' })).toMatchObject({
      ok: true,
      value: { rejectedSuggestions: [{ type: 'figure', ...words }] },
    });
  });
});

describe('left out of the curated layer', () => {
  it('is kept in the curated layer file across a reopen, and undone by removing it', async () => {
    const dir = await temp.make();
    let store = await openAs(dir, LAYLA);
    const doc = await store.addDocument({ text: ARABIC_ARTICLE });
    const mark = { type: 'figure' as const, ...span(doc.text, '120') };
    await store.applyCuratedEdits({ documentId: doc.id, edits: [], leftOut: { add: [mark] } });
    await store.close();
    const onDisk = JSON.parse(await readFile(join(dir, 'layers', 'curated', `${doc.id}.json`), 'utf-8'));
    expect(onDisk.rejectedSuggestions).toEqual([mark]);
    store = await openAs(dir, LAYLA);
    expect((await store.getLayer(doc.id, 'curated')).rejectedSuggestions).toEqual([mark]);
    await store.applyCuratedEdits({ documentId: doc.id, edits: [], leftOut: { remove: [mark] } });
    expect((await store.getLayer(doc.id, 'curated')).rejectedSuggestions).toEqual([]);
    // My own layer is untouched by the editor's decisions.
    expect((await store.getDocument(doc.id)).rejectedSuggestions).toEqual([]);
  });
});
