import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import type { Document, DocumentSummary } from '../../../shared/domain/document';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';
import { servicesPerTest } from '../../helpers/services-per-test';

const services = servicesPerTest();
const { temp } = services;

async function call<T>(s: Services, name: string, input: unknown): Promise<T> {
  const result = await s.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(s: Services, name: string, input: unknown) {
  const result = await s.dispatch(name, input);
  if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(input)}`);
  return result.error;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** An Arabic article with a quote by a marked speaker, and an English one beside it. */
async function seeded(s: Services) {
  const ar = await call<Document>(s, 'addDocument', { title: 'الصحة', text: ARABIC_ARTICLE, source: { publishedAt: '2024-10-07' } });
  const en = await call<Document>(s, 'addDocument', { title: 'Budget', text: ENGLISH_ARTICLE });
  const name = 'خالد العمري';
  const start = ARABIC_ARTICLE.indexOf(name);
  const speaker = await call<{ annotation: { id: string } }>(s, 'createAnnotation', {
    documentId: ar.id,
    type: 'speaker',
    start,
    end: start + name.length,
    text: name,
  });
  const quote = '«الوضع تحت السيطرة»';
  const q = ARABIC_ARTICLE.indexOf(quote);
  await call(s, 'createAnnotation', {
    documentId: ar.id,
    type: 'quote',
    start: q,
    end: q + quote.length,
    text: quote,
    attributes: { speakerId: speaker.annotation.id },
  });
  await s.ctx.catalog.ready();
  return { ar, en };
}

/** What a journalist sees of a document across the app: library, search, speakers, session, table. */
async function seen(s: Services, sessionId: string) {
  await s.ctx.catalog.ready();
  const library = (await call<DocumentSummary[]>(s, 'listDocuments', {})).map((d) => d.title);
  const search = await call<{ documents: Array<{ title: string }> }>(s, 'searchCorpus', { query: 'السيطرة' });
  const speakers = await call<{ unlinked: Array<{ name: string; mentions: number }> }>(s, 'getSpeakers', {});
  const sessions = await call<Array<{ id: string; progress: { total: number; missing: number } }>>(s, 'listSessions', {});
  const table = await call<{ total: number }>(s, 'filterAnnotations', { filter: {} });
  return {
    library,
    search: search.documents.map((d) => d.title),
    speakerMentions: speakers.unlinked.reduce((n, u) => n + u.mentions, 0),
    sessionMissing: sessions.find((x) => x.id === sessionId)?.progress.missing,
    annotations: table.total,
  };
}

describe('the trash', () => {
  it('a deleted document leaves library, search, speaker counts, sessions and the table; restoring brings all of it back, also after a restart', async () => {
    const dir = await temp.make();
    let s = await services.open(dir);
    const { ar } = await seeded(s);
    const session = await call<{ id: string }>(s, 'startSession', { name: 'check', filter: {} });
    const before = await seen(s, session.id);
    expect(before).toEqual({ library: ['الصحة', 'Budget'], search: ['الصحة'], speakerMentions: 1, sessionMissing: 0, annotations: 2 });

    await call(s, 'deleteDocument', { id: ar.id });
    const gone = await seen(s, session.id);
    expect(gone).toEqual({ library: ['Budget'], search: [], speakerMentions: 0, sessionMissing: 2, annotations: 0 });
    expect((await call<DocumentSummary[]>(s, 'listTrash', {})).map((d) => [d.title, Boolean(d.deletedAt)])).toEqual([['الصحة', true]]);
    expect((await refusal(s, 'getDocument', { id: ar.id })).message).toContain('is in the trash');
    expect(
      (await refusal(s, 'createAnnotation', { documentId: ar.id, type: 'quote', start: 0, end: 5, text: ARABIC_ARTICLE.slice(0, 5) }))
        .message,
    ).toContain('in the trash');

    // The trash is on disk: a restart keeps the document out, and restoring still works.
    await services.close(s);
    s = await services.open(dir);
    expect(await seen(s, session.id)).toEqual(gone);
    const restored = await call<DocumentSummary>(s, 'restoreDocument', { id: ar.id });
    expect(restored.deletedAt).toBeUndefined();
    expect(await seen(s, session.id)).toEqual(before);
    expect((await call<Document>(s, 'getDocument', { id: ar.id })).annotations).toHaveLength(2);
    expect(await call(s, 'listTrash', {})).toEqual([]);
    await services.close(s);
  });

  it('emptying the trash deletes the files for good; a text deleted for good may be imported again', async () => {
    const dir = await temp.make();
    const s = await services.open(dir);
    const { ar, en } = await seeded(s);
    await call(s, 'deleteDocument', { id: ar.id });
    await call(s, 'deleteDocument', { id: en.id });
    expect((await refusal(s, 'emptyTrash', { ids: ['dnot-there'] })).code).toBe('not_found');
    expect(await exists(join(dir, 'documents', `${ar.id}.json`))).toBe(true);

    expect(await call(s, 'emptyTrash', { ids: [en.id] })).toEqual({ removed: [en.id] });
    expect((await call<DocumentSummary[]>(s, 'listTrash', {})).map((d) => d.id)).toEqual([ar.id]);
    expect(await call(s, 'emptyTrash', {})).toEqual({ removed: [ar.id] });
    expect(await exists(join(dir, 'documents', `${ar.id}.json`))).toBe(false);
    expect((await refusal(s, 'restoreDocument', { id: ar.id })).code).toBe('not_found');
    await call(s, 'addDocument', { text: ARABIC_ARTICLE });
    expect(await call<DocumentSummary[]>(s, 'listDocuments', {})).toHaveLength(1);
    await services.close(s);
  });

  it('refuses bad requests and changes nothing', async () => {
    const s = await services.open();
    const { ar, en } = await seeded(s);
    expect(await refusal(s, 'deleteDocument', { id: 'dnope' })).toMatchObject({ code: 'not_found' });
    expect(await refusal(s, 'deleteDocument', { id: '../etc' })).toMatchObject({ code: 'invalid_input', field: 'id' });
    expect(await refusal(s, 'restoreDocument', { id: en.id })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('not in the trash'),
    });
    expect(await refusal(s, 'emptyTrash', { ids: [en.id] })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('not in the trash'),
    });
    // A stale view (the document changed since it was shown) does not delete.
    expect(await refusal(s, 'deleteDocument', { id: ar.id, expectedRevision: 1 })).toMatchObject({ code: 'conflict' });
    await call(s, 'deleteDocument', { id: ar.id });
    expect(await refusal(s, 'deleteDocument', { id: ar.id })).toMatchObject({ message: expect.stringContaining('in the trash') });
    expect(await refusal(s, 'updateDocument', { id: ar.id, title: 'x' })).toMatchObject({ code: 'not_found' });
    expect((await call<DocumentSummary[]>(s, 'listDocuments', {})).map((d) => d.id)).toEqual([en.id]);
    await services.close(s);
  });
});

describe('rename and tags', () => {
  it('renames and tags a document; the library and search see it, and tags are checked', async () => {
    const s = await services.open();
    const { ar } = await seeded(s);
    await call(s, 'updateDocument', { id: ar.id, title: '  وزارة الصحة: 120 مصاباً ', tags: [' غزة ', 'health', 'Health', 'وزارة  الصحة'] });
    const [summary] = await call<DocumentSummary[]>(s, 'listDocuments', {});
    expect(summary).toMatchObject({ title: 'وزارة الصحة: 120 مصاباً', tags: ['غزة', 'health', 'وزارة الصحة'] });
    await s.ctx.catalog.ready();
    expect(
      (await call<{ documents: Array<{ title: string }> }>(s, 'searchCorpus', { query: 'مصاباً' })).documents.map((d) => d.title),
    ).toEqual(['وزارة الصحة: 120 مصاباً']);

    for (const [tags, reason] of [
      [['a,b'], 'comma'],
      [[''], 'empty'],
      [['x'.repeat(41)], 'at most 40'],
      [['ok\u200f'], 'invisible'],
      [Array.from({ length: 51 }, (_, i) => `t${i}`), 'at most 50 tags'],
    ] as const) {
      const error = await refusal(s, 'updateDocument', { id: ar.id, tags });
      expect(error.code, JSON.stringify(tags)).toBe('invalid_input');
      expect(error.message).toContain(reason);
    }
    expect(await refusal(s, 'updateDocument', { id: ar.id, title: '   ' })).toMatchObject({ code: 'invalid_input', field: 'title' });
    expect(await refusal(s, 'updateDocument', { id: 'dmissing', tags: ['x'] })).toMatchObject({ code: 'not_found' });
    expect((await call<DocumentSummary[]>(s, 'listDocuments', {}))[0]?.tags).toEqual(['غزة', 'health', 'وزارة الصحة']);

    await call(s, 'updateDocument', { id: ar.id, tags: [] });
    expect((await call<DocumentSummary[]>(s, 'listDocuments', {}))[0]?.tags).toBeUndefined();
    await services.close(s);
  });
});
