import { describe, expect, it } from 'vitest';
import { parseDigits } from '../../../shared/suggest/digits';
import { fold, toOriginal } from '../../../shared/suggest/fold';
import { tokenize } from '../../../shared/suggest/tokens';

describe('folding keeps offsets in the original text', () => {
  it('drops diacritics, tatweel and direction marks but maps every offset back', () => {
    const original = '\u200Fقالَ المتحدثـــــون إنّ ٧٥ عامًا';
    const f = fold(original);
    expect(f.text).toBe('قال المتحدثون ان 75 عاما');
    const at = f.text.indexOf('عاما');
    const { start, end } = toOriginal(f, at, at + 'عاما'.length);
    expect(original.slice(start, end)).toBe('عامًا');
    const verb = toOriginal(f, 0, 3);
    expect(original.slice(verb.start, verb.end)).toBe('قالَ');
  });

  it('unifies hamza forms, alef maqsura, Persian ی/ک and Arabic-Indic and Persian digits', () => {
    expect(fold('أإآٱ ى ی ک ٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ٪').text).toBe('اااا ي ي ك 0123456789 0123456789 %');
  });

  it('never splits a surrogate pair and keeps emoji offsets', () => {
    const original = 'x 😀 قال';
    const f = fold(original);
    const at = f.text.indexOf('قال');
    const { start, end } = toOriginal(f, at, at + 3);
    expect(original.slice(start, end)).toBe('قال');
    expect(start).toBe(5);
  });
});

describe('digits with every separator', () => {
  it.each([
    ['1,200', 1200],
    ['2,500,000', 2500000],
    ['7.6', 7.6],
    ['2,3', 2.3],
    ['7,2', 7.2],
    ['1.000.000', 1000000],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['8\u066B5', 8.5],
    ['1\u066C200', 1200],
    ['89\u066C500', 89500],
  ])('%s → %d', (token, value) => {
    expect(parseDigits(token)).toBe(value);
  });

  it('refuses shapes that are not one number', () => {
    expect(parseDigits('1.2.3')).toBeNull();
  });
});

describe('tokens', () => {
  it('keeps Arabic punctuation apart from words and never joins Arabic and Latin letters', () => {
    const tokens = tokenize("قال، ثم وArticle 12؛ لماذا؟ O'Connell forty-eight 1,200");
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['قال', 'word'],
      ['،', 'punct'],
      ['ثم', 'word'],
      ['و', 'word'],
      ['Article', 'word'],
      ['12', 'number'],
      ['؛', 'punct'],
      ['لماذا', 'word'],
      ['؟', 'punct'],
      ["O'Connell", 'word'],
      ['forty-eight', 'word'],
      ['1,200', 'number'],
    ]);
    expect(tokens.find((t) => t.text === 'Article')).toMatchObject({ lower: 'article', capitalized: true, arabic: false });
  });
});
