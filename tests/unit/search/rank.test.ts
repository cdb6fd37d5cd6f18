import { describe, expect, it } from 'vitest';
import { type DocumentWords, documentWords } from '../../../electron/services/search/positions';
import { rank } from '../../../electron/services/search/rank';
import { SearchIndex } from '../../../electron/services/search/search-index';
import { compileQuery, matchLongText, satisfied } from '../../../shared/search/match';
import { parseQuery } from '../../../shared/search/query';

interface Doc {
  id: string;
  title: string;
  text: string;
  excluded: Array<{ start: number; end: number }>;
}

const COMMON = ['قال', 'في', 'the', 'said', 'وقال', 'من'];
const RARE = ['وزير', 'الخارجية', 'وبالخارجية', 'للخارجية', 'minister', 'ceasefire', 'talks', 'غزة', 'وقف', 'إطلاق', 'النار', 'council'];

/** A deterministic corpus where most documents share the common words; some end with a boilerplate block. */
function corpus(n: number): Doc[] {
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  return Array.from({ length: n }, (_, i) => {
    const words: string[] = [];
    const count = 5 + Math.floor(next() * 60);
    for (let w = 0; w < count; w++) {
      const pool = next() < 0.6 ? COMMON : RARE;
      words.push(pool[Math.floor(next() * pool.length)] as string);
      if (next() < 0.05) words.push('وقف إطلاق النار');
      if (next() < 0.08) words.push('\n');
    }
    const title = next() < 0.3 ? `${RARE[i % RARE.length]} ${i}` : `d${i}`;
    let text = words.join(' ');
    const excluded: Array<{ start: number; end: number }> = [];
    if (i % 4 === 0) {
      const start = text.length + 1;
      text += '\nاقرأ أيضا: وزير الخارجية و ceasefire talks';
      excluded.push({ start, end: text.length });
    }
    return { id: `doc${i}`, title, text, excluded };
  });
}

function wordsOf(index: SearchIndex, doc: Doc): DocumentWords {
  const reading = documentWords(index.dictionary, doc.title, doc.text, doc.excluded);
  let step = reading.next();
  while (!step.done) step = reading.next();
  return step.value;
}

const QUERIES = [
  'قال',
  'the said',
  'قال في',
  'الخارجية',
  'وزير الخارجية',
  '"وقف إطلاق النار"',
  'minister -council',
  'ceasefire',
  'talks',
  'مجلس',
  'the -"وقف إطلاق"',
  'cease*',
  'وزير -غزة',
];

function matchesByReading(docs: Doc[], q: string, clitics: boolean, skipExcluded: boolean): number {
  const compiled = compileQuery(parseQuery(q), { clitics });
  return docs.filter((doc) => {
    const title = matchLongText(doc.title, compiled);
    const text = matchLongText(doc.text, compiled, { skip: skipExcluded ? doc.excluded : [] });
    return satisfied(
      compiled,
      compiled.clauses.map((_, c) => title.found[c] === true || text.found[c] === true),
    );
  }).length;
}

