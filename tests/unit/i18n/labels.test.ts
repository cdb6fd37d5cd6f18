import { describe, expect, it } from 'vitest';
import { figureText, moment, sizeText } from '../../../shared/i18n/labels';
import { createTranslator } from '../../../shared/i18n/translate';

const en = createTranslator({ language: 'en', digits: 'latn' });
const ar = createTranslator({ language: 'ar', digits: 'arab' });
const arLatin = createTranslator({ language: 'ar', digits: 'latn' });

describe('values shown in the reader’s language', () => {
  it('names the engine’s unit words in Arabic, agreeing with the number; leaves typed units and codes alone', () => {
    expect(figureText(ar.t, 75, 'year')).toBe('75 سنة');
    expect(figureText(ar.t, 3, 'year')).toBe('3 سنوات');
    expect(figureText(ar.t, 2, 'day')).toBe('2 يومان');
    expect(figureText(ar.t, 48, 'hour')).toBe('48 ساعة');
    expect(figureText(ar.t, [40, 50], 'km')).toBe('40–50 كم');
    expect(figureText(en.t, 1, 'year')).toBe('1 year');
    expect(figureText(en.t, 75, 'year')).toBe('75 years');
    expect(figureText(ar.t, 4_500_000, 'USD')).toBe('4,500,000 USD');
    expect(figureText(ar.t, 12, 'سنة')).toBe('12 سنة');
    expect(figureText(ar.t, null, 'year')).toBe('');
  });

  it('names a day without its year in the reader’s language (a card in Arabic has no English month)', () => {
    expect(figureText(en.t, '--01-19', '')).toBe('Jan 19, no year');
    expect(figureText(en.t, '--10-07', '')).toBe('Oct 7, no year');
    expect(figureText(ar.t, '--01-19', '')).toBe('١٩ يناير، دون سنة');
    expect(figureText(arLatin.t, '--10-07', '')).toBe('7 أكتوبر، دون سنة');
    expect(figureText(ar.t, '2024-10-07', '')).toBe('2024-10-07');
  });

  it('writes a timestamp with month names and the chosen digits, never as raw ISO', () => {
    const when = '2026-03-07T14:05:00Z';
    expect(moment(en.date, when)).toMatch(/^Mar 7, 2026/);
    expect(moment(ar.date, when)).toMatch(/^٧ مارس ٢٠٢٦/);
    expect(moment(arLatin.date, when)).toMatch(/^7 مارس 2026/);
    for (const text of [moment(en.date, when), moment(ar.date, when)]) expect(text).not.toContain('T14');
    expect(moment(ar.date, 'not a date')).toBe('not a date');
  });

  it('gives file sizes in Intl units', () => {
    expect(sizeText(en.number, 298)).toBe('298 bytes');
    expect(sizeText(ar.number, 2048)).toBe('٢ كيلوبايت');
    expect(sizeText(en.number, 5 * 1024 * 1024)).toBe('5 MB');
  });
});
