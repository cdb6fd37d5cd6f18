import { describe, expect, it } from 'vitest';
import { exactRange, snapToWords, stepGrapheme, wordAfter, wordBefore, wordsIn } from '../../../shared/text/words';
import { MIXED_RTL } from '../../helpers/fixtures';

const slice = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

describe('snapToWords', () => {
  const ar = 'وأضاف «وربيرج» أن هدنة تستمر بين 40 و50 يوماً، تبدأ غداً.';

  it('widens a selection that starts and ends mid-word to the whole words', () => {
    const s = ar.indexOf('ربيرج');
    expect(slice(ar, snapToWords(ar, s, s + 3))).toBe('وربيرج');
    const r = ar.indexOf('بين 40');
    expect(slice(ar, snapToWords(ar, r + 1, ar.indexOf('يوماً') + 2))).toBe('بين 40 و50 يوماً');
  });

  it('drops white space around the selection but keeps selected punctuation', () => {
    const s = ar.indexOf('«');
    expect(slice(ar, snapToWords(ar, s - 1, ar.indexOf('»') + 2))).toBe('«وربيرج»');
    expect(snapToWords(ar, 5, 6)).toBeNull(); // only a space
  });

  it('keeps numbers with separators whole', () => {
    const en = 'It cost $4.5 million and 1,200 jobs.';
    expect(slice(en, snapToWords(en, en.indexOf('.5'), en.indexOf('.5') + 1))).toBe('4.5');
    expect(slice(en, snapToWords(en, en.indexOf(',2'), en.indexOf(',2') + 2))).toBe('1,200');
  });

  it('snaps across a Latin name and digits inside Arabic', () => {
    const s = MIXED_RTL.indexOf('ohn');
    const e = MIXED_RTL.indexOf('75') + 1;
    expect(slice(MIXED_RTL, snapToWords(MIXED_RTL, s, e))).toBe('John Smith إن 75');
  });

  it('never splits an emoji or a letter from its diacritics', () => {
    const text = 'قال 😀 عامًا';
    const emoji = text.indexOf('😀');
    expect(exactRange(text, emoji + 1, emoji + 2)).toEqual({ start: emoji, end: emoji + 2 });
    const tanween = text.indexOf('ً');
    expect(slice(text, exactRange(text, text.indexOf('عام'), tanween))).toBe('عامً');
  });
});

describe('word and character steps', () => {
  const text = 'one two\nthree «four»';

  it('finds the next and previous words, across lines', () => {
    expect(slice(text, wordAfter(text, 3))).toBe('two');
    expect(slice(text, wordAfter(text, 7))).toBe('three');
    expect(slice(text, wordBefore(text, text.indexOf('three')))).toBe('two');
    expect(slice(text, wordAfter(text, text.indexOf('«')))).toBe('four');
    expect(wordAfter(text, text.length)).toBeNull();
  });

  it('lists the words of a range', () => {
    expect(wordsIn(text, 0, text.length).map((w) => text.slice(w.start, w.end))).toEqual(['one', 'two', 'three', 'four']);
  });

  it('steps over an emoji as one character', () => {
    const t = 'a😀b';
    expect(stepGrapheme(t, 1, true)).toBe(3);
    expect(stepGrapheme(t, 3, false)).toBe(1);
  });
});
