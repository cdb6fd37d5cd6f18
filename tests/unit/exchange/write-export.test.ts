import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { writeExport } from '../../../electron/services/exchange/write-export';
import { IsnadError } from '../../../shared/errors';
import { AnnotationFilter } from '../../../shared/exchange/filter';
import { exportDocument } from '../../../shared/exchange/record';
import { ExportRequest } from '../../../shared/exchange/request';
import { EXPORT_FORMAT, type ExportHeader } from '../../../shared/exchange/schema';
import { EXPORT_FORMATS, serializeAll } from '../../../shared/exchange/serializer';
import { mark, seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const stores: CorpusStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function seeded() {
  const dir = await temp.make();
  const store = await CorpusStore.open(join(dir, 'corpus'));
  stores.push(store);
  const ids = await seedExchangeCorpus(store);
  const out = join(dir, 'out');
  await mkdir(out);
  return { dir, store, ids, out };
}

async function rejection(promise: Promise<unknown>): Promise<IsnadError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IsnadError);
  return err as IsnadError;
}

describe('streaming export to a file', () => {
  it('writes exactly what the in-memory serializer produces, for every format', async () => {
    const { store, out } = await seeded();
    const now = new Date('2024-06-01T08:00:00Z');
    for (const format of EXPORT_FORMATS) {
      // ClaimReview is signed by the fact-checking organisation, which it requires.
      const request = ExportRequest.parse({ format, ...(format === 'claimreview' ? { organization: { name: 'Desk' } } : {}) });
      const summary = await writeExport(store, request, join(out, `x.${format}`), { appVersion: '1.0.0', now });
      const docs = await Promise.all(store.listDocuments().map((d) => store.getDocument(d.id)));
      const header: ExportHeader = {
        format: EXPORT_FORMAT,
        version: 1,
        exportedAt: now.toISOString(),
        app: { name: 'Isnad', version: '1.0.0' },
        offsetUnit: 'utf16-code-unit',
        codePointOffsetUnit: 'unicode-code-point',
        filter: request.filter,
      };
      const expected = serializeAll(
        header,
        docs.map((d) => exportDocument(d, AnnotationFilter.parse({}))).filter((d) => d !== null),
        // CSV names who recorded each verdict, as the corpus knows them.
        { ...request, annotatorNames: new Map(store.layerAnnotators().map((a) => [a.id, a.name])) },
      );
      const written = await readFile(join(out, `x.${format}`), 'utf8');
      expect(written, format).toBe(expected);
      expect(summary).toMatchObject({ documents: 5, annotations: 16, bytes: Buffer.byteLength(expected) });
    }
    expect((await readdir(out)).sort()).toEqual(EXPORT_FORMATS.map((f) => `x.${f}`).sort());
  });

  it('writes a document longer than its write buffer (1 MB) whole, in every format', async () => {
    const { store, out } = await seeded();
    // 400,000 UTF-16 units of Arabic and emoji: more than the buffer holds at UTF-8's worst case.
    const text = 'قال 😀 المصدر «نعم» بحسب البيان.\n'.repeat(12_500);
    const id = (await store.addDocument({ title: 'طويل', text, source: { outlet: 'الأسبوع', publishedAt: '2024-03-10' } })).id;
    await mark(store, id, { type: 'quote', text: '«نعم»', nth: 12_000 });
    const now = new Date('2024-06-01T08:00:00Z');
    for (const format of EXPORT_FORMATS) {
      const request = ExportRequest.parse({
        format,
        filter: { documentIds: [id] },
        ...(format === 'claimreview' ? { organization: { name: 'Desk' } } : {}),
      });
      const summary = await writeExport(store, request, join(out, `long.${format}`), { appVersion: '1.0.0', now });
      const written = await readFile(join(out, `long.${format}`));
      expect(summary.bytes, format).toBe(written.length);
      if (format === 'json') {
        const file = JSON.parse(written.toString('utf8'));
        expect(file.documents[0].text).toBe(text);
        const [quote] = file.documents[0].annotations;
        expect([...text].slice(quote.startCodePoint, quote.endCodePoint).join('')).toBe('«نعم»');
        expect(quote.startCodePoint).toBeGreaterThan(350_000);
      }
    }
  });

  it('exports one chosen document, or only the annotations of a type, with excluded boilerplate left out', async () => {
    const { store, ids, out } = await seeded();
    const one = await writeExport(
      store,
      ExportRequest.parse({ format: 'json', filter: { documentIds: [ids.arabic] } }),
      join(out, 'a.json'),
      {
        appVersion: 't',
      },
    );
    const file = JSON.parse(await readFile(join(out, 'a.json'), 'utf8'));
    expect(file.documents.map((d: { id: string }) => d.id)).toEqual([ids.arabic]);
    expect(file.documents[0].annotations.map((a: { id: string }) => a.id)).not.toContain(ids.boilerplateFigureId);
    expect(file.documents[0].regions).toHaveLength(1);
    expect(one).toMatchObject({ documents: 1, annotations: 5 });

    const quotes = await writeExport(store, ExportRequest.parse({ format: 'csv', filter: { types: ['quote'] } }), join(out, 'q.csv'), {
      appVersion: 't',
    });
    expect(quotes).toMatchObject({ documents: 4, annotations: 4 });
    const csv = await readFile(join(out, 'q.csv'), 'utf8');
    expect(csv.split('\r\n').filter((l) => l.includes(',quote,'))).toHaveLength(4);
  });

  it('a cancelled export leaves no file and no temp file behind, and keeps an older file of that name intact', async () => {
    const { store, out } = await seeded();
    const target = join(out, 'corpus.json');
    await writeFile(target, 'yesterday’s export');
    const controller = new AbortController();
    const progress: number[] = [];
    const err = await rejection(
      writeExport(store, ExportRequest.parse({ format: 'json' }), target, {
        appVersion: 't',
        signal: controller.signal,
        onProgress: (done) => {
          progress.push(done);
          if (done === 2) controller.abort();
        },
      }),
    );
    expect(err.code).toBe('cancelled');
    expect(progress).toEqual([1, 2]);
    expect(await readdir(out)).toEqual(['corpus.json']);
    expect(await readFile(target, 'utf8')).toBe('yesterday’s export');
  });

  it('a failing export (a damaged document file met half-way) leaves no file', async () => {
    const { dir, store, ids, out } = await seeded();
    await store.close();
    stores.splice(0);
    // Damage the fourth document on disk, as a bad disk sector or a stray editor would.
    await writeFile(join(dir, 'corpus', 'documents', `${ids.formula}.json`), '{"schemaVersion": 1, "id": ');
    const reopened = await CorpusStore.open(join(dir, 'corpus'));
    stores.push(reopened);
    const done: number[] = [];
    const err = await rejection(
      writeExport(reopened, ExportRequest.parse({ format: 'csv' }), join(out, 'broken.csv'), {
        appVersion: 't',
        onProgress: (n) => done.push(n),
      }),
    );
    expect(err.code).toBe('corrupt_data');
    expect(done).toEqual([1, 2, 3]);
    expect(await readdir(out)).toEqual([]);
  });

  it('refuses unknown documents, a missing folder and the corpus folder itself before writing anything', async () => {
    const { dir, store, out } = await seeded();
    const unknown = await rejection(
      writeExport(store, ExportRequest.parse({ format: 'csv', filter: { documentIds: ['nope'] } }), join(out, 'x.csv'), {
        appVersion: 't',
      }),
    );
    expect(unknown).toMatchObject({ code: 'not_found', message: 'no document with id "nope"' });
    const missing = await rejection(
      writeExport(store, ExportRequest.parse({ format: 'csv' }), join(out, 'no', 'x.csv'), { appVersion: 't' }),
    );
    expect(missing.message).toMatch(/folder .*no does not exist/);
    const inside = await rejection(
      writeExport(store, ExportRequest.parse({ format: 'json' }), join(dir, 'corpus', 'documents', 'x.json'), { appVersion: 't' }),
    );
    expect(inside.message).toMatch(/inside the corpus folder/);
    expect(await readdir(out)).toEqual([]);
    expect((await readdir(join(dir, 'corpus', 'documents'))).filter((f) => !f.startsWith('d'))).toEqual([]);
  });

  it('CSV: verdict_by names who recorded a verdict where the corpus knows them, verdict_by_id keeps the id', async () => {
    const dir = await temp.make();
    const store = await CorpusStore.open(join(dir, 'corpus'));
    stores.push(store);
    const layla = await store.setAnnotator({ name: 'Layla Haddad', email: 'layla@paper.example' });
    // Invented for the test.
    const text = 'The ministry counted 75 victims and 12 schools.';
    const doc = await store.addDocument({ title: 'Count', text });
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });
    const { annotation } = await store.createAnnotation({ documentId: doc.id, type: 'figure', ...at('75') });
    await store.updateAnnotation({ documentId: doc.id, id: annotation.id, verdict: { status: 'false' } });
    await store.createAnnotation({ documentId: doc.id, type: 'figure', ...at('12') });
    const out = join(dir, 'out.csv');
    await writeExport(store, ExportRequest.parse({ format: 'csv', bom: false }), out, { appVersion: '1.0.0' });
    const [head, ...lines] = (await readFile(out, 'utf8')).trim().split('\r\n');
    const columns = (head as string).split(',');
    const cell = (line: string, name: string) => line.split(',')[columns.indexOf(name)];
    expect(columns.slice(columns.indexOf('verdict_by'), columns.indexOf('verdict_by') + 2)).toEqual(['verdict_by', 'verdict_by_id']);
    expect(lines.map((l) => [cell(l, 'text'), cell(l, 'verdict_by'), cell(l, 'verdict_by_id')])).toEqual([
      ['75', 'Layla Haddad', layla.id],
      ['12', '', ''],
    ]);
  });
});
