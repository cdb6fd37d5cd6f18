import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { CorpusStore } from '../../../electron/services/corpus/store';
import { searchIndexFiles } from '../../../electron/services/search/cache';
import { runCliProcess } from '../../helpers/cli-process';
import { AR_DIPLOMACY, seedSpokesmanCorpus } from '../../helpers/search-fixtures';
import { tempDirs } from '../../helpers/temp';

const temp = tempDirs();
afterEach(() => temp.cleanup());

const run = runCli;

async function seeded() {
  const corpus = join(await temp.make(), 'corpus');
  const store = await CorpusStore.open(corpus);
  const seed = await seedSpokesmanCorpus(store);
  await store.close();
  return { corpus, seed };
}

describe('isnad search', () => {
  it('prints hits with document id, title, UTF-16 offsets into the original text and a snippet', async () => {
    const { corpus, seed } = await seeded();
    const result = await run(['search', 'وزير الخارجية الأمريكي', '--corpus', corpus, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json.offsetUnit).toBe('utf16');
    expect(json.documents.map((d: { documentId: string }) => d.documentId).sort()).toEqual(
      [seed.documents.diplomacy, seed.documents.cairo].sort(),
    );
    const diplomacy = json.documents.find((d: { documentId: string }) => d.documentId === seed.documents.diplomacy);
    for (const hit of diplomacy.hits) expect(AR_DIPLOMACY.slice(hit.start, hit.end)).toBe(hit.text);
    expect(diplomacy.hits.map((h: { text: string }) => h.text)).toContain('وزیر الخارجیة الأمریکی');

    const plain = await run(['search', 'Werberg', '--corpus', corpus]);
    expect(plain.out).toMatch(/^1 document/);
    expect(plain.out).toMatch(new RegExp(`^${seed.documents.state}\\tSecretary in Doha\\t1 hit`, 'm'));
    expect(plain.out).toMatch(/^ {2}\d+-\d+\t.*\[Werberg\]/m);
  });

  it('matches clitics with --clitics, and says when nothing matches', async () => {
    const { corpus } = await seeded();
    expect((await run(['search', '"الخارجية المصرية"', '--corpus', corpus])).out).toMatch(/No documents match/);
    expect((await run(['search', '"الخارجية المصرية"', '--clitics', '--corpus', corpus])).out).toContain('[وبالخارجية المصرية]');
  });

  it('finds المسئول (Egyptian spelling) for المسؤول, and a word with a bidi mark scraped into it', async () => {
    const corpus = join(await temp.make(), 'corpus');
    const store = await CorpusStore.open(corpus);
    const text = 'قال المسئول إن شئون \u202Bالوزارة\u202C مستقرة.';
    const doc = await store.addDocument({ title: 'مصر', text });
    await store.close();
    const json = JSON.parse((await run(['search', 'المسؤول', '--corpus', corpus, '--json'])).out);
    expect(json.documents.map((d: { documentId: string }) => d.documentId)).toEqual([doc.id]);
    expect(json.documents[0].hits.map((h: { text: string }) => h.text)).toEqual(['المسئول']);
    const hidden = JSON.parse((await run(['search', '"شؤون الوزارة"', '--corpus', corpus, '--json'])).out);
    expect(hidden.documents[0].hits.map((h: { start: number; end: number }) => text.slice(h.start, h.end))).toEqual([
      'شئون \u202Bالوزارة\u202C',
    ]);
  });

  it('refuses bad command lines in one line with exit code 2, and a search of punctuation with exit code 1', async () => {
    const { corpus } = await seeded();
    expect(await run(['search', '--corpus', corpus])).toMatchObject({ code: 2, err: expect.stringMatching(/no search given/) });
    expect(await run(['search', 'x', '--limit', '0', '--corpus', corpus])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--limit must be/),
    });
    const punctuation = await run(['search', '؟!', '--corpus', corpus]);
    expect(punctuation.code).toBe(1);
    expect(punctuation.err).toMatch(/^isnad search: type a word to search for/);
  });
});

describe('isnad annotations', () => {
  it('filters by type, verdict and speaker (name, alias spelling or role) across documents', async () => {
    const { corpus, seed } = await seeded();
    const quotes = JSON.parse((await run(['annotations', '--corpus', corpus, '--type', 'quote', '--speaker', 'المتحدث', '--json'])).out);
    expect(quotes.map((q: { id: string }) => q.id).sort()).toEqual([seed.quotes.q1, seed.quotes.q4].sort());
    expect(quotes[0]).toMatchObject({ offsetUnit: 'utf16', verdict: { status: 'unchecked' } });
    // Persian-keyboard spelling in one document, Arabic in another: one speaker.
    const werberg = JSON.parse(
      (await run(['annotations', '--corpus', corpus, '--type', 'quote', '--speaker', 'سامويل وربيرج', '--json'])).out,
    );
    expect(werberg.map((q: { id: string }) => q.id).sort()).toEqual([seed.quotes.q1, seed.quotes.q2].sort());
    const figures = await run(['annotations', '--corpus', corpus, '--type', 'figure', '--verdict', 'unchecked,verified']);
    expect(figures.out.split('\n')).toHaveLength(5);
    // The human table names type and verdict as the app does; offsets stay ASCII digits, as --document takes them back.
    expect(figures.out).toMatch(/\tFigure\t\d+-\d+\tUnchecked\t/);
  });

  it('names the bad option in one line', async () => {
    const { corpus } = await seeded();
    expect(await run(['annotations', '--corpus', corpus, '--type', 'claim'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--type must be one of quote, speaker, figure; got "claim"/),
    });
    expect(await run(['annotations', '--corpus', corpus, '--from', '31/07/2024'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--from: "31\/07\/2024" is not a date: write it as YYYY-MM-DD/),
    });
    expect(await run(['annotations', '--corpus', corpus, '--from', '2024-09-01', '--to', '2024-01-01'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/is after/),
    });
    expect(await run(['annotations', '--corpus', corpus, 'quote'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/unexpected argument "quote"/),
    });
  });

  it('a command that never searches neither reads nor builds the search index; a search builds it', async () => {
    const { corpus } = await seeded();
    const files = searchIndexFiles(corpus);
    expect(existsSync(files.meta)).toBe(false);
    expect((await run(['list', '--corpus', corpus])).code).toBe(0);
    expect(existsSync(files.meta)).toBe(false);
    expect((await run(['search', 'Werberg', '--corpus', corpus])).code).toBe(0);
    expect(existsSync(files.meta)).toBe(true);
  });

  it('runs as a real process and leaves the corpus usable', async () => {
    const { corpus } = await seeded();
    const result = await runCliProcess(['annotations', '--corpus', corpus, '--type', 'speaker']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(5);
    expect((await runCliProcess(['search', 'Werberg', '--corpus', corpus])).code).toBe(0);
  });
});
