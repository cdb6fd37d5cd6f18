import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/text/direction';
import { isNormalized, normalizeText } from '../../../shared/text/normalize';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../helpers/fixtures';

describe('normalizeText', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('composes to NFC (e + combining acute becomes é; Arabic alef + hamza above becomes أ)', () => {
    expect(normalizeText('e\u0301')).toBe('\u00e9');
    expect(normalizeText('\u0627\u0654')).toBe('\u0623');
  });

  it('drops a leading byte-order mark', () => {
    expect(normalizeText('\ufeffنص')).toBe('نص');
  });

  it('is idempotent', () => {
    const once = normalizeText('x\r\ny\u0301');
    expect(normalizeText(once)).toBe(once);
    expect(isNormalized(once)).toBe(true);
    expect(isNormalized('x\r\n')).toBe(false);
  });
});

describe('detectLanguage', () => {
  it('detects Arabic as right-to-left', () => {
    expect(detectLanguage(ARABIC_ARTICLE)).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('detects English as left-to-right', () => {
    expect(detectLanguage(ENGLISH_ARTICLE)).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('keeps an Arabic page Arabic despite a keyword line typed with Persian ی and ک', () => {
    const text = `${ARABIC_ARTICLE}\nكلمات دلالية: وزیر الخارجیة الأمریکی`;
    expect(detectLanguage(text).lang).toBe('ar');
  });

  it('detects Persian when its own letters are common', () => {
    expect(detectLanguage('گفتگو با پزشکان درباره چگونگی پیشگیری').lang).toBe('fa');
  });

  it('detects Hebrew as right-to-left', () => {
    expect(detectLanguage('שלום עולם, זה טקסט בעברית')).toEqual({ lang: 'he', dir: 'rtl' });
  });

  it('returns und for text without letters', () => {
    expect(detectLanguage('123 456 !!!').lang).toBe('und');
  });
});

describe('splitParagraphs', () => {
  it('gives offsets into the original text, skipping blank lines', () => {
    const text = 'first\n\n  \nsecond line\nthird';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['first', 'second line', 'third']);
  });
});
