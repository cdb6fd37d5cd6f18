import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore, contentHash } from '../../../electron/services/corpus/store';
import { importWebAnnotations } from '../../../electron/services/exchange/import-web-annotations';
import { writeExport } from '../../../electron/services/exchange/write-export';
import type { Annotation } from '../../../shared/domain/annotation';
import { IsnadError } from '../../../shared/errors';
import { AnnotationFilter } from '../../../shared/exchange/filter';
import { exportDocument } from '../../../shared/exchange/record';
import { ExportRequest } from '../../../shared/exchange/request';
import { webAnnotationOf } from '../../../shared/exchange/web-annotation';
import { seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const stores: CorpusStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function open(dir: string, name: string) {
  const store = await CorpusStore.open(join(dir, name));
  stores.push(store);
  return store;
}

/** A seeded corpus exported as W3C annotations (boilerplate included, so every annotation travels). */
async function exported() {
  const dir = await temp.make();
  const store = await open(dir, 'a');
  const ids = await seedExchangeCorpus(store);
  const out = join(dir, 'annotations.jsonld');
  await writeExport(store, ExportRequest.parse({ format: 'w3c', filter: { includeExcluded: true } }), out, { appVersion: 'test' });
  return { dir, store, ids, out, content: await readFile(out, 'utf8') };
}

/** The same documents in another corpus, without their annotations. */
async function emptyCopy(dir: string, from: CorpusStore, edit: (text: string) => string = (t) => t) {
  const store = await open(dir, 'b');
  for (const summary of from.listDocuments()) {
    const doc = await from.getDocument(summary.id);
    const text = edit(doc.text);
    await store.insertDocument({
      ...doc,
      text,
      contentHash: contentHash(text),
      annotations: [],
      regions: text === doc.text ? doc.regions : [],
    });
  }
  return store;
}

function comparable(list: Annotation[]) {
  return list.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
}

describe('W3C Web Annotation export', () => {
  it('gives each annotation a TextQuoteSelector and a TextPositionSelector counted in code points', async () => {
    const { content, ids, store } = await exported();
    const file = JSON.parse(content);
    expect(file).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 17 });
    const items = file.first.items as Array<Record<string, any>>;
    expect(items).toHaveLength(17);
    const emoji = await store.getDocument(ids.emoji);
    const text = [...emoji.text];
    for (const item of items.filter((i) => i.target.source === `urn:isnad:document:${ids.emoji}`)) {
      const [quote, position] = item.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      // Slicing by code points (as Python does) gives the quoted text, also after emoji.
      expect(text.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
    const quote = items.find((i) => i.target.selector[0].exact === '«الوضع تحت السيطرة»');
    expect(quote?.body).toEqual(
      expect.arrayContaining([
        { type: 'TextualBody', purpose: 'tagging', value: 'quote' },
        { type: 'TextualBody', purpose: 'identifying', value: 'خالد العمري' },
        { type: 'TextualBody', purpose: 'assessing', value: 'verified' },
        { type: 'TextualBody', purpose: 'commenting', value: 'أكده\nبالهاتف' },
      ]),
    );
    expect(quote?.target.scope).toBe('https://example.org/ar');
  });
});

describe('W3C Web Annotation import onto a document', () => {
  it('writes each annotation exactly as JSON.stringify indents the annotation model (with and without the article URL)', async () => {
    const { content, store } = await exported();
    const items = JSON.parse(content).first.items as unknown[];
    const expected: unknown[] = [];
    for (const summary of store.listDocuments()) {
      const doc = exportDocument(await store.getDocument(summary.id), AnnotationFilter.parse({ includeExcluded: true }));
      if (doc) expected.push(...doc.annotations.map((a) => webAnnotationOf(doc, a)));
    }
    expect(expected.some((a) => 'scope' in (a as { target: object }).target)).toBe(true);
    expect(expected.some((a) => !('scope' in (a as { target: object }).target))).toBe(true);
    expect(items).toHaveLength(expected.length);
    const body = JSON.stringify({ first: { items: expected } }, null, 2);
    expect(content).toContain(body.slice(body.indexOf('['), body.lastIndexOf(']') + 1));
  });

  it('round trip Isnad → W3C → Isnad gives the same annotations (ids, spans, attributes, links, verdicts)', async () => {
    const { dir, store, content } = await exported();
    const copy = await emptyCopy(dir, store);
    for (const summary of store.listDocuments().filter((d) => d.counts.quote + d.counts.speaker + d.counts.figure > 0)) {
      const result = await importWebAnnotations(copy, summary.id, content, 'annotations.jsonld');
      expect(result.orphaned).toEqual([]);
      expect(result.placed.every((p) => p.method === 'position' && !p.changed)).toBe(true);
      const [before, after] = await Promise.all([store.getDocument(summary.id), copy.getDocument(summary.id)]);
      expect(comparable(after.annotations)).toEqual(comparable(before.annotations));
    }
    // Importing the same file again adds nothing.
    const again = await importWebAnnotations(copy, store.listDocuments()[0]?.id as string, content, 'annotations.jsonld');
    expect(again).toMatchObject({ imported: 0, revision: null });
    expect(again.alreadyThere).toBeGreaterThan(0);
  });

  it('re-anchors on an edited article by quote (exact, then approximate) and flags what changed', async () => {
    const { dir, store, ids, content } = await exported();
    const edit = (text: string) =>
      text.startsWith('قال') || text.includes('خالد العمري')
        ? `تحديث: أضيفت هذه الفقرة بعد النشر.\n\n${text.replace('«الوضع تحت السيطرة»', '«الأوضاع تحت السيطرة»')}`
        : text;
    const copy = await emptyCopy(dir, store, edit);
    const result = await importWebAnnotations(copy, ids.arabic, content, 'annotations.jsonld');
    const doc = await copy.getDocument(ids.arabic);
    expect(result.orphaned).toEqual([]);
    expect(result.placed.filter((p) => p.method === 'position')).toEqual([]);
    const quote = doc.annotations.find((a) => a.type === 'quote');
    expect(quote?.text).toBe('«الأوضاع تحت السيطرة»');
    expect(result.placed.find((p) => p.id === quote?.id)).toMatchObject({ method: 'fuzzy', changed: true });
    const speaker = doc.annotations.find((a) => a.text === 'خالد العمري');
    expect(doc.text.slice(speaker?.start, speaker?.end)).toBe('خالد العمري');
    expect(quote?.type === 'quote' && quote.attributes.speakerId).toBe(speaker?.id);
  });

  it('reports an annotation whose text is gone as orphaned and stores the rest', async () => {
    const { dir, store, ids, content } = await exported();
    const copy = await emptyCopy(dir, store, (t) => t.replace('Amal Haddad', 'the mayor'));
    const result = await importWebAnnotations(copy, ids.emoji, content, 'annotations.jsonld');
    expect(result.orphaned).toEqual([expect.objectContaining({ exact: 'Amal Haddad' })]);
    // The quote linked to the orphaned speaker keeps its place; its link is cleared and counted.
    expect(result.unlinked).toBe(1);
    expect((await copy.getDocument(ids.emoji)).annotations).toHaveLength(3);
  });
});

describe('W3C import refuses bad files and stores nothing', () => {
  async function target() {
    const { dir, store, ids, content } = await exported();
    const before = await store.getDocument(ids.english);
    await expect(store.getDocument(ids.english)).resolves.toMatchObject({ revision: before.revision });
    return { dir, store, ids, content, before };
  }

  async function refused(store: CorpusStore, documentId: string, content: string): Promise<IsnadError> {
    const before = await store.getDocument(documentId);
    const err = await importWebAnnotations(store, documentId, content, 'bad.jsonld').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IsnadError);
    const after = await store.getDocument(documentId);
    expect(after.revision).toBe(before.revision);
    expect(after.annotations).toEqual(before.annotations);
    return err as IsnadError;
  }

  it('malformed JSON', async () => {
    const { store, ids, content } = await target();
    expect((await refused(store, ids.arabic, content.slice(0, 500))).message).toMatch(/^bad\.jsonld: not valid JSON/);
    expect((await refused(store, ids.arabic, '{"type": "Annotation"}')).message).toMatch(/annotation 1: target/);
    expect((await refused(store, ids.arabic, '[]')).message).toMatch(/holds no annotations/);
  });

  it('a file made on another document', async () => {
    const { store, ids, content } = await target();
    const other = content.replaceAll(`urn:isnad:document:`, 'urn:isnad:document:x').replaceAll('"scope"', '"was"');
    expect((await refused(store, ids.arabic, other)).message).toMatch(/this file annotates urn:isnad:document:x.*not “بيان وزارة الصحة”/);
  });

  it('a selector out of range, or not a text selector', async () => {
    const { store, ids, content } = await target();
    const file = JSON.parse(content);
    const item = file.first.items.find((i: any) => i.target.source.endsWith(ids.arabic));
    item.target.selector[1].end = 99_999;
    item.target.selector[1].start = 99_990;
    expect((await refused(store, ids.arabic, JSON.stringify(file))).message).toMatch(/TextPositionSelector 99990–99999 lies outside/);
    item.target.selector[1] = { type: 'TextPositionSelector', start: 10, end: 4 };
    expect((await refused(store, ids.arabic, JSON.stringify(file))).message).toMatch(/end must be greater than start/);
    item.target.selector = [{ type: 'FragmentSelector', value: 'page=2' }];
    expect((await refused(store, ids.arabic, JSON.stringify(file))).message).toMatch(/no TextQuoteSelector/);
    item.target.selector = [{ type: 'TextQuoteSelector', exact: 'x' }];
    item.body = [{ type: 'TextualBody', purpose: 'tagging', value: 'opinion' }];
    expect((await refused(store, ids.arabic, JSON.stringify(file))).message).toMatch(/no Isnad type/);
  });
});
