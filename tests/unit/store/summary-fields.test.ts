import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { tempDirs } from '../../helpers/temp';

// Summaries are built as fixed literals (so a large library shares a few hidden classes, not
// one per document): their fields must stay in the order saved summaries have, since the
// store compares a new summary with the saved one as JSON to know whether a shard changed.

const temp = tempDirs();
afterEach(() => temp.cleanup());

describe('document summaries', () => {
  it('keep their fields, and their order, for plain, OCR, fingerprinted, tagged and trashed documents', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir);
    const plain = await store.addDocument({ title: 'Plain', text: 'A plain story about the council budget.' });
    const scanned = await store.addDocument({
      title: 'Scanned',
      text: 'A scanned page about the hospital.',
      fingerprint: '0123456789abcdef',
      ocr: { engine: 'Tesseract 5.3.0', languages: ['ara', 'eng'], confidence: 0.9 },
    });
    const tagged = await store.addDocument({ title: 'Tagged', text: 'A story about wheat prices.' });
    await store.updateDocument({ id: tagged.id, tags: ['elections'] });
    const trashed = await store.addDocument({ title: 'Trashed', text: 'A story that goes to the trash.' });
    await store.trashDocument(trashed.id);
    const base = ['id', 'title', 'lang', 'dir', 'source', 'contentHash', 'createdAt', 'updatedAt', 'revision'];
    expect(Object.keys(store.readSummary(plain.id) ?? {})).toEqual([...base, 'length', 'counts']);
    expect(Object.keys(store.readSummary(scanned.id) ?? {})).toEqual([...base, 'ocr', 'length', 'counts', 'fingerprint']);
    expect(Object.keys(store.readSummary(tagged.id) ?? {})).toEqual([...base, 'length', 'counts', 'tags']);
    expect(store.readSummary(scanned.id)).toMatchObject({
      length: 34,
      counts: { quote: 0, speaker: 0, figure: 0 },
      ocr: { confidence: 0.9 },
    });
    expect(store.readSummary(tagged.id)?.tags).toEqual(['elections']);
    expect(store.readSummary(trashed.id)).toBeUndefined();
    const live = JSON.stringify(store.listDocuments());
    await store.close();

    // Read back from the saved shards: the same summaries, field for field.
    const reopened = await CorpusStore.open(dir);
    expect(JSON.parse(JSON.stringify(reopened.listDocuments()))).toEqual(JSON.parse(live));
    const inTrash = (await reopened.listTrash()).find((d) => d.id === trashed.id);
    expect(inTrash?.deletedAt).toBeTruthy();
    await reopened.close();
  });
});
