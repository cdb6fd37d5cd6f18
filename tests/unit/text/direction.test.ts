import { describe, expect, it } from 'vitest';
import { detectLanguage, firstStrongDirection, paragraphDirectionAt } from '../../../shared/text/direction';

describe('firstStrongDirection', () => {
  it('follows the first letter, as dir="auto" lays out a paragraph', () => {
    expect(firstStrongDirection('قال John Smith إن')).toBe('rtl');
    expect(firstStrongDirection('John Smith قال')).toBe('ltr');
    expect(firstStrongDirection('שלום world')).toBe('rtl');
  });

  it('skips digits, Arabic-Indic digits, punctuation, emoji and marks before the first letter', () => {
    expect(firstStrongDirection('2024: قال المتحدث')).toBe('rtl');
    expect(firstStrongDirection('٧٥ — Reuters said')).toBe('ltr');
    expect(firstStrongDirection('😀 «« ،  الحرب')).toBe('rtl');
    expect(firstStrongDirection('\u064E\u0651 Hello')).toBe('ltr');
  });

  it('counts the invisible direction marks as strong, as the browser does', () => {
    expect(firstStrongDirection('\u200FJohn Smith said')).toBe('rtl');
    expect(firstStrongDirection('\u061C42 Reuters')).toBe('rtl');
    expect(firstStrongDirection('\u200Eقال')).toBe('ltr');
  });

  it('gives null for text without letters', () => {
    expect(firstStrongDirection('')).toBeNull();
    expect(firstStrongDirection('42 - ٤٢ 😀')).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('keeps an Arabic page Arabic though its keyword line was typed with Persian ی and ک', () => {
    expect(detectLanguage('قال وزير الخارجية إن المفاوضات مستمرة منذ أسابيع طويلة.\nکلمات دلالیة: وزیر')).toEqual({
      lang: 'ar',
      dir: 'rtl',
    });
  });
  it('tells English from Hebrew', () => {
    expect(detectLanguage('The minister said').dir).toBe('ltr');
    expect(detectLanguage('השר אמר').dir).toBe('rtl');
  });
});

describe('paragraphDirectionAt', () => {
  const text = 'قال المتحدث إن الحرب ستنتهي.\nReuters reported 42 dead.\n2024\n';
  it('gives the direction of the line that holds the offset, not the document’s', () => {
    expect(paragraphDirectionAt(text, 3, 'ltr')).toBe('rtl');
    expect(paragraphDirectionAt(text, text.indexOf('42'), 'rtl')).toBe('ltr');
    expect(paragraphDirectionAt(text, text.indexOf('Reuters'), 'rtl')).toBe('ltr');
  });
  it('falls back to the document’s direction for a line without letters', () => {
    expect(paragraphDirectionAt(text, text.indexOf('2024') + 1, 'rtl')).toBe('rtl');
  });
});
