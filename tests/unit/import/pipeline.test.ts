import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Document, DocumentSummary } from '../../../shared/domain/document';
import { suggestSplit } from '../../../shared/import/articles';
import type { Services } from '../../../electron/services/api';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { DEFAULT_CONCURRENCY, runImport } from '../../../electron/services/import/pipeline';
import { sourcesFromPaths } from '../../../electron/services/import/sources';
import { call, importThroughContract, utf8 } from '../../helpers/import';
import { ARABIC_SCRAPED_PAGE, ENGLISH_SCRAPED_PAGE, LONG_ARABIC, LONG_ENGLISH } from '../../helpers/import-fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
let services: Services | null = null;
afterEach(async () => {
  await services?.close();
  services = null;
  await temp.cleanup();
});

async function open(dir?: string) {
  services = await openTestServices(dir ?? join(await temp.make(), 'corpus'));
  return services;
}

function article(i: number): string {
  const words = ['budget', 'council', 'harbour', 'wheat', 'storm', 'schools', 'ferry', 'ministry', 'river', 'market', 'bridge', 'vote'];
  const sentence = Array.from({ length: 60 }, (_, k) => words[(i * 7 + k * ((i % 5) + 1)) % words.length]).join(' ');
  return `Story ${i}\n\n${sentence} ${i}.\n\nIt was story number ${i} of the batch.`;
}

