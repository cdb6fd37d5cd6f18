import { describe, expect, it } from 'vitest';
import { documentWords, TermDictionary } from '../../../electron/services/search/positions';
import { pieces } from '../../../shared/search/fold';
import { compileQuery, matchLongText, matchText } from '../../../shared/search/match';
import { parseQuery } from '../../../shared/search/query';
import { visitWords } from '../../../shared/search/tokens';
import { AR_CAIRO, AR_DIPLOMACY, EN_STATE } from '../../helpers/search-fixtures';

/** Scraped-looking text: diacritics, tatweel, an emoji, a zero-width joiner, long lines and short ones. */
const MIXED = [
  AR_DIPLOMACY,
  'قالَ المتحدثُ إنّ وقفَ إطلاقِ النّار 🇵🇸 صامدٌ — ولكنّ الـــوضعَ هشّ.',
  EN_STATE,
  `${'the ceasefire held '.repeat(40)}and the minister said so`,
  AR_CAIRO,
  'Secretary of\nState met the foreign minister‍s deputy.',
].join('\n\n');

function wordsIn(text: string, pieceChars?: number): Array<[string, number, boolean]> {
  const out: Array<[string, number, boolean]> = [];
  for (const _ of visitWords(text, (term, start, lineBreak) => out.push([term, start, lineBreak]), pieceChars));
  return out;
}

function sequence(text: string, pieceChars?: number, excluded: Array<{ start: number; end: number }> = []) {
  const reading = documentWords(new TermDictionary(), 'عنوان الخبر', text, excluded, pieceChars);
  let step = reading.next();
  while (!step.done) step = reading.next();
  return step.value;
}

describe('folding a long text piece by piece', () => {
  it('cuts after a line break or a space, and never inside a surrogate pair', () => {
    const text = `${'word '.repeat(30)}\n${'x'.repeat(100)}😀${'y'.repeat(100)}`;
    let previous = 0;
    for (const [start, end] of pieces(text, 64)) {
      expect(start).toBe(previous);
      expect(end - start).toBeLessThanOrEqual(64);
      const cut = text.charCodeAt(end);
      expect(cut >= 0xdc00 && cut <= 0xdfff).toBe(false);
      previous = end;
    }
    expect(previous).toBe(text.length);
  });

  it('finds the same words, offsets and line breaks as folding the text whole', () => {
    const whole = wordsIn(MIXED);
    expect(whole.length).toBeGreaterThan(200);
    for (const size of [64, 100, 257, 4096]) expect(wordsIn(MIXED, size)).toEqual(whole);
    expect(sequence(MIXED, 64)).toEqual(sequence(MIXED));
  });

  it('finds the same hits, phrases and exclusions as matching the text whole', () => {
    for (const q of ['"وقف إطلاق النار"', 'وزير الخارجية', 'the -minister', '"secretary of state"', 'ceasefire', 'الوضع']) {
      const query = compileQuery(parseQuery(q), { clitics: true });
      const whole = matchText(MIXED, query);
      for (const size of [64, 300]) {
        const pieced = matchLongText(MIXED, query, { pieceChars: size });
        expect({ q, hits: pieced.hits }).toEqual({ q, hits: whole.hits });
        expect(pieced.hitCount).toBe(whole.hits.length);
      }
    }
  });

  it('keeps the first hits and counts the rest when a text has very many', () => {
    const text = 'the war and the peace '.repeat(1_000);
    const match = matchLongText(text, compileQuery(parseQuery('peace')), { maxHits: 10, pieceChars: 512 });
    expect(match.hitCount).toBe(1_000);
    expect(match.hits.map((h) => text.slice(h.start, h.end))).toEqual(Array(10).fill('peace'));
  });
});
