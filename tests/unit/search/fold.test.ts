import { describe, expect, it } from 'vitest';
import { fold, foldChar, foldWithMap } from '../../../shared/search/fold';
import { terms, tokenize } from '../../../shared/search/tokens';

/** The original text under the folded span [from, to). */
function originalOf(text: string, from: number, to: number): string {
  const folded = foldWithMap(text);
  return text.slice(folded.start[from], folded.end[to - 1]);
}

describe('Arabic folding rules', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إسرائيل', 'اسراءيل'],
    ['آخر', 'اخر'],
    ['ٱلله', 'الله'],
  ])('folds the alef form in %s to bare alef', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('folds alef maqsura ى to yeh', () => {
    expect(fold('مستشفى')).toBe('مستشفي');
    expect(fold('على')).toBe(fold('علي'));
  });

  it('folds the Persian yeh ی and keheh ک to Arabic yeh and kaf', () => {
    expect(fold('وزیر')).toBe('وزير');
    expect(fold('الأمریکی')).toBe('الامريكي');
    expect(fold('کلمه')).toBe(fold('كلمه'));
  });

  it('folds teh marbuta ة to heh', () => {
    expect(fold('الخارجية')).toBe('الخارجيه');
    expect(fold('الخارجية')).toBe(fold('الخارجيه'));
  });

  it.each([
    ['fathatan U+064B', 'شكرًا', 'شكرا'],
    ['dammatan U+064C', 'كتابٌ', 'كتاب'],
    ['kasratan U+064D', 'كتابٍ', 'كتاب'],
    ['fatha U+064E', 'كَتب', 'كتب'],
    ['damma U+064F', 'كُتب', 'كتب'],
    ['kasra U+0650', 'بِسم', 'بسم'],
    ['shadda U+0651', 'ركّز', 'ركز'],
    ['sukun U+0652', 'مِنْ', 'من'],
    ['dagger alef U+0670', 'هٰذا', 'هذا'],
    ['tatweel U+0640', 'غـــزة', 'غزه'],
  ])('removes %s', (_name, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('reads Arabic-Indic and Persian digits as ASCII digits, so ٧٥ matches 75', () => {
    expect(fold('٧٥')).toBe('75');
    expect(fold('۷۵')).toBe('75');
    expect(fold('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(terms('منذ ٧٥ عامًا')).toEqual(terms('منذ 75 عاما'));
  });

  it('folds Latin case and accents', () => {
    expect(fold('Samuel WERBERG')).toBe('samuel werberg');
    expect(fold('Café Déjà-vu')).toBe('cafe deja-vu');
    expect(fold('İstanbul')).toBe('istanbul');
  });

  it('removes invisible characters that scraped pages leave inside words', () => {
    expect(fold('مي\u200cخواهم')).toBe('ميخواهم');
    expect(fold('news\u00adroom')).toBe('newsroom');
  });

  it('reads Arabic presentation forms as ordinary letters', () => {
    expect(fold('\ufefb')).toBe('لا'); // lam-alef ligature
    expect(fold('\ufe8d\ufedf\ufe98')).toBe(fold('الت'));
  });

  it('folds hamza on waw and on yeh to the bare hamza, so المسئول and المسؤول, شئون and شؤون meet', () => {
    expect(fold('المسئول')).toBe(fold('المسؤول'));
    expect(fold('شئون')).toBe(fold('شؤون'));
    expect(fold('رئيس')).toBe('رءيس');
    // The bare letters stay apart from the seats: وزير is not a hamza word.
    expect(fold('وزير')).toBe('وزير');
  });

  it('drops bidi embeddings, isolates and the Arabic letter mark that scrapers leave inside words', () => {
    expect(fold('الو\u202Bزير')).toBe('الوزير');
    expect(fold('\u2067المتحدث\u2069')).toBe('المتحدث');
    expect(fold('غز\u061Cة')).toBe('غزه');
  });
});

describe('the index map back to original offsets', () => {
  it('maps every folded unit to its original span when diacritics are removed', () => {
    const text = 'قالَ وزيرُ الخارجيّة';
    const folded = foldWithMap(text);
    expect(folded.text).toBe('قال وزير الخارجيه');
    const at = folded.text.indexOf('وزير');
    // The final damma belongs to the word: the original span includes it.
    expect(originalOf(text, at, at + 4)).toBe('وزيرُ');
    const tail = folded.text.indexOf('الخارجيه');
    expect(originalOf(text, tail, tail + 'الخارجيه'.length)).toBe('الخارجيّة');
  });

  it('keeps offsets right after emoji (surrogate pairs) and tatweel', () => {
    const text = '😀 غـــزة 😀 Gaza';
    const folded = foldWithMap(text);
    const gaza = folded.text.indexOf('غزه');
    expect(originalOf(text, gaza, gaza + 3)).toBe('غـــزة');
    const latin = folded.text.indexOf('gaza');
    const start = folded.start[latin] as number;
    expect(start).toBe(text.indexOf('Gaza'));
    expect(text.slice(start, folded.end[latin + 3])).toBe('Gaza');
  });

  it('maps a character that folds to two units (lam-alef ligature) to the one original character', () => {
    const text = 'ب\ufefbد';
    const folded = foldWithMap(text);
    expect(folded.text).toBe('بلاد');
    expect([...folded.start]).toEqual([0, 1, 1, 2]);
    expect([...folded.end]).toEqual([1, 2, 2, 3]);
  });

  it('handles mixed Arabic and Latin in one line', () => {
    const text = 'قال John Smith إنّ ٧٥ موظفاً غادروا Acme Corp.';
    const folded = foldWithMap(text);
    expect(folded.text).toBe('قال john smith ان 75 موظفا غادروا acme corp.');
    for (const word of ['john', 'smith', '75', 'موظفا', 'acme']) {
      const i = folded.text.indexOf(word);
      const original = text.slice(folded.start[i], folded.end[i + word.length - 1]);
      expect(fold(original)).toBe(word);
    }
    expect(terms(text)).toEqual(['قال', 'john', 'smith', 'ان', '75', 'موظفا', 'غادروا', 'acme', 'corp']);
  });

  it('folds long texts exactly as character-by-character folding does, ligatures that expand to words included', () => {
    const samples = ['وزیر الخارجیة الأمریکی', 'قالَ ٧٥ 😀 Café', '\ufefb ـ ّ', 'İIı ẞ Σσς', 'محمد \ufdfa '.repeat(50)];
    // Lone surrogates and a byte-order mark come through as they are.
    samples.push('\ufeffقال \ud800 x \udc00 y 😀', '\ud83d'.repeat(3), 'x\ufeff');
    for (const s of samples) {
      const folded = foldWithMap(s);
      expect(folded.text).toBe([...s].map(foldChar).join(''));
      expect(folded.start.length).toBe(folded.text.length);
    }
    expect(fold('\ufdfa')).toBe('صلي الله عليه وسلم');
  });
});

describe('splitting folded text into words', () => {
  it('splits exactly where the Unicode letter/digit/mark classes do, astral letters and lone surrogates included', () => {
    const samples = [
      'قال وزير الخارجية، إن «وقف إطلاق النار» (75%) de-escalation',
      '😀 emoji👍🏽 between 𝒜𝒷𝒸 math letters and 𠀀𠀁 CJK extension B, ZWJ 👩‍👩‍👧',
      'lone \ud800 high and \udc00 low surrogates, a\u0301 combining, ١٢٣ ۴۵ ๑๒ digits, tab\there',
      'ﻻ ﷺ presentation forms, Ⅻ numerals, ½ fractions, ـــ tatweel, _under_score_ x²',
    ];
    const WORD = /[\p{L}\p{N}\p{M}]+/gu;
    for (const text of samples) {
      const folded = fold(text);
      expect(terms(text)).toEqual(folded.match(WORD) ?? []);
      expect(tokenize(folded)).toEqual([...folded.matchAll(WORD)].map((m) => ({ term: m[0], start: m.index, end: m.index + m[0].length })));
    }
  });
});
