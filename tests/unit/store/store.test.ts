import { cp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IsnadError } from '../../../shared/errors';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE, MIXED_RTL } from '../../helpers/fixtures';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: CorpusStore[] = [];

async function openStore(dir?: string): Promise<CorpusStore> {
  const store = await CorpusStore.open(dir ?? (await temp.make()));
  open.push(store);
  return store;
}

async function expectIsnadError(promise: Promise<unknown>, code: string, field?: string): Promise<IsnadError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IsnadError);
  expect((err as IsnadError).code).toBe(code);
  if (field !== undefined) expect((err as IsnadError).field).toBe(field);
  return err as IsnadError;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

function speakerEntry(id: string, name: string) {
  const stamp = new Date().toISOString();
  return { id, name, role: '', affiliation: '', aliases: [], createdAt: stamp, updatedAt: stamp };
}

describe('documents', () => {
  it('round-trips documents and annotations through the files on disk', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir);
    const ar = await store.addDocument({ title: 'خبر', text: ARABIC_ARTICLE, source: { outlet: 'الأسبوع' } });
    const en = await store.addDocument({ text: ENGLISH_ARTICLE });
    const start = ar.text.indexOf('خالد العمري');
    const speaker = await store.createAnnotation({
      documentId: ar.id,
      type: 'speaker',
      start,
      end: start + 'خالد العمري'.length,
      text: 'خالد العمري',
      attributes: { name: 'خالد العمري', role: 'المتحدث باسم الوزارة' },
    });
    const qStart = ar.text.indexOf('«');
    const qEnd = ar.text.indexOf('»') + 1;
    await store.createAnnotation({
      documentId: ar.id,
      type: 'quote',
      start: qStart,
      end: qEnd,
      text: ar.text.slice(qStart, qEnd),
      attributes: { kind: 'direct', cue: 'قال', speakerId: speaker.annotation.id },
      verdict: { status: 'verified', note: 'confirmed by phone' },
    });
    await store.close();

    const reopened = await openStore(dir);
    const docs = reopened.listDocuments();
    expect(docs.map((d) => [d.title, d.lang, d.dir])).toEqual([
      ['خبر', 'ar', 'rtl'],
      ['The city council approved a budget of $4.5 million on Tuesday.', 'en', 'ltr'],
    ]);
    expect(docs[0]?.counts).toEqual({ quote: 1, speaker: 1, figure: 0 });
    expect(docs[0]?.source.outlet).toBe('الأسبوع');
    const loaded = await reopened.getDocument(ar.id);
    expect(loaded.text).toBe(ARABIC_ARTICLE);
    expect(loaded.annotations.map((a) => a.type)).toEqual(['speaker', 'quote']);
    const quote = loaded.annotations[1];
    expect(quote?.type === 'quote' && quote.attributes.speakerId).toBe(speaker.annotation.id);
    expect(quote?.verdict).toMatchObject({ status: 'verified', note: 'confirmed by phone' });
    expect(loaded.text.slice(quote?.start, quote?.end)).toBe('«الوضع تحت السيطرة»');
    expect(quote?.prefix.endsWith('إن ')).toBe(true);
    expect((await reopened.getDocument(en.id)).dir).toBe('ltr');

    // One file per document (text, no annotations) and my layer of annotations beside it.
    expect((await readdir(join(dir, 'documents'))).sort()).toEqual([`${ar.id}.json`, `${en.id}.json`].sort());
    const index = JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf-8'));
    expect(index.schemaVersion).toBe(2);
    expect(JSON.stringify(index)).not.toContain('السيطرة'); // texts live only in document files
    const me = reopened.annotator.id;
    const file = JSON.parse(await readFile(join(dir, 'documents', `${ar.id}.json`), 'utf-8'));
    expect(file.annotations).toBeUndefined();
    const layer = JSON.parse(await readFile(join(dir, 'layers', me, `${ar.id}.json`), 'utf-8'));
    expect(layer.annotations.map((a: { id: string; createdBy: string }) => [a.id, a.createdBy])).toEqual([
      [speaker.annotation.id, me],
      [quote?.id, me],
    ]);
    expect(JSON.stringify(layer)).not.toContain('أعلنت وزارة الصحة، اليوم'); // the text is not copied into layers
  });

  it('normalizes text once on import: CRLF to LF and NFC', async () => {
    const store = await openStore();
    const doc = await store.addDocument({ text: 'Cafe\u0301 one\r\ntwo\rthree' });
    expect(doc.text).toBe('Caf\u00e9 one\ntwo\nthree');
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads back from its file a document added during bulk work (an import keeps none in memory)', async () => {
    const store = await openStore();
    const endBulk = store.deferIndexWrites();
    const doc = await store.addDocument({ title: 'Budget', text: ENGLISH_ARTICLE });
    const read = await store.readDocument(doc.id);
    expect(read).toMatchObject({ id: doc.id, title: 'Budget', text: ENGLISH_ARTICLE, revision: 1, annotations: [] });
    const summary = await store.updateDocument({ id: doc.id, expectedRevision: 1, title: 'Council budget' });
    expect(summary.revision).toBe(2);
    await endBulk();
    expect((await store.getDocument(doc.id)).title).toBe('Council budget');
  });

  it('refuses an exact duplicate and says which document it duplicates', async () => {
    const store = await openStore();
    await store.addDocument({ title: 'Budget', text: ENGLISH_ARTICLE });
    const err = await expectIsnadError(store.addDocument({ text: ENGLISH_ARTICLE.replace(/\n/g, '\r\n') }), 'conflict');
    expect(err.message).toContain('Budget');
    expect(store.listDocuments()).toHaveLength(1);
  });

  it('updates metadata without touching the text, and deletes', async () => {
    const store = await openStore();
    const doc = await store.addDocument({ text: ENGLISH_ARTICLE });
    const summary = await store.updateDocument({ id: doc.id, title: 'Council budget', source: { outlet: 'Daily' } });
    expect(summary).toMatchObject({ title: 'Council budget', revision: 2, source: { outlet: 'Daily', url: '' } });
    expect((await store.getDocument(doc.id)).text).toBe(ENGLISH_ARTICLE);
    await expectIsnadError(store.updateDocument({ id: doc.id, expectedRevision: 1, title: 'x' }), 'conflict');
    await store.deleteDocument(doc.id);
    expect(store.listDocuments()).toEqual([]);
    await expectIsnadError(store.getDocument(doc.id), 'not_found');
  });
});

