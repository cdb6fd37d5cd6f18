import { describe, expect, it } from 'vitest';
import { fileNamePart } from '../../../shared/exchange/request';
import { prepareArticle } from '../../../shared/import/prepare';
import { cutAtGrapheme, wellFormed } from '../../../shared/text/graphemes';

describe('cuts between graphemes', () => {
  it('never splits an emoji, a flag, a family or an Arabic letter from its marks', () => {
    expect(cutAtGrapheme('ab😀', 3)).toBe('ab');
    expect(cutAtGrapheme('a🇵🇸', 4)).toBe('a');
    expect(cutAtGrapheme('x👨‍👩‍👧', 6)).toBe('x');
    expect(cutAtGrapheme('مُحَمَّد', 2)).toBe('مُ');
    expect(cutAtGrapheme('short', 60)).toBe('short');
  });

  it('file names and titles cut at their limits stay well-formed text', () => {
    for (const title of [`${'a'.repeat(59)}😀`, `${'ب'.repeat(59)}🇵🇸`, `${'c'.repeat(299)}😀 more`]) {
      const name = fileNamePart(title, 60);
      expect(() => encodeURIComponent(name)).not.toThrow();
      const prepared = prepareArticle({ text: 'The minister said so.', title });
      expect(() => encodeURIComponent(prepared.title)).not.toThrow();
    }
    expect(fileNamePart('bad \ud800 name', 60)).toBe('bad \uFFFD name');
    expect(wellFormed('a\udc00b😀')).toBe('a\uFFFDb😀');
  });
});
