import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: CorpusStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

/** Invented for the test. */
const FLOOD = 'The river rose 3 metres overnight, the mayor said, and 200 homes were cut off.';
const MARKET = 'Traders said prices at the central market doubled in 6 weeks.';
const SCHOOL = 'The ministry will open 14 schools in the autumn, a spokesman said.';

function span(text: string, words: string) {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words };
}

describe('documentsWithLayers', () => {
  it('finds whose layers each document has from the corpus folders on disk, my journal included, without reading a layer', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir);
    open.push(store);
    const layla = await store.setAnnotator({ name: 'Layla Haddad', email: 'layla@paper.example' });
    const flood = await store.addDocument({ title: 'Flood', text: FLOOD });
    const market = await store.addDocument({ title: 'Market', text: MARKET });
    const school = await store.addDocument({ title: 'School', text: SCHOOL });
    await store.createAnnotation({ documentId: flood.id, type: 'figure', ...span(FLOOD, '3 metres') });
    await store.createAnnotation({ documentId: market.id, type: 'figure', ...span(MARKET, '6 weeks') });
    await store.updateSessions(() => []);
    // Switching folds Layla's journal into her layer files.
    const sami = await store.setAnnotator({ name: 'Sami Nasser', email: 'sami@paper.example' });
    await store.createAnnotation({ documentId: flood.id, type: 'figure', ...span(FLOOD, '200 homes') });
    const start = SCHOOL.indexOf('14');
    await store.applyCuratedEdits({
      documentId: school.id,
      edits: [{ kind: 'create', id: 'c1', type: 'figure', start, end: start + 2, text: '14', attributes: {} }],
    });
    // Sami's edit is only in his journal so far.
    expect(existsSync(join(dir, 'layers', sami.id, `${flood.id}.json`))).toBe(false);
    // Names and counts come from the folders' listings: a layer's contents are never read.
    await writeFile(join(dir, 'layers', layla.id, `${market.id}.json`), 'not json');

    const annotators = store.layerAnnotators();
    const byDocument = await store.documentsWithLayers();
    expect(annotators.map((a) => [a.id, a.name])).toEqual([
      [sami.id, 'Sami Nasser'],
      [layla.id, 'Layla Haddad'],
    ]);
    expect(new Set(byDocument.get(flood.id))).toEqual(new Set([layla.id, sami.id]));
    expect(byDocument.get(market.id)).toEqual([layla.id]);
    // The curated layer is no annotator's; annotator.json and sessions.json are no documents.
    expect(byDocument.has(school.id)).toBe(false);
    expect([...byDocument.keys()].sort()).toEqual([flood.id, market.id].sort());
  });

  it('readLayer gives a layer as held, journal replayed, for any owner', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir);
    open.push(store);
    const layla = await store.setAnnotator({ name: 'Layla Haddad', email: 'layla@paper.example' });
    const flood = await store.addDocument({ title: 'Flood', text: FLOOD });
    await store.createAnnotation({ documentId: flood.id, type: 'figure', ...span(FLOOD, '3 metres') });
    const mine = await store.readLayer(flood.id, layla.id, { keep: false });
    expect(mine.annotations.map((a) => a.text)).toEqual(['3 metres']);
    const nobody = await store.readLayer(flood.id, 'curated', { keep: false });
    expect(nobody.annotations).toEqual([]);
    await expect(store.readLayer('missing', layla.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});
