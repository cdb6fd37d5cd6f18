import { describe, expect, it } from 'vitest';
import { cliticMatcher, cliticStems, matchesWithClitics, queryCore } from '../../../shared/search/clitics';
import { terms } from '../../../shared/search/tokens';
import { matchText, snippet } from '../../../shared/search/match';
import { QueryError, parseQuery } from '../../../shared/search/query';
import { AR_CAIRO, AR_DIPLOMACY } from '../../helpers/search-fixtures';

function found(text: string, query: string, clitics = false): string[] {
  const result = matchText(text, parseQuery(query), { clitics });
  return result.hits.map((h) => text.slice(h.start, h.end));
}

describe('query parsing', () => {
  it('splits words, quoted phrases (straight, curly, «guillemets»), prefixes and exclusions', () => {
    const q = parseQuery('وزير "الخارجية الأمريكي" «وقف إطلاق» bud* -غزة');
    expect(q.clauses.map((c) => [c.terms, c.prefix, c.negated])).toEqual([
      [['وزير'], false, false],
      [['الخارجيه', 'الامريكي'], false, false],
      [['وقف', 'اطلاق'], false, false],
      [['bud'], true, false],
      [['غزه'], false, true],
    ]);
  });

  it('treats a word that folding splits in two as a phrase', () => {
    expect(parseQuery('de-escalation').clauses[0]?.terms).toEqual(['de', 'escalation']);
  });

  it('runs an unclosed quote to the end', () => {
    expect(parseQuery('"state department').clauses[0]?.terms).toEqual(['state', 'department']);
  });

  it('refuses searches with nothing to look for, with a reason', () => {
    expect(() => parseQuery('   ')).toThrow(QueryError);
    expect(() => parseQuery('!!! ،،')).toThrow(/type a word/);
    expect(() => parseQuery('-غزة')).toThrow(/not excluded/);
    expect(() => parseQuery('x'.repeat(501))).toThrow(/longer than 500/);
  });
});

describe('clitic prefixes', () => {
  it('lists the stems a word may have under و/ف/ب/ل/ال', () => {
    expect(cliticStems('وبالخارجيه')).toEqual(expect.arrayContaining(['بالخارجيه', 'الخارجيه', 'خارجيه']));
    expect(cliticStems('للخارجيه')).toEqual(expect.arrayContaining(['لخارجيه', 'خارجيه']));
    expect(cliticStems('smith')).toEqual([]);
  });

  it('drops only the article from the query word', () => {
    expect(queryCore('الخارجيه')).toBe('خارجيه');
    expect(queryCore('بلينكن')).toBe('بلينكن');
  });

  it('matches attached forms only when asked', () => {
    expect(matchesWithClitics('وبالخارجيه', 'الخارجيه', false)).toBe(true);
    expect(matchesWithClitics('للخارجيه', 'الخارجيه', false)).toBe(true);
    expect(matchesWithClitics('فوزير', 'وزير', false)).toBe(true);
    expect(matchesWithClitics('وزارة', 'وزير', false)).toBe(false);
    expect(found(AR_CAIRO, 'الخارجية')).not.toContain('وبالخارجية');
    expect(found(AR_CAIRO, 'الخارجية', true)).toContain('وبالخارجية');
  });
});

describe('clitic matching, prepared once per query', () => {
  /** The rule as first written: the word itself, its core, or a stem of the word equal to (starting with) the core. */
  function byDefinition(token: string, queryTerm: string, prefix: boolean): boolean {
    const core = queryCore(queryTerm);
    const hit = (w: string) => (prefix ? w.startsWith(queryTerm) || w.startsWith(core) : w === queryTerm || w === core);
    return hit(token) || cliticStems(token).some((stem) => (prefix ? stem.startsWith(core) : stem === core));
  }

  it('answers as the rule does for every word, the early refusals included', () => {
    const tokens = [
      ...terms(`${AR_CAIRO} ${AR_DIPLOMACY}`),
      ...['وبالخارجيه', 'فللخارجيه', 'الخارجيهات', 'لخارجيه', 'خارجيه', 'و75', '75', 'بالوزير', 'ولد', 'لد', 'smith', 'وsmith'],
    ];
    const queries = ['الخارجيه', 'خارجيه', 'وزير', 'لد', '75', 'smith', 'ال', 'و', 'الخ', 'وزا'];
    for (const q of queries) {
      for (const prefix of [false, true]) {
        const test = cliticMatcher(q, prefix);
        for (const token of tokens)
          expect({ q, prefix, token, answer: test(token) }).toEqual({ q, prefix, token, answer: byDefinition(token, q, prefix) });
      }
    }
  });
});

describe('finding hits at original offsets', () => {
  it('finds the Persian-keyboard keyword line when searching the Arabic spelling, and merges the phrase into one hit', () => {
    const hits = found(AR_DIPLOMACY, 'وزير الخارجية الأمريكي');
    expect(hits).toContain('وزير الخارجية الأمريكي');
    expect(hits).toContain('وزیر الخارجیة الأمریکی');
  });

  it('keeps a phrase one hit but starts a new hit when a word repeats right after it', () => {
    expect(found('وزیر الخارجیة الأمریکی الخارجیة الأمریکیة', 'وزير الخارجية الأمريكي')).toEqual(['وزیر الخارجیة الأمریکی', 'الخارجیة']);
    expect(found('a minister said the minister said', '"minister said"')).toEqual(['minister said', 'minister said']);
  });

  it('highlights a word with its diacritics and tatweel, at UTF-16 offsets after an emoji', () => {
    const text = '😀 قالَ وزيرُ الصحّة إنّ غـــزة تحتاج ٧٥ شاحنة';
    expect(found(text, 'وزير')).toEqual(['وزيرُ']);
    expect(found(text, 'الصحة')).toEqual(['الصحّة']);
    expect(found(text, 'غزة')).toEqual(['غـــزة']);
    expect(found(text, '75')).toEqual(['٧٥']);
    const hit = matchText(text, parseQuery('وزير')).hits[0];
    expect(hit?.start).toBe(text.indexOf('وزيرُ'));
  });

  it('requires phrase words in order and in one paragraph', () => {
    expect(matchText('foreign minister\n\nsaid', parseQuery('"minister said"')).matches).toBe(false);
    expect(matchText('the minister said', parseQuery('"minister said"')).matches).toBe(true);
    expect(matchText('said the minister', parseQuery('"minister said"')).matches).toBe(false);
  });

  it('needs every word, and no excluded one', () => {
    expect(matchText(AR_DIPLOMACY, parseQuery('الدوحة وربيرج')).matches).toBe(true);
    expect(matchText(AR_DIPLOMACY, parseQuery('الدوحة بلينكن')).matches).toBe(false);
    expect(matchText(AR_DIPLOMACY, parseQuery('الدوحة -وربيرج')).matches).toBe(false);
  });

  it('matches word prefixes', () => {
    expect(found('The Secretary and the secretariat', 'secret*')).toEqual(['Secretary', 'secretariat']);
  });

  it('makes a one-line snippet around a hit without splitting characters', () => {
    const text = `${'😀'.repeat(40)} Werberg said\nmore ${'x '.repeat(50)}`;
    const hit = matchText(text, parseQuery('werberg')).hits[0] as { start: number; end: number };
    const s = snippet(text, hit, 20);
    expect(s.match).toBe('Werberg');
    expect(s.after).toContain('⏎');
    expect(s.before.startsWith('… ')).toBe(true);
    expect(s.before).not.toMatch(/[\ud800-\udbff]$|^… [\udc00-\udfff]/);
  });
});
