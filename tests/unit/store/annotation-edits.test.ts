import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import { CorpusStore } from '../../../electron/services/corpus/store';
import type { Document } from '../../../shared/domain/document';
import { ARABIC_ARTICLE } from '../../helpers/fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: Services[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function setup() {
  const dir = await temp.make();
  const services = await openTestServices(dir);
  open.push(services);
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const envelope = await services.dispatch(name, input);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error);
    return envelope.value as T;
  };
  const doc = await call<Document>('addDocument', { title: 'خبر', text: ARABIC_ARTICLE });
  // What a separate reader finds on disk: the document file with my layer and its journal replayed.
  const onDisk = async () => {
    const reader = await CorpusStore.open(dir, { readOnly: true });
    try {
      return await reader.getDocument(doc.id);
    } finally {
      await reader.close();
    }
  };
  const span = (s: string) => ({ start: doc.text.indexOf(s), end: doc.text.indexOf(s) + s.length, text: s });
  return { call, doc, onDisk, span, services };
}

describe('applyAnnotationEdits (contract → store → disk)', () => {
  it('stores a batch in one write and reports what changed', async () => {
    const { call, doc, onDisk, span } = await setup();
    const result = await call<{ revision: number; changed: { id: string }[] }>('applyAnnotationEdits', {
      documentId: doc.id,
      edits: [
        { kind: 'create', id: 'sp', type: 'speaker', ...span('خالد العمري') },
        { kind: 'create', id: 'qt', type: 'quote', ...span('«الوضع تحت السيطرة»'), attributes: { speakerId: 'sp' } },
      ],
    });
    expect(result.revision).toBe(doc.revision + 1);
    expect(result.changed.map((a) => a.id)).toEqual(['sp', 'qt']);
    const stored = await onDisk();
    expect(stored.revision).toBe(doc.revision + 1);
    expect(stored.annotations.map((a) => [a.id, a.text])).toEqual([
      ['sp', 'خالد العمري'],
      ['qt', '«الوضع تحت السيطرة»'],
    ]);
  });

  it('writes nothing when any edit of the batch is refused', async () => {
    const { call, doc, onDisk, span } = await setup();
    const snapshot = JSON.stringify(await onDisk());
    const refused = await call('applyAnnotationEdits', {
      documentId: doc.id,
      edits: [
        { kind: 'create', id: 'ok', type: 'figure', ...span('120') },
        { kind: 'create', id: 'bad', type: 'figure', start: 0, end: 3, text: 'not the text' },
      ],
    }).catch((e: { code: string; field: string; message: string }) => e);
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'edits.1.text' });
    expect(JSON.stringify(await onDisk())).toBe(snapshot);
  });

  it('rejects malformed input before it reaches the store', async () => {
    const { call, doc } = await setup();
    await expect(call('applyAnnotationEdits', { documentId: doc.id, edits: [] })).rejects.toMatchObject({ field: 'edits' });
    await expect(call('applyAnnotationEdits', { documentId: doc.id, edits: [{ kind: 'rename', id: 'x' }] })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});

describe('partial updates leave the other fields alone', () => {
  it('a verdict note does not reset the verdict status', async () => {
    const { call, doc, onDisk, span } = await setup();
    await call('applyAnnotationEdits', {
      documentId: doc.id,
      edits: [{ kind: 'create', id: 'f', type: 'figure', ...span('120'), verdict: { status: 'verified' } }],
    });
    await call('applyAnnotationEdits', { documentId: doc.id, edits: [{ kind: 'update', id: 'f', verdict: { note: 'ministry data' } }] });
    await call('updateAnnotation', { documentId: doc.id, id: 'f', verdict: { evidence: ['https://example.org'] } });
    const [figure] = (await onDisk()).annotations;
    expect(figure?.verdict).toMatchObject({ status: 'verified', note: 'ministry data', evidence: ['https://example.org'] });
  });

  it('one source field does not blank the others', async () => {
    const { call, doc, onDisk } = await setup();
    await call('updateDocument', { id: doc.id, source: { outlet: 'الأسبوع', publishedAt: '2024-05-12' } });
    await call('updateDocument', { id: doc.id, source: { url: 'https://example.org/a' } });
    expect((await onDisk()).source).toEqual({ outlet: 'الأسبوع', publishedAt: '2024-05-12', author: '', url: 'https://example.org/a' });
  });
});
