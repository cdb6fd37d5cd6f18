import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { importDataset, readDataset } from '../../../electron/services/exchange/import-dataset';
import { IsnadError } from '../../../shared/errors';
import { messageText } from '../../../shared/error-text';
import { createTranslator } from '../../../shared/i18n/translate';
import { warningsOf } from '../../../shared/import/report';
import { exportedText, seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const stores: CorpusStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function openStore(dir: string): Promise<CorpusStore> {
  const store = await CorpusStore.open(dir);
  stores.push(store);
  return store;
}

async function source() {
  const dir = await temp.make();
  const store = await openStore(join(dir, 'source'));
  const ids = await seedExchangeCorpus(store);
  const json = await exportedText(store, 'json', join(dir, 'export.json'));
  return { dir, store, ids, json };
}

function withoutStamp(json: string): unknown {
  const { exportedAt: _stamp, ...rest } = JSON.parse(json);
  return rest;
}

async function rejection(work: () => unknown): Promise<IsnadError> {
  const err = await Promise.resolve()
    .then(work)
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(err).toBeInstanceOf(IsnadError);
  return err as IsnadError;
}

describe('import back', () => {
  it('JSON → empty corpus → JSON gives identical output apart from the export time', async () => {
    const { dir, store, json } = await source();
    const target = await openStore(join(dir, 'target'));
    const summary = await importDataset(target, readDataset(json), 'fail');
    expect(summary).toMatchObject({ imported: 5, skipped: 0, duplicated: 0, annotations: 17 });
    const again = await exportedText(target, 'json', join(dir, 'again.json'));
    expect(withoutStamp(again)).toEqual(withoutStamp(json));
    expect(again).not.toBe(json); // only because exportedAt differs

    // And the documents themselves, read back from disk after reopening, are the originals.
    await target.close();
    stores.splice(stores.indexOf(target), 1);
    const reopened = await openStore(join(dir, 'target'));
    for (const summary of store.listDocuments()) {
      expect(await reopened.getDocument(summary.id)).toEqual(await store.getDocument(summary.id));
    }
    expect(reopened.listDocuments()).toEqual(store.listDocuments());
  });

  it('refuses conflicting documents unless told to skip or duplicate; nothing is overwritten', async () => {
    const { dir, store, ids, json } = await source();
    const dataset = readDataset(json);
    const before = await readdir(join(dir, 'source', 'documents'));
    const conflict = await rejection(() => importDataset(store, dataset, 'fail'));
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toMatch(/5 documents in the file are already in the corpus: “بيان وزارة الصحة”.*nothing was imported/);
    expect(await readdir(join(dir, 'source', 'documents'))).toEqual(before);

    // Annotate further in the corpus; a "skip" import must not touch that work.
    await store.updateDocument({ id: ids.english, title: 'Edited since' });
    const skipped = await importDataset(store, dataset, 'skip');
    expect(skipped).toMatchObject({ imported: 0, skipped: 5 });
    expect((await store.getDocument(ids.english)).title).toBe('Edited since');

    const duplicated = await importDataset(store, dataset, 'duplicate');
    expect(duplicated).toMatchObject({ imported: 5, duplicated: 5, annotations: 17 });
    expect(store.documentCount).toBe(10);
    const copyId = duplicated.documentIds[0] as string;
    expect(copyId).not.toBe(ids.arabic);
    const [original, copy] = [await store.getDocument(ids.arabic), await store.getDocument(copyId)];
    expect(copy.text).toBe(original.text);
    const originalIds = new Set(original.annotations.map((a) => a.id));
    expect(copy.annotations.some((a) => originalIds.has(a.id))).toBe(false);
    // The quote in the copy points at the copy's speaker, and "same as" follows too.
    const quote = copy.annotations.find((a) => a.type === 'quote');
    const speaker = copy.annotations.find((a) => a.id === (quote?.type === 'quote' ? quote.attributes.speakerId : ''));
    expect(speaker?.text).toBe('خالد العمري');
    const later = copy.annotations.find((a) => a.type === 'speaker' && a.attributes.sameAs !== null);
    expect(later?.type === 'speaker' && later.attributes.sameAs).toBe(speaker?.id);
  });

  it('a malformed record late in a corpus-wide file is refused before anything is written', async () => {
    const { dir, json } = await source();
    const file = JSON.parse(json);
    // Four good documents first, then the bad record, then one more.
    file.documents.at(-2).annotations[0].start += 1;
    const target = await openStore(join(dir, 'target'));
    const err = await rejection(() => readDataset(JSON.stringify(file), 'corpus.json'));
    expect(err.message).toMatch(
      /^corpus\.json: documents\.3\.annotations\.0\.text: text does not match the document at .*nothing was imported\.$/,
    );
    expect(target.documentCount).toBe(0);
    expect(await readdir(join(dir, 'target', 'documents'))).toEqual([]);
  });

  it('gives a clear error for files that are not a current Isnad export', async () => {
    const { json } = await source();
    const file = JSON.parse(json);
    const cases: Array<[string, RegExp]> = [
      ['', /is empty/],
      ['{"format": "isnad-export", "version": 1, "documents": [', /not valid JSON/],
      ['[1, 2]', /not an Isnad dataset export/],
      ['{"title": "something else"}', /not an Isnad dataset export \(expected "format": "isnad-export"\)/],
      ['{"format": "isnad-corpus", "schemaVersion": 1}', /corpus index/],
      [JSON.stringify({ ...file, version: 2 }), /newer Isnad \(export format version 2\); this Isnad reads version 1/],
      [JSON.stringify({ ...file, version: 'one' }), /no valid format version/],
      [JSON.stringify({ ...file, offsetUnit: 'bytes' }), /malformed: offsetUnit/],
      [
        `${JSON.stringify({ format: 'isnad-export', version: 1 })}\n{"format":"isnad-export"}`,
        /JSONL export .* import the \.json export instead/,
      ],
    ];
    for (const [text, message] of cases) {
      const err = await rejection(() => readDataset(text, 'x.json'));
      expect(err.message, text.slice(0, 40)).toMatch(message);
    }
    const newer = await rejection(() => readDataset(JSON.stringify({ ...file, version: 2 })));
    expect(newer.code).toBe('unsupported_version');
  });

  it('refuses text changed after export, text with CRLF, and offsets that disagree', async () => {
    const { json } = await source();
    const edit = (change: (file: { documents: Array<Record<string, unknown>> }) => void) => {
      const file = JSON.parse(json);
      change(file);
      return JSON.stringify(file);
    };
    const changedText = edit((f) => {
      const doc = f.documents[4] as { text: string };
      doc.text = doc.text.replace('budget', 'budgets');
    });
    expect((await rejection(() => readDataset(changedText))).message).toMatch(/documents\.4\.length: does not match the text/);
    const sameLength = edit((f) => {
      const doc = f.documents[4] as { text: string };
      doc.text = doc.text.replace('budget', 'BUDGET');
    });
    expect((await rejection(() => readDataset(sameLength))).message).toMatch(/documents\.4\.contentHash does not match the text/);
    const crlf = edit((f) => {
      const doc = f.documents[2] as { text: string };
      doc.text = doc.text.replace('\n', '\r\n');
    });
    expect((await rejection(() => readDataset(crlf))).message).toMatch(/not normalized/);
    const codePoints = edit((f) => {
      const a = (f.documents[1] as { annotations: Array<{ startCodePoint: number }> }).annotations[1] as { startCodePoint: number };
      a.startCodePoint += 1;
    });
    expect((await rejection(() => readDataset(codePoints))).message).toMatch(/code-point offsets .* disagree with UTF-16 offsets/);
  });

  it('a quote whose speaker was filtered out imports with the link cleared and a warning; in a complete export it is an error', async () => {
    const { dir, store, json } = await source();
    const quotesOnly = await exportedText(store, 'json', join(dir, 'quotes.json'), { filter: { types: ['quote'] } });
    const dataset = readDataset(quotesOnly);
    expect(dataset.warnings).toHaveLength(3);
    const target = await openStore(join(dir, 'target'));
    const summary = await importDataset(target, dataset, 'fail');
    expect(summary).toMatchObject({ imported: 4, annotations: 4 });
    // The English as before (--json), the code beside it, and the same warning in Arabic.
    expect(summary.warnings[0]).toMatch(/speakerId pointed at .* left out; the link was cleared/);
    expect(summary.warningCodes?.[0]?.id).toBe('exchange.warning.linkCleared');
    const arabic = createTranslator({ language: 'ar', digits: 'arab' });
    expect(messageText(arabic, warningsOf(summary)[0]!)).toMatch(
      /: كان \u2068speakerId\u2069 يشير إلى ".+"، وقد تُرك خارج هذا التصدير؛ فأُزيل الرابط\.$/,
    );

    const complete = JSON.parse(json);
    const doc = complete.documents[0];
    doc.annotations = doc.annotations.filter((a: { type: string }) => a.type !== 'speaker');
    expect((await rejection(() => readDataset(JSON.stringify(complete)))).message).toMatch(
      /attributes\.speakerId: no speaker annotation with id/,
    );
  });

  it('cancelling midway removes the documents already written', async () => {
    const { dir, json } = await source();
    const target = await openStore(join(dir, 'target'));
    const controller = new AbortController();
    const err = await rejection(() =>
      importDataset(target, readDataset(json), 'fail', {
        signal: controller.signal,
        onProgress: (done) => done === 3 && controller.abort(),
      }),
    );
    expect(err.code).toBe('cancelled');
    expect(target.documentCount).toBe(0);
    expect(await readdir(join(dir, 'target', 'documents'))).toEqual([]);
  });
});

describe('CorpusStore.insertDocument', () => {
  it('checks a complete document like an edit: spans, attributes, links and the text hash', async () => {
    const { dir, store, ids } = await source();
    const target = await openStore(join(dir, 'target'));
    const doc = await store.getDocument(ids.arabic);
    const broken = (change: (d: typeof doc) => void) => {
      const copy = structuredClone(doc);
      change(copy);
      return copy;
    };
    const cases: Array<[typeof doc, RegExp]> = [
      [broken((d) => void ((d.annotations[0] as { end: number }).end = d.text.length + 5)), /annotations\.0\.end: end must be at most/],
      [broken((d) => void ((d.annotations[1] as { attributes: object }).attributes = { colour: 'red' })), /attributes/],
      [broken((d) => void ((d.annotations[1] as { id: string }).id = (d.annotations[0] as { id: string }).id)), /duplicate annotation id/],
      [broken((d) => void (d.contentHash = 'f'.repeat(64))), /contentHash: does not match the text/],
      [broken((d) => void (d.regions[0] = { ...(d.regions[0] as (typeof d.regions)[0]), end: 10_000 })), /regions\.0\.end/],
    ];
    const quote = doc.annotations.findIndex((a) => a.type === 'quote');
    cases.push([
      broken((d) => {
        const q = d.annotations[quote];
        if (q?.type === 'quote') q.attributes.speakerId = 'nobody';
      }),
      new RegExp(`annotations\\.${quote}: attributes\\.speakerId: no speaker annotation`),
    ]);
    for (const [bad, message] of cases) {
      const err = await rejection(() => target.insertDocument(bad));
      expect(err.message).toMatch(message);
    }
    expect(target.documentCount).toBe(0);
    await target.insertDocument(doc);
    expect((await rejection(() => target.insertDocument(doc))).message).toMatch(/already in the corpus/);
    expect(await target.getDocument(doc.id)).toEqual(doc);
  });
});
