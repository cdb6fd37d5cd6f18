import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { writeExport } from '../../../electron/services/exchange/write-export';
import { IsnadError } from '../../../shared/errors';
import { ExportRequest } from '../../../shared/exchange/request';
import { mark, seedExchangeCorpus } from '../../helpers/exchange-corpus';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const stores: CorpusStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

const ORG = { name: 'مرصد الحقيقة', url: 'https://factcheck.example.org' };

/**
 * Offline stand-in for https://schema.org's context: the terms ClaimReview uses, mapped
 * into the schema.org vocabulary. jsonld's safe mode then fails on any key it cannot map.
 */
const SCHEMA_CONTEXT = { '@context': { '@vocab': 'https://schema.org/', url: { '@id': 'https://schema.org/url', '@type': '@id' } } };
const documentLoader = async (url: string) => {
  if (url !== 'https://schema.org') throw new Error(`unexpected context ${url}: the test must not touch the network`);
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_CONTEXT };
};

async function seeded() {
  const dir = await temp.make();
  const store = await CorpusStore.open(join(dir, 'corpus'));
  stores.push(store);
  const ids = await seedExchangeCorpus(store);
  const arabic = await store.getDocument(ids.arabic);
  const quote = arabic.annotations.find((a) => a.type === 'quote');
  await store.updateAnnotation({
    documentId: ids.arabic,
    id: quote?.id as string,
    verdict: { reviewUrl: 'https://factcheck.example.org/ar/1', checkedAt: '2024-03-12T10:00:00Z' },
  });
  const figure = arabic.annotations.find((a) => a.text === '120 شخصاً');
  await store.updateAnnotation({
    documentId: ids.arabic,
    id: figure?.id as string,
    verdict: { status: 'false', reviewUrl: 'https://factcheck.example.org/ar/2' },
  });
  await mark(store, ids.english, {
    type: 'quote',
    text: ENGLISH_QUOTE,
    verdict: { status: 'unverifiable', reviewUrl: 'https://factcheck.example.org/en/3' },
  });
  return { dir, store, ids };
}
const ENGLISH_QUOTE = '"We listened to every neighbourhood,"';

async function exportClaimReview(store: CorpusStore, dir: string) {
  const out = join(dir, 'reviews.jsonld');
  const summary = await writeExport(store, ExportRequest.parse({ format: 'claimreview', organization: ORG }), out, { appVersion: 'test' });
  return { summary, json: JSON.parse(await readFile(out, 'utf8')) as { '@context': string; '@graph': Array<Record<string, any>> } };
}

describe('ClaimReview export', () => {
  it('writes one ClaimReview per reviewed quote or figure with Google’s required fields and the documented rating', async () => {
    const { dir, store } = await seeded();
    const { summary, json } = await exportClaimReview(store, dir);
    expect(json['@context']).toBe('https://schema.org');
    const reviews = json['@graph'];
    expect(reviews).toHaveLength(3);
    for (const r of reviews) {
      expect(r['@type']).toBe('ClaimReview');
      expect(r.claimReviewed).toEqual(expect.any(String));
      expect(r.claimReviewed.length).toBeGreaterThan(0);
      expect(r.url).toMatch(/^https:\/\/factcheck\.example\.org\//);
      expect(r.reviewRating.alternateName).toEqual(expect.any(String));
      expect(r.author).toEqual({ '@type': 'Organization', name: ORG.name, url: ORG.url });
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.itemReviewed['@type']).toBe('Claim');
    }
    const quote = reviews.find((r) => r.claimReviewed === '«الوضع تحت السيطرة»');
    expect(quote).toMatchObject({
      datePublished: '2024-03-12',
      inLanguage: 'ar',
      reviewRating: { '@type': 'Rating', alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        author: { '@type': 'Person', name: 'خالد العمري' },
        datePublished: '2024-03-10',
        appearance: { '@type': 'NewsArticle', url: 'https://example.org/ar', publisher: { name: 'الأسبوع' } },
      },
    });
    // A figure is reviewed as the sentence that states it, not the bare number.
    const figure = reviews.find((r) => r.url.endsWith('/ar/2'));
    expect(figure?.claimReviewed).toContain('120 شخصاً');
    expect(figure?.claimReviewed.length).toBeGreaterThan('120 شخصاً'.length);
    expect(figure?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 });
    // Unverifiable has a name but no number on the scale.
    expect(reviews.find((r) => r.url.endsWith('/en/3'))?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
    // The disputed emoji quote has no published URL: listed, not exported with a made-up one.
    expect(summary.needsUrl).toEqual([
      expect.objectContaining({
        type: 'quote',
        status: 'disputed',
        text: '“We will open 3 🏫 new schools,”',
        documentTitle: 'Emoji 🎉 story',
      }),
    ]);
    expect(JSON.stringify(json)).not.toContain('We will open');
  });

  it('is read by a JSON-LD processor (jsonld, safe mode) as schema.org ClaimReview triples', async () => {
    const { dir, store } = await seeded();
    const { json } = await exportClaimReview(store, dir);
    const expanded = (await jsonld.expand(
      json as never,
      { documentLoader: documentLoader as never, safe: true } as never,
    )) as unknown as Array<Record<string, unknown>>;
    const types = expanded.flatMap((node) => (node['@type'] as string[] | undefined) ?? []);
    expect(types.filter((t) => t === 'https://schema.org/ClaimReview')).toHaveLength(3);
    const nquads = (await jsonld.toRDF(
      json as never,
      { format: 'application/n-quads', documentLoader: documentLoader as never } as never,
    )) as unknown as string;
    expect(nquads).toContain('<https://schema.org/claimReviewed> "«الوضع تحت السيطرة»"');
    expect(nquads).toContain('<https://schema.org/url> <https://factcheck.example.org/ar/1>');
    expect(nquads).toContain('<https://schema.org/alternateName> "Unverifiable"');
  });

  it('is refused without the fact-checking organisation, before anything is written', async () => {
    const { dir, store } = await seeded();
    const err = await writeExport(store, ExportRequest.parse({ format: 'claimreview' }), join(dir, 'x.jsonld'), {
      appVersion: 'test',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IsnadError);
    expect((err as IsnadError).message).toMatch(/organisation/);
    expect(ExportRequest.safeParse({ format: 'claimreview', organization: { name: ' ' } }).success).toBe(false);
    expect(ExportRequest.safeParse({ format: 'claimreview', organization: { name: 'X', url: 'javascript:alert(1)' } }).success).toBe(false);
  });

  it('refuses a review URL that is not an http(s) address', async () => {
    const { store, ids } = await seeded();
    const doc = await store.getDocument(ids.arabic);
    const quote = doc.annotations.find((a) => a.type === 'quote');
    await expect(
      store.updateAnnotation({ documentId: ids.arabic, id: quote?.id as string, verdict: { reviewUrl: 'not a url' } }),
    ).rejects.toThrow(/http/);
    expect((await store.getDocument(ids.arabic)).annotations.find((a) => a.id === quote?.id)?.verdict.reviewUrl).toBe(
      'https://factcheck.example.org/ar/1',
    );
  });
});