describe('duplicates', () => {
  it('skips the same text (even with a BOM and CRLF), reports what it duplicates, and skips the same file again', async () => {
    const s = await open();
    const first = await importThroughContract(s, [{ name: 'a.txt', bytes: LONG_ENGLISH }]);
    const id = first.files[0]!.documents[0]!.id;
    const crlf = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(LONG_ENGLISH.replace(/\n/g, '\r\n'))]);
    const again = await importThroughContract(s, [
      { name: 'copy-of-a.txt', bytes: crlf },
      { name: 'a-again.txt', bytes: LONG_ENGLISH },
    ]);
    expect(again.files.map((f) => [f.status, f.duplicates[0]?.of.id, f.duplicates[0]?.by])).toEqual([
      ['duplicate', id, 'text'],
      ['duplicate', id, 'file'],
    ]);
    expect(again.totals).toMatchObject({ documents: 0, duplicates: 2 });
    expect(s.ctx.store.documentCount).toBe(1);
  });

  it('imports a text again after its document was deleted', async () => {
    const s = await open();
    const first = await importThroughContract(s, [{ name: 'a.txt', bytes: LONG_ENGLISH }]);
    await call(s, 'deleteDocument', { id: first.files[0]!.documents[0]!.id });
    const again = await importThroughContract(s, [{ name: 'a.txt', bytes: LONG_ENGLISH }]);
    expect(again.files[0]!.status).toBe('imported');
  });

  it('catches duplicates within one import, including files in flight at the same time', async () => {
    const s = await open();
    const files = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.txt`, bytes: i % 3 === 0 ? LONG_ARABIC : article(i) }));
    const report = await importThroughContract(s, files);
    expect(report.files.filter((f) => f.status === 'duplicate').map((f) => f.name)).toEqual(['f3.txt', 'f6.txt', 'f9.txt']);
    expect(report.files[3]!.duplicates[0]!.of.id).toBe(report.files[0]!.documents[0]!.id);
    expect(s.ctx.store.documentCount).toBe(9);
  });

  it('flags a near-duplicate (same article, other boilerplate) and links it to the first', async () => {
    const s = await open();
    const withBoilerplate = `${LONG_ARABIC}\n\nاقرأ أيضاً: الحكومة ترفع أسعار الخبز\n\nالمصدر: الأهرام\n\nكلمات دلالية: قمح مياه`;
    const edited = `${LONG_ARABIC.replace('هذا العام', 'هذه السنة')}\n\nمقالات مشابهة\n• خبر عن السدود في الجنوب\n• خبر عن أسعار الأسمدة`;
    const report = await importThroughContract(s, [
      { name: 'one.txt', bytes: withBoilerplate },
      { name: 'two.txt', bytes: edited },
      { name: 'other.txt', bytes: LONG_ENGLISH },
    ]);
    const [one, two, other] = report.files.map((f) => f.documents[0]!);
    expect(two!.nearDuplicateOf).toMatchObject({ id: one!.id, title: 'one' });
    expect(two!.nearDuplicateOf!.similarity).toBeGreaterThan(0.85);
    expect(other!.nearDuplicateOf).toBeUndefined();
    expect(report.totals.nearDuplicates).toBe(1);
    const doc = await call<Document>(s, 'getDocument', { id: two!.id });
    expect(doc.links).toEqual([{ documentId: one!.id, relation: 'near-duplicate-of' }]);
  });
});

describe('run-together articles', () => {
  it('stores the page whole with its regions and outlet, offers the split, and splitting makes linked documents', async () => {
    const s = await open();
    const report = await importThroughContract(s, [{ name: 'page.txt', bytes: ARABIC_SCRAPED_PAGE }]);
    const imported = report.files[0]!.documents[0]!;
    expect(imported).toMatchObject({ outlet: 'الوكالة الوطنية للإعلام', boilerplate: 5 });
    expect(imported.regionKinds).toEqual({ 'read-also': 1, 'source-line': 1, tags: 1, dateline: 1, related: 2 });
    const whole = await call<Document>(s, 'getDocument', { id: imported.id });
    expect(whole.regions.filter((r) => r.excluded)).toHaveLength(5);
    expect(whole.regions.every((r) => whole.text.slice(r.start, r.end).trim().length > 0)).toBe(true);

    const offer = imported.split!;
    expect(offer.articles.map((a) => a.title)).toEqual(['', 'الحكومة تقر خطة لإعادة إعمار الأحياء المتضررة']);
    // The document screen works the offer out from the stored text and regions: the same offer.
    expect(suggestSplit(whole.text, whole.regions)).toEqual(offer);

    const { documents } = await call<{ documents: DocumentSummary[] }>(s, 'splitDocument', { id: imported.id, at: offer.at });
    expect(documents.map((d) => [d.title, d.source.outlet, d.lang])).toEqual([
      ['page', 'الوكالة الوطنية للإعلام', 'ar'],
      ['الحكومة تقر خطة لإعادة إعمار الأحياء المتضررة', 'رويترز', 'ar'],
    ]);
    await expect(call(s, 'getDocument', { id: imported.id })).rejects.toMatchObject({ code: 'not_found' });
    const [first, second] = await Promise.all(documents.map((d) => call<Document>(s, 'getDocument', { id: d.id })));
    expect(first!.links).toEqual([{ documentId: second!.id, relation: 'next-article' }]);
    expect(second!.links).toEqual([{ documentId: first!.id, relation: 'previous-article' }]);
    expect(first!.text + '\n\n' + second!.text).toBe(ARABIC_SCRAPED_PAGE);
    // Regions moved with their text.
    const tags = second!.regions.find((r) => r.kind === 'related');
    expect(second!.text.slice(tags!.start, tags!.end)).toBe('مواضيع ذات صلة: البنك الدولي يقدر الخسائر بمليارات الدولارات');
    expect(first!.regions.map((r) => r.kind)).toEqual(['read-also', 'source-line', 'tags']);
    // The pieces still know the file they came from, so importing it again is a duplicate.
    const again = await importThroughContract(s, [{ name: 'page.txt', bytes: ARABIC_SCRAPED_PAGE }]);
    expect(again.files[0]).toMatchObject({ status: 'duplicate', duplicates: [{ by: 'file' }] });
  });

  it('moves annotations with the split and refuses split points that are not line starts', async () => {
    const s = await open();
    const report = await importThroughContract(s, [{ name: 'page.txt', bytes: ENGLISH_SCRAPED_PAGE }]);
    const { id, split } = report.files[0]!.documents[0]!;
    const quote = '"Safety comes first,"';
    const start = ENGLISH_SCRAPED_PAGE.indexOf(quote);
    await call(s, 'createAnnotation', { documentId: id, type: 'quote', start, end: start + quote.length, text: quote });
    await expect(call(s, 'splitDocument', { id, at: [split!.at[0]! + 3] })).rejects.toMatchObject({
      code: 'invalid_input',
      message: /not at the start of a line/,
    });
    const { documents } = await call<{ documents: DocumentSummary[] }>(s, 'splitDocument', { id, at: split!.at });
    expect(documents.map((d) => d.counts.quote)).toEqual([0, 1]);
    const second = await call<Document>(s, 'getDocument', { id: documents[1]!.id });
    const moved = second.annotations[0]!;
    expect(second.text.slice(moved.start, moved.end)).toBe(quote);
  });

  it('keeps the original, and removes the pieces, when the document changes while it is being split', async () => {
    const s = await open();
    const report = await importThroughContract(s, [{ name: 'page.txt', bytes: ENGLISH_SCRAPED_PAGE }]);
    const { id, split } = report.files[0]!.documents[0]!;
    const quote = '"Safety comes first,"';
    const start = ENGLISH_SCRAPED_PAGE.indexOf(quote);
    // An edit lands on the original right after the first piece is written.
    let edit: Promise<unknown> | null = null;
    const stop = s.ctx.store.subscribe((event) => {
      if (event.kind === 'document-added' && edit === null) {
        edit = s.ctx.store.createAnnotation({ documentId: id, type: 'quote', start, end: start + quote.length, text: quote });
      }
    });
    await expect(call(s, 'splitDocument', { id, at: split!.at })).rejects.toMatchObject({ code: 'conflict', message: /changed meanwhile/ });
    stop();
    await edit;
    expect(s.ctx.store.listDocuments().map((d) => d.id)).toEqual([id]);
    const original = await call<Document>(s, 'getDocument', { id });
    expect(original.annotations.map((a) => a.text)).toEqual([quote]);
  });

  it('with split "always", stores each article as its own linked document', async () => {
    const s = await open();
    const report = await importThroughContract(s, [{ name: 'page.txt', bytes: ENGLISH_SCRAPED_PAGE }], { split: 'always' });
    const docs = report.files[0]!.documents;
    expect(docs.map((d) => [d.title, d.outlet])).toEqual([
      ['Council approves new budget after long debate', 'Reuters'],
      ['Storm closes ports along the south coast', 'AP'],
    ]);
    expect(docs[0]!.splitWith).toEqual([{ id: docs[1]!.id, title: docs[1]!.title }]);
    expect(docs.every((d) => d.split === undefined)).toBe(true);
  });
});

describe('bulk import', () => {
  it('walks a folder recursively, skips hidden files, and adds documents in file order', async () => {
    const root = await temp.make();
    await mkdir(join(root, 'news', 'b-sub'), { recursive: true });
    for (let i = 0; i < 6; i++) await writeFile(join(root, 'news', `a${i}.txt`), article(i));
    await writeFile(join(root, 'news', 'b-sub', 'c.txt'), article(50));
    await writeFile(join(root, 'news', '.DS_Store'), 'x');
    const s = await open();
    const sources = await sourcesFromPaths([join(root, 'news')]);
    const report = await runImport(
      s.ctx.store,
      sources,
      { maxFileBytes: 1 << 20, split: 'offer' },
      { update() {}, signal: new AbortController().signal },
    );
    expect(report.files.map((f) => [f.name.slice(root.length + 1), f.status])).toEqual([
      ['news/.DS_Store', 'skipped'],
      ...Array.from({ length: 6 }, (_, i) => [`news/a${i}.txt`, 'imported']),
      ['news/b-sub/c.txt', 'imported'],
    ]);
    // "Story 50" reads as a headline and titles its file; "Story 0" is too short to be one.
    expect(s.ctx.store.listDocuments().map((d) => d.title)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'Story 50']);
  });

  it('reports progress file by file and, when cancelled, starts no new file and leaves the rest reported as not imported', async () => {
    const root = await temp.make();
    for (let i = 0; i < 400; i++) await writeFile(join(root, `${String(i).padStart(3, '0')}.txt`), article(i));
    const s = await open();
    const controller = new AbortController();
    const updates: Array<[number, number]> = [];
    const report = await runImport(
      s.ctx.store,
      await sourcesFromPaths([root]),
      { maxFileBytes: 1 << 20, split: 'offer' },
      {
        signal: controller.signal,
        update(done, total) {
          updates.push([done, total]);
          if (done >= 20) controller.abort();
        },
      },
    );
    expect(updates.every(([, total]) => total === 400)).toBe(true);
    expect(updates.map(([done]) => done)).toEqual([...updates.map(([done]) => done)].sort((a, b) => a - b));
    const imported = report.files.filter((f) => f.status === 'imported').length;
    // Files already in flight finish; nothing new starts.
    expect(imported).toBeGreaterThanOrEqual(20);
    expect(imported).toBeLessThanOrEqual(20 + DEFAULT_CONCURRENCY);
    expect(report.cancelled).toBe(true);
    expect(report.files.filter((f) => f.status === 'cancelled').every((f) => f.reason === 'not imported: the import was cancelled')).toBe(
      true,
    );
    expect(report.files.filter((f) => f.status === 'cancelled')).toHaveLength(400 - imported);
    expect(s.ctx.store.documentCount).toBe(imported);
  });

  it('a cancel part-way through one big CSV reports the import cancelled, with the records left out; a cancel after the end does not', async () => {
    const root = await temp.make();
    const rows = Array.from({ length: 600 }, (_, i) => `"${article(i).replace(/"/g, '""')}"`);
    await writeFile(join(root, 'feed.csv'), `text\n${rows.join('\n')}\n`);
    const s = await open();
    const controller = new AbortController();
    const watch = setInterval(() => s.ctx.store.documentCount >= 10 && controller.abort(), 1);
    const report = await runImport(
      s.ctx.store,
      await sourcesFromPaths([root]),
      { maxFileBytes: 1 << 24, split: 'offer' },
      {
        signal: controller.signal,
        update() {},
      },
    );
    clearInterval(watch);
    expect(report.cancelled).toBe(true);
    expect(report.files[0]?.warnings.join(' ')).toMatch(/the import was cancelled after \d+ of 600 records/);
    expect(s.ctx.store.documentCount).toBeLessThan(600);

    const late = new AbortController();
    const done = await runImport(
      s.ctx.store,
      await sourcesFromPaths([join(root, 'feed.csv')]),
      { maxFileBytes: 1 << 24, split: 'offer' },
      {
        signal: late.signal,
        update(n, total) {
          if (n === total) late.abort(); // the cancel arrives as the last file finishes
        },
      },
    );
    expect(done.cancelled).toBe(false);
  });

  it('a job cancelled through the contract leaves every stored document whole and the index consistent', async () => {
    const corpus = join(await temp.make(), 'corpus');
    const s = await open(corpus);
    const files = Array.from({ length: 600 }, (_, i) => ({ name: `batch/${i}.txt`, bytes: article(i) }));
    const uploads = files.map((f) => ({ name: f.name, size: utf8(f.bytes).length, data: Buffer.from(f.bytes).toString('base64') }));
    const { stagingId } = await call<{ stagingId: string }>(s, 'stageImportFiles', { files: uploads });
    const job = await call<{ id: string; state: string }>(s, 'startImport', { stagingId });
    expect(job.state).toBe('running');
    await call(s, 'cancelJob', { jobId: job.id });
    const status = await s.ctx.jobs.wait(job.id);
    expect(status.state).toBe('cancelled');
    const report = status.result as { files: Array<{ status: string }>; cancelled: boolean };
    expect(report.cancelled).toBe(true);
    const imported = report.files.filter((f) => f.status === 'imported').length;
    expect(imported).toBeLessThan(600);
    expect(s.ctx.store.documentCount).toBe(imported);
    await s.close();
    services = null;

    // On disk: exactly the imported documents, each complete, and an index that lists them.
    const names = (await readdir(join(corpus, 'documents'))).filter((n) => !n.startsWith('.'));
    expect(names).toHaveLength(imported);
    for (const name of names) expect(JSON.parse(await readFile(join(corpus, 'documents', name), 'utf-8')).text).toMatch(/^Story \d+/);
    const summaries = join(corpus, '.isnad', 'summaries');
    let listed = 0;
    for (const name of (await readdir(summaries).catch(() => [] as string[])).filter((n) => n !== 'state.json')) {
      listed += JSON.parse(await readFile(join(summaries, name), 'utf-8')).summaries.length;
    }
    expect(listed).toBe(imported);
    const reopened = await CorpusStore.open(corpus);
    expect(reopened.documentCount).toBe(imported);
    await reopened.close();
  });
});
