import { describe, expect, it } from 'vitest';
import { isTitle } from '../../../shared/suggest/speakers/arabic-words';
import { quotes } from './helpers';

// Words and sentences written for these tests (no article's wording): issue 12 round 15, the
// feminine of a title the lexicon holds only in the masculine.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('isTitle for a feminine in ة', () => {
  it('is a title when its masculine is one', () => {
    expect(isTitle('المعلمة')).toBe(true);
  });

  it('is no title for a body or a word whose masculine is none', () => {
    for (const w of ['الجامعة', 'الحكومة', 'الصحة']) expect(isTitle(w)).toBe(false);
  });
});

describe('a woman’s title, then her given name in ة and her father’s name', () => {
  it('credits the whole name, not the father’s name alone', () => {
    expect(speakerOf('وتقول المعلمة زكية عثمان إن ثماني مدارس فقط فتحت أبوابها.')).toEqual(['زكية عثمان']);
  });
});
