import { readFile, unlink, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/api';
import { searchIndexFiles } from '../../../electron/services/search/cache';
import { IsnadError } from '../../../shared/errors';
import { AR_CAIRO, AR_DIPLOMACY, AR_HEALTH, EN_BUDGET, EN_STATE } from '../../helpers/search-fixtures';
import { openTestServices } from '../../helpers/services';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
const open: Services[] = [];

async function services(dir: string, log?: string[]): Promise<Services> {
  const s = log
    ? await (
        await import('../../../electron/services/api')
      ).openServices({ corpusDir: dir, mode: 'browser', version: 't', log: (m) => log.push(m) })
    : await openTestServices(dir);
  open.push(s);
  return s;
}

async function close(s: Services): Promise<void> {
  open.splice(open.indexOf(s), 1);
  await s.close();
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function seeded(dir: string) {
  const s = await services(dir);
  const { store } = s.ctx;
  const ids = {
    diplomacy: (await store.addDocument({ title: 'بلينكن في الدوحة', text: AR_DIPLOMACY, source: { outlet: 'الأسبوع' } })).id,
    cairo: (await store.addDocument({ title: 'لقاء القاهرة', text: AR_CAIRO, source: { outlet: 'الاتحاد' } })).id,
    health: (await store.addDocument({ title: 'الصحة', text: AR_HEALTH })).id,
    state: (await store.addDocument({ title: 'Secretary in Doha', text: EN_STATE, source: { outlet: 'Wire' } })).id,
    budget: (await store.addDocument({ title: 'Council budget', text: EN_BUDGET })).id,
  };
  return { s, ids };
}

async function search(s: Services, query: string, clitics = false) {
  const result = await s.dispatch('searchCorpus', { query, clitics });
  if (!result.ok) throw IsnadError.from(result.error);
  return result.value as Awaited<ReturnType<Services['ctx']['catalog']['search']>>;
}

describe('corpus search service', () => {
  it('finds both spellings of وزير الخارجية الأمريكي and reports hits at original offsets', async () => {
    const { s, ids } = await seeded(await temp.make());
    const result = await search(s, 'وزير الخارجية الأمريكي');
    expect(result.documents.map((d) => d.documentId).sort()).toEqual([ids.diplomacy, ids.cairo].sort());
    const doc = await s.ctx.store.getDocument(ids.diplomacy);
    const hits = (await s.ctx.catalog.searchDocument(ids.diplomacy, 'وزير الخارجية الأمريكي', false)).hits;
    const whole = hits.filter((h) => h.coverage === 3).map((h) => doc.text.slice(h.start, h.end));
    expect(whole).toEqual(['وزير الخارجية الأمريكي', 'وزیر الخارجیة الأمریکی']);
    const summary = result.documents.find((d) => d.documentId === ids.diplomacy);
    expect(summary?.snippets.map((sn) => sn.match)).toContain('وزیر الخارجیة الأمریکی');
    for (const sn of summary?.snippets ?? []) expect(doc.text.slice(sn.start, sn.end)).toBe(sn.match);
  });

  it('searches English and Arabic-Indic digits alike, and titles', async () => {
    const { s, ids } = await seeded(await temp.make());
    expect((await search(s, '75')).documents.map((d) => d.documentId).sort()).toEqual([ids.diplomacy, ids.state].sort());
    const werberg = await search(s, 'werberg');
    expect(werberg.documents.map((d) => d.documentId)).toEqual([ids.state]);
    const title = await search(s, 'budget council');
    expect(title.documents[0]?.titleHit).toBe(true);
  });

  it('matches attached clitics only with the option on', async () => {
    const { s, ids } = await seeded(await temp.make());
    const plain = await search(s, '"الخارجية المصرية"');
    expect(plain.total).toBe(0);
    const withClitics = await search(s, '"الخارجية المصرية"', true);
    expect(withClitics.documents.map((d) => d.documentId)).toEqual([ids.cairo]);
    expect(withClitics.documents[0]?.snippets.map((sn) => sn.match)).toContain('وبالخارجية المصرية');
  });

  it('checks phrase order in the text, not only that the words occur', async () => {
    const { s, ids } = await seeded(await temp.make());
    expect((await search(s, '"doha secretary"')).total).toBe(0);
    expect((await search(s, 'doha secretary')).documents.map((d) => d.documentId)).toEqual([ids.state]);
    expect((await search(s, '"secretary of state"')).documents.map((d) => d.documentId)).toEqual([ids.state]);
  });

  it('keeps up with added, renamed and deleted documents', async () => {
    const { s, ids } = await seeded(await temp.make());
    const added = await s.ctx.store.addDocument({ title: 'Ceasefire', text: 'Talks on a ceasefire resumed in Cairo.' });
    expect((await search(s, 'ceasefire')).documents.map((d) => d.documentId)).toEqual([added.id]);
    await s.ctx.store.updateDocument({ id: ids.budget, title: 'Municipal spending plan' });
    expect((await search(s, 'municipal')).documents.map((d) => d.documentId)).toEqual([ids.budget]);
    await s.ctx.store.deleteDocument(added.id);
    expect((await search(s, 'ceasefire')).total).toBe(0);
  });

  it('pages through the same ranking, and a change shows on the next page asked for', async () => {
    const { s, ids } = await seeded(await temp.make());
    const page = async (offset: number) =>
      (await s.ctx.catalog.search('الخارجية', { clitics: true, offset, limit: 1 })).documents.map((d) => d.documentId);
    const all = (await s.ctx.catalog.search('الخارجية', { clitics: true, offset: 0, limit: 10 })).documents.map((d) => d.documentId);
    expect(all.length).toBeGreaterThan(1);
    expect([...(await page(0)), ...(await page(1))]).toEqual(all.slice(0, 2));
    await s.ctx.store.deleteDocument(all[0] as string);
    expect(await page(0)).toEqual([all[1]]);
    expect(Object.values(ids)).toContain(all[1]);
  });

  it('gives a clear error for a search with nothing to look for', async () => {
    const { s } = await seeded(await temp.make());
    const result = await s.dispatch('searchCorpus', { query: '؟!' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'query' } });
    const missing = await s.dispatch('searchDocument', { documentId: 'nope', query: 'x' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('saves the index beside the corpus and reopens from it, catching up on changes made without it', async () => {
    const dir = await temp.make();
    const { s, ids } = await seeded(dir);
    await close(s);
    const cache = JSON.parse(await readFile(searchIndexFiles(dir).meta, 'utf-8'));
    expect(Object.keys(cache.documents).sort()).toEqual(Object.values(ids).sort());

    // A change the cache does not know about: made by a store opened without the catalog.
    const { CorpusStore } = await import('../../../electron/services/corpus/store');
    const bare = await CorpusStore.open(dir);
    await bare.addDocument({ title: 'Late news', text: 'An armistice was signed at dawn.' });
    await bare.deleteDocument(ids.budget);
    await bare.close();

    const reopened = await services(dir);
    expect((await search(reopened, 'armistice')).total).toBe(1);
    expect((await search(reopened, 'council')).total).toBe(0);
    expect((await search(reopened, 'werberg')).documents.map((d) => d.documentId)).toEqual([ids.state]);
    expect(reopened.ctx.catalog.status()).toMatchObject({ state: 'ready', documentCount: 5 });
  });

  it('reopens with word counts that leave out documents deleted meanwhile, and finds the rest', async () => {
    const dir = await temp.make();
    const s = await services(dir);
    const kept = await s.ctx.store.addDocument({ title: 'أ', text: 'صرح وبالخارجية أمس' });
    const gone = await s.ctx.store.addDocument({ title: 'ب', text: 'وبالخارجية مرة أخرى' });
    await close(s);
    const { CorpusStore } = await import('../../../electron/services/corpus/store');
    const bare = await CorpusStore.open(dir);
    await bare.deleteDocument(gone.id);
    await bare.close();

    const reopened = await services(dir);
    expect((await search(reopened, 'الخارجية', true)).documents.map((d) => d.documentId)).toEqual([kept.id]);
    await reopened.ctx.store.deleteDocument(kept.id);
    expect((await search(reopened, 'الخارجية', true)).total).toBe(0);
    const again = await reopened.ctx.store.addDocument({ title: 'ج', text: 'وبالخارجية من جديد' });
    expect((await search(reopened, 'الخارجية', true)).documents.map((d) => d.documentId)).toEqual([again.id]);
  });

  it('rebuilds a damaged index file instead of failing, and says so in the log', async () => {
    const dir = await temp.make();
    const { s, ids } = await seeded(dir);
    await close(s);
    await writeFile(searchIndexFiles(dir).meta, '{"format": "isnad-search-cache", "truncated');
    const log: string[] = [];
    const reopened = await services(dir, log);
    expect((await search(reopened, 'werberg')).documents.map((d) => d.documentId)).toEqual([ids.state]);
    expect(log.join('\n')).toMatch(/search index is unreadable.*rebuilding/);
    await close(reopened);
    expect(JSON.parse(await readFile(searchIndexFiles(dir).meta, 'utf-8')).format).toBe('isnad-search-cache');

    // The word-sequence file lost (or from another save): rebuilt as well.
    await unlink(searchIndexFiles(dir).words);
    const again = await services(dir, log);
    expect((await search(again, '"secretary of state"')).documents.map((d) => d.documentId)).toEqual([ids.state]);
    expect(log.join('\n')).toMatch(/search index is incomplete/);
  });

  it('rebuilds when a binary file is cut short, the postings or the word sequences', async () => {
    const dir = await temp.make();
    const { s, ids } = await seeded(dir);
    await close(s);
    const { index, words } = searchIndexFiles(dir);
    for (const [binary, cut] of [
      [index, 8],
      [index, -8],
      [words, 8],
      [words, -8],
    ] as const) {
      const bytes = await readFile(binary);
      await writeFile(binary, bytes.subarray(0, cut > 0 ? cut : bytes.length + cut));
      const log: string[] = [];
      const reopened = await services(dir, log);
      expect((await search(reopened, 'werberg')).documents.map((d) => d.documentId)).toEqual([ids.state]);
      // A phrase needs the word sequences: a damaged words file is found out (and rebuilt) here.
      expect((await search(reopened, '"secretary of state"')).documents.map((d) => d.documentId)).toEqual([ids.state]);
      expect(log.join('\n')).toMatch(/search index is (damaged|incomplete).*rebuilding/);
      await close(reopened);
    }
  });

  it('answers exactly as reading every document would, common words and phrases included', async () => {
    const s = await services(await temp.make());
    const texts: string[] = [];
    const words = [
      'the',
      'minister',
      'said',
      'ceasefire',
      'talks',
      'وزير',
      'الخارجية',
      'قال',
      'غزة',
      'وقف',
      'إطلاق',
      'النار',
      'وبالخارجية',
    ];
    for (let i = 0; i < 80; i++) {
      // Deterministic mix: "the" and "قال" in nearly every document, the rest sparser.
      const picked = words.filter((_, k) => (i * (k + 3)) % (k + 2) !== 1 || k === 0 || k === 7);
      const text = `${i}\n${picked.join(' ')} ${picked.slice().reverse().join(' ')}`;
      texts.push(text);
      await s.ctx.store.addDocument({ title: `d${i}`, text });
    }
    const { parseQuery } = await import('../../../shared/search/query');
    const { matchText } = await import('../../../shared/search/match');
    const totals = new Set<number>();
    for (const clitics of [false, true]) {
      for (const q of [
        'the ceasefire',
        'قال غزة',
        '"وقف إطلاق النار"',
        'the -talks',
        '"said the"',
        'الخارجية',
        'minis*',
        '"the minister" قال',
      ]) {
        const expected = texts.filter((t, i) => matchText(`d${i}\n\n${t}`, parseQuery(q), { clitics }).matches).length;
        const result = await s.ctx.catalog.search(q, { clitics, offset: 0, limit: 100 });
        expect({ q, clitics, total: result.total }).toEqual({ q, clitics, total: expected });
        expect(result.documents).toHaveLength(Math.min(expected, 100));
        totals.add(expected);
      }
    }
    // The corpus is mixed enough for the comparison to mean something.
    expect(totals.size).toBeGreaterThan(3);
  });
});