describe('ranking a search', () => {
  const docs = corpus(400);
  const index = new SearchIndex();
  for (const doc of docs) index.add(doc.id, wordsOf(index, doc));

  it('finds exactly the documents that reading each one would, boilerplate left out or not', () => {
    const totals = new Set<number>();
    for (const clitics of [false, true]) {
      for (const skipExcluded of [false, true]) {
        for (const q of QUERIES) {
          const ranked = rank(index, parseQuery(q), { clitics, skipExcluded, want: 1_000 });
          const expected = matchesByReading(docs, q, clitics, skipExcluded);
          expect({ q, clitics, skipExcluded, total: ranked.total }).toEqual({ q, clitics, skipExcluded, total: expected });
          expect(ranked.ids).toHaveLength(expected);
          totals.add(expected);
        }
      }
    }
    // Most documents share the common words; the rest are spread out.
    expect(Math.max(...totals)).toBeGreaterThan(300);
    expect(totals.size).toBeGreaterThan(10);
  });

  it('stops at the page and ranks it exactly as scoring every match would', () => {
    for (const clitics of [false, true]) {
      for (const skipExcluded of [false, true]) {
        for (const q of QUERIES) {
          const every = rank(index, parseQuery(q), { clitics, skipExcluded, want: 1_000 });
          for (const want of [1, 10, 25]) {
            const page = rank(index, parseQuery(q), { clitics, skipExcluded, want });
            expect({ q, want, ids: page.ids }).toEqual({ q, want, ids: every.ids.slice(0, want) });
            expect(page.total).toBe(every.total);
          }
        }
      }
    }
  });

  it('ranks repeated words and a title hit (worth two) above a single mention, and a long document lower', () => {
    const small = new SearchIndex();
    const add = (id: string, title: string, text: string) => small.add(id, wordsOf(small, { id, title, text, excluded: [] }));
    add('title', 'ceasefire talks', 'the talks went on');
    add('repeated', 'news', 'ceasefire ceasefire ceasefire and more');
    add('once', 'news', 'a ceasefire was mentioned once here');
    add('long', 'news', `ceasefire ${'filler words in a very long article '.repeat(40)}`);
    expect(rank(small, parseQuery('ceasefire'), { clitics: false, skipExcluded: false, want: 10 }).ids).toEqual([
      'repeated',
      'title',
      'once',
      'long',
    ]);
  });

  it('ranks the same after documents are removed and replaced, built again or reopened from a snapshot', async () => {
    const changed = new SearchIndex();
    for (const doc of docs) changed.add(doc.id, wordsOf(changed, doc));
    for (let i = 0; i < 120; i += 3) changed.remove(`doc${i}`);
    for (let i = 1; i < 60; i += 5) changed.add(`doc${i}`, wordsOf(changed, { ...(docs[i] as Doc), title: 'ceasefire council' }));
    const before = QUERIES.map((q) => rank(changed, parseQuery(q), { clitics: true, skipExcluded: false, want: 15 }));
    expect(before.map((r) => r.total)).toEqual(
      QUERIES.map((q) => rank(changed, parseQuery(q), { clitics: true, skipExcluded: false, want: 1_000 }).total),
    );
    const snapshot = changed.snapshot();
    const reopened = SearchIndex.restore({ ...snapshot, words: async () => snapshot.words });
    for (const [k, q] of QUERIES.entries()) {
      const parsed = parseQuery(q);
      if (parsed.clauses.some((c) => c.terms.length > 1)) await reopened.readWords();
      const after = rank(reopened, parsed, { clitics: true, skipExcluded: false, want: 15 });
      expect({ q, ids: after.ids, total: after.total }).toEqual({
        q,
        ids: rank(changed, parsed, { clitics: true, skipExcluded: false, want: 15 }).ids,
        total: before[k]?.total,
      });
    }
  });

  it('estimates how many very long documents hold a common phrase, and still ranks the page exactly', () => {
    const long = new SearchIndex();
    let holding = 0;
    for (let i = 0; i < 200; i++) {
      // 10,000 words each: past the phrase-checking budget, so only part is checked up front.
      const words: string[] = Array.from({ length: 10_000 }, (_, k) =>
        (k * 7 + i) % 3 === 0 ? 'said' : (k * 5 + i) % 4 === 0 ? 'the' : 'word',
      );
      if (i % 3 === 0) {
        words[100 + i] = 'said';
        words[101 + i] = 'theword';
      }
      const text = words.join(' ').replace(/said the/g, i % 2 === 0 ? 'said the' : 'said  xthe');
      if (/said the/.test(text)) holding++;
      long.add(`long${i}`, wordsOf(long, { id: `long${i}`, title: `t${i}`, text, excluded: [] }));
    }
    const everyOne = rank(long, parseQuery('"said the"'), { clitics: false, skipExcluded: false, want: 1_000 });
    expect(everyOne.ids).toHaveLength(holding);
    const page = rank(long, parseQuery('"said the"'), { clitics: false, skipExcluded: false, want: 10 });
    expect(page.totalExact).toBe(false);
    expect(Math.abs(page.total - holding)).toBeLessThan(holding * 0.25);
    expect(page.ids).toEqual(everyOne.ids.slice(0, 10));
  });

  it('refuses a snapshot whose postings are out of order or name a missing document', () => {
    const snapshot = index.snapshot();
    const postings = snapshot.postings.slice();
    postings[0] = 9_999;
    expect(() => SearchIndex.restore({ ...snapshot, postings })).toThrow(/out of order/);
    expect(() => SearchIndex.restore({ ...snapshot, postings: snapshot.postings.subarray(2) })).toThrow(/do not match/);
    expect(() => SearchIndex.restore({ ...snapshot, ids: snapshot.ids.slice(1) })).toThrow(/lengths|out of order/);
  });
});