describe('annotations', () => {
  it('stores offsets in UTF-16 units: an emoji before the span does not shift it', async () => {
    const store = await openStore();
    const doc = await store.addDocument({ text: MIXED_RTL });
    const start = MIXED_RTL.indexOf('John Smith');
    const { annotation } = await store.createAnnotation({
      documentId: doc.id,
      type: 'speaker',
      start,
      end: start + 10,
      text: 'John Smith',
    });
    expect(annotation.start).toBe(start);
    expect(MIXED_RTL.slice(annotation.start, annotation.end)).toBe('John Smith');
  });

  it('rejects a span out of bounds, or whose text does not match, and stores nothing', async () => {
    const store = await openStore();
    const doc = await store.addDocument({ text: ENGLISH_ARTICLE });
    await expectIsnadError(
      store.createAnnotation({ documentId: doc.id, type: 'figure', start: 0, end: 99_999, text: 'x' }),
      'invalid_input',
      'end',
    );
    await expectIsnadError(
      store.createAnnotation({ documentId: doc.id, type: 'figure', start: 0, end: 3, text: 'Tha' }),
      'invalid_input',
      'text',
    );
    await expectIsnadError(store.createAnnotation({ documentId: 'nope', type: 'figure', start: 0, end: 3, text: 'The' }), 'not_found');
    const after = await store.getDocument(doc.id);
    expect(after.annotations).toEqual([]);
    expect(after.revision).toBe(1);
  });

  it('rejects unknown attribute fields and broken links, naming the field', async () => {
    const store = await openStore();
    const doc = await store.addDocument({ text: ENGLISH_ARTICLE });
    const start = ENGLISH_ARTICLE.indexOf('$4.5 million');
    const figure = await store.createAnnotation({
      documentId: doc.id,
      type: 'figure',
      start,
      end: start + 12,
      text: '$4.5 million',
      attributes: { value: 4_500_000, unit: 'USD', kind: 'money' },
    });
    await expectIsnadError(
      store.updateAnnotation({ documentId: doc.id, id: figure.annotation.id, attributes: { valeu: 3 } }),
      'invalid_input',
      'attributes.valeu',
    );
    await expectIsnadError(
      store.updateAnnotation({ documentId: doc.id, id: figure.annotation.id, attributes: { kind: 'weight' } }),
      'invalid_input',
      'attributes.kind',
    );
    const qStart = ENGLISH_ARTICLE.indexOf('"We');
    await expectIsnadError(
      store.createAnnotation({
        documentId: doc.id,
        type: 'quote',
        start: qStart,
        end: qStart + 3,
        text: '"We',
        attributes: { speakerId: figure.annotation.id },
      }),
      'invalid_input',
      'attributes.speakerId',
    );
    const updated = await store.updateAnnotation({
      documentId: doc.id,
      id: figure.annotation.id,
      attributes: { value: [4_000_000, 5_000_000] },
      verdict: { status: 'disputed', evidence: ['https://example.org/budget.pdf'] },
    });
    expect(updated.annotation).toMatchObject({
      attributes: { value: [4_000_000, 5_000_000], unit: 'USD', kind: 'money' },
      verdict: { status: 'disputed', evidence: ['https://example.org/budget.pdf'] },
    });
  });

  it('moves a span only with the matching text, and keeps annotations in text order', async () => {
    const store = await openStore();
    const doc = await store.addDocument({ text: ENGLISH_ARTICLE });
    const lopez = ENGLISH_ARTICLE.indexOf('Maria Lopez');
    const a = await store.createAnnotation({ documentId: doc.id, type: 'speaker', start: lopez, end: lopez + 5, text: 'Maria' });
    await store.createAnnotation({ documentId: doc.id, type: 'figure', start: 0, end: 3, text: 'The' });
    await expectIsnadError(store.updateAnnotation({ documentId: doc.id, id: a.annotation.id, end: lopez + 11 }), 'invalid_input', 'text');
    const moved = await store.updateAnnotation({ documentId: doc.id, id: a.annotation.id, end: lopez + 11, text: 'Maria Lopez' });
    expect(moved.annotation.suffix.startsWith(', the council chair')).toBe(true);
    const loaded = await store.getDocument(doc.id);
    expect(loaded.annotations.map((x) => x.text)).toEqual(['The', 'Maria Lopez']);
  });

  it('deleting a speaker clears the links to it and reports them for undo', async () => {
    const store = await openStore();
    const doc = await store.addDocument({ text: ENGLISH_ARTICLE });
    const s = ENGLISH_ARTICLE.indexOf('Maria Lopez');
    const speaker = await store.createAnnotation({ documentId: doc.id, type: 'speaker', start: s, end: s + 11, text: 'Maria Lopez' });
    const later = ENGLISH_ARTICLE.lastIndexOf('Lopez');
    const mention = await store.createAnnotation({
      documentId: doc.id,
      type: 'speaker',
      start: later,
      end: later + 5,
      text: 'Lopez',
      attributes: { sameAs: speaker.annotation.id },
    });
    const q = ENGLISH_ARTICLE.indexOf('"We');
    const qEnd = ENGLISH_ARTICLE.indexOf('," said') + 1;
    const quote = await store.createAnnotation({
      documentId: doc.id,
      type: 'quote',
      start: q,
      end: qEnd,
      text: ENGLISH_ARTICLE.slice(q, qEnd),
      attributes: { speakerId: speaker.annotation.id },
    });
    const result = await store.deleteAnnotation({ documentId: doc.id, id: speaker.annotation.id });
    expect(result.unlinked.map((a) => a.id).sort()).toEqual([mention.annotation.id, quote.annotation.id].sort());
    const loaded = await store.getDocument(doc.id);
    expect(loaded.annotations.every((a) => !JSON.stringify(a.attributes).includes(speaker.annotation.id))).toBe(true);
    // Undo: restoring with the same id lets the links be put back.
    await store.createAnnotation({
      documentId: doc.id,
      id: speaker.annotation.id,
      type: 'speaker',
      start: s,
      end: s + 11,
      text: 'Maria Lopez',
    });
    await store.updateAnnotation({ documentId: doc.id, id: quote.annotation.id, attributes: { speakerId: speaker.annotation.id } });
    const restored = await store.getDocument(doc.id);
    expect(restored.annotations.find((a) => a.id === quote.annotation.id)?.attributes).toMatchObject({
      speakerId: speaker.annotation.id,
    });
  });

  it('serializes concurrent edits to one document without losing any', async () => {
    const store = await openStore();
    const doc = await store.addDocument({ text: 'word '.repeat(200) });
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.createAnnotation({ documentId: doc.id, type: 'figure', start: i * 5, end: i * 5 + 4, text: 'word' }),
      ),
    );
    const loaded = await store.getDocument(doc.id);
    expect(loaded.annotations).toHaveLength(50);
    expect(loaded.revision).toBe(51);
  });
});

