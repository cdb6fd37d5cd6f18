import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

const V1 = [
  'قال وزير الصحة إن 25 شخصا قتلوا في القصف على المدينة صباح اليوم.',
  'وأضاف أن فرق الإنقاذ ما زالت تبحث تحت الأنقاض عن ناجين.',
  'وقالت منظمة الصحة العالمية إن المستشفيات ممتلئة بالجرحى.',
].join('\n\n');
const V2 = [
  'تحديث: نشرت هذه المادة أولا صباح اليوم وحدثت بعد الظهر.',
  'قال وزير الصحة إن 27 شخصا قتلوا في القصف على المدينة صباح اليوم.',
  'وقالت منظمة الصحة العالمية إن المستشفيات ممتلئة بالجرحى.',
].join('\n\n');

function span(text: string, words: string) {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words };
}

describe('a new version of a document, on disk', () => {
  it('keeps the old text, carries every layer with statuses, lists orphans, and survives a reopen', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir, { annotator: { name: 'Layla', email: 'layla@paper.example' } });
    open.push(store);
    const doc = await store.addDocument({ text: V1, title: 'القصف' });
    const who = await store.createAnnotation({ documentId: doc.id, type: 'speaker', ...span(V1, 'منظمة الصحة العالمية') });
    const fig = await store.createAnnotation({ documentId: doc.id, type: 'figure', ...span(V1, '25'), verdict: { status: 'verified' } });
    const gone = await store.createAnnotation({ documentId: doc.id, type: 'quote', ...span(V1, 'فرق الإنقاذ ما زالت تبحث') });
    await store.applyCuratedEdits({
      documentId: doc.id,
      edits: [{ kind: 'create', id: 'cur1', type: 'speaker', ...span(V1, 'وزير الصحة') }],
    });

    const result = await store.addVersion({ documentId: doc.id, text: V2 });
    expect(result).toMatchObject({ version: 2, counts: { kept: 1, moved: 1, changed: 1, orphaned: 1 }, recheck: 1, layers: 2 });

    const now = await store.getDocument(doc.id);
    expect(now.text).toBe(V2);
    expect(now.version).toBe(2);
    expect(now.versions?.map((v) => v.version)).toEqual([1]);
    const byId = new Map(now.annotations.map((a) => [a.id, a]));
    expect(byId.get(who.annotation.id)?.carried?.status).toBe('kept');
    expect(byId.get(fig.annotation.id)).toMatchObject({ text: '27', carried: { status: 'changed', previousText: '25', recheck: true } });
    for (const a of now.annotations) expect(V2.slice(a.start, a.end)).toBe(a.text);
    expect((await store.getLayer(doc.id, 'curated')).annotations[0]).toMatchObject({ text: 'وزير الصحة', carried: { status: 'moved' } });

    const orphans = await store.listOrphans(doc.id);
    expect(orphans).toMatchObject([{ mine: true, version: 2, annotation: { id: gone.annotation.id, text: 'فرق الإنقاذ ما زالت تبحث' } }]);
    expect((await store.getVersion(doc.id, 1)).text).toBe(V1);
    expect(JSON.parse(await readFile(join(dir, 'versions', doc.id, '1.json'), 'utf-8'))).toMatchObject({ version: 1, text: V1 });
    await store.close();

    const again = await CorpusStore.open(dir);
    open.push(again);
    expect((await again.getDocument(doc.id)).annotations.map((a) => a.text).sort()).toEqual(['27', 'منظمة الصحة العالمية'].sort());
    // Re-place the orphan on text of the new version, then restore version 1 as current.
    const placed = await again.placeOrphan({
      documentId: doc.id,
      annotator: again.annotator.id,
      id: gone.annotation.id,
      ...span(V2, 'المستشفيات ممتلئة'),
    });
    expect(placed).toMatchObject({ id: gone.annotation.id, type: 'quote', text: 'المستشفيات ممتلئة' });
    expect(await again.listOrphans(doc.id)).toEqual([]);
    const back = await again.restoreVersion(doc.id, 1);
    expect(back.version).toBe(3);
    const restored = await again.getDocument(doc.id);
    expect(restored.text).toBe(V1);
    expect(restored.annotations.find((a) => a.type === 'figure')).toMatchObject({ text: '25', carried: { status: 'changed' } });
    expect(existsSync(join(dir, 'versions', doc.id, '2.json'))).toBe(true);
  });

  it('refuses an empty version and the same text, storing nothing; imports a near-duplicate as a version', async () => {
    const dir = await temp.make();
    const services = await openTestServices(dir);
    open.push(services);
    const call = (name: string, input: unknown) => services.dispatch(name, input);
    const added = (await call('addDocument', { text: V1 })) as { value: { id: string; revision: number } };
    const id = added.value.id;
    expect(await call('addDocumentVersion', { documentId: id, text: '  \n ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/empty; nothing was stored/) },
    });
    expect(await call('addDocumentVersion', { documentId: id, text: V1.replace(/\n/g, '\r\n') })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/same text as the current one/) },
    });
    expect(await call('addDocumentVersion', { documentId: id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call('getDocumentVersion', { documentId: id, version: 2 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(existsSync(join(dir, 'versions'))).toBe(false);

    const fresh = (await call('addDocument', { text: V2 })) as { value: { id: string } };
    const made = await call('addDocumentVersion', { documentId: id, fromDocumentId: fresh.value.id });
    expect(made).toMatchObject({ ok: true, value: { version: 2 } });
    expect(await call('getDocument', { id: fresh.value.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call('getDocument', { id })).toMatchObject({ ok: true, value: { text: V2, version: 2 } });
  });
});