describe('opening a corpus', () => {
  it('refuses a future schema version and leaves the files untouched', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir);
    await store.addDocument({ text: ENGLISH_ARTICLE });
    await store.close();
    const indexPath = join(dir, 'corpus.json');
    const future = JSON.parse(await readFile(indexPath, 'utf-8'));
    future.schemaVersion = 99;
    await writeFile(indexPath, JSON.stringify(future));
    const before = await readFile(indexPath, 'utf-8');
    const err = await expectIsnadError(CorpusStore.open(dir), 'unsupported_version');
    expect(err.message).toMatch(/schema version 99.*nothing was changed/);
    expect(await readFile(indexPath, 'utf-8')).toBe(before);
    // The refused open released its lock: the corpus can be opened once fixed.
    future.schemaVersion = 2;
    await writeFile(indexPath, JSON.stringify(future));
    await openStore(dir);
  });

  it('reports a damaged index clearly instead of starting over', async () => {
    const dir = await temp.make();
    await (await CorpusStore.open(dir)).close();
    await writeFile(join(dir, 'corpus.json'), '{"format": "isnad-corpus", "schemaVer');
    const err = await expectIsnadError(CorpusStore.open(dir), 'corrupt_data');
    expect(err.message).toContain('corpus.json');
    expect(await readFile(join(dir, 'corpus.json'), 'utf-8')).toBe('{"format": "isnad-corpus", "schemaVer');
  });

  it('will not turn a non-empty folder that is not a corpus into one', async () => {
    const dir = await temp.make();
    await writeFile(join(dir, 'notes.txt'), 'my notes');
    await expectIsnadError(CorpusStore.open(dir), 'invalid_input');
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('recovers a document written just before a crash, before its index entry', async () => {
    const dir = await temp.make();
    const summaries = join(dir, '.isnad', 'summaries');
    const store = await CorpusStore.open(dir);
    await store.addDocument({ text: ENGLISH_ARTICLE });
    await store.close();
    await cp(summaries, `${summaries}.before`, { recursive: true });
    const again = await CorpusStore.open(dir);
    const added = await again.addDocument({ text: ARABIC_ARTICLE });
    await again.close();
    // Simulate a crash between the document write and the index write.
    await rm(summaries, { recursive: true });
    await rename(`${summaries}.before`, summaries);
    const recovered = await openStore(dir);
    expect(recovered.listDocuments().map((d) => d.id)).toContain(added.id);
  });

  it('after a crash, refreshes summaries from document files changed since the index was written', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(dir);
    const doc = await store.addDocument({ text: ENGLISH_ARTICLE });
    await store.createAnnotation({ documentId: doc.id, type: 'figure', start: 0, end: 3, text: 'The' });
    await store.close();
    // A crash: the index still says the corpus is open and lags behind the document file.
    const folder = join(dir, '.isnad', 'summaries');
    const state = JSON.parse(await readFile(join(folder, 'state.json'), 'utf-8'));
    await writeFile(join(folder, 'state.json'), JSON.stringify({ ...state, openForWriting: true, flushedAt: 0 }));
    for (const name of (await readdir(folder)).filter((n) => n !== 'state.json')) {
      const shard = JSON.parse(await readFile(join(folder, name), 'utf-8'));
      for (const summary of shard.summaries) summary.counts.figure = 0;
      await writeFile(join(folder, name), JSON.stringify(shard));
    }
    const reopened = await openStore(dir);
    expect(reopened.listDocuments()[0]?.counts.figure).toBe(1);
  });

  it('a corpus-wide change that fails part-way leaves the registry as it was, in memory and on disk', async () => {
    const dir = await temp.make();
    const store = await openStore(dir);
    await store.updateSpeakers((speakers) => {
      speakers.push(speakerEntry('s1', 'سامر'));
    });
    await expect(
      store.updateSpeakers((speakers) => {
        speakers.push(speakerEntry('s2', 'Lopez'));
        throw new Error('refused half-way');
      }),
    ).rejects.toThrow('refused half-way');
    expect(store.speakers).toHaveLength(1);
    await store.addDocument({ text: ENGLISH_ARTICLE });
    await store.flush();
    const onDisk = JSON.parse(await readFile(join(dir, 'speakers.json'), 'utf-8'));
    expect(onDisk.speakers).toHaveLength(1);
  });
});
